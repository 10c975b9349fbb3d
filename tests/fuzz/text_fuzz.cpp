// Text hygiene and folding (domain/text) and the understanding of search words (domain/search): the synonym list
// format and queries through the real list.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "domain/search/search_query.hpp"
#include "domain/text/text.hpp"
#include "embedded/embedded.hpp"
#include "fuzz/fuzz_check.hpp"

namespace text = ejob::domain::text;
namespace search = ejob::domain::search;

namespace {

const search::Synonyms& RealSynonyms() {
    static const search::Synonyms synonyms = [] {
        for (const auto& f : ejob::embedded::ReferenceFiles())
            if (f.name == "occupation-synonyms.txt") return search::Synonyms::Parse(f.data);
        std::abort();
    }();
    return synonyms;
}

void CheckRanges(const std::vector<std::pair<size_t, size_t>>& ranges, std::string_view s) {
    size_t last_end = 0;
    for (auto [b, e] : ranges) {
        FUZZ_CHECK(b >= last_end && b < e && e <= s.size());
        last_end = e;
    }
}

void CheckQuery(const search::SearchQuery& q, size_t terms) {
    FUZZ_CHECK(q.slots.size() <= terms);
    for (const auto& slot : q.slots) {
        FUZZ_CHECK(!slot.empty());
        for (const auto& phrase : slot) {
            FUZZ_CHECK(!phrase.empty());
            for (const auto& word : phrase) FUZZ_CHECK(!word.empty());
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view s(reinterpret_cast<const char*>(data), size);

    const std::string clean = text::CleanInput(s);
    FUZZ_CHECK(text::IsValidUtf8(clean));
    FUZZ_CHECK(text::CleanInput(clean) == clean);
    FUZZ_CHECK(clean.find('\r') == std::string::npos);
    if (text::IsValidUtf8(s)) FUZZ_CHECK(text::Utf8Length(clean) <= text::Utf8Length(s));

    const std::string folded = text::Fold(s);
    FUZZ_CHECK(text::IsValidUtf8(folded));
    FUZZ_CHECK(text::Fold(folded) == folded);

    const auto words = text::WordRanges(s);
    CheckRanges(words, s);

    const std::vector<std::string> terms = text::SearchTerms(s);
    FUZZ_CHECK(terms.size() <= 8);
    for (size_t i = 0; i < terms.size(); ++i) {
        FUZZ_CHECK(!terms[i].empty() && terms[i].size() <= 48);
        FUZZ_CHECK(text::IsValidUtf8(terms[i]));
        FUZZ_CHECK(text::Fold(terms[i]) == terms[i]);
        FUZZ_CHECK(std::count(terms.begin(), terms.end(), terms[i]) == 1);
    }
    CheckRanges(text::MatchRanges(s, terms), s);
    if (!terms.empty() && text::IsValidUtf8(s)) {
        // Every term comes from a word of the text, so the text matches it.
        FUZZ_CHECK(!text::MatchRanges(s, {terms.front()}).empty());
    }

    const std::string slug = text::Slugify(s);
    FUZZ_CHECK(!slug.empty() && slug.size() <= 80);
    FUZZ_CHECK(slug.front() != '-' && slug.back() != '-');
    FUZZ_CHECK(std::all_of(slug.begin(), slug.end(),
                           [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; }));

    const std::string ascii = text::AsciiName(s);
    FUZZ_CHECK(std::all_of(ascii.begin(), ascii.end(), [](char c) { return c > 0 && c < 0x7f; }));

    for (size_t max_chars : {size_t(0), size_t(1), size_t(10), size_t(200)}) {
        const std::string excerpt = text::Excerpt(clean, max_chars);
        FUZZ_CHECK(text::IsValidUtf8(excerpt));
        FUZZ_CHECK(text::Utf8Length(excerpt) <= max_chars + 1);
        (void)text::Excerpt(s, max_chars);
    }

    size_t letters = 0, capitals = 0;
    text::CountLetters(s, letters, capitals);
    FUZZ_CHECK(capitals <= letters && letters <= s.size());

    for (size_t i = 0; i < s.size();) {
        size_t before = i;
        (void)text::NextCodePoint(s, i);
        FUZZ_CHECK(i > before && i <= s.size());
    }
    std::string_view trimmed = text::Trim(s);
    FUZZ_CHECK(trimmed.size() <= s.size());

    // Search words: the endings, and the query they make with no synonyms, the real list and the input as a list.
    for (const std::string& t : terms) {
        const auto forms = search::WithoutEndings(t);
        FUZZ_CHECK(!forms.empty() && forms.front() == t);
        const std::string stem = search::Stem(t);
        FUZZ_CHECK(!stem.empty() && t.starts_with(stem));
    }
    CheckQuery(search::Synonyms::None().Understand(terms), terms.size());
    CheckQuery(RealSynonyms().Understand(terms), terms.size());
    const search::Synonyms own = search::Synonyms::Parse(s);
    CheckQuery(own.Understand(terms), terms.size());
    CheckQuery(own.Understand(text::SearchTerms(clean, 32)), 32);
    return 0;
}
