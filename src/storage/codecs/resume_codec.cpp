#include "storage/codecs/codecs.hpp"
#include "storage/codecs/json_fields.hpp"

namespace ejob::storage {
namespace {
using nlohmann::json;
using namespace json_fields;
}  // namespace

std::string ToJson(const domain::ResumeContent& c) {
    json education = json::array(), jobs = json::array(), languages = json::array();
    for (const auto& e : c.education)
        education.push_back({{"institution", e.institution},
                             {"specialty", e.specialty},
                             {"from_year", e.from_year},
                             {"to_year", e.to_year}});
    for (const auto& e : c.jobs)
        jobs.push_back({{"employer", e.employer},
                        {"position", e.position},
                        {"from_year", e.from_year},
                        {"to_year", e.to_year},
                        {"duties", e.duties}});
    for (const auto& l : c.languages) languages.push_back({{"language", l.language}, {"level", l.level}});
    json j = {{"first_name", c.first_name},
              {"last_name", c.last_name},
              {"patronymic", c.patronymic},
              {"gender", c.gender},
              {"city", c.city},
              {"desired_position", c.desired_position},
              {"category", c.category},
              {"education_level", c.education_level},
              {"experience", c.experience},
              {"education", std::move(education)},
              {"jobs", std::move(jobs)},
              {"languages", std::move(languages)},
              {"skills", c.skills},
              {"computer_skills", c.computer_skills},
              {"about", c.about},
              {"additional", c.additional},
              {"phone", c.phone},
              {"email", c.email},
              {"privacy", PrivacyName(c.privacy)},
              {"photos", c.photos}};
    Opt(j, "birth_year", c.birth_year);
    Opt(j, "min_salary", c.min_salary);
    return j.dump();
}

void FromJson(const std::string& text, domain::ResumeContent& c) {
    json j = json::parse(text);
    c = domain::ResumeContent{};
    c.first_name = Str(j, "first_name");
    c.last_name = Str(j, "last_name");
    c.patronymic = Str(j, "patronymic");
    c.gender = Str(j, "gender");
    c.city = Str(j, "city");
    c.desired_position = Str(j, "desired_position");
    c.category = Str(j, "category");
    c.education_level = Str(j, "education_level");
    c.experience = Str(j, "experience");
    for (const auto& e : Objects(j, "education"))
        c.education.push_back({Str(e, "institution"), Str(e, "specialty"), Str(e, "from_year"), Str(e, "to_year")});
    for (const auto& e : Objects(j, "jobs"))
        c.jobs.push_back(
            {Str(e, "employer"), Str(e, "position"), Str(e, "from_year"), Str(e, "to_year"), Str(e, "duties")});
    for (const auto& e : Objects(j, "languages")) c.languages.push_back({Str(e, "language"), Str(e, "level")});
    c.skills = Str(j, "skills");
    c.computer_skills = Str(j, "computer_skills");
    c.about = Str(j, "about");
    c.additional = Str(j, "additional");
    c.phone = Str(j, "phone");
    c.email = Str(j, "email");
    c.privacy = Privacy(j);
    c.photos = Strings(j, "photos");
    ReadOpt(j, "birth_year", c.birth_year);
    ReadOpt(j, "min_salary", c.min_salary);
}

}  // namespace ejob::storage
