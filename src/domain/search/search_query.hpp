#pragma once
// What a visitor's search words ask for, once understood: each word (or several words that name one occupation) is
// a slot that must match; a slot matches when any of its phrases does, and a phrase is words that all must match
// as prefixes. Synonyms add phrases to a slot ("satici" also finds "satış məsləhətçisi", "продавец", "sales
// assistant"); common Azerbaijani endings are taken off a word first ("satıcılar" finds "satıcı").
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ejob::domain::search {

using Phrase = std::vector<std::string>;  // folded words, each matched as a prefix; all must match

struct SearchQuery {
    std::vector<std::vector<Phrase>> slots;  // all must match; a slot matches when any of its phrases does
    bool empty() const { return slots.empty(); }
};

// The occupation synonym list: one occupation per line, its names separated by '|', '#' starts a comment
// (reference/occupation-synonyms.txt). Names are folded like the search index, so case and Azerbaijani letters
// do not matter.
class Synonyms {
  public:
    static Synonyms Parse(std::string_view text);
    static const Synonyms& None();  // no synonyms: only the endings are understood

    size_t size() const { return groups_.size(); }
    // The query for folded search terms (text::SearchTerms): the longest run of words that names an occupation
    // becomes one slot with all of that occupation's names; every other word is a slot of its own.
    SearchQuery Understand(const std::vector<std::string>& terms) const;

  private:
    std::vector<std::vector<Phrase>> groups_;                                        // names as folded words
    std::unordered_multimap<std::string, std::pair<size_t, size_t>> by_first_word_;  // → (group, name)
};

// The forms a folded word may have without the common Azerbaijani endings (plural -lar/-lər, possessive and case
// endings), the word itself first: "saticilar" → {saticilar, satici, satic}, "muhendisi" → {muhendisi,
// muhendis, muhendi, …}. Words that are not plain Latin letters (Cyrillic, digits) are kept as they are; every
// form has at least 4 letters.
std::vector<std::string> WithoutEndings(std::string_view folded_word);
// The shortest of those forms: searched as a prefix it finds every other form ("satic" finds "satıcı",
// "satıcılar", "satıcının").
std::string Stem(std::string_view folded_word);

}  // namespace ejob::domain::search
