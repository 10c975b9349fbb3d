#pragma once
#include "domain/publications/publication_service.hpp"
#include "domain/vacancies/vacancy.hpp"

namespace ejob::domain {

using VacancyService = PublicationService<VacancyKind>;
using VacancyRecord = PublicationRecord<VacancyContent>;
using PublishedVacancy = PublishedItem<VacancyContent>;

}  // namespace ejob::domain
