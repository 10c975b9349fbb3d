#pragma once
// The kinds of publication the site has. A new kind: its domain folder (types, validation, a PublicationKind),
// a listing projection in storage, a KindWeb in web/handlers/kinds.hpp, and its name here.
#include "domain/publications/kind_registry.hpp"
#include "domain/resumes/resume.hpp"
#include "domain/services/service_ad.hpp"
#include "domain/vacancies/vacancy_service.hpp"

namespace ejob::domain {

using Publications = KindRegistry<VacancyKind, ResumeKind, ServiceAdKind>;

}  // namespace ejob::domain
