#pragma once
// Text helpers shared by every feature: UTF-8 hygiene, Azerbaijani-aware folding for search, slugs.
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ejob::domain::text {

// True when `s` is well-formed UTF-8 (no overlongs, no surrogates, no code points above U+10FFFF).
bool IsValidUtf8(std::string_view s);

// Replaces malformed UTF-8 with U+FFFD, drops control characters except tab and newline, turns CR LF into LF and
// the Unicode line and paragraph separators (U+2028, U+2029) into LF. Drops the invisible characters that no text
// here needs and that can disguise it: the bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069),
// which reorder what a reader sees; zero-width space U+200B, word joiner U+2060, byte order mark U+FEFF, soft hyphen
// U+00AD, the invisible operators U+2061–U+2064, the deprecated format characters U+206A–U+206F and the interlinear
// annotation marks U+FFF9–U+FFFB. It keeps what a real text may need: the joiners U+200C (ZWNJ, Persian and Arabic
// spelling) and U+200D (emoji sequences), the direction marks U+200E, U+200F and U+061C (right-to-left text), the
// variation selectors and the tag characters of flag emoji. Used for every form field, multi-line text included.
std::string CleanInput(std::string_view s);

// For one-line fields (titles, names, company, places, contact person): CleanInput, and also every other invisible
// formatting character, i.e. every character of the Unicode Cf (format) category and the rest of the default
// ignorables (joiners, direction marks, variation selectors, tags, the Hangul fillers, the combining grapheme
// joiner). A name or a title shows the same text as its letters say; a line break is left for the caller to refuse.
std::string CleanLine(std::string_view s);

// True for a character CleanLine drops although CleanInput keeps it: the rest of the invisible formatting.
bool IsInvisibleFormat(char32_t cp);

// Lower-cases and removes Azerbaijani/Latin diacritics so that "Mühəndis", "MUHENDIS" and "muhendis" are equal:
// ə→e, ı/İ/I→i, ö→o, ü→u, ş→s, ç→c, ğ→g, Cyrillic upper→lower, ё→е.
std::string Fold(std::string_view s);

// Splits text into words (letters and digits); returns byte ranges [begin, end) into `s`.
std::vector<std::pair<size_t, size_t>> WordRanges(std::string_view s);

// Folded search terms of a free-text query: at most `max_terms`, each at most 48 bytes, duplicates removed.
std::vector<std::string> SearchTerms(std::string_view query, size_t max_terms = 8);

// Byte ranges of the words of `s` whose folded form starts with one of `terms` (already folded).
std::vector<std::pair<size_t, size_t>> MatchRanges(std::string_view s, const std::vector<std::string>& terms);

// ASCII slug for URLs: folded, Cyrillic transliterated, non-alphanumerics collapsed to '-', at most 80 bytes.
std::string Slugify(std::string_view s);

// Number of code points.
size_t Utf8Length(std::string_view s);

// Cuts `s` to at most `max_chars` code points on a word boundary, adding "…" when cut.
std::string Excerpt(std::string_view s, size_t max_chars);

// Counts letters and how many of them are capitals (Latin, Azerbaijani and Cyrillic).
void CountLetters(std::string_view s, size_t& letters, size_t& capitals);

// Decodes the code point at s[i] and advances i past it; U+FFFD (advancing one byte) for malformed UTF-8.
char32_t NextCodePoint(std::string_view s, size_t& i);

// "Günel Məmmədova" → "Gunel Mammadova", for file names: Azerbaijani letters spelled as in passports (ə→a, ş→sh,
// ç→ch, ğ→gh, ı→i, ö→o, ü→u), Cyrillic transliterated, case kept; ASCII letters, digits, spaces and '-' kept, the
// rest dropped.
std::string AsciiName(std::string_view s);

// Trims ASCII whitespace at both ends.
std::string_view Trim(std::string_view s);

}  // namespace ejob::domain::text
