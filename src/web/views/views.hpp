#pragma once
// View functions: one typed model in, HTML out. No queries, no business rules.
#include <optional>
#include <string>
#include <vector>

#include "domain/common/result.hpp"
#include "domain/vacancies/catalog.hpp"
#include "domain/vacancies/vacancy.hpp"
#include "domain/vacancies/vacancy_service.hpp"
#include "web/html.hpp"
#include "web/i18n.hpp"

namespace ejob::web::views {

// What every page needs from the request: language, current path (for the language switcher) and query string.
struct Frame {
    Lang lang = Lang::Az;
    std::string path;   // without the language prefix, e.g. "/vacancies"
    std::string query;  // raw query string to keep when switching language ("" or "?a=b")
    bool admin = false;
    std::string csrf;   // for the sign-out button when admin
};

struct PageMeta {
    std::string title;
    std::string description;
    bool noindex = false;
};

std::string Layout(const Frame& f, const PageMeta& meta, std::string_view body);
std::string L(const Frame& f, std::string_view path);

// ---- shared pieces
void VacancyList(Html& h, const Frame& f, const std::vector<domain::VacancySummary>& items,
                 const std::vector<std::string>& highlight_terms);
void Pagination(Html& h, const Frame& f, const std::string& base_path_and_query, int page, int pages);
std::string SalaryText(const Tr& tr, const std::optional<std::int64_t>& lo, const std::optional<std::int64_t>& hi);
std::string OptionName(const Tr& tr, const std::vector<domain::Option>& options, std::string_view code);
std::string CategoryName(const Tr& tr, std::string_view code);

// ---- home
struct HomeModel {
    std::vector<domain::CategoryCount> counts;
    std::vector<domain::VacancySummary> latest;
    std::int64_t total = 0;
};
std::string Home(const Frame& f, const HomeModel& m);

// ---- list and search
struct ListModel {
    domain::VacancyFilter filter;
    std::string q;                 // the query as typed
    std::string min_salary_text;   // as typed
    domain::Page<domain::VacancySummary> page;
    std::vector<domain::CategoryCount> counts;
    std::string page_link_base;    // path + query without page=
    std::string message;           // e.g. "type at least one word" (msgid)
};
std::string VacancyListPage(const Frame& f, const ListModel& m);
std::string SearchPage(const Frame& f, const ListModel& m);

// ---- detail
struct DetailModel {
    domain::Publication publication;
    domain::VacancyContent content;
    std::string reveal_token;
    std::optional<domain::VacancyContacts> contacts;  // shown when revealed (no-JS path)
    std::string contacts_error;                       // msgid
};
std::string VacancyDetail(const Frame& f, const DetailModel& m);

// ---- the vacancy form (new, owner edit, moderator correction)
struct FormModel {
    domain::VacancyDraft draft;
    std::vector<domain::FieldError> errors;
    std::string csrf;
    std::string action;       // form action URL (already language-prefixed)
    std::string title;        // page heading msgid
    std::string submit_label; // msgid
    bool show_owner_email = true;
    bool show_rules = true;
};
void VacancyFormFields(Html& h, const Tr& tr, const FormModel& m);
std::string VacancyForm(const Frame& f, const FormModel& m);
std::string SubmittedByBot(const Frame& f);

// ---- owner's management page
struct ManageModel {
    domain::VacancyRecord record;
    std::string token;
    std::string csrf;
    bool just_submitted = false;
    bool just_edited = false;
    bool deletion_just_requested = false;
    std::string manage_url;  // absolute path of the manage link, shown for saving
};
std::string ManagePage(const Frame& f, const ManageModel& m);

// ---- admin
struct LoginModel {
    std::string email;
    std::string csrf;
    std::string error;  // msgid
};
std::string AdminLogin(const Frame& f, const LoginModel& m);
struct QueueModel {
    std::vector<domain::QueueItem> queue;
    std::vector<domain::QueueItem> deletions;
    std::string csrf;
    std::string notice;  // msgid
};
std::string AdminQueue(const Frame& f, const QueueModel& m);
struct ReviewModel {
    domain::VacancyRecord record;
    FormModel form;
    std::string reason;
    std::vector<domain::FieldError> reason_errors;
    std::string csrf;
    std::string conflict;  // msgid
};
std::string AdminReview(const Frame& f, const ReviewModel& m);

// ---- plain pages
std::string RulesList(const Tr& tr);  // the form-submission rules as an <ol>
std::string RulesPage(const Frame& f);
std::string PrivacyPage(const Frame& f);
std::string ErrorPage(const Frame& f, int status, const std::string& message_msgid);

}  // namespace ejob::web::views
