#include "domain/moderation/prechecks.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

#include "domain/common/msgid.hpp"
#include "domain/publications/rejection_reasons.hpp"
#include "domain/text/text.hpp"

namespace ejob::domain {

namespace {

constexpr size_t kMaxDetailChars = 80;
constexpr size_t kMaxFindings = 3;           // findings quoted in one flag's detail
constexpr size_t kTextPrintMinLetters = 80;  // shorter texts are too common to call a copy a duplicate

struct CheckInfo {
    std::string_view check, rule_key;
    const char* message;
};
constexpr std::array<CheckInfo, 8> kChecks = {{
    {checks::kCapitals, "capitals", N_("Text in capital letters: “{}”")},
    {checks::kTranslit, "capitals", N_("Russian written in Latin letters: {}")},
    {checks::kSalarySpread, "salary", N_("The salary range {} AZN is wider than the rule allows.")},
    {checks::kSalaryUnrealistic, "salary", N_("The salary {} AZN looks unrealistic.")},
    {checks::kBannedActivity, "banned-activity", N_("Words of an activity that is not accepted: {}")},
    {checks::kContacts, "contacts-in-text", N_("Contacts in the title or the text: {}")},
    {checks::kDuplicate, "duplicate", N_("The same as publication #{}, which is published or waiting.")},
    {checks::kOnePer30Days, "one-per-30-days",
     N_("The same person submitted resume #{} less than 30 days before this one.")},
}};

bool IsAsciiDigit(char c) {
    return c >= '0' && c <= '9';
}
bool IsAsciiAlpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
char AsciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

std::string Detail(std::string_view s) {
    std::string out = text::Excerpt(text::Trim(s), kMaxDetailChars);
    for (char& c : out)
        if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    return out;
}

// Distinct findings, at most kMaxFindings, joined for a detail.
void AddFinding(std::vector<std::string>& found, std::string_view s) {
    std::string item = Detail(s);
    if (item.empty() || found.size() >= kMaxFindings) return;
    if (std::find(found.begin(), found.end(), item) == found.end()) found.push_back(std::move(item));
}
std::string JoinFindings(const std::vector<std::string>& found) {
    std::string out;
    for (const auto& f : found) {
        if (!out.empty()) out += ", ";
        out += f;
    }
    return out;
}

// The words of `text` with their byte ranges and folded forms.
struct Word {
    size_t begin, end;
    std::string folded;
};
std::vector<Word> Words(std::string_view text) {
    std::vector<Word> out;
    for (auto [b, e] : text::WordRanges(text)) out.push_back({b, e, text::Fold(text.substr(b, e - b))});
    return out;
}

bool WordMatches(const std::string& pattern, const std::string& folded) {
    if (!pattern.empty() && pattern.back() == '*')
        return folded.size() >= pattern.size() - 1 &&
               folded.compare(0, pattern.size() - 1, pattern, 0, pattern.size() - 1) == 0;
    return folded == pattern;
}

// Where `phrase` starts at word `at` of `text`: the index of its last word, or nothing. The words of a phrase
// are separated by spaces or hyphens only ("təlim, ödənişli məzuniyyət" is not "təlim ödənişli").
std::optional<size_t> PhraseAt(std::string_view text, const ScreeningWords::Phrase& phrase,
                               const std::vector<Word>& words, size_t at) {
    if (phrase.words.empty() || at + phrase.words.size() > words.size()) return std::nullopt;
    for (size_t k = 0; k < phrase.words.size(); ++k) {
        if (!WordMatches(phrase.words[k], words[at + k].folded)) return std::nullopt;
        if (k == 0) continue;
        auto gap = text.substr(words[at + k - 1].end, words[at + k].begin - words[at + k - 1].end);
        if (gap.find_first_not_of(" \t-") != std::string_view::npos) return std::nullopt;
    }
    return at + phrase.words.size() - 1;
}

// The original text of every place where one of `phrases` occurs.
void FindPhrases(std::string_view text, const std::vector<Word>& words,
                 const std::vector<ScreeningWords::Phrase>& phrases, std::vector<std::string>& found) {
    for (size_t i = 0; i < words.size(); ++i)
        for (const auto& phrase : phrases)
            if (auto last = PhraseAt(text, phrase, words, i)) {
                AddFinding(found, text.substr(words[i].begin, words[*last].end - words[i].begin));
                break;
            }
}

// Azerbaijani phone numbers: mobile operators' codes, and Baku's and the regions' codes after 0 or +994.
bool IsMobileCode(std::string_view two) {
    static constexpr std::array<std::string_view, 8> kCodes = {"10", "50", "51", "55", "60", "70", "77", "99"};
    return std::find(kCodes.begin(), kCodes.end(), two) != kCodes.end();
}
bool IsAreaCode(std::string_view two) {
    static constexpr std::array<std::string_view, 10> kCodes = {"12", "18", "20", "21", "22",
                                                                "23", "24", "25", "26", "36"};
    return IsMobileCode(two) || std::find(kCodes.begin(), kCodes.end(), two) != kCodes.end();
}
bool IsAzPhone(std::string_view digits) {
    if (digits.size() == 12) return digits.starts_with("994") && IsAreaCode(digits.substr(3, 2));
    if (digits.size() == 10) return digits[0] == '0' && IsAreaCode(digits.substr(1, 2));
    if (digits.size() == 9) return IsMobileCode(digits.substr(0, 2));
    return false;
}

// Phone numbers written as groups of digits with short separators: +994 50 123 45 67, (050) 123-45-67, 0501234567,
// 50 123 45 67.
void FindPhones(std::string_view s, std::vector<std::string>& found) {
    struct Group {
        size_t begin, end;
    };
    std::vector<Group> groups;
    for (size_t i = 0; i < s.size();) {
        if (!IsAsciiDigit(s[i])) {
            ++i;
            continue;
        }
        size_t b = i;
        while (i < s.size() && IsAsciiDigit(s[i])) ++i;
        groups.push_back({b, i});
    }
    auto joined = [&](const Group& a, const Group& b) {
        size_t gap = b.begin - a.end;
        if (gap < 1 || gap > 3) return false;
        for (size_t k = a.end; k < b.begin; ++k)
            if (std::string_view(" -.()/").find(s[k]) == std::string_view::npos) return false;
        return true;
    };
    for (size_t i = 0; i < groups.size(); ++i) {
        if (groups[i].begin > 0 && IsAsciiAlpha(s[groups[i].begin - 1])) continue;
        std::string digits;
        for (size_t j = i; j < groups.size(); ++j) {
            if (j > i && !joined(groups[j - 1], groups[j])) break;
            digits.append(s.substr(groups[j].begin, groups[j].end - groups[j].begin));
            if (digits.size() > 12) break;
            bool ends = groups[j].end == s.size() || !IsAsciiAlpha(s[groups[j].end]);
            if (ends && IsAzPhone(digits)) {
                size_t from = groups[i].begin;
                if (from > 0 && (s[from - 1] == '+' || s[from - 1] == '(')) --from;
                AddFinding(found, s.substr(from, groups[j].end - from));
                i = j;
                break;
            }
        }
    }
}

bool IsDomainLabelChar(char c) {
    return IsAsciiAlpha(c) || IsAsciiDigit(c) || c == '-';
}

// "ejob.az", "site.com/path": ASCII labels ending in a top-level domain people here use.
bool LooksLikeDomain(std::string_view t) {
    static constexpr std::array<std::string_view, 14> kTlds = {"az", "com", "ru", "org", "info", "biz", "me",
                                                               "tr", "ua",  "kz", "ge",  "uk",   "de",  "co"};
    t = t.substr(0, t.find('/'));
    auto dot = t.rfind('.');
    if (dot == std::string_view::npos || dot == 0) return false;
    for (char c : t)
        if (!IsDomainLabelChar(c) && c != '.') return false;
    if (t.find("..") != std::string_view::npos) return false;
    auto tld = t.substr(dot + 1);
    return std::find(kTlds.begin(), kTlds.end(), tld) != kTlds.end();
}

bool LooksLikeEmail(std::string_view t) {
    auto at = t.find('@');
    if (at == std::string_view::npos || at == 0 || at + 1 >= t.size()) return false;
    for (char c : t.substr(0, at))
        if (!(IsAsciiAlpha(c) || IsAsciiDigit(c) || std::string_view("._%+-").find(c) != std::string_view::npos))
            return false;
    auto domain = t.substr(at + 1);
    auto dot = domain.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || domain.size() - dot - 1 < 2) return false;
    for (char c : domain)
        if (!IsDomainLabelChar(c) && c != '.') return false;
    return true;
}

// A handle to write to: "@ejob_az".
bool LooksLikeHandle(std::string_view t) {
    if (t.size() < 4 || t[0] != '@') return false;
    for (char c : t.substr(1))
        if (!(IsAsciiAlpha(c) || IsAsciiDigit(c) || c == '_' || c == '.')) return false;
    return true;
}

// Emails, links and handles, token by token.
void FindAddresses(std::string_view s, std::vector<std::string>& found) {
    constexpr std::string_view kSeparators = " \t\n\r,;<>\"'«»";
    size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && kSeparators.find(s[i]) != std::string_view::npos) ++i;
        size_t b = i;
        while (i < s.size() && kSeparators.find(s[i]) == std::string_view::npos) ++i;
        std::string_view token = s.substr(b, i - b);
        while (!token.empty() && std::string_view("([{").find(token.front()) != std::string_view::npos)
            token.remove_prefix(1);
        while (!token.empty() && std::string_view(".,;:!?)]}").find(token.back()) != std::string_view::npos)
            token.remove_suffix(1);
        if (token.empty()) continue;
        std::string lower(token);
        for (char& c : lower) c = AsciiLower(c);
        bool link = lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("www.") ||
                    lower.starts_with("t.me/") || lower.starts_with("wa.me/");
        if (link || LooksLikeEmail(lower) || LooksLikeHandle(lower) || LooksLikeDomain(lower)) AddFinding(found, token);
    }
}

std::string Azn(std::int64_t qepik) {
    return std::to_string(qepik / 100);
}

std::vector<ScreeningWords::Phrase>* SectionList(ScreeningWords& w, std::string_view header) {
    if (header == "messenger") return &w.messengers;
    if (header.starts_with("banned ")) {
        ScreeningWords::Group g;
        auto rest = text::Trim(header.substr(7));
        auto colon = rest.find(':');
        g.name = std::string(text::Trim(rest.substr(0, colon)));
        if (colon != std::string_view::npos) {
            std::string_view kinds = rest.substr(colon + 1);
            for (auto [b, e] : text::WordRanges(kinds)) g.kinds.emplace_back(kinds.substr(b, e - b));
        }
        w.banned.push_back(std::move(g));
        return &w.banned.back().phrases;
    }
    return nullptr;
}

}  // namespace

std::string_view RuleKeyOf(std::string_view check) {
    for (const auto& c : kChecks)
        if (c.check == check) return c.rule_key;
    return {};
}

const char* FlagMessage(std::string_view check) {
    for (const auto& c : kChecks)
        if (c.check == check) return c.message;
    return N_("Automatic check: {}");
}

std::string EncodeFlags(const std::vector<ReviewFlag>& flags) {
    std::string out;
    for (const auto& f : flags) {
        out += f.check;
        out += '\t';
        out += Detail(f.detail);
        out += '\n';
    }
    return out;
}

std::vector<ReviewFlag> DecodeFlags(std::string_view stored) {
    std::vector<ReviewFlag> out;
    while (!stored.empty()) {
        auto nl = stored.find('\n');
        auto line = stored.substr(0, nl);
        stored.remove_prefix(nl == std::string_view::npos ? stored.size() : nl + 1);
        if (line.empty()) continue;
        auto tab = line.find('\t');
        ReviewFlag f;
        f.check = std::string(line.substr(0, tab));
        if (tab != std::string_view::npos) f.detail = std::string(line.substr(tab + 1));
        out.push_back(std::move(f));
    }
    return out;
}

ScreeningWords ScreeningWords::Parse(std::string_view data) {
    ScreeningWords w;
    std::vector<Phrase>* list = nullptr;
    bool translit = false;
    while (!data.empty()) {
        auto nl = data.find('\n');
        auto line = text::Trim(data.substr(0, nl));
        data.remove_prefix(nl == std::string_view::npos ? data.size() : nl + 1);
        if (line.empty() || line.front() == '#') continue;
        if (line.front() == '[' && line.back() == ']') {
            auto header = text::Trim(line.substr(1, line.size() - 2));
            translit = header == "translit";
            list = translit ? nullptr : SectionList(w, header);
            continue;
        }
        Phrase phrase;
        std::string folded = text::Fold(line);
        for (auto [b, e] : text::WordRanges(folded)) {
            std::string word = folded.substr(b, e - b);
            if (e < folded.size() && folded[e] == '*') word += '*';
            phrase.words.push_back(std::move(word));
        }
        if (phrase.words.empty()) continue;
        if (translit) {
            const std::string& word = phrase.words.front();
            if (word.back() == '*')
                w.translit_stems.push_back(word.substr(0, word.size() - 1));
            else
                w.translit.insert(word);
        } else if (list) {
            list->push_back(std::move(phrase));
        }
    }
    return w;
}

std::optional<ReviewFlag> CheckCapitals(std::string_view s, bool title) {
    // Acronyms (IT, HR, MMC, SQL, ASAN) are written in capitals anyway: they count neither way in the share.
    constexpr size_t kAcronymLetters = 4;
    const size_t min_letters = title ? 6 : 20;
    size_t counted = 0, counted_capitals = 0;
    // A run of words in capitals with nothing but spaces between them: shouting inside an ordinary text.
    constexpr size_t kRunWords = 3, kRunLetters = 15;
    size_t run_words = 0, run_letters = 0, run_begin = 0, run_end = 0;
    std::optional<std::pair<size_t, size_t>> shouted;
    auto close_run = [&] {
        if (!shouted && run_words >= kRunWords && run_letters >= kRunLetters) shouted.emplace(run_begin, run_end);
        run_words = run_letters = 0;
    };
    for (auto [b, e] : text::WordRanges(s)) {
        size_t letters = 0, capitals = 0;
        text::CountLetters(s.substr(b, e - b), letters, capitals);
        bool upper = letters >= 2 && capitals == letters;
        if (!(upper && letters <= kAcronymLetters)) {
            counted += letters;
            counted_capitals += capitals;
        }
        bool spaces_before = run_words > 0 && std::all_of(s.begin() + static_cast<std::ptrdiff_t>(run_end),
                                                          s.begin() + static_cast<std::ptrdiff_t>(b),
                                                          [](char c) { return c == ' ' || c == '\t'; });
        if (!upper) {
            close_run();
            continue;
        }
        if (run_words > 0 && !spaces_before) close_run();
        if (run_words == 0) run_begin = b;
        ++run_words;
        run_letters += letters;
        run_end = e;
    }
    close_run();
    if (counted >= min_letters && counted_capitals * 2 >= counted)
        return ReviewFlag{std::string(checks::kCapitals), Detail(s)};
    if (shouted)
        return ReviewFlag{std::string(checks::kCapitals),
                          Detail(s.substr(shouted->first, shouted->second - shouted->first))};
    return std::nullopt;
}

std::optional<ReviewFlag> CheckTranslit(const ScreeningWords& words, std::string_view s) {
    size_t latin = 0, hits = 0;
    std::vector<std::string> distinct_long;  // hits of three letters or more: function words alone prove little
    std::vector<std::string> found;
    for (const auto& w : Words(s)) {
        if (!std::all_of(w.folded.begin(), w.folded.end(), IsAsciiAlpha)) continue;
        ++latin;
        bool hit = words.translit.contains(w.folded) ||
                   std::any_of(words.translit_stems.begin(), words.translit_stems.end(),
                               [&](const std::string& stem) { return w.folded.starts_with(stem); });
        if (!hit) continue;
        ++hits;
        if (w.folded.size() >= 3) {
            if (std::find(distinct_long.begin(), distinct_long.end(), w.folded) == distinct_long.end())
                distinct_long.push_back(w.folded);
            AddFinding(found, s.substr(w.begin, w.end - w.begin));
        }
    }
    // A quarter of the Latin words, and at least three of them, two of those real words.
    if (hits >= 3 && hits * 4 >= latin && distinct_long.size() >= 2)
        return ReviewFlag{std::string(checks::kTranslit), JoinFindings(found)};
    return std::nullopt;
}

std::vector<ReviewFlag> CheckSalary(std::optional<std::int64_t> min, std::optional<std::int64_t> max) {
    constexpr std::int64_t kAzn = 100;
    constexpr std::int64_t kLowest = 100 * kAzn, kHighest = 15000 * kAzn;
    std::vector<ReviewFlag> out;
    std::string range = min && max ? Azn(*min) + "–" + Azn(*max) : min ? Azn(*min) : max ? Azn(*max) : "";
    bool unrealistic = false;
    for (auto v : {min, max})
        if (v && (*v < kLowest || *v > kHighest)) unrealistic = true;
    if (unrealistic) out.push_back({std::string(checks::kSalaryUnrealistic), range});
    if (min && max && *max > *min) {
        std::int64_t spread = *max - *min;
        std::optional<std::int64_t> limit;
        if (*min < 500 * kAzn)
            limit = 200 * kAzn;
        else if (*min <= 1000 * kAzn)
            limit = 300 * kAzn;
        else if (*min <= 2000 * kAzn)
            limit = 500 * kAzn;
        if (limit && spread > *limit) out.push_back({std::string(checks::kSalarySpread), range});
    }
    return out;
}

std::optional<ReviewFlag> CheckBannedActivity(const ScreeningWords& words, std::string_view kind, std::string_view s) {
    std::vector<ScreeningWords::Phrase> phrases;
    for (const auto& group : words.banned)
        if (group.kinds.empty() || std::find(group.kinds.begin(), group.kinds.end(), kind) != group.kinds.end())
            phrases.insert(phrases.end(), group.phrases.begin(), group.phrases.end());
    std::vector<std::string> found;
    FindPhrases(s, Words(s), phrases, found);
    if (found.empty()) return std::nullopt;
    return ReviewFlag{std::string(checks::kBannedActivity), JoinFindings(found)};
}

std::optional<ReviewFlag> CheckContacts(const ScreeningWords& words, std::string_view s) {
    std::vector<std::string> found;
    FindPhones(s, found);
    FindAddresses(s, found);
    FindPhrases(s, Words(s), words.messengers, found);
    if (found.empty()) return std::nullopt;
    return ReviewFlag{std::string(checks::kContacts), JoinFindings(found)};
}

std::string Fingerprint(std::string_view s, size_t min_letters) {
    std::string folded = text::Fold(s);
    std::string joined;
    size_t letters = 0;
    for (auto [b, e] : text::WordRanges(folded)) {
        if (!joined.empty()) joined += ' ';
        joined.append(folded, b, e - b);
        letters += text::Utf8Length(std::string_view(folded).substr(b, e - b));
    }
    if (letters == 0 || letters < min_letters) return {};
    // FNV-1a, 64 bits: the same words give the same print on every node and in every run.
    std::uint64_t h = 14695981039346656037ull;
    for (unsigned char c : joined) {
        h ^= c;
        h *= 1099511628211ull;
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
    return hex;
}

Screening Prechecks::Screen(const ScreeningSubject& s) const {
    Screening out;
    const auto& t = s.text;
    std::string body;
    for (const auto& part : t.texts) {
        body += part;
        body += '\n';
    }
    std::string all = t.title;
    all += '\n';
    all += body;
    out.title_print = Fingerprint(t.title, 1);
    out.text_print = Fingerprint(body, kTextPrintMinLetters);
    bool has_owner = !text::Trim(s.owner.email).empty() || s.owner.account_id;
    auto add = [&](std::optional<ReviewFlag> f) {
        if (f) out.flags.push_back(std::move(*f));
    };
    for (const auto& rule : SubmissionRules(s.kind)) {
        std::string_view key = rule.key;
        if (key == "banned-activity") {
            add(CheckBannedActivity(words_, s.kind, all));
        } else if (key == "capitals") {
            auto caps = CheckCapitals(t.title, true);
            for (const auto& part : t.texts)
                if (!caps) caps = CheckCapitals(part, false);
            add(caps);
            add(CheckTranslit(words_, all));
        } else if (key == "salary") {
            for (auto& f : CheckSalary(t.salary_min, t.salary_max)) out.flags.push_back(std::move(f));
        } else if (key == "duplicate") {
            ScreeningOwner owner = s.owner;
            owner.email = std::string(text::Trim(owner.email));
            if (auto other = queries_.LiveDuplicate(s.kind, s.id, owner, out.title_print, out.text_print))
                out.flags.push_back({std::string(checks::kDuplicate), std::to_string(*other)});
        } else if (key == "contacts-in-text") {
            add(CheckContacts(words_, all));
        } else if (key == "one-per-30-days" && has_owner) {
            // A new one is compared with every earlier one; an edited one with those submitted before it, so
            // that only the later of two resumes is flagged.
            Millis until = s.id == 0 ? s.created_at + 1 : s.created_at;
            if (auto other = queries_.OwnersEarlier(s.kind, s.id, s.owner, s.created_at - 30 * kDay, until))
                out.flags.push_back({std::string(checks::kOnePer30Days), std::to_string(*other)});
        }
    }
    return out;
}

}  // namespace ejob::domain
