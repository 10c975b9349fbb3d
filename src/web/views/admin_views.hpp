#pragma once
// Administration pages: sign-in, the moderation queue, the review of one version.
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "domain/publications/rejection_reasons.hpp"
#include "web/views/layout.hpp"
#include "web/views/resume_views.hpp"
#include "web/views/service_views.hpp"
#include "web/views/vacancy_views.hpp"

namespace ejob::web::views {

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

// The version under review in its kind's models: as the public will see it (the detail page's body, photos served
// to the moderator) and its form fields, filled with the version or the moderator's corrections.
template <typename Content, typename Draft>
struct KindReview {
    DetailOf<Content> preview;
    EditorModel<Draft> editor;
};
using ReviewSubject = std::variant<KindReview<domain::VacancyContent, domain::VacancyDraft>,
                                   KindReview<domain::ResumeContent, domain::ResumeDraft>,
                                   KindReview<domain::ServiceAdContent, domain::ServiceAdDraft>>;

struct ReviewModel {
    domain::Publication publication;
    std::string title;
    std::string live_title;  // the public version, when this is an edit
    std::optional<domain::VersionInfo> latest;
    ReviewSubject subject;
    std::vector<domain::FieldError> errors;   // of the corrected fields
    std::vector<domain::NumberedRule> rules;  // the kind's current rules, for the ready-made reasons
    std::vector<std::string> chosen_rules;    // as posted, when the page comes back with an error
    std::string reason;                       // the moderator's own words, as typed
    std::vector<domain::FieldError> reason_errors;
    std::string csrf;
    std::string conflict;  // msgid
};
std::string AdminReview(const Frame& f, const ReviewModel& m);

}  // namespace ejob::web::views
