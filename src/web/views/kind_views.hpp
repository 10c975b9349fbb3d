#pragma once
// Views of resumes and self-employment ads ("services"). Vacancy views are in views.hpp.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/resumes/resume.hpp"
#include "domain/services/service_ad.hpp"
#include "web/views/views.hpp"

namespace ejob::web::views {

// ---- resumes
using ResumeEditor = EditorModel<domain::ResumeDraft>;
void ResumeFormFields(Html& h, const Tr& tr, const ResumeEditor& m);
std::string ResumeForm(const Frame& f, const ResumeEditor& m);

struct ResumeDetailModel {
    domain::Publication publication;
    domain::ResumeContent content;
    ContactsModel contacts;                // contacts.hidden when the owner chose anonymous
    std::string media_prefix = "/media/";  // "/admin/media/" for a moderator
};
std::string ResumeDetail(const Frame& f, const ResumeDetailModel& m);
void ResumeDetailBody(Html& h, const Frame& f, const ResumeDetailModel& m);  // without the layout

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

// ---- self-employment and earnings ads
using ServiceEditor = EditorModel<domain::ServiceAdDraft>;
void ServiceFormFields(Html& h, const Tr& tr, const ServiceEditor& m);
std::string ServiceForm(const Frame& f, const ServiceEditor& m);

struct ServiceDetailModel {
    domain::Publication publication;
    domain::ServiceAdContent content;
    ContactsModel contacts;
    std::string media_prefix = "/media/";  // "/admin/media/" for a moderator
};
std::string ServiceDetail(const Frame& f, const ServiceDetailModel& m);
void ServiceDetailBody(Html& h, const Frame& f, const ServiceDetailModel& m);  // without the layout

struct ServiceListModel {
    domain::ServiceAdFilter filter;
    std::string q, price_min_text, price_max_text;
    domain::Page<domain::ServiceAdSummary> page;
    std::vector<domain::CategoryCount> counts;
    std::string page_link_base;
};
std::string ServiceListPage(const Frame& f, const ServiceListModel& m);
void ServiceList(Html& h, const Frame& f, const std::vector<domain::ServiceAdSummary>& items,
                 const std::vector<std::string>& highlight_terms);

// Public photo URLs: /media/<stem>-<variant>.
inline std::string PhotoUrl(const std::string& stem, const char* variant) {
    return "/media/" + stem + "-" + variant;
}

// ---- pieces shared by the resume and service pages (resume_views.cpp)

const std::vector<domain::Option>& LanguageLevels();  // A1 … C2, native
const std::vector<domain::Option>& Genders();         // female, male
// "50 AZN per hour", "from 30 AZN per job", "Negotiable".
std::string ServicePriceText(const Tr& tr, std::string_view price_type, const std::optional<std::int64_t>& price,
                             std::string_view price_unit);
// The submission rules of each form, as an <ol>.
std::string ResumeRulesList(const Tr& tr);
std::string ServiceRulesList(const Tr& tr);
// Text with the words that match the search terms in <mark>.
void HighlightedText(Html& h, std::string_view text, const std::vector<std::string>& terms);
// A <select> of a list page's filter form, with an "any" first option.
void FilterSelect(Html& h, const Tr& tr, const char* name, const char* label,
                  const std::vector<domain::Option>& options, const std::string& selected, const char* any_label);
// Category links with counts for a list page's sidebar; `path` is e.g. "/resumes".
void CountedCategoryLinks(Html& h, const Frame& f, const std::string& path,
                          const std::vector<domain::Option>& categories,
                          const std::vector<domain::CategoryCount>& counts, const std::string& current,
                          const std::function<std::string(std::int64_t)>& count_label);
// Opens a publication form: <form> (multipart), the CSRF field, a hidden default submit button (so that Enter in a
// text field sends the form rather than pressing "Add a row") and the honeypot. Close it with h.Close("form").
void OpenPublicationForm(Html& h, const Tr& tr, const std::string& action, const std::string& csrf,
                         const std::string& submit_label);

}  // namespace ejob::web::views
