#pragma once
// Resume pages: the list with its filters, the card, the detail page, the form (with repeatable rows).
#include <string>
#include <vector>

#include "domain/resumes/resume.hpp"
#include "web/views/layout.hpp"
#include "web/views/publication_models.hpp"

namespace ejob::web::views {

const std::vector<domain::Option>& LanguageLevels();  // A1 … C2, native
const std::vector<domain::Option>& Genders();         // female, male

// ---- list
struct ResumeListModel {
    domain::ResumeFilter filter;
    std::string q, max_salary_text, age_min_text, age_max_text;  // as typed
    domain::Page<domain::ResumeSummary> page;
    std::vector<domain::CategoryCount> counts;
    std::string page_link_base;  // path + query without page=
};
std::string ResumeListPage(const Frame& f, const ResumeListModel& m);
void ResumeList(Html& h, const Frame& f, const std::vector<domain::ResumeSummary>& items,
                const std::vector<std::string>& highlight_terms);

// ---- detail
using ResumeDetailModel = DetailOf<domain::ResumeContent>;  // contacts.hidden when the owner chose anonymous
std::string ResumeDetail(const Frame& f, const ResumeDetailModel& m);
void DetailBody(Html& h, const Frame& f, const ResumeDetailModel& m);  // without the layout

// ---- the form
using ResumeEditor = EditorModel<domain::ResumeDraft>;
std::string ResumeForm(const Frame& f, const ResumeEditor& m);
void FormFields(Html& h, const Tr& tr, const ResumeEditor& m);

}  // namespace ejob::web::views
