#pragma once
// Request → domain input conversions shared by handlers (types only, no rules).
#include <charconv>
#include <optional>
#include <string>

#include "domain/vacancies/vacancy.hpp"
#include "web/app.hpp"

namespace ejob::web::handlers {

inline domain::VacancyDraft DraftFromForm(const Ctx& ctx) {
    const auto& r = ctx.req;
    domain::VacancyDraft d;
    d.position = r.FormOr("position");
    d.category = r.FormOr("category");
    d.subcategory = r.FormOr("subcategory");
    d.company = r.FormOr("company");
    d.city = r.FormOr("city");
    d.address = r.FormOr("address");
    d.remote = !r.FormOr("remote").empty();
    d.salary_min = r.FormOr("salary_min");
    d.salary_max = r.FormOr("salary_max");
    d.schedule = r.FormOr("schedule");
    d.employment_type = r.FormOr("employment_type");
    d.experience = r.FormOr("experience");
    d.education = r.FormOr("education");
    d.age_min = r.FormOr("age_min");
    d.age_max = r.FormOr("age_max");
    d.requirements = r.FormOr("requirements");
    d.description = r.FormOr("description");
    d.contact_person = r.FormOr("contact_person");
    d.phone = r.FormOr("phone");
    d.email = r.FormOr("email");
    d.apply_url = r.FormOr("apply_url");
    d.closing_date = r.FormOr("closing_date");
    d.owner_email = r.FormOr("owner_email");
    d.lang = std::string(Code(ctx.lang));
    return d;
}

// Leading decimal digits of `s` ("123-some-slug" → 123); nullopt when there are none or too many.
inline std::optional<std::int64_t> LeadingId(std::string_view s) {
    std::int64_t id = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), id);
    if (ec != std::errc() || p == s.data() || id <= 0) return std::nullopt;
    return id;
}

}  // namespace ejob::web::handlers
