// The resume form's rules (ResumeKind::Validate): required fields, lengths, option lists, plausible years, no
// SHOUTING and no contacts in free text, contacts as for vacancies, the privacy setting and photo stems.
#include <charconv>

#include "domain/common/msgid.hpp"
#include "domain/resumes/resume.hpp"
#include "domain/text/text.hpp"
#include "domain/vacancies/catalog.hpp"
#include "domain/vacancies/validation.hpp"

namespace ejob::domain {
namespace {

constexpr int kFirstYear = 1950;
constexpr int kMinAge = 14;
constexpr int kMaxAge = 80;
constexpr size_t kMaxEducation = 10;
constexpr size_t kMaxJobs = 15;
constexpr size_t kMaxLanguages = 10;
constexpr const char* kLevels[] = {"A1", "A2", "B1", "B2", "C1", "C2", "native"};

class Checker {
  public:
    void Add(std::string field, std::string message, std::string arg = {}) {
        for (const auto& e : errors_)
            if (e.field == field) return;  // one message per field: the first problem found
        errors_.push_back({std::move(field), std::move(message), std::move(arg)});
    }

    std::string Text(const std::string& field, const std::string& value, size_t max, bool required = false,
                     const char* missing_message = "") {
        std::string v(text::Trim(value));
        if (v.empty()) {
            if (required) Add(field, missing_message);
            return v;
        }
        if (text::Utf8Length(v) > max)
            Add(field, N_("This text is too long: at most {} characters."), std::to_string(max));
        return v;
    }

    // A one-line field: Text after dropping every invisible formatting character (text::CleanLine).
    std::string Line(const std::string& field, const std::string& value, size_t max, bool required = false,
                     const char* missing_message = "") {
        return Text(field, text::CleanLine(value), max, required, missing_message);
    }

    void FreeText(const std::string& field, const std::string& v) {
        if (rules::IsShouting(v)) Add(field, N_("Please do not write in capital letters."));
        NoContacts(field, v);
    }

    void NoContacts(const std::string& field, const std::string& v) {
        if (rules::ContainsContact(v)) Add(field, N_("Contacts belong in the contact fields, not in the text."));
    }

    std::vector<FieldError> errors_;
};

bool IsNameLetter(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||            // Latin
           (c >= 0x00C0 && c <= 0x024F && c != 0x00D7 && c != 0x00F7) ||  // Latin-1, Extended-A/B (Ə ı ş ğ …)
           c == 0x0259 ||                                                 // ə
           (c >= 0x0400 && c <= 0x04FF);                                  // Cyrillic
}

// Letters, spaces, hyphens and apostrophes only, with at least one letter.
bool IsPersonName(std::string_view s) {
    bool letter = false;
    for (size_t i = 0; i < s.size();) {
        char32_t c = text::NextCodePoint(s, i);
        if (IsNameLetter(c)) {
            letter = true;
        } else if (c != ' ' && c != '-' && c != '\'' && c != 0x2019 && c != 0x02BC) {
            return false;
        }
    }
    return letter;
}

std::optional<int> FourDigits(std::string_view s) {
    if (s.size() != 4) return std::nullopt;
    int n = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
    if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
    return n;
}

bool IsBlank(const std::string& s) {
    return text::Trim(text::CleanLine(s)).empty();
}

}  // namespace

Result<ResumeContent> ResumeKind::Validate(const ResumeDraft& d, const std::string& today) {
    Checker c;
    ResumeContent v;
    // The moderator's path passes an early "today" (0000-00-00): checks relative to the date are skipped then.
    std::optional<int> this_year = FourDigits(std::string_view(today).substr(0, 4));
    if (this_year && *this_year < kFirstYear) this_year.reset();

    auto name = [&](const char* field, const std::string& raw, bool required, const char* missing) {
        std::string n = c.Line(field, raw, 60, required, missing);
        if (!n.empty() && !IsPersonName(n)) c.Add(field, N_("Use only letters, spaces, hyphens and apostrophes."));
        return n;
    };
    v.first_name = name("first_name", d.first_name, true, N_("Enter your first name."));
    v.last_name = name("last_name", d.last_name, true, N_("Enter your last name."));
    v.patronymic = name("patronymic", d.patronymic, false, "");

    v.gender = std::string(text::Trim(d.gender));
    if (!v.gender.empty() && v.gender != "female" && v.gender != "male") {
        c.Add("gender", N_("Choose one of the options."));
        v.gender.clear();
    }

    if (auto raw = text::Trim(d.birth_year); !raw.empty()) {
        auto year = FourDigits(raw);
        if (!year) {
            c.Add("birth_year", N_("Enter the year with four digits, for example 1990."));
        } else if (this_year && (*this_year - *year < kMinAge || *this_year - *year > kMaxAge)) {
            c.Add("birth_year", N_("The age must be from {} to {} years."),
                  std::to_string(kMinAge) + "|" + std::to_string(kMaxAge));
        } else {
            v.birth_year = year;
        }
    }

    if (const Option* city = FindOption(Cities(), text::Trim(d.city)))
        v.city = std::string(city->code);
    else
        c.Add("city", N_("Choose a city."));

    v.desired_position = c.Line("desired_position", d.desired_position, 120, true, N_("Enter the desired position."));
    if (!v.desired_position.empty()) c.FreeText("desired_position", v.desired_position);

    if (const Category* category = FindCategory(text::Trim(d.category)))
        v.category = std::string(category->code);
    else
        c.Add("category", N_("Choose a category."));

    if (auto raw = text::Trim(d.min_salary); !raw.empty()) {
        auto amount = rules::ParseAzn(raw);
        if (!amount)
            c.Add("min_salary", N_("Enter the salary in AZN as a number, for example 1200."));
        else if (*amount < 100 * 100 || *amount > 50000 * 100)
            c.Add("min_salary", N_("Enter a realistic monthly salary between 100 and 50000 AZN."));
        else
            v.min_salary = amount;
    }

    if (const Option* o = FindOption(ResumeEducationLevels(), text::Trim(d.education_level)))
        v.education_level = std::string(o->code);
    else
        c.Add("education_level", N_("Choose your education level."));
    if (const Option* o = FindOption(ExperienceLevels(), text::Trim(d.experience)))
        v.experience = std::string(o->code);
    else
        c.Add("experience", N_("Choose your work experience."));

    // Years of an entry: four digits from 1950 to this year, the start not after the end.
    auto year = [&](const std::string& field, const std::string& raw) -> std::string {
        std::string y(text::Trim(raw));
        if (y.empty()) return y;
        int last = this_year.value_or(9999);
        auto n = FourDigits(y);
        if (!n || *n < kFirstYear || *n > last) {
            c.Add(field, N_("Enter a year from {} to {}."), std::to_string(kFirstYear) + "|" + std::to_string(last));
            return {};
        }
        return y;
    };
    auto years = [&](const std::string& prefix, const std::string& from_raw, const std::string& to_raw,
                     std::string& from, std::string& to) {
        from = year(prefix + "from_year", from_raw);
        to = year(prefix + "to_year", to_raw);
        if (!from.empty() && !to.empty() && from > to)
            c.Add(prefix + "to_year", N_("The end year must not be before the start year."));
    };
    auto too_many = [&](const char* field, size_t count, size_t max) {
        if (count > max) c.Add(field, N_("Too many entries: at most {}."), std::to_string(max));
    };

    // Rows left completely empty (the form's spare rows) are dropped; errors name the row as the form sent it.
    for (size_t i = 0; i < d.education.size(); ++i) {
        const auto& e = d.education[i];
        if (IsBlank(e.institution) && IsBlank(e.specialty) && IsBlank(e.from_year) && IsBlank(e.to_year)) continue;
        std::string p = "education." + std::to_string(i) + ".";
        EducationEntry out;
        out.institution = c.Line(p + "institution", e.institution, 200, true, N_("Enter the institution."));
        c.NoContacts(p + "institution", out.institution);
        out.specialty = c.Line(p + "specialty", e.specialty, 200);
        c.NoContacts(p + "specialty", out.specialty);
        years(p, e.from_year, e.to_year, out.from_year, out.to_year);
        v.education.push_back(std::move(out));
    }
    too_many("education", v.education.size(), kMaxEducation);

    for (size_t i = 0; i < d.jobs.size(); ++i) {
        const auto& j = d.jobs[i];
        if (IsBlank(j.employer) && IsBlank(j.position) && IsBlank(j.from_year) && IsBlank(j.to_year) &&
            IsBlank(j.duties))
            continue;
        std::string p = "jobs." + std::to_string(i) + ".";
        ExperienceEntry out;
        out.employer = c.Line(p + "employer", j.employer, 200, true, N_("Enter the employer."));
        c.NoContacts(p + "employer", out.employer);
        out.position = c.Line(p + "position", j.position, 120, true, N_("Enter the position."));
        c.FreeText(p + "position", out.position);
        years(p, j.from_year, j.to_year, out.from_year, out.to_year);
        out.duties = c.Text(p + "duties", j.duties, 2000);
        c.FreeText(p + "duties", out.duties);
        v.jobs.push_back(std::move(out));
    }
    too_many("jobs", v.jobs.size(), kMaxJobs);

    for (size_t i = 0; i < d.languages.size(); ++i) {
        const auto& l = d.languages[i];
        if (IsBlank(l.language) && IsBlank(l.level)) continue;
        std::string p = "languages." + std::to_string(i) + ".";
        LanguageSkill out;
        out.language = c.Line(p + "language", l.language, 60, true, N_("Enter the language."));
        c.NoContacts(p + "language", out.language);
        std::string level(text::Trim(l.level));
        for (const char* known : kLevels)
            if (level == known) out.level = level;
        if (out.level.empty()) c.Add(p + "level", N_("Choose the language level."));
        v.languages.push_back(std::move(out));
    }
    too_many("languages", v.languages.size(), kMaxLanguages);

    auto free_text = [&](const char* field, const std::string& raw, size_t max) {
        std::string t = c.Text(field, raw, max);
        c.FreeText(field, t);
        return t;
    };
    v.skills = free_text("skills", d.skills, 1000);
    v.computer_skills = free_text("computer_skills", d.computer_skills, 1000);
    v.about = free_text("about", d.about, 3000);
    v.additional = free_text("additional", d.additional, 3000);

    v.phone = std::string(text::Trim(d.phone));
    v.email = std::string(text::Trim(d.email));
    if (!v.phone.empty() && !rules::LooksLikePhone(v.phone))
        c.Add("phone", N_("Enter a phone number with digits only, for example +994 50 123 45 67."));
    if (!v.email.empty() && !rules::LooksLikeEmail(v.email)) c.Add("email", N_("Enter a valid email address."));
    if (v.phone.empty() && v.email.empty()) c.Add("phone", N_("Give a phone number or an email address."));

    auto privacy = text::Trim(d.privacy);
    if (privacy.empty()) {
        v.privacy = ContactVisibility::Everyone;
    } else if (auto p = ParseContactVisibility(privacy)) {
        v.privacy = *p;
    } else {
        c.Add("privacy", N_("Choose who may see your contacts."));
    }

    if (d.photos.size() > kMaxPhotos) c.Add("photo", N_("Too many photos."));
    for (const auto& stem : d.photos) {
        if (rules::IsPhotoStem(stem))
            v.photos.push_back(stem);
        else
            c.Add("photo", N_("This photo could not be used. Upload it again."));
    }

    auto owner = text::Trim(d.owner_email);
    if (!owner.empty() && !rules::LooksLikeEmail(owner)) c.Add("owner_email", N_("Enter a valid email address."));

    if (!c.errors_.empty()) return Error::Invalid(std::move(c.errors_));
    return v;
}

}  // namespace ejob::domain
