#pragma once
// Vacancy pages: the list with its filters, the card, the detail page, the form.
#include <optional>
#include <string>
#include <vector>

#include "domain/vacancies/vacancy.hpp"
#include "domain/vacancies/vacancy_service.hpp"
#include "web/views/layout.hpp"
#include "web/views/publication_models.hpp"

namespace ejob::web::views {

// "800–1 200 AZN", "from 800 AZN", "Negotiable".
std::string SalaryText(const Tr& tr, const std::optional<std::int64_t>& lo, const std::optional<std::int64_t>& hi);

// ---- list
struct ListModel {
    domain::VacancyFilter filter;
    std::string q;                // the query as typed
    std::string min_salary_text;  // as typed
    domain::Page<domain::VacancySummary> page;
    std::vector<domain::CategoryCount> counts;
    std::string page_link_base;  // path + query without page=
    std::string message;         // e.g. "type at least one word" (msgid)
};
std::string VacancyListPage(const Frame& f, const ListModel& m);
// The cards of vacancies, the words matching `highlight_terms` marked.
void VacancyList(Html& h, const Frame& f, const std::vector<domain::VacancySummary>& items,
                 const std::vector<std::string>& highlight_terms);
// Links to vacancy lists of each category with their counts.
void VacancyCategoryLinks(Html& h, const Frame& f, const std::vector<domain::CategoryCount>& counts,
                          const std::string& current);

// ---- detail
using DetailModel = DetailOf<domain::VacancyContent>;
std::string VacancyDetail(const Frame& f, const DetailModel& m);
void DetailBody(Html& h, const Frame& f, const DetailModel& m);  // the page without the layout

// ---- the form (new, owner edit, moderator correction)
using FormModel = EditorModel<domain::VacancyDraft>;
std::string VacancyForm(const Frame& f, const FormModel& m);
void FormFields(Html& h, const Tr& tr, const FormModel& m);  // the form's own fields

}  // namespace ejob::web::views
