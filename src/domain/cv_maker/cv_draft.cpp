// The CV Maker's draft: its option lists, the checks of a typed draft, and the small formatting rules the preview
// and the PDF share.
#include "domain/cv_maker/cv_draft.hpp"

#include <algorithm>
#include <charconv>
#include <optional>

#include "domain/common/msgid.hpp"
#include "domain/text/text.hpp"
#include "domain/vacancies/validation.hpp"

namespace ejob::domain::cv {

const std::vector<Option>& Templates() {
    static const std::vector<Option> k = {{"classic", N_("Classic: one column")},
                                          {"modern", N_("Modern: two columns with a sidebar")},
                                          {"compact", N_("Compact: more on one page")}};
    return k;
}

const std::vector<Option>& PdfLanguages() {
    static const std::vector<Option> k = {{"az", "Azərbaycanca"}, {"ru", "Русский"}, {"en", "English"}};
    return k;
}

const std::vector<Option>& PhotoShapes() {
    static const std::vector<Option> k = {{"circle", N_("Round")}, {"square", N_("Square")}};
    return k;
}

const std::vector<Option>& LanguageLevels() {
    static const std::vector<Option> k = {{"A1", N_("A1 — beginner")},      {"A2", N_("A2 — elementary")},
                                          {"B1", N_("B1 — intermediate")},  {"B2", N_("B2 — upper intermediate")},
                                          {"C1", N_("C1 — advanced")},      {"C2", N_("C2 — proficient")},
                                          {"native", N_("Native language")}};
    return k;
}

namespace {

bool OneOf(const std::vector<Option>& options, const std::string& code) {
    for (const auto& o : options)
        if (o.code == code) return true;
    return false;
}

bool Digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

int Number(std::string_view s) {
    int n = 0;
    std::from_chars(s.data(), s.data() + s.size(), n);
    return n;
}

// "2020-03", "2020", "03.2020", "3/2020" → "2020-03" / "2020"; nullopt when it is none of these.
std::optional<std::string> NormalDate(std::string_view s) {
    auto year_ok = [](std::string_view y) {
        return y.size() == 4 && Digits(y) && Number(y) >= 1940 && Number(y) <= 2100;
    };
    auto month = [](std::string_view m) -> std::optional<std::string> {
        if (m.empty() || m.size() > 2 || !Digits(m) || Number(m) < 1 || Number(m) > 12) return std::nullopt;
        return m.size() == 1 ? "0" + std::string(m) : std::string(m);
    };
    if (year_ok(s)) return std::string(s);
    if ((s.size() == 6 || s.size() == 7) && s[4] == '-' && year_ok(s.substr(0, 4)))
        if (auto m = month(s.substr(5))) return std::string(s.substr(0, 4)) + "-" + *m;
    auto sep = s.find_first_of("./");
    if (sep != std::string_view::npos && year_ok(s.substr(sep + 1)))
        if (auto m = month(s.substr(0, sep))) return std::string(s.substr(sep + 1)) + "-" + *m;
    return std::nullopt;
}

class Checker {
  public:
    void Add(std::string field, const char* message, std::string arg = {}) {
        for (const auto& e : errors_)
            if (e.field == field) return;
        errors_.push_back({std::move(field), message, std::move(arg)});
    }

    // Cleans and trims `v` in place; an error when it is longer than `max` characters. A one-line field loses every
    // invisible formatting character as well (text::CleanLine).
    void Text(const std::string& field, std::string& v, size_t max, bool one_line = false) {
        v = std::string(text::Trim(one_line ? text::CleanLine(v) : text::CleanInput(v)));
        if (text::Utf8Length(v) > max)
            Add(field, N_("This text is too long: at most {} characters."), std::to_string(max));
    }
    void Line(const std::string& field, std::string& v) {
        Text(field, v, kMaxLine, true);
        if (v.find('\n') != std::string::npos) Add(field, N_("Write this on one line."));
    }
    void Date(const std::string& field, std::string& v) {
        Line(field, v);
        if (v.empty()) return;
        if (auto n = NormalDate(v))
            v = *n;
        else
            Add(field, N_("Enter a month and year, for example 2020-03, or a year."));
    }
    void Period(const std::string& prefix, std::string& start, std::string& end) {
        size_t before = errors_.size();
        Date(prefix + "start", start);
        Date(prefix + "end", end);
        if (errors_.size() != before || start.empty() || end.empty()) return;
        // Both are "YYYY" or "YYYY-MM" now: the years compare as text, and so do two months.
        bool earlier = end.substr(0, 4) < start.substr(0, 4) || (start.size() == 7 && end.size() == 7 && end < start);
        if (earlier) Add(prefix + "end", N_("The end comes before the start."));
    }

    std::vector<FieldError> errors_;
};

template <typename Row, typename Each>
void Rows(Checker& c, const char* group, std::vector<Row>& rows, Each each) {
    if (rows.size() > kMaxRows) c.Add(group, N_("At most {} rows."), std::to_string(kMaxRows));
    std::vector<Row> kept;
    for (size_t i = 0; i < rows.size() && i < kMaxRows; ++i) {
        std::string prefix = std::string(group) + "." + std::to_string(i) + ".";
        if (each(prefix, rows[i])) kept.push_back(std::move(rows[i]));
    }
    rows = std::move(kept);
}

}  // namespace

Result<Draft> CheckDraft(const Draft& typed) {
    Draft d = typed;
    Checker c;
    if (!OneOf(Templates(), d.template_code)) d.template_code = "classic";
    if (!OneOf(PdfLanguages(), d.pdf_lang)) d.pdf_lang = "az";
    if (!OneOf(PhotoShapes(), d.photo_shape)) d.photo_shape = "circle";
    c.Line("first_name", d.first_name);
    c.Line("last_name", d.last_name);
    c.Line("title", d.title);
    c.Line("desired_salary", d.desired_salary);
    if (!d.desired_salary.empty()) {
        std::string digits;
        for (char ch : d.desired_salary)
            if (ch != ' ') digits += ch;
        if (!Digits(digits) || digits.size() > 7)
            c.Add("desired_salary", N_("Enter the monthly salary in AZN as a whole number, for example 1500."));
        else
            d.desired_salary = std::to_string(Number(digits));
    }
    c.Line("email", d.email);
    if (!d.email.empty() && !rules::LooksLikeEmail(d.email))
        c.Add("email", N_("Enter an email address like name@example.com."));
    c.Line("phone", d.phone);
    if (!d.phone.empty() && !rules::LooksLikePhone(d.phone))
        c.Add("phone", N_("Enter a phone number like +994 50 123 45 67."));
    c.Line("city", d.city);
    c.Line("birth_date", d.birth_date);
    if (!d.birth_date.empty() && !rules::IsCalendarDate(d.birth_date))
        c.Add("birth_date", N_("Enter a date like 1995-04-21."));
    c.Text("summary", d.summary, kMaxText);
    Rows(c, "jobs", d.jobs, [&](const std::string& p, Job& j) {
        c.Line(p + "employer", j.employer);
        c.Line(p + "position", j.position);
        c.Line(p + "city", j.city);
        c.Period(p, j.start, j.end);
        c.Text(p + "duties", j.duties, kMaxText);
        return !(j.employer.empty() && j.position.empty() && j.city.empty() && j.start.empty() && j.end.empty() &&
                 j.duties.empty());
    });
    Rows(c, "education", d.education, [&](const std::string& p, Study& s) {
        c.Line(p + "institution", s.institution);
        c.Line(p + "area", s.area);
        c.Line(p + "degree", s.degree);
        c.Period(p, s.start, s.end);
        return !(s.institution.empty() && s.area.empty() && s.degree.empty() && s.start.empty() && s.end.empty());
    });
    Rows(c, "languages", d.languages, [&](const std::string& p, Language& l) {
        c.Line(p + "language", l.language);
        if (!l.level.empty() && !OneOf(LanguageLevels(), l.level))
            c.Add(p + "level", N_("Choose a level from the list."));
        if (l.language.empty() && !l.level.empty()) c.Add(p + "language", N_("Name the language."));
        return !(l.language.empty() && l.level.empty());
    });
    c.Text("skills", d.skills, kMaxText);
    Rows(c, "courses", d.courses, [&](const std::string& p, Course& k) {
        c.Line(p + "name", k.name);
        c.Line(p + "issuer", k.issuer);
        c.Date(p + "date", k.date);
        if (k.name.empty() && (!k.issuer.empty() || !k.date.empty())) c.Add(p + "name", N_("Name the course."));
        return !(k.name.empty() && k.issuer.empty() && k.date.empty());
    });
    Rows(c, "links", d.links, [&](const std::string& p, Link& l) {
        c.Line(p + "label", l.label);
        c.Line(p + "url", l.url);
        if (!l.url.empty() && !rules::IsHttpUrl(l.url))
            c.Add(p + "url", N_("Enter a web address starting with https://"));
        if (l.url.empty() && !l.label.empty()) c.Add(p + "url", N_("Enter the web address."));
        return !(l.label.empty() && l.url.empty());
    });
    c.Text("cover_letter", d.cover_letter, kMaxLetter);
    if (!c.errors_.empty()) return Error::Invalid(std::move(c.errors_));
    return d;
}

std::vector<std::string> SkillList(const std::string& skills) {
    std::vector<std::string> out;
    size_t start = 0;
    for (size_t i = 0; i <= skills.size(); ++i) {
        if (i < skills.size() && skills[i] != ',' && skills[i] != '\n') continue;
        std::string one(text::Trim(std::string_view(skills).substr(start, i - start)));
        if (!one.empty()) out.push_back(std::move(one));
        start = i + 1;
    }
    return out;
}

std::vector<std::string> Lines(const std::string& text) {
    std::vector<std::string> out;
    size_t start = 0;
    for (size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != '\n') continue;
        std::string_view line = text::Trim(std::string_view(text).substr(start, i - start));
        start = i + 1;
        for (std::string_view bullet : {"- ", "* ", "• ", "– ", "-", "*", "•"})
            if (line.starts_with(bullet)) {
                line = text::Trim(line.substr(bullet.size()));
                break;
            }
        if (!line.empty()) out.emplace_back(line);
    }
    return out;
}

std::string FullName(const Draft& d) {
    if (d.first_name.empty()) return d.last_name;
    if (d.last_name.empty()) return d.first_name;
    return d.first_name + " " + d.last_name;
}

std::string PdfFileName(const Draft& d) {
    std::string name;
    for (const std::string& part : {d.first_name, d.last_name}) {
        std::string ascii = text::AsciiName(part);
        std::string word;
        for (size_t i = 0; i <= ascii.size(); ++i) {
            if (i < ascii.size() && ascii[i] != ' ') {
                word += ascii[i];
                continue;
            }
            if (!word.empty()) name += word + "_";
            word.clear();
        }
    }
    if (name.size() > 80) name.resize(80);
    return name + "CV.pdf";
}

std::string Period(const Labels& l, const std::string& start, const std::string& end, bool open_is_present) {
    auto one = [&](const std::string& date) -> std::string {
        if (date.size() == 7) {
            int m = Number(std::string_view(date).substr(5));
            if (m >= 1 && m <= 12) return l.months[static_cast<size_t>(m - 1)] + " " + date.substr(0, 4);
        }
        return date;
    };
    if (start.empty() && end.empty()) return "";
    if (end.empty()) return open_is_present ? one(start) + " – " + l.present : one(start);
    if (start.empty()) return one(end);
    if (start == end) return one(start);
    return one(start) + " – " + one(end);
}

std::string Salary(const std::string& digits) {
    if (digits.empty()) return "";
    std::string out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ' ';
        out += digits[i];
    }
    return out + " ₼";
}

Millis DraftExpiry(Millis created) {
    Millis end_of_day = BakuDayStart(created) + kDay;
    return std::min(end_of_day, created + kDay);
}

}  // namespace ejob::domain::cv
