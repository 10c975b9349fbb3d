#include "seed/demo_data.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <utility>

#include "embedded/embedded.hpp"

namespace ejob::seed {
namespace {

std::string_view TrimView(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

}  // namespace

std::vector<Section> ParseDemoFile(std::string_view file, std::string_view data) {
    std::vector<Section> out;
    int line_no = 0;
    while (!data.empty()) {
        auto eol = data.find('\n');
        std::string_view line = TrimView(data.substr(0, eol));
        data.remove_prefix(eol == std::string_view::npos ? data.size() : eol + 1);
        ++line_no;
        if (line.empty() || line.front() == '#') continue;
        auto where = [&] { return std::string(file) + ":" + std::to_string(line_no) + ": "; };
        if (line.front() == '[') {
            if (line.back() != ']' || line.size() < 3) throw DataError(where() + "a section is written [name]");
            out.push_back({line.substr(1, line.size() - 2), file, line_no, {}});
            continue;
        }
        auto colon = line.find(':');
        if (colon == std::string_view::npos || colon == 0) throw DataError(where() + "expected \"key: value\"");
        if (out.empty()) throw DataError(where() + "a line before the first [section]");
        out.back().fields.push_back({TrimView(line.substr(0, colon)), TrimView(line.substr(colon + 1)), file, line_no});
    }
    return out;
}

namespace {

const std::map<std::string_view, std::vector<Section>>& AllData() {
    static const auto kData = [] {
        std::map<std::string_view, std::vector<Section>> m;
        for (const auto& f : embedded::DemoFiles()) m.emplace(f.name, ParseDemoFile(f.name, f.data));
        return m;
    }();
    return kData;
}

}  // namespace

Lang PickLang(Rng& rng) {
    int r = static_cast<int>(rng.Below(100));
    return r < 70 ? kAz : r < 90 ? kRu : kEn;
}

// ---- data files

std::vector<std::string> Field::Parts() const {
    std::vector<std::string> out;
    for (auto& p : Split(value, '|')) out.emplace_back(TrimView(p));
    return out;
}

Text Field::AsText(std::size_t first) const {
    auto parts = Parts();
    if (parts.size() < first + 3) Fail("expected az | ru | en");
    Text t;
    for (std::size_t i = 0; i < 3; ++i) {
        if (parts[first + i].empty()) Fail("a text is missing a translation");
        t.in[i] = parts[first + i];
    }
    return t;
}

int Field::Int(std::size_t part, std::size_t word) const {
    auto parts = Parts();
    auto words = part < parts.size() ? Split(parts[part], ' ') : std::vector<std::string>{};
    int v = 0;
    if (word >= words.size()) Fail("expected a number");
    const std::string& w = words[word];
    auto [end, ec] = std::from_chars(w.data(), w.data() + w.size(), v);
    if (ec != std::errc() || end != w.data() + w.size()) Fail("expected a number, not \"" + w + "\"");
    return v;
}

void Field::Fail(std::string_view what) const {
    throw DataError(std::string(file) + ":" + std::to_string(line) + ": " + std::string(key) + ": " +
                    std::string(what));
}

const Field* Section::Find(std::string_view key) const {
    for (const auto& f : fields)
        if (f.key == key) return &f;
    return nullptr;
}

const Field& Section::One(std::string_view key) const {
    if (const Field* f = Find(key)) return *f;
    throw DataError(std::string(file) + ":" + std::to_string(line) + ": [" + std::string(name) + "] needs \"" +
                    std::string(key) + ":\"");
}

std::string Section::Get(std::string_view key, std::string_view fallback) const {
    const Field* f = Find(key);
    return std::string(f ? f->value : fallback);
}

std::vector<Text> Section::Texts(std::string_view key) const {
    std::vector<Text> out;
    for (const auto& f : fields)
        if (f.key == key) out.push_back(f.AsText());
    return out;
}

std::vector<const Field*> Section::All(std::string_view key) const {
    std::vector<const Field*> out;
    for (const auto& f : fields)
        if (f.key == key) out.push_back(&f);
    return out;
}

const std::vector<Section>& DemoData(std::string_view file) {
    const auto& all = AllData();
    auto it = all.find(file);
    if (it == all.end()) throw DataError("no demo data file " + std::string(file));
    return it->second;
}

const Section& DemoSection(std::string_view file, std::string_view name) {
    for (const auto& s : DemoData(file))
        if (s.name == name) return s;
    throw DataError(std::string(file) + ": no [" + std::string(name) + "] section");
}

// ---- helpers

std::vector<std::string> Split(std::string_view s, char sep) {
    std::vector<std::string> out;
    if (s.empty()) return out;
    while (true) {
        auto pos = s.find(sep);
        std::string_view piece = s.substr(0, pos);
        if (sep != ' ' || !piece.empty()) out.emplace_back(piece);
        if (pos == std::string_view::npos) break;
        s.remove_prefix(pos + 1);
    }
    return out;
}

bool HasWord(std::string_view words, std::string_view word) {
    for (const auto& w : Split(words, ' '))
        if (w == word) return true;
    return false;
}

std::string Fill(std::string pattern, std::initializer_list<std::pair<std::string_view, std::string_view>> values) {
    for (const auto& [name, value] : values)
        for (auto pos = pattern.find(name); pos != std::string::npos; pos = pattern.find(name, pos + value.size()))
            pattern.replace(pos, name.size(), value);
    return pattern;
}

std::string Join(const std::vector<std::string>& items, std::string_view sep) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) (out += i ? sep : "") += items[i];
    return out;
}

std::vector<std::string> Choose(const std::vector<std::string>& items, std::size_t n, Rng& rng) {
    std::vector<std::size_t> idx(items.size());
    for (std::size_t i = 0; i < idx.size(); ++i) idx[i] = i;
    for (std::size_t i = idx.size(); i > 1; --i) std::swap(idx[i - 1], idx[rng.Below(i)]);
    idx.resize(std::min(n, idx.size()));
    std::sort(idx.begin(), idx.end());
    std::vector<std::string> out;
    for (auto i : idx) out.push_back(items[i]);
    return out;
}

std::string RenderList(const std::vector<std::string>& items, ListStyle style, std::string_view sentence_sep) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) out += style == kSentences ? sentence_sep : "\n";
        if (style == kDash) out += "- ";
        if (style == kBullet) out += "• ";
        if (style == kNumbered) out += std::to_string(i + 1) + ") ";
        out += items[i];
        if (style == kSentences) out += '.';
    }
    return out;
}

std::string YearsRu(int n) {
    int d = n % 10, dd = n % 100;
    const char* word = (dd >= 11 && dd <= 14) ? "лет" : d == 1 ? "год" : (d >= 2 && d <= 4) ? "года" : "лет";
    return std::to_string(n) + " " + word;
}

std::string Ascii(std::string_view s) {
    static const std::pair<std::string_view, std::string_view> kMap[] = {
        {"ə", "e"}, {"Ə", "e"}, {"ı", "i"}, {"İ", "i"},  {"ö", "o"},  {"Ö", "o"},  {"ü", "u"},
        {"Ü", "u"}, {"ğ", "g"}, {"Ğ", "g"}, {"ş", "sh"}, {"Ş", "sh"}, {"ç", "ch"}, {"Ç", "ch"}};
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        auto mapped = std::find_if(std::begin(kMap), std::end(kMap),
                                   [&](const auto& m) { return s.compare(i, m.first.size(), m.first) == 0; });
        if (mapped != std::end(kMap)) {
            out += mapped->second;
            i += mapped->first.size();
            continue;
        }
        char c = s[i++];
        if (c >= 'A' && c <= 'Z')
            out += static_cast<char>(c - 'A' + 'a');
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            out += c;
        else if (c == ' ' || c == '-')
            out += '-';
    }
    return out;
}

// ---- people and places

const People& DemoPeople() {
    static const People kPeople = [] {
        People p;
        const Section& s = DemoSection("people.txt", "people");
        p.women = s.Texts("woman");
        p.men = s.Texts("man");
        p.fathers = s.Texts("father");
        for (const Field* f : s.All("surname")) p.surnames.push_back({f->AsText(), f->Parts().size() > 3});
        auto russian = [&](std::string_view key) {  // Cyrillic | Latin
            std::vector<Text> out;
            for (const Field* f : s.All(key)) {
                auto parts = f->Parts();
                if (parts.size() != 2) f->Fail("expected Cyrillic | Latin");
                out.push_back({{parts[1], parts[0], parts[1]}});
            }
            return out;
        };
        p.russian_women = russian("russian-woman");
        p.russian_men = russian("russian-man");
        p.russian_surnames = russian("russian-surname");
        for (const Field* f : s.All("russian-patronymic")) {
            auto parts = f->Parts();
            if (parts.size() != 4) f->Fail("expected ru male | ru female | en male | en female");
            p.russian_patronymics.push_back({parts[0], parts[1], parts[2], parts[3]});
        }
        if (p.women.empty() || p.men.empty() || p.fathers.empty() || p.surnames.empty() || p.russian_women.empty() ||
            p.russian_men.empty() || p.russian_surnames.empty() || p.russian_patronymics.empty())
            throw DataError("people.txt: every list of names needs at least one name");
        return p;
    }();
    return kPeople;
}

std::string SurnameIn(const Surname& s, bool woman, Lang lang) {
    return s.text.In(lang) + (woman && !s.same_for_women ? (lang == kRu ? "а" : "a") : "");
}

namespace {

struct Placement {
    int baku_pct = 85;
    std::vector<const Place*> places;  // outside Baku, each repeated by its weight
};

struct Places {
    std::vector<Place> all;
    std::map<std::string, Placement, std::less<>> by_where;
};

const Places& DemoPlaces() {
    static const Places kPlaces = [] {
        Places p;
        const Section& s = DemoSection("people.txt", "places");
        for (const Field* f : s.All("city")) {
            auto parts = f->Parts();
            if (parts.size() != 6) f->Fail("expected code | size | weight | az | ru | en");
            p.all.push_back({parts[0], parts[1], f->Int(2), f->AsText(3)});
        }
        for (const Field* f : s.All("where")) {
            auto parts = f->Parts();
            if (parts.size() != 3) f->Fail("expected name | percent in Baku | sizes of the other places");
            Placement& w = p.by_where[parts[0]];
            w.baku_pct = f->Int(1);
            for (const auto& place : p.all)
                if (place.code != "baku" && HasWord(parts[2], place.size))
                    for (int i = 0; i < place.weight; ++i) w.places.push_back(&place);
            if (w.places.empty()) f->Fail("no places of these sizes");
        }
        if (p.all.empty() || p.all.front().code != "baku") throw DataError("people.txt: the first city is baku");
        return p;
    }();
    return kPlaces;
}

}  // namespace

const Place& PickPlace(std::string_view where, Rng& rng) {
    const auto& places = DemoPlaces();
    auto it = places.by_where.find(where);
    if (it == places.by_where.end()) throw DataError("people.txt: no \"where: " + std::string(where) + "\"");
    if (rng.Percent(it->second.baku_pct)) return places.all.front();
    return *rng.Pick(it->second.places);
}

const Place& PlaceOf(std::string_view code) {
    for (const auto& p : DemoPlaces().all)
        if (p.code == code) return p;
    return DemoPlaces().all.front();
}

bool IsBigCity(std::string_view code) {
    return PlaceOf(code).size == "big";
}

// ---- contacts

namespace {
std::string Digits(Rng& rng, int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s += static_cast<char>('0' + rng.Below(10));
    return s;
}
std::string Lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}
}  // namespace

std::string DemoPhone(bool baku, Rng& rng) {
    static const char* const kMobile[] = {"50", "51", "55", "70", "77", "99", "10"};
    std::string subscriber = std::to_string(rng.Between(2, 9)) + Digits(rng, 6);
    std::string a = subscriber.substr(0, 3), b = subscriber.substr(3, 2), c = subscriber.substr(5, 2);
    if (baku && rng.Percent(8))
        return "+994 12 " + std::to_string(rng.Between(4, 5)) + Digits(rng, 2) + " " + b + " " + c;
    std::string op = rng.Pick(kMobile);
    int r = static_cast<int>(rng.Below(100));
    if (r < 60) return "+994 " + op + " " + a + " " + b + " " + c;
    if (r < 85) return "0" + op + " " + a + " " + b + " " + c;
    return "(0" + op + ") " + a + "-" + b + "-" + c;
}

std::string DemoEmail(std::string_view first_en, std::string_view last_en, int birth_year, Rng& rng) {
    static const char* const kDomains[] = {"example.com", "example.com", "example.org", "example.net"};
    std::string first = Lower(first_en), last = Lower(last_en);
    std::string yy = std::to_string(100 + birth_year % 100).substr(1);
    std::string local;
    switch (rng.Below(5)) {
        case 0:
            local = first + "." + last;
            break;
        case 1:
            local = first + "." + last + yy;
            break;
        case 2:
            local = last + "." + first;
            break;
        case 3:
            local = first + "_" + last.substr(0, 1) + yy;
            break;
        default:
            local = first.substr(0, 1) + last + std::to_string(birth_year);
            break;
    }
    return local + "@" + rng.Pick(kDomains);
}

}  // namespace ejob::seed
