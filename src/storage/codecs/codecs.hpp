#pragma once
// Content of each publication kind as JSON (stored in publication_versions.content). Unknown keys are ignored
// and missing keys take defaults, so a field added later reads old rows fine.
#include <string>

#include "domain/resumes/resume.hpp"
#include "domain/services/service_ad.hpp"
#include "domain/vacancies/vacancy.hpp"

namespace ejob::storage {

std::string ToJson(const domain::VacancyContent& c);
void FromJson(const std::string& json, domain::VacancyContent& c);

std::string ToJson(const domain::ResumeContent& c);
void FromJson(const std::string& json, domain::ResumeContent& c);

std::string ToJson(const domain::ServiceAdContent& c);
void FromJson(const std::string& json, domain::ServiceAdContent& c);

}  // namespace ejob::storage
