#include "formats/json_resume.hpp"

#include <array>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/common/msgid.hpp"
#include "domain/text/text.hpp"

namespace ejob::formats {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;
namespace cv = domain::cv;
namespace text = domain::text;

constexpr const char* kSchemaUrl = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";
constexpr int kMaxDepth = 32;  // arrays and objects inside each other; deeper files are refused before parsing

// ---- base64 (RFC 4648, standard alphabet, padded)

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

std::string Base64Encode(std::string_view bytes) {
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        uint32_t v = uint32_t(uint8_t(bytes[i])) << 16 | uint32_t(uint8_t(bytes[i + 1])) << 8 | uint8_t(bytes[i + 2]);
        out += kAlphabet[v >> 18 & 63];
        out += kAlphabet[v >> 12 & 63];
        out += kAlphabet[v >> 6 & 63];
        out += kAlphabet[v & 63];
    }
    if (size_t rest = bytes.size() - i; rest > 0) {
        uint32_t v = uint32_t(uint8_t(bytes[i])) << 16;
        if (rest == 2) v |= uint32_t(uint8_t(bytes[i + 1])) << 8;
        out += kAlphabet[v >> 18 & 63];
        out += kAlphabet[v >> 12 & 63];
        out += rest == 2 ? kAlphabet[v >> 6 & 63] : '=';
        out += '=';
    }
    return out;
}

int Base64Value(char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

// Strict: a length that is a multiple of 4, only the alphabet, "=" only as the last one or two characters, and no
// stray bits in the last symbol before the padding. No white space.
std::optional<std::string> Base64Decode(std::string_view b64) {
    if (b64.size() % 4 != 0) return std::nullopt;
    size_t pad = 0;
    if (!b64.empty() && b64.back() == '=') pad = b64.size() >= 2 && b64[b64.size() - 2] == '=' ? 2 : 1;
    std::string out;
    out.reserve(b64.size() / 4 * 3);
    for (size_t i = 0; i < b64.size(); i += 4) {
        bool last = i + 4 == b64.size();
        std::array<int, 4> v{};
        for (size_t k = 0; k < 4; ++k) {
            bool padded = last && k >= 4 - pad;
            v[k] = padded ? 0 : Base64Value(b64[i + k]);
            if (v[k] < 0) return std::nullopt;
        }
        uint32_t n = uint32_t(v[0]) << 18 | uint32_t(v[1]) << 12 | uint32_t(v[2]) << 6 | uint32_t(v[3]);
        out += char(n >> 16 & 0xFF);
        if (last && pad == 2) {
            if ((n & 0xFFFF) != 0) return std::nullopt;
            break;
        }
        out += char(n >> 8 & 0xFF);
        if (last && pad == 1) {
            if ((n & 0xFF) != 0) return std::nullopt;
            break;
        }
        out += char(n & 0xFF);
    }
    return out;
}

// ---- checks before parsing

// The offset of the first byte that is not part of well-formed UTF-8 (as text::IsValidUtf8 judges it), or npos.
size_t InvalidUtf8At(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        size_t before = i;
        if (text::NextCodePoint(s, i) == 0xFFFD && s.substr(before, i - before) != "\xEF\xBF\xBD") return before;
    }
    return std::string_view::npos;
}

// Whether arrays and objects nest deeper than `max` (brackets inside strings do not count). Run before parsing, so
// that a hostile file never reaches the parser's or the destructor's recursion.
bool NestsDeeperThan(std::string_view s, int max) {
    int depth = 0;
    bool in_string = false, escaped = false;
    for (char c : s) {
        if (in_string) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > max) return true;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return false;
}

// ---- reading, with the first problem kept

domain::FieldError Refusal(std::string message, std::string arg = {}) {
    return {"file", std::move(message), std::move(arg)};
}

class Reader {
  public:
    bool failed() const { return error_.has_value(); }
    domain::FieldError error() const { return *error_; }

    // A member that must be text; missing or null reads as "".
    std::string Str(const json& obj, const char* key, const std::string& path) {
        const json* v = Member(obj, key);
        if (!v) return {};
        if (!v->is_string()) {
            Fail(N_("This is not a JSON Resume file: {} must be text."), Join(path, key));
            return {};
        }
        return v->get<std::string>();
    }
    // A member that must be an object; nullptr when missing, null or wrong (then failed()).
    const json* Obj(const json& obj, const char* key, const std::string& path) {
        const json* v = Member(obj, key);
        if (v && !v->is_object())
            return Fail(N_("This is not a JSON Resume file: {} must be an object."), Join(path, key));
        return v;
    }
    // A member that must be a list of at most `max` entries.
    const json* Arr(const json& obj, const char* key, const std::string& path, size_t max) {
        const json* v = Member(obj, key);
        if (!v) return nullptr;
        if (!v->is_array()) return Fail(N_("This is not a JSON Resume file: {} must be a list."), Join(path, key));
        if (v->size() > max) {
            Fail(N_("The file has more than {} entries in {}."), std::to_string(max) + "|" + Join(path, key));
            return nullptr;
        }
        return v;
    }
    // The entries of a list that must be objects.
    std::vector<const json*> Objects(const json& obj, const char* key, const std::string& path, size_t max) {
        std::vector<const json*> out;
        const json* a = Arr(obj, key, path, max);
        if (!a) return out;
        for (size_t i = 0; i < a->size(); ++i) {
            const json& e = (*a)[i];
            if (e.is_null()) continue;
            if (!e.is_object()) {
                Fail(N_("This is not a JSON Resume file: {} must be an object."), Index(Join(path, key), i));
                return {};
            }
            out.push_back(&e);
        }
        return out;
    }
    // The entries of a list that must be text.
    std::vector<std::string> Strings(const json& obj, const char* key, const std::string& path) {
        std::vector<std::string> out;
        const json* a = Arr(obj, key, path, SIZE_MAX);
        if (!a) return out;
        for (size_t i = 0; i < a->size(); ++i) {
            const json& e = (*a)[i];
            if (e.is_null()) continue;
            if (!e.is_string()) {
                Fail(N_("This is not a JSON Resume file: {} must be text."), Index(Join(path, key), i));
                return {};
            }
            out.push_back(e.get<std::string>());
        }
        return out;
    }

    static std::string Join(const std::string& path, const char* key) { return path.empty() ? key : path + "." + key; }
    static std::string Index(const std::string& path, size_t i) { return path + "[" + std::to_string(i) + "]"; }

  private:
    static const json* Member(const json& obj, const char* key) {
        auto it = obj.find(key);
        return it == obj.end() || it->is_null() ? nullptr : &*it;
    }
    std::nullptr_t Fail(std::string message, std::string arg) {
        if (!error_) error_ = Refusal(std::move(message), std::move(arg));
        return nullptr;
    }

    std::optional<domain::FieldError> error_;
};

bool IsDigits(std::string_view s) {
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

// "2019-03-15" → "2019-03"; anything else as it is (CheckDraft judges it).
std::string MonthOf(std::string date) {
    if (date.size() == 10 && date[4] == '-' && date[7] == '-' && IsDigits(date.substr(0, 4)) &&
        IsDigits(date.substr(5, 2)) && IsDigits(date.substr(8, 2)))
        date.resize(7);
    return date;
}

std::string Trim(std::string_view s) {
    return std::string(text::Trim(s));
}

char Lower(char c) {
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}
bool IsAsciiAlnum(char c) {
    return (c >= '0' && c <= '9') || (Lower(c) >= 'a' && Lower(c) <= 'z');
}

// A JSON Resume fluency as our level: "B2", "b2 – upper intermediate" → "B2"; the native speaker's wordings →
// "native"; anything else "" (level unknown).
std::string LevelOf(const std::string& fluency) {
    std::string f = Trim(fluency);
    if (f.size() >= 2 && (Lower(f[0]) == 'a' || Lower(f[0]) == 'b' || Lower(f[0]) == 'c') &&
        (f[1] == '1' || f[1] == '2') && (f.size() == 2 || !IsAsciiAlnum(f[2])))
        return std::string{char(Lower(f[0]) - 'a' + 'A'), f[1]};
    std::string lower;
    for (char c : f) lower += Lower(c);
    if (lower == "native" || lower == "native speaker" || lower == "ana dili" || f == "Родной" || f == "родной" ||
        f == "РОДНОЙ")
        return "native";
    return {};
}

std::string FluencyOf(const std::string& level) {
    return level == "native" ? "Native speaker" : level;
}

bool IsImage(std::string_view b) {
    auto starts = [&](std::string_view sig, size_t at = 0) {
        return b.size() >= at + sig.size() && b.substr(at, sig.size()) == sig;
    };
    return starts("\xFF\xD8\xFF") || starts("\x89PNG\r\n\x1A\n") || (starts("RIFF") && starts("WEBP", 8));
}

// The bytes of a "data:[<type>][;param…];base64,<data>" URL, or nullopt.
std::optional<std::string> DataUrlBytes(std::string_view url) {
    std::string head;
    size_t comma = url.find(',');
    if (comma == std::string_view::npos) return std::nullopt;
    for (char c : url.substr(0, comma)) head += Lower(c);
    constexpr std::string_view kData = "data:", kBase64 = ";base64";
    if (!head.starts_with(kData) || !head.ends_with(kBase64) || head.size() < kData.size() + kBase64.size())
        return std::nullopt;
    return Base64Decode(url.substr(comma + 1));
}

// Puts `value` under `key` unless it is empty.
void Put(ordered_json& obj, const char* key, const std::string& value) {
    if (!value.empty()) obj[key] = value;
}

}  // namespace

std::string ToJsonResume(const domain::cv::Draft& d, std::string_view photo_jpeg) {
    ordered_json basics = ordered_json::object();
    Put(basics, "name", cv::FullName(d));
    Put(basics, "label", d.title);
    if (!photo_jpeg.empty()) basics["image"] = "data:image/jpeg;base64," + Base64Encode(photo_jpeg);
    Put(basics, "email", d.email);
    Put(basics, "phone", d.phone);
    Put(basics, "summary", d.summary);
    if (!d.city.empty()) basics["location"] = {{"city", d.city}};
    if (!d.links.empty()) {
        ordered_json profiles = ordered_json::array();
        for (const auto& l : d.links) {
            ordered_json p = ordered_json::object();
            Put(p, "network", l.label);
            Put(p, "url", l.url);
            profiles.push_back(std::move(p));
        }
        basics["profiles"] = std::move(profiles);
    }

    ordered_json work = ordered_json::array();
    for (const auto& j : d.jobs) {
        ordered_json w = ordered_json::object();
        Put(w, "name", j.employer);
        Put(w, "position", j.position);
        Put(w, "location", j.city);
        Put(w, "startDate", j.start);
        Put(w, "endDate", j.end);
        Put(w, "summary", j.duties);
        work.push_back(std::move(w));
    }
    ordered_json education = ordered_json::array();
    for (const auto& s : d.education) {
        ordered_json e = ordered_json::object();
        Put(e, "institution", s.institution);
        Put(e, "area", s.area);
        Put(e, "studyType", s.degree);
        Put(e, "startDate", s.start);
        Put(e, "endDate", s.end);
        education.push_back(std::move(e));
    }
    ordered_json skills = ordered_json::array();
    for (const auto& s : cv::SkillList(d.skills)) skills.push_back({{"name", s}});
    ordered_json languages = ordered_json::array();
    for (const auto& l : d.languages) {
        ordered_json e = ordered_json::object();
        Put(e, "language", l.language);
        Put(e, "fluency", FluencyOf(l.level));
        languages.push_back(std::move(e));
    }
    ordered_json certificates = ordered_json::array();
    for (const auto& c : d.courses) {
        ordered_json e = ordered_json::object();
        Put(e, "name", c.name);
        Put(e, "issuer", c.issuer);
        Put(e, "date", c.date);
        certificates.push_back(std::move(e));
    }

    ordered_json doc = ordered_json::object();
    doc["$schema"] = kSchemaUrl;
    doc["basics"] = std::move(basics);
    doc["work"] = std::move(work);
    doc["education"] = std::move(education);
    doc["certificates"] = std::move(certificates);
    doc["skills"] = std::move(skills);
    doc["languages"] = std::move(languages);
    doc["meta"] = {{"version", "v1.0.0"}};
    doc["x-ejob"] = {{"template", d.template_code},       {"pdfLanguage", d.pdf_lang}, {"photoShape", d.photo_shape},
                     {"desiredSalary", d.desired_salary}, {"birthDate", d.birth_date}, {"coverLetter", d.cover_letter}};
    // Invalid UTF-8 cannot come from a checked draft; should it ever, it becomes U+FFFD rather than an exception.
    return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

domain::Result<JsonResume> FromJsonResume(std::string_view file) {
    using domain::Error;
    if (file.size() > kMaxJsonResumeBytes)
        return Error::Invalid(
            {Refusal(N_("The file is larger than {} KB."), std::to_string(kMaxJsonResumeBytes / 1024))});
    constexpr const char* kNotJson = N_("This is not a JSON Resume file: {}");
    if (size_t at = InvalidUtf8At(file); at != std::string_view::npos)
        return Error::Invalid({Refusal(kNotJson, "invalid UTF-8 at byte " + std::to_string(at))});
    if (NestsDeeperThan(file, kMaxDepth))
        return Error::Invalid({Refusal(kNotJson, "nested deeper than " + std::to_string(kMaxDepth) + " levels")});

    json doc;
    try {
        doc = json::parse(file);
    } catch (const json::parse_error& e) {
        // Only the position: the exception's text quotes the file.
        return Error::Invalid({Refusal(kNotJson, "syntax error at byte " + std::to_string(e.byte))});
    } catch (const json::exception&) {
        return Error::Invalid({Refusal(kNotJson, "syntax error")});
    }
    if (!doc.is_object())
        return Error::Invalid({Refusal(N_("This is not a JSON Resume file: it is not a JSON object."))});

    Reader r;
    JsonResume out;
    cv::Draft& d = out.draft;
    std::string image;
    if (const json* b = r.Obj(doc, "basics", "")) {
        std::string name = Trim(r.Str(*b, "name", "basics"));
        if (size_t sp = name.find_last_of(' '); sp == std::string::npos) {
            d.first_name = name;
        } else {
            d.first_name = Trim(name.substr(0, sp));
            d.last_name = Trim(name.substr(sp + 1));
        }
        d.title = r.Str(*b, "label", "basics");
        image = r.Str(*b, "image", "basics");
        d.email = r.Str(*b, "email", "basics");
        d.phone = r.Str(*b, "phone", "basics");
        d.summary = r.Str(*b, "summary", "basics");
        r.Str(*b, "url", "basics");  // not used, but typed
        if (const json* loc = r.Obj(*b, "location", "basics")) d.city = r.Str(*loc, "city", "basics.location");
        auto profiles = r.Objects(*b, "profiles", "basics", cv::kMaxRows);
        for (size_t i = 0; i < profiles.size(); ++i) {
            std::string path = Reader::Index("basics.profiles", i);
            d.links.push_back({r.Str(*profiles[i], "network", path), r.Str(*profiles[i], "url", path)});
            r.Str(*profiles[i], "username", path);
        }
    }

    auto work = r.Objects(doc, "work", "", cv::kMaxRows);
    for (size_t i = 0; i < work.size(); ++i) {
        const json& w = *work[i];
        std::string path = Reader::Index("work", i);
        cv::Job j;
        j.employer = r.Str(w, "name", path);
        if (j.employer.empty()) j.employer = r.Str(w, "company", path);  // the schema before v1.0.0
        j.position = r.Str(w, "position", path);
        j.city = r.Str(w, "location", path);
        j.start = MonthOf(r.Str(w, "startDate", path));
        j.end = MonthOf(r.Str(w, "endDate", path));
        j.duties = r.Str(w, "summary", path);
        for (const auto& h : r.Strings(w, "highlights", path)) {
            if (!j.duties.empty()) j.duties += "\n";
            j.duties += h;
        }
        d.jobs.push_back(std::move(j));
    }

    auto education = r.Objects(doc, "education", "", cv::kMaxRows);
    for (size_t i = 0; i < education.size(); ++i) {
        const json& e = *education[i];
        std::string path = Reader::Index("education", i);
        d.education.push_back({r.Str(e, "institution", path), r.Str(e, "area", path), r.Str(e, "studyType", path),
                               MonthOf(r.Str(e, "startDate", path)), MonthOf(r.Str(e, "endDate", path))});
    }

    auto languages = r.Objects(doc, "languages", "", cv::kMaxRows);
    for (size_t i = 0; i < languages.size(); ++i) {
        std::string path = Reader::Index("languages", i);
        std::string language = r.Str(*languages[i], "language", path);
        d.languages.push_back({std::move(language), LevelOf(r.Str(*languages[i], "fluency", path))});
    }

    // Skills are not rows of the form but lines of one text (its length is CheckDraft's to judge).
    auto skills = r.Objects(doc, "skills", "", SIZE_MAX);
    for (size_t i = 0; i < skills.size(); ++i) {
        std::string path = Reader::Index("skills", i);
        std::vector<std::string> words{r.Str(*skills[i], "name", path)};
        r.Str(*skills[i], "level", path);
        for (auto& k : r.Strings(*skills[i], "keywords", path)) words.push_back(std::move(k));
        for (const auto& w : words) {
            if (Trim(w).empty()) continue;
            if (!d.skills.empty()) d.skills += "\n";
            d.skills += w;
        }
    }

    auto certificates = r.Objects(doc, "certificates", "", cv::kMaxRows);
    for (size_t i = 0; i < certificates.size(); ++i) {
        const json& c = *certificates[i];
        std::string path = Reader::Index("certificates", i);
        d.courses.push_back({r.Str(c, "name", path), r.Str(c, "issuer", path), MonthOf(r.Str(c, "date", path))});
    }

    if (const json* x = r.Obj(doc, "x-ejob", "")) {
        auto keep = [&](const char* key, std::string& field) {
            if (x->contains(key) && !(*x)[key].is_null()) field = r.Str(*x, key, "x-ejob");
        };
        keep("template", d.template_code);
        keep("pdfLanguage", d.pdf_lang);
        keep("photoShape", d.photo_shape);
        keep("desiredSalary", d.desired_salary);
        keep("birthDate", d.birth_date);
        keep("coverLetter", d.cover_letter);
    }
    if (r.failed()) return Error::Invalid({r.error()});

    if (!image.empty()) {
        auto bytes = DataUrlBytes(image);
        if (!bytes || !IsImage(*bytes))
            return Error::Invalid({Refusal(N_("The photo in the file is not a JPEG, PNG or WebP image."))});
        out.photo_jpeg = std::move(*bytes);
    }

    auto checked = cv::CheckDraft(d);
    if (!checked) return checked.error();
    out.draft = std::move(*checked);
    return out;
}

}  // namespace ejob::formats
