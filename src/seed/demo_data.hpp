#pragma once
// The demo content's data files (seed/demo/*.txt, compiled in) and what the demo generators share: a reproducible
// random source, texts in the three languages of the site, people, places, phones and e-mail addresses.
//
// A data file is a list of sections. "[name]" starts a section; every other line is "key: value", and a key may
// repeat. Values are split on "|" into parts; a text is three parts, Azerbaijani | Russian | English. Lines starting
// with "#" and blank lines are ignored. See seed/demo/README.md.
#include <array>
#include <cstddef>
#include <cstdint>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ejob::seed {

// std::mt19937_64 is fully specified by the standard; reducing with a modulo keeps the output the same on every
// standard library (unlike std::uniform_int_distribution).
class Rng {
  public:
    explicit Rng(std::uint64_t seed) : engine_(seed) {}
    std::size_t Below(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(engine_() % n); }
    bool Percent(int p) { return static_cast<int>(Below(100)) < p; }
    int Between(int lo, int hi) { return lo + static_cast<int>(Below(static_cast<std::size_t>(hi - lo + 1))); }
    template <typename List>
    const auto& Pick(const List& items) {
        return items[Below(std::size(items))];
    }

  private:
    std::mt19937_64 engine_;
};

enum Lang { kAz = 0, kRu = 1, kEn = 2 };
inline constexpr const char* kLangCodes[] = {"az", "ru", "en"};
// About 70% Azerbaijani, 20% Russian and 10% English.
Lang PickLang(Rng& rng);

struct Text {
    std::array<std::string, 3> in;  // az, ru, en
    const std::string& In(Lang l) const { return in[l]; }
};

// A malformed data file; what() names the file and line.
struct DataError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct Field {
    std::string_view key, value, file;
    int line = 0;
    std::vector<std::string> Parts() const;                     // the value split on "|", each part trimmed
    Text AsText(std::size_t first = 0) const;                   // parts first…first+2, none empty
    int Int(std::size_t part = 0, std::size_t word = 0) const;  // a number among the part's space-separated words
    [[noreturn]] void Fail(std::string_view what) const;        // throws DataError "file:line: what"
};

struct Section {
    std::string_view name, file;
    int line = 0;
    std::vector<Field> fields;
    const Field* Find(std::string_view key) const;
    const Field& One(std::string_view key) const;  // the first such field; throws when missing
    std::string Get(std::string_view key, std::string_view fallback = "") const;
    std::vector<Text> Texts(std::string_view key) const;  // every such field as a text
    std::vector<const Field*> All(std::string_view key) const;
};

// Parses the text of a data file (`data` must outlive the result); throws DataError naming `file` and the line.
std::vector<Section> ParseDemoFile(std::string_view file, std::string_view data);
// The sections of a compiled-in data file, in order; throws DataError for an unknown file or a malformed line.
const std::vector<Section>& DemoData(std::string_view file);
// The first section called `name` in `file`; throws DataError when there is none.
const Section& DemoSection(std::string_view file, std::string_view name);

// ---- helpers for the generators

std::vector<std::string> Split(std::string_view s, char sep);  // "" gives no items
bool HasWord(std::string_view words, std::string_view word);   // in a space-separated list
// Replaces every "{name}" of `pattern` listed in `values` (pairs of name, value).
std::string Fill(std::string pattern, std::initializer_list<std::pair<std::string_view, std::string_view>> values);
std::string Join(const std::vector<std::string>& items, std::string_view sep);
// `n` distinct items of `items`, in their original order.
std::vector<std::string> Choose(const std::vector<std::string>& items, std::size_t n, Rng& rng);
enum ListStyle { kDash, kBullet, kSentences, kNumbered };
std::string RenderList(const std::vector<std::string>& items, ListStyle style, std::string_view sentence_sep = " ");
std::string YearsRu(int n);  // 1 год, 2 года, 5 лет
// ASCII form of Azerbaijani text for addresses: "Şəlalə Yaşıl" -> "shelale-yashil".
std::string Ascii(std::string_view s);

// `count` drafts made by `make` from `kinds` (each with a `category`): the first ones cover every category of
// `categories` (each with a `code`) once, in a shuffled order, the rest take a kind at random.
template <typename Categories, typename Kind, typename Make>
auto MakeCoveringCategories(std::size_t count, Rng& rng, const Categories& categories, const std::vector<Kind>& kinds,
                            Make make) {
    std::vector<std::size_t> order(std::size(categories));
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng.Below(i)]);
    std::vector<decltype(make(kinds.front()))> out;
    out.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        std::vector<const Kind*> of_category;
        if (i < order.size())
            for (const auto& k : kinds)
                if (categories[order[i]].code == k.category) of_category.push_back(&k);
        out.push_back(make(of_category.empty() ? rng.Pick(kinds) : *rng.Pick(of_category)));
    }
    return out;
}

// ---- people (people.txt)

struct Surname {
    Text text;
    bool same_for_women = false;  // "Əlizadə"; otherwise women add "a"
};
struct People {
    std::vector<Text> women, men, fathers;  // az | ru | en (passport spelling)
    std::vector<Surname> surnames;
    std::vector<Text> russian_women, russian_men, russian_surnames;  // Latin | Cyrillic | Latin
    std::vector<std::array<std::string, 4>> russian_patronymics;     // ru male, ru female, en male, en female
};
const People& DemoPeople();
// A surname in `lang` for a man or woman.
std::string SurnameIn(const Surname& s, bool woman, Lang lang);

// ---- places (people.txt)

struct Place {
    std::string code;  // a domain city code
    std::string size;  // big | town | small
    int weight = 1;
    Text name;
};
// Where a job, resume or service can be (a "where" class of the data: big, city, anywhere, rural…).
const Place& PickPlace(std::string_view where, Rng& rng);
const Place& PlaceOf(std::string_view code);  // Baku when the code is not listed
bool IsBigCity(std::string_view code);

// ---- contacts

// An Azerbaijani phone number in one of the usual spellings; sometimes a Baku landline when `baku`.
std::string DemoPhone(bool baku, Rng& rng);
// A private address on the reserved example.com/.org/.net domains, e.g. "aysel.mammadova85@example.com".
std::string DemoEmail(std::string_view first_en, std::string_view last_en, int birth_year, Rng& rng);

}  // namespace ejob::seed
