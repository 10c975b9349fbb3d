#pragma once
// View functions: one typed model in, HTML out. No queries, no business rules.
// This header gathers every page: the layout (layout.hpp), each kind's pages (vacancy_views.hpp,
// resume_views.hpp, service_views.hpp), administration (admin_views.hpp) and the plain pages below. The pieces
// the pages share are in components/.
#include <optional>
#include <string>
#include <vector>

#include "domain/antiscrape/reveal_guard.hpp"
#include "domain/common/result.hpp"
#include "domain/vacancies/catalog.hpp"
#include "web/views/admin_views.hpp"
#include "web/views/form_fields.hpp"
#include "web/views/layout.hpp"
#include "web/views/resume_views.hpp"
#include "web/views/service_views.hpp"
#include "web/views/site_pages_views.hpp"
#include "web/views/staff_views.hpp"
#include "web/views/vacancy_views.hpp"

namespace ejob::web::views {

// ---- home
struct HomeModel {
    std::vector<domain::CategoryCount> counts;
    std::vector<domain::VacancySummary> latest;
    std::int64_t total = 0;
    std::int64_t resumes = 0;
    std::int64_t services = 0;
};
std::string Home(const Frame& f, const HomeModel& m);

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
    std::vector<domain::RevealDay> reveals;  // how many times the contacts were shown, per day (latest first)
};
std::string ManagePage(const Frame& f, const ManageModel& m);

// ---- plain pages
std::string PostChooser(const Frame& f);  // /post: vacancy, resume or services ad
std::string ErrorPage(const Frame& f, const char* title_msgid, const std::string& message_msgid);
// 413 for a form whose photos are too large; `form_url` (may be empty) opens the form again.
std::string PhotoTooLargePage(const Frame& f, const std::string& form_url);
// What a robot that filled the honeypot sees: thanks, and nothing is stored.
std::string SubmittedByBot(const Frame& f);
// A list or search page past the deepest page shown: asks to narrow the filters; `first_page` is the same list's
// first page.
std::string NarrowTheFiltersPage(const Frame& f, int max_page, const std::string& first_page);
// Too many list or search pages from one address: when to come back.
std::string TooManyPagesPage(const Frame& f, long minutes);
// What the honeypot link leads to (only robots follow it).
std::string TrapPage(const Frame& f);

}  // namespace ejob::web::views
