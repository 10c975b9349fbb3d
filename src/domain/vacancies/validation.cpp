#include "domain/vacancies/validation.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "domain/common/msgid.hpp"
#include "domain/text/text.hpp"
#include "domain/vacancies/catalog.hpp"

namespace ejob::domain {
namespace rules {

bool LooksLikeEmail(std::string_view s) {
    if (s.size() > 254) return false;
    auto at = s.find('@');
    if (at == std::string_view::npos || at == 0 || at > 64) return false;
    auto local = s.substr(0, at), domain = s.substr(at + 1);
    auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    // The local part: letters, digits and . _ % + -, without a dot at either end or two in a row.
    if (local.front() == '.' || local.back() == '.' || local.find("..") != std::string_view::npos) return false;
    for (char c : local)
        if (!letter(c) && !digit(c) && c != '.' && c != '_' && c != '%' && c != '+' && c != '-') return false;
    // The domain: two or more labels of letters, digits and inner hyphens, each at most 63 characters; the last one
    // (the top-level domain) not all digits, so that an IP address is not taken for a domain.
    if (domain.empty() || domain.size() > 253) return false;
    size_t labels = 0;
    bool last_all_digits = false;
    for (size_t start = 0; start <= domain.size();) {
        size_t end = domain.find('.', start);
        if (end == std::string_view::npos) end = domain.size();
        auto label = domain.substr(start, end - start);
        if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') return false;
        last_all_digits = true;
        for (char c : label) {
            if (!letter(c) && !digit(c) && c != '-') return false;
            if (!digit(c)) last_all_digits = false;
        }
        ++labels;
        start = end + 1;
    }
    return labels >= 2 && !last_all_digits;
}

bool LooksLikePhone(std::string_view s) {
    int digits = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c >= '0' && c <= '9') {
            ++digits;
        } else if (c == '+' && i == 0) {
        } else if (c != ' ' && c != '-' && c != '(' && c != ')') {
            return false;
        }
    }
    return digits >= 7 && digits <= 15;
}

bool ContainsContact(std::string_view s) {
    std::string lower = text::Fold(s);
    if (lower.find("http://") != std::string::npos || lower.find("https://") != std::string::npos ||
        lower.find("www.") != std::string::npos)
        return true;
    // name@domain.tld
    for (size_t at = lower.find('@'); at != std::string::npos; at = lower.find('@', at + 1)) {
        bool before = at > 0 && std::isalnum(static_cast<unsigned char>(lower[at - 1]));
        auto rest = lower.substr(at + 1, 64);
        auto dot = rest.find('.');
        bool after = dot != std::string::npos && dot > 0 && dot + 1 < rest.size() &&
                     std::isalpha(static_cast<unsigned char>(rest[dot + 1]));
        if (before && after) return true;
    }
    // a run of 9 or more digits, allowing the separators people type in phone numbers
    int digits = 0;
    for (char c : lower) {
        if (c >= '0' && c <= '9') {
            ++digits;
            if (digits >= 9) return true;
        } else if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '+' && c != '.') {
            digits = 0;
        }
    }
    return false;
}

bool IsShouting(std::string_view s) {
    size_t letters = 0, capitals = 0;
    text::CountLetters(s, letters, capitals);
    return letters >= 8 && capitals * 10 > letters * 7;
}

bool IsHttpUrl(std::string_view s) {
    auto lower = text::Fold(s.substr(0, 8));
    bool scheme = lower.rfind("http://", 0) == 0 || lower.rfind("https://", 0) == 0;
    if (!scheme || s.size() < 12 || s.size() > 300) return false;
    for (char c : s)
        if (static_cast<unsigned char>(c) <= ' ' || c == '"' || c == '<' || c == '>') return false;
    return true;
}

bool IsIsoDate(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    return true;
}

bool IsCalendarDate(std::string_view s) {
    if (!IsIsoDate(s)) return false;
    int year = std::stoi(std::string(s.substr(0, 4)));
    int month = (s[5] - '0') * 10 + (s[6] - '0');
    int day = (s[8] - '0') * 10 + (s[9] - '0');
    if (month < 1 || month > 12 || day < 1) return false;
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

bool IsPhotoStem(std::string_view s) {
    if (s.size() != 32) return false;
    for (char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

std::optional<std::int64_t> ParseAzn(std::string_view s) {
    std::string digits;
    std::int64_t fraction = 0;
    int fraction_digits = -1;
    for (char c : s) {
        if (c >= '0' && c <= '9') {
            if (fraction_digits >= 0) {
                if (++fraction_digits > 2) return std::nullopt;
                fraction = fraction * 10 + (c - '0');
            } else {
                digits += c;
            }
        } else if ((c == '.' || c == ',') && fraction_digits < 0) {
            fraction_digits = 0;
        } else if (c != ' ') {
            return std::nullopt;
        }
    }
    if (digits.empty() || digits.size() > 9) return std::nullopt;
    if (fraction_digits == 1) fraction *= 10;
    std::int64_t whole = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), whole);
    return whole * 100 + fraction;
}

}  // namespace rules

namespace {

class Checker {
  public:
    void Add(std::string field, std::string message, std::string arg = {}) {
        for (const auto& e : errors_)
            if (e.field == field) return;  // one message per field: the first problem found
        errors_.push_back({std::move(field), std::move(message), std::move(arg)});
    }

    std::string Text(const char* field, const std::string& value, size_t max, bool required,
                     const char* missing_message) {
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
    std::string Line(const char* field, const std::string& value, size_t max, bool required,
                     const char* missing_message) {
        return Text(field, text::CleanLine(value), max, required, missing_message);
    }

    void FreeText(const char* field, const std::string& v) {
        if (rules::IsShouting(v)) Add(field, N_("Please do not write in capital letters."));
        if (rules::ContainsContact(v)) Add(field, N_("Contacts belong in the contact fields, not in the text."));
    }

    std::optional<int> SmallNumber(const char* field, const std::string& raw, int lo, int hi) {
        auto v = text::Trim(raw);
        if (v.empty()) return std::nullopt;
        int n = 0;
        auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
        if (ec != std::errc() || p != v.data() + v.size() || n < lo || n > hi) {
            Add(field, N_("Enter a whole number from {} to {}."), std::to_string(lo) + "|" + std::to_string(hi));
            return std::nullopt;
        }
        return n;
    }

    std::vector<FieldError> errors_;
};

}  // namespace

namespace {
// "2026-12-04" → "2027-12-04" (29 February → 28 February when the next year is not a leap year: still a bound).
std::string YearAfter(const std::string& today) {
    return std::to_string(std::stoi(today.substr(0, 4)) + 1) + today.substr(4);
}
}  // namespace

Result<VacancyContent> ValidateVacancy(const VacancyDraft& d, const std::string& today) {
    Checker c;
    VacancyContent v;

    v.position = c.Line("position", d.position, 120, true, N_("Enter the position."));
    if (!v.position.empty()) {
        if (std::count(v.position.begin(), v.position.end(), '/') > 2)
            c.Add("position", N_("At most three synonyms separated by \"/\"."));
        c.FreeText("position", v.position);
    }

    const Category* category = FindCategory(text::Trim(d.category));
    if (!category) {
        c.Add("category", N_("Choose a category."));
    } else {
        v.category = std::string(category->code);
        std::string sub(text::Trim(d.subcategory));
        if (!sub.empty()) {
            if (FindOption(category->subcategories, sub))
                v.subcategory = sub;
            else
                c.Add("subcategory", N_("This subcategory does not belong to the chosen category."));
        }
    }

    v.company = c.Line("company", d.company, 120, true, N_("Enter the company name."));
    if (!v.company.empty() && rules::ContainsContact(v.company))
        c.Add("company", N_("Contacts belong in the contact fields, not in the text."));

    if (const Option* city = FindOption(Cities(), text::Trim(d.city)))
        v.city = std::string(city->code);
    else
        c.Add("city", N_("Choose a city."));
    v.address = c.Line("address", d.address, 200, false, "");
    v.remote = d.remote;

    auto salary = [&](const char* field, const std::string& raw) -> std::optional<std::int64_t> {
        auto t = text::Trim(raw);
        if (t.empty()) return std::nullopt;
        auto amount = rules::ParseAzn(t);
        if (!amount) {
            c.Add(field, N_("Enter the salary in AZN as a number, for example 1200."));
            return std::nullopt;
        }
        if (*amount < 100 * 100 || *amount > 50000 * 100) {
            c.Add(field, N_("Enter a realistic monthly salary between 100 and 50000 AZN."));
            return std::nullopt;
        }
        return amount;
    };
    v.salary_min = salary("salary_min", d.salary_min);
    v.salary_max = salary("salary_max", d.salary_max);
    if (v.salary_min && v.salary_max) {
        std::int64_t lo = *v.salary_min / 100, hi = *v.salary_max / 100;
        if (lo > hi) {
            c.Add("salary_max", N_("The upper salary must not be below the lower one."));
        } else {
            std::int64_t allowed = lo < 500 ? 200 : lo < 1000 ? 300 : lo < 2000 ? 500 : lo;
            if (hi - lo > allowed)
                c.Add("salary_max", N_("The salary range is too wide: at most {} AZN between the two amounts."),
                      std::to_string(allowed));
        }
    }

    v.schedule = c.Line("schedule", d.schedule, 100, false, "");
    auto option = [&](const char* field, const std::vector<Option>& options, const std::string& raw,
                      const char* message) {
        if (const Option* o = FindOption(options, text::Trim(raw))) return std::string(o->code);
        c.Add(field, message);
        return std::string();
    };
    v.employment_type =
        option("employment_type", EmploymentTypes(), d.employment_type, N_("Choose the employment type."));
    v.experience = option("experience", ExperienceLevels(), d.experience, N_("Choose the required experience."));
    v.education = option("education", EducationLevels(), d.education, N_("Choose the required education."));

    v.age_min = c.SmallNumber("age_min", d.age_min, 16, 70);
    v.age_max = c.SmallNumber("age_max", d.age_max, 16, 70);
    if (v.age_min && v.age_max && *v.age_min > *v.age_max)
        c.Add("age_max", N_("The upper age must not be below the lower one."));

    v.requirements =
        c.Text("requirements", d.requirements, 5000, true, N_("Describe the requirements for candidates."));
    if (!v.requirements.empty()) c.FreeText("requirements", v.requirements);
    v.description =
        c.Text("description", d.description, 10000, true, N_("Describe the duties, schedule and working conditions."));
    if (!v.description.empty()) c.FreeText("description", v.description);

    v.contact_person = c.Line("contact_person", d.contact_person, 100, false, "");
    v.phone = std::string(text::Trim(d.phone));
    v.email = std::string(text::Trim(d.email));
    v.apply_url = std::string(text::Trim(d.apply_url));
    if (!v.phone.empty() && !rules::LooksLikePhone(v.phone))
        c.Add("phone", N_("Enter a phone number with digits only, for example +994 50 123 45 67."));
    if (!v.email.empty() && !rules::LooksLikeEmail(v.email)) c.Add("email", N_("Enter a valid email address."));
    if (v.phone.empty() && v.email.empty()) c.Add("phone", N_("Give a phone number or an email address."));
    if (!v.apply_url.empty() && !rules::IsHttpUrl(v.apply_url))
        c.Add("apply_url", N_("Enter a web address starting with https://."));

    v.closing_date = std::string(text::Trim(d.closing_date));
    if (!v.closing_date.empty()) {
        if (!rules::IsIsoDate(v.closing_date))
            c.Add("closing_date", N_("Enter the date as YYYY-MM-DD."));
        else if (!rules::IsCalendarDate(v.closing_date))
            c.Add("closing_date", N_("This date does not exist. Check the day and the month."));
        else if (v.closing_date < today)
            c.Add("closing_date", N_("The closing date has already passed."));
        else if (rules::IsCalendarDate(today) && v.closing_date > YearAfter(today))  // not on the moderator's path
            c.Add("closing_date", N_("The closing date can be at most a year from today."));
    }

    auto privacy = ParseContactVisibility(text::Trim(d.privacy));
    if (!privacy || *privacy == ContactVisibility::Anonymous)
        c.Add("privacy", N_("Choose who may see your contacts."));
    else
        v.privacy = *privacy;
    if (d.photos.size() > VacancyKind::kMaxPhotos) c.Add("photo", N_("Too many photos."));
    for (const auto& stem : d.photos)
        if (!rules::IsPhotoStem(stem)) c.Add("photo", N_("This photo could not be used. Upload it again."));
    v.photos = d.photos;

    auto owner = text::Trim(d.owner_email);
    if (!owner.empty() && !rules::LooksLikeEmail(owner)) c.Add("owner_email", N_("Enter a valid email address."));

    if (!c.errors_.empty()) return Error::Invalid(std::move(c.errors_));
    return v;
}

}  // namespace ejob::domain

namespace ejob::domain {
Result<VacancyContent> VacancyKind::Validate(const VacancyDraft& d, const std::string& today) {
    return ValidateVacancy(d, today);
}
}  // namespace ejob::domain
