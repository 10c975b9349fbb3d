#include "storage/codecs/codecs.hpp"
#include "storage/codecs/json_fields.hpp"

namespace ejob::storage {
namespace {
using nlohmann::json;
using namespace json_fields;
}  // namespace

std::string ToJson(const domain::VacancyContent& c) {
    json j = {{"position", c.position},
              {"category", c.category},
              {"subcategory", c.subcategory},
              {"company", c.company},
              {"city", c.city},
              {"address", c.address},
              {"remote", c.remote},
              {"schedule", c.schedule},
              {"employment_type", c.employment_type},
              {"experience", c.experience},
              {"education", c.education},
              {"requirements", c.requirements},
              {"description", c.description},
              {"contact_person", c.contact_person},
              {"phone", c.phone},
              {"email", c.email},
              {"apply_url", c.apply_url},
              {"closing_date", c.closing_date},
              {"privacy", PrivacyName(c.privacy)},
              {"photos", c.photos}};
    Opt(j, "salary_min", c.salary_min);
    Opt(j, "salary_max", c.salary_max);
    Opt(j, "age_min", c.age_min);
    Opt(j, "age_max", c.age_max);
    return j.dump();
}

void FromJson(const std::string& text, domain::VacancyContent& c) {
    json j = json::parse(text);
    c.position = Str(j, "position");
    c.category = Str(j, "category");
    c.subcategory = Str(j, "subcategory");
    c.company = Str(j, "company");
    c.city = Str(j, "city");
    c.address = Str(j, "address");
    c.remote = j.value("remote", false);
    c.schedule = Str(j, "schedule");
    c.employment_type = Str(j, "employment_type");
    c.experience = Str(j, "experience");
    c.education = Str(j, "education");
    c.requirements = Str(j, "requirements");
    c.description = Str(j, "description");
    c.contact_person = Str(j, "contact_person");
    c.phone = Str(j, "phone");
    c.email = Str(j, "email");
    c.apply_url = Str(j, "apply_url");
    c.closing_date = Str(j, "closing_date");
    c.privacy = Privacy(j);
    c.photos = Strings(j, "photos");
    ReadOpt(j, "salary_min", c.salary_min);
    ReadOpt(j, "salary_max", c.salary_max);
    ReadOpt(j, "age_min", c.age_min);
    ReadOpt(j, "age_max", c.age_max);
}

}  // namespace ejob::storage
