#pragma once
// View functions: one typed model in, HTML out. No queries, no business rules.
#include <optional>
#include <string>
#include <vector>

#include "domain/common/result.hpp"
#include "domain/publications/rejection_reasons.hpp"
#include "domain/vacancies/catalog.hpp"
#include "domain/vacancies/vacancy.hpp"
#include "domain/vacancies/vacancy_service.hpp"
#include "web/html.hpp"
#include "web/i18n.hpp"
#include "web/views/form_fields.hpp"

namespace ejob::web::views {

// What every page needs from the request: language, current path (for the language switcher) and query string.
struct Frame {
    Lang lang = Lang::Az;
    std::string path;   // without the language prefix, e.g. "/vacancies"
    std::string query;  // raw query string to keep when switching language ("" or "?a=b")
    bool admin = false;
    bool signed_in = false;
    std::string csrf;        // for the sign-out button in the header menu
    domain::Millis now = 0;  // for "Today, 14:20"
    std::string base_url;  // "https://ejob.az": canonical and alternate links are absolute
    // Admin pages: the open account requests, for the admin navigation (unset elsewhere).
    std::optional<std::int64_t> open_requests;
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
// A number shown as is, read out by screen readers as `spoken` ("12" → "12 vacancies").
void CountBadge(Html& h, const std::string& shown, const std::string& spoken);

// ---- home
struct HomeModel {
    std::vector<domain::CategoryCount> counts;
    std::vector<domain::VacancySummary> latest;
    std::int64_t total = 0;
    std::int64_t resumes = 0;
    std::int64_t services = 0;
};
std::string Home(const Frame& f, const HomeModel& m);

// ---- list and search
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
// Links to vacancy lists of each category with their counts.
void CategoryLinks(Html& h, const Frame& f, const std::vector<domain::CategoryCount>& counts,
                   const std::string& current);

// ---- contacts on a detail page (never in the HTML until asked for)
struct ContactLine {
    std::string label;  // translated
    std::string value;
    std::string href;  // tel:, mailto:, https:, or empty
};
struct ContactsModel {
    std::string action;  // where the reveal form posts
    std::string reveal_token;
    std::optional<std::vector<ContactLine>> shown;  // revealed (the no-JavaScript path)
    std::string error;                              // msgid
    bool needs_sign_in = false;                     // the owner shows contacts to signed-in users only
    bool hidden = false;                            // the owner hides contacts from everyone
};
void ContactsSection(Html& h, const Frame& f, const ContactsModel& m);

// ---- detail
struct DetailModel {
    domain::Publication publication;
    domain::VacancyContent content;
    ContactsModel contacts;
    std::string media_prefix = "/media/";  // where this viewer gets the photos ("/admin/media/" for a moderator)
};
std::string VacancyDetail(const Frame& f, const DetailModel& m);
void VacancyDetailBody(Html& h, const Frame& f, const DetailModel& m);  // the page without the layout

// ---- the vacancy form (new, owner edit, moderator correction)
template <typename Draft>
struct EditorModel {
    Draft draft;
    std::vector<domain::FieldError> errors;
    std::string csrf;
    std::string action;        // form action URL (already language-prefixed)
    std::string title;         // page heading msgid
    std::string submit_label;  // msgid
    bool show_owner_email = true;
    std::string account_email;  // signed in: this address is used, and the form says so instead of asking
    bool show_rules = true;
    bool moderator = false;                  // the moderator's review page (no photo upload there)
    std::string photo_url_prefix;            // where the current photos' thumbnails are served for this viewer
    std::vector<HeldPhotoView> held_photos;  // chosen on an earlier attempt of this form, not stored yet
};
using FormModel = EditorModel<domain::VacancyDraft>;

// Photos (or the logo) already stored with a draft: thumbnails with a "Remove" box (field remove_photo), the same
// control for the owner and the moderator.
void CurrentPhotos(Html& h, const Tr& tr, const std::vector<std::string>& stems, const std::string& url_prefix);
void VacancyFormFields(Html& h, const Tr& tr, const FormModel& m);
std::string VacancyForm(const Frame& f, const FormModel& m);
std::string SubmittedByBot(const Frame& f);

// ---- owner's management page
struct ManageModel {
    domain::Publication publication;
    std::string title;                          // of the newest version
    std::optional<domain::VersionInfo> latest;  // waiting for or refused by moderation
    std::string token;
    std::string csrf;
    bool just_submitted = false;
    bool just_edited = false;
    bool deletion_just_requested = false;
    std::string manage_url;   // absolute URL of the manage link, shown for saving
    std::string public_url;   // when published
    bool can_attach = false;  // signed in and confirmed, and the publication is in no account yet
    // Signed in but not confirmed: the page says so instead of offering the button.
    bool attach_needs_confirmation = false;
    bool attached = false;
};
std::string ManagePage(const Frame& f, const ManageModel& m);

// ---- admin
// The navigation on every admin page: the moderation queue and the account requests with their count.
void AdminNav(Html& h, const Frame& f);
struct LoginModel {
    std::string email;
    std::string csrf;
    std::string error;  // msgid
};
std::string AdminLogin(const Frame& f, const LoginModel& m);
struct QueueModel {
    std::string kind;  // filter: "", "vacancy", "resume", "service"
    std::vector<domain::QueueItem> queue;
    std::vector<domain::QueueItem> deletions;
    std::string csrf;
    std::string notice;  // msgid
};
std::string AdminQueue(const Frame& f, const QueueModel& m);
struct ReviewModel {
    domain::Publication publication;
    std::string title;
    std::string live_title;  // the public version, when this is an edit
    std::optional<domain::VersionInfo> latest;
    std::string preview_html;                   // the version as the public will see it (the kind's detail body)
    std::string fields_html;                    // the kind's form fields, filled with the version to review
    std::vector<domain::FieldError> errors;     // of the corrected fields
    std::vector<domain::SubmissionRule> rules;  // the kind's numbered rules, for the ready-made reasons
    std::vector<std::string> chosen_rules;      // as posted, when the page comes back with an error
    std::string reason;                         // the moderator's own words, as typed
    std::vector<domain::FieldError> reason_errors;
    std::string csrf;
    std::string conflict;  // msgid
};
std::string AdminReview(const Frame& f, const ReviewModel& m);

// ---- plain pages
std::string RulesList(const Tr& tr);  // the form-submission rules as an <ol>
// The numbered form-submission rules of a kind ("vacancy", "resume", "service") as an <ol>.
std::string SubmissionRulesList(const Tr& tr, std::string_view kind);
std::string RulesPage(const Frame& f);
std::string PostChooser(const Frame& f);  // /post: vacancy, resume or services ad
std::string PrivacyPage(const Frame& f);
std::string ErrorPage(const Frame& f, int status, const std::string& message_msgid);
// 413 for a form whose photos are too large; `form_url` (may be empty) opens the form again.
std::string PhotoTooLargePage(const Frame& f, const std::string& form_url);

}  // namespace ejob::web::views
