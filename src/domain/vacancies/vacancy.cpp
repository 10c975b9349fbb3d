#include "domain/vacancies/vacancy.hpp"

#include "domain/common/msgid.hpp"
#include "domain/text/text.hpp"

namespace ejob::domain {

VacancyDraft ToDraft(const VacancyContent& c) {
    VacancyDraft d;
    d.position = c.position;
    d.category = c.category;
    d.subcategory = c.subcategory;
    d.company = c.company;
    d.city = c.city;
    d.address = c.address;
    d.remote = c.remote;
    auto azn = [](const std::optional<std::int64_t>& q) {
        if (!q) return std::string();
        std::string s = std::to_string(*q / 100);
        if (std::int64_t cents = *q % 100) {
            s += cents < 10 ? ".0" : ".";
            s += std::to_string(cents);
        }
        return s;
    };
    d.salary_min = azn(c.salary_min);
    d.salary_max = azn(c.salary_max);
    d.schedule = c.schedule;
    d.employment_type = c.employment_type;
    d.experience = c.experience;
    d.education = c.education;
    d.age_min = c.age_min ? std::to_string(*c.age_min) : "";
    d.age_max = c.age_max ? std::to_string(*c.age_max) : "";
    d.requirements = c.requirements;
    d.description = c.description;
    d.contact_person = c.contact_person;
    d.phone = c.phone;
    d.email = c.email;
    d.apply_url = c.apply_url;
    d.closing_date = c.closing_date;
    d.privacy = std::string(ToString(c.privacy));
    d.photos = c.photos;
    return d;
}

std::string SearchText(const VacancyContent& c) {
    return text::Fold(c.position + "\n" + c.company + "\n" + c.description + "\n" + c.requirements);
}

AuditedFields VacancyKind::Audited(const VacancyContent& c) {
    return {{N_("Position"), c.position},
            {N_("Category"), c.category},
            {N_("Subcategory"), c.subcategory},
            {N_("Company"), c.company},
            {N_("City"), c.city},
            {N_("Address"), c.address},
            {N_("Remote work"), c.remote ? "1" : ""},
            {N_("Salary from, AZN"), audit::Azn(c.salary_min)},
            {N_("Salary to, AZN"), audit::Azn(c.salary_max)},
            {N_("Work schedule"), c.schedule},
            {N_("Employment type"), c.employment_type},
            {N_("Experience"), c.experience},
            {N_("Education"), c.education},
            {N_("Age from"), c.age_min ? std::to_string(*c.age_min) : ""},
            {N_("Age to"), c.age_max ? std::to_string(*c.age_max) : ""},
            {N_("Requirements for candidates"), c.requirements},
            {N_("About the job"), c.description},
            {N_("Closing date"), c.closing_date},
            {N_("Who may see the contacts"), std::string(ToString(c.privacy))},
            {N_("Photos"), audit::Count(c.photos)}};
}

}  // namespace ejob::domain
