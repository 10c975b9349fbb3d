#include "domain/search/search_query.hpp"

#include <algorithm>

#include "domain/text/text.hpp"

namespace ejob::domain::search {
namespace {

constexpr size_t kMinStem = 4;
// Folded spellings (ı→i, ə→e, ü→u, ö→o). A word may carry a case or possessive ending, after a plural one, and the
// plural may follow a possessive: "muhendis-ler-in", "usta-si", "satici-lar-dan".
constexpr std::string_view kPlural[] = {"lar", "ler"};
constexpr std::string_view kCaseAndPossessive[] = {"nin", "nun", "dan", "den", "tan", "ten", "si", "su",
                                                   "in",  "un",  "da",  "de",  "ta",  "te",  "ya", "ye",
                                                   "ni",  "nu",  "na",  "ne",  "i",   "u",   "a",  "e"};

bool PlainLatin(std::string_view w) {
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

void AddStripped(const std::vector<std::string>& from, const auto& endings, std::vector<std::string>& out) {
    for (const auto& w : from) {
        for (std::string_view e : endings) {
            if (w.size() < kMinStem + e.size() || !w.ends_with(e)) continue;
            std::string stem = w.substr(0, w.size() - e.size());
            if (std::find(out.begin(), out.end(), stem) == out.end()) out.push_back(std::move(stem));
        }
    }
}

Phrase Words(std::string_view name) {
    Phrase out;
    std::string folded = text::Fold(name);
    for (auto [b, e] : text::WordRanges(folded)) out.emplace_back(folded.substr(b, e - b));
    return out;
}

bool Contains(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

std::vector<std::string> WithoutEndings(std::string_view folded_word) {
    std::vector<std::string> forms{std::string(folded_word)};
    if (!PlainLatin(folded_word)) return forms;
    // Peel the layers from the end of the word: case or possessive, then plural, then a possessive before it.
    AddStripped(std::vector<std::string>(forms), kCaseAndPossessive, forms);
    AddStripped(std::vector<std::string>(forms), kPlural, forms);
    AddStripped(std::vector<std::string>(forms), kCaseAndPossessive, forms);
    return forms;
}

std::string Stem(std::string_view folded_word) {
    auto forms = WithoutEndings(folded_word);
    return *std::min_element(forms.begin(), forms.end(),
                             [](const std::string& a, const std::string& b) { return a.size() < b.size(); });
}

Synonyms Synonyms::Parse(std::string_view text) {
    Synonyms s;
    size_t pos = 0;
    while (pos < text.size()) {
        size_t end = std::min(text.find('\n', pos), text.size());
        std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        line = line.substr(0, line.find('#'));
        std::vector<Phrase> names;
        size_t at = 0;
        while (at <= line.size()) {
            size_t bar = std::min(line.find('|', at), line.size());
            Phrase words = Words(line.substr(at, bar - at));
            at = bar + 1;
            if (!words.empty() && std::find(names.begin(), names.end(), words) == names.end())
                names.push_back(std::move(words));
        }
        if (names.size() < 2) continue;
        for (size_t n = 0; n < names.size(); ++n)
            s.by_first_word_.emplace(names[n].front(), std::make_pair(s.groups_.size(), n));
        s.groups_.push_back(std::move(names));
    }
    return s;
}

const Synonyms& Synonyms::None() {
    static const Synonyms kNone;
    return kNone;
}

SearchQuery Synonyms::Understand(const std::vector<std::string>& terms) const {
    std::vector<std::vector<std::string>> forms;
    for (const auto& t : terms) forms.push_back(WithoutEndings(t));
    SearchQuery q;
    for (size_t i = 0; i < terms.size();) {
        // The longest name of an occupation that the words from i on spell out (each word maybe with an ending).
        size_t best_len = 0, best_group = 0;
        for (const auto& first : forms[i]) {
            auto [from, to] = by_first_word_.equal_range(first);
            for (auto it = from; it != to; ++it) {
                const Phrase& name = groups_[it->second.first][it->second.second];
                if (name.size() <= best_len || i + name.size() > terms.size()) continue;
                bool all = true;
                for (size_t k = 1; k < name.size() && all; ++k) all = Contains(forms[i + k], name[k]);
                if (all) best_len = name.size(), best_group = it->second.first;
            }
        }
        std::vector<Phrase> slot;
        if (best_len == 0) {
            slot.push_back({Stem(terms[i])});
            i += 1;
        } else {
            for (const Phrase& name : groups_[best_group]) {
                Phrase stems;
                for (const auto& w : name) stems.push_back(Stem(w));
                if (std::find(slot.begin(), slot.end(), stems) == slot.end()) slot.push_back(std::move(stems));
            }
            i += best_len;
        }
        q.slots.push_back(std::move(slot));
    }
    return q;
}

}  // namespace ejob::domain::search
