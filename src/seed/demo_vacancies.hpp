#pragma once
// Demo content: believable vacancy drafts for development databases, screenshots and load tests.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "domain/vacancies/vacancy.hpp"

namespace ejob::seed {

// Returns `count` vacancy drafts that pass domain::ValidateVacancy. About 70% are written in Azerbaijani, 20% in
// Russian and 10% in English (draft.lang says which); about 85% are in Baku. Positions, companies, texts, salaries
// and contacts are fictional but realistic; closing_date and owner_email are left empty.
// The result depends only on (count, seed), and a longer list starts with the shorter one for the same seed.
// When count >= the number of categories, every category appears at least once.
std::vector<ejob::domain::VacancyDraft> DemoVacancies(std::size_t count, std::uint64_t seed);

}  // namespace ejob::seed
