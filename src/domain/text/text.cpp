#include "domain/text/text.hpp"

#include <algorithm>

namespace ejob::domain::text {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Decodes one code point at s[i]; returns the code point and advances i. Malformed input yields kReplacement
// and advances by one byte.
char32_t Decode(std::string_view s, size_t& i) {
    auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char c = b(i);
    if (c < 0x80) {
        ++i;
        return c;
    }
    int len = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if ((c & 0xE0) == 0xC0) {
        len = 2, cp = c & 0x1F, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3, cp = c & 0x0F, min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4, cp = c & 0x07, min = 0x10000;
    } else {
        ++i;
        return kReplacement;
    }
    if (i + len > s.size()) {
        ++i;
        return kReplacement;
    }
    for (int k = 1; k < len; ++k) {
        if ((b(i + k) & 0xC0) != 0x80) {
            ++i;
            return kReplacement;
        }
        cp = (cp << 6) | (b(i + k) & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        ++i;
        return kReplacement;
    }
    i += len;
    return cp;
}

void Encode(char32_t cp, std::string& out) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

char32_t FoldCodePoint(char32_t c) {
    if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    switch (c) {
        case 0x0259:
        case 0x018F:
            return 'e';  // ə Ə
        case 0x0131:
        case 0x0130:
            return 'i';  // ı İ
        case 0x00F6:
        case 0x00D6:
            return 'o';  // ö Ö
        case 0x00FC:
        case 0x00DC:
            return 'u';  // ü Ü
        case 0x015F:
        case 0x015E:
            return 's';  // ş Ş
        case 0x00E7:
        case 0x00C7:
            return 'c';  // ç Ç
        case 0x011F:
        case 0x011E:
            return 'g';  // ğ Ğ
        case 0x0401:
        case 0x0451:
            return 0x0435;  // Ё ё → е
        default:
            break;
    }
    if (c >= 0x00C0 && c <= 0x00FF && c != 0x00D7 && c != 0x00F7) {
        static const char kLatin1[] =
            "aaaaaaaceeeeiiiidnooooo ouuuuyts"
            "aaaaaaaceeeeiiiidnooooo ouuuuyty";
        char r = kLatin1[c - 0x00C0];
        if (r != ' ') return static_cast<char32_t>(r);
    }
    if (c >= 0x0410 && c <= 0x042F) return c + 0x20;  // А-Я
    if (c >= 0x0400 && c <= 0x040F) return c + 0x50;  // Ѐ-Џ
    return c;
}

bool IsWordCodePoint(char32_t c) {
    if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (c >= 0x0080 && c <= 0x00BF) return false;  // Latin-1 punctuation and symbols
    if (c == 0x00D7 || c == 0x00F7) return false;
    if (c >= 0x2000 && c <= 0x2BFF) return false;  // general punctuation, currency, arrows, symbols
    if (c >= 0x3000 && c <= 0x303F) return false;
    if (c == kReplacement || c == 0xFEFF) return false;
    return true;
}

// Cyrillic → Latin, for slugs only.
const char* TranslitCyrillic(char32_t c) {
    static const char* const kMap[] = {"a",  "b",  "v",  "g",    "d", "e", "zh", "z", "i",  "y", "k",
                                       "l",  "m",  "n",  "o",    "p", "r", "s",  "t", "u",  "f", "kh",
                                       "ts", "ch", "sh", "shch", "",  "y", "",   "e", "yu", "ya"};
    if (c >= 0x0430 && c <= 0x044F) return kMap[c - 0x0430];
    return nullptr;
}

}  // namespace

char32_t NextCodePoint(std::string_view s, size_t& i) {
    return Decode(s, i);
}

std::string AsciiName(std::string_view s) {
    std::string out;
    for (size_t i = 0; i < s.size();) {
        char32_t c = Decode(s, i);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' || c == '-') {
            out += static_cast<char>(c);
            continue;
        }
        const char* latin = nullptr;
        switch (c) {
            case U'ə':
                latin = "a";
                break;
            case U'Ə':
                latin = "A";
                break;
            case U'ı':
                latin = "i";
                break;
            case U'İ':
                latin = "I";
                break;
            case U'ş':
                latin = "sh";
                break;
            case U'Ş':
                latin = "Sh";
                break;
            case U'ç':
                latin = "ch";
                break;
            case U'Ç':
                latin = "Ch";
                break;
            case U'ğ':
                latin = "gh";
                break;
            case U'Ğ':
                latin = "Gh";
                break;
            case U'ö':
                latin = "o";
                break;
            case U'Ö':
                latin = "O";
                break;
            case U'ü':
                latin = "u";
                break;
            case U'Ü':
                latin = "U";
                break;
            default:
                break;
        }
        if (!latin && c >= 0x0410 && c <= 0x042F) {  // upper-case Cyrillic: the lower-case spelling, capitalised
            const char* lower = TranslitCyrillic(c + 0x20);
            if (lower && *lower) {
                out += static_cast<char>(*lower - 'a' + 'A');
                out += lower + 1;
            }
            continue;
        }
        if (!latin && c == 0x0451) latin = "yo";
        if (!latin && c == 0x0401) latin = "Yo";
        if (!latin) latin = TranslitCyrillic(c);
        if (latin) out += latin;
    }
    return out;
}

bool IsValidUtf8(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        size_t before = i;
        char32_t cp = Decode(s, i);
        if (cp == kReplacement && !(i - before == 3 && s.substr(before, 3) == "\xEF\xBF\xBD")) return false;
    }
    return true;
}

namespace {
// The invisible characters CleanInput drops from every field (see text.hpp).
bool IsHiddenEverywhere(char32_t cp) {
    return cp == 0xAD || cp == 0x200B || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2064) ||
           (cp >= 0x2066 && cp <= 0x206F) || cp == 0xFEFF || (cp >= 0xFFF9 && cp <= 0xFFFB);
}

std::string Clean(std::string_view s, bool one_line) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        char32_t cp = Decode(s, i);
        if (cp == '\r') {
            if (i < s.size() && s[i] == '\n') continue;
            cp = '\n';
        }
        if (cp == 0x2028 || cp == 0x2029) cp = '\n';
        if ((cp < 0x20 && cp != '\n' && cp != '\t') || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) continue;
        if (IsHiddenEverywhere(cp) || (one_line && IsInvisibleFormat(cp))) continue;
        Encode(cp, out);
    }
    return out;
}
}  // namespace

bool IsInvisibleFormat(char32_t cp) {
    if (IsHiddenEverywhere(cp)) return true;
    // The Cf (format) category of Unicode 15: the prepended concatenation marks and other format controls of
    // Arabic, Syriac, Kaithi, Egyptian hieroglyphs, shorthand and musical notation, the Mongolian vowel separator,
    // the zero-width joiners and direction marks, and the tags.
    if ((cp >= 0x600 && cp <= 0x605) || cp == 0x61C || cp == 0x6DD || cp == 0x70F || cp == 0x890 || cp == 0x891 ||
        cp == 0x8E2 || cp == 0x180E || (cp >= 0x200B && cp <= 0x200F) || cp == 0x110BD || cp == 0x110CD ||
        (cp >= 0x13430 && cp <= 0x1343F) || (cp >= 0x1BCA0 && cp <= 0x1BCA3) || (cp >= 0x1D173 && cp <= 0x1D17A) ||
        (cp >= 0xE0000 && cp <= 0xE0FFF))  // tags, and the variation selectors supplement (default ignorable)
        return true;
    // The other default ignorables: combining grapheme joiner, Hangul fillers, Khmer inherent vowels, Mongolian
    // free variation selectors, variation selectors.
    return cp == 0x34F || cp == 0x115F || cp == 0x1160 || cp == 0x17B4 || cp == 0x17B5 ||
           (cp >= 0x180B && cp <= 0x180F) || cp == 0x3164 || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFFA0;
}

std::string CleanInput(std::string_view s) {
    return Clean(s, false);
}

std::string CleanLine(std::string_view s) {
    return Clean(s, true);
}

std::string Fold(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) Encode(FoldCodePoint(Decode(s, i)), out);
    return out;
}

std::vector<std::pair<size_t, size_t>> WordRanges(std::string_view s) {
    std::vector<std::pair<size_t, size_t>> out;
    size_t start = std::string_view::npos;
    for (size_t i = 0; i < s.size();) {
        size_t at = i;
        bool word = IsWordCodePoint(Decode(s, i));
        if (word && start == std::string_view::npos) start = at;
        if (!word && start != std::string_view::npos) {
            out.emplace_back(start, at);
            start = std::string_view::npos;
        }
    }
    if (start != std::string_view::npos) out.emplace_back(start, s.size());
    return out;
}

std::vector<std::string> SearchTerms(std::string_view query, size_t max_terms) {
    std::vector<std::string> terms;
    std::string folded = Fold(query);
    for (auto [b, e] : WordRanges(folded)) {
        std::string term(folded.substr(b, std::min<size_t>(e - b, 48)));
        // Do not cut a multi-byte character in half.
        while (!term.empty() && !IsValidUtf8(term)) term.pop_back();
        if (term.empty() || std::find(terms.begin(), terms.end(), term) != terms.end()) continue;
        terms.push_back(std::move(term));
        if (terms.size() == max_terms) break;
    }
    return terms;
}

std::vector<std::pair<size_t, size_t>> MatchRanges(std::string_view s, const std::vector<std::string>& terms) {
    std::vector<std::pair<size_t, size_t>> out;
    if (terms.empty()) return out;
    for (auto [b, e] : WordRanges(s)) {
        std::string word = Fold(s.substr(b, e - b));
        for (const auto& t : terms) {
            if (word.compare(0, t.size(), t) == 0) {
                out.emplace_back(b, e);
                break;
            }
        }
    }
    return out;
}

std::string Slugify(std::string_view s) {
    std::string folded = Fold(s);
    std::string out;
    bool dash = false;
    for (size_t i = 0; i < folded.size() && out.size() < 80;) {
        char32_t c = Decode(folded, i);
        const char* piece = nullptr;
        char ascii[2] = {0, 0};
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            ascii[0] = static_cast<char>(c);
            piece = ascii;
        } else if (const char* t = TranslitCyrillic(c)) {
            piece = t;
        }
        if (piece && *piece) {
            if (dash && !out.empty()) out += '-';
            dash = false;
            out += piece;
        } else if (!piece) {
            dash = true;
        }
    }
    if (out.size() > 80) out.resize(80);
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? std::string("item") : out;
}

size_t Utf8Length(std::string_view s) {
    size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

std::string Excerpt(std::string_view s, size_t max_chars) {
    if (Utf8Length(s) <= max_chars) return std::string(s);
    size_t chars = 0, i = 0, last_space = 0;
    while (i < s.size() && chars < max_chars) {
        if (s[i] == ' ' || s[i] == '\n') last_space = i;
        Decode(s, i);
        ++chars;
    }
    size_t cut = last_space > i / 2 ? last_space : i;
    std::string out(Trim(s.substr(0, cut)));
    out += "…";
    return out;
}

void CountLetters(std::string_view s, size_t& letters, size_t& capitals) {
    letters = capitals = 0;
    for (size_t i = 0; i < s.size();) {
        char32_t c = Decode(s, i);
        bool upper = (c >= 'A' && c <= 'Z') || (c >= 0x00C0 && c <= 0x00DE && c != 0x00D7) || c == 0x018F ||
                     c == 0x0130 || c == 0x015E || c == 0x011E || (c >= 0x0400 && c <= 0x042F);
        bool lower = (c >= 'a' && c <= 'z') || (c >= 0x00DF && c <= 0x00FF && c != 0x00F7) || c == 0x0259 ||
                     c == 0x0131 || c == 0x015F || c == 0x011F || (c >= 0x0430 && c <= 0x045F);
        letters += upper || lower;
        capitals += upper;
    }
}

std::string_view Trim(std::string_view s) {
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
    while (!s.empty() && space(s.front())) s.remove_prefix(1);
    while (!s.empty() && space(s.back())) s.remove_suffix(1);
    return s;
}

}  // namespace ejob::domain::text
