#pragma once
// What a request handler sees: the services it may call and the per-request context.
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "domain/accounts/account.hpp"
#include "domain/accounts/account_administration.hpp"
#include "domain/accounts/account_deletion.hpp"
#include "domain/accounts/account_requests.hpp"
#include "domain/accounts/earlier_publications.hpp"
#include "domain/antiscrape/action_limits.hpp"
#include "domain/antiscrape/crawler_guard.hpp"
#include "domain/antiscrape/reveal_guard.hpp"
#include "domain/common/audit.hpp"
#include "domain/cv_maker/cv_maker.hpp"
#include "domain/moderation/dashboard.hpp"
#include "domain/pages/site_documents.hpp"
#include "domain/publications/all_kinds.hpp"
#include "domain/retention/retention.hpp"
#include "web/http/http.hpp"
#include "web/i18n.hpp"

namespace ejob::web {

class PageCache;
}  // namespace ejob::web
namespace ejob::media {
class PhotoStore;
}  // namespace ejob::media
namespace ejob::web {

struct Services {
    domain::VacancyService& vacancies;
    domain::VacancyListings& vacancy_listings;
    domain::ResumeService& resumes;
    domain::ResumeListings& resume_listings;
    domain::ServiceAdService& services;
    domain::ServiceAdListings& service_listings;
    domain::Publications& kinds;  // every kind's lifecycle, found by a publication's id or management token
    domain::ModerationQueries& moderation;
    domain::AccountService& accounts;
    domain::AccountRequestService& account_requests;
    domain::AccountDeletion& account_deletion;
    domain::AccountAdministration& users;    // the administrators' users console
    domain::AuditQueries& audit;             // the administrators' audit log
    domain::DashboardQueries& dashboard;     // the staff's overview at /admin
    domain::SiteDocumentService& documents;  // the rules and the privacy policy, as administrators edited them
    domain::OwnerQueries& owners;
    domain::EarlierPublications& earlier_publications;  // offered to a confirmed account
    domain::cv::DraftService& cv_drafts;                // the CV Maker's drafts of the day
    domain::cv::PortraitMaker& portraits;               // the CV Maker's photos
    domain::cv::CvPrinter& cv_printer;                  // the CV Maker's PDFs
    domain::RevealGuard& reveal;                        // who may see contacts now, and what challenge comes first
    domain::RevealLog& reveal_log;   // how many times each publication's contacts were shown, per day
    domain::CrawlerGuard& crawlers;  // the honeypot's marks, the list budget per address, the deepest page
    domain::ActionLimits& limits;    // submissions, registrations, resets, contact form, reports per address/email
    const domain::Signer& signer;    // CSRF tokens
    const domain::Clock& clock;
    PageCache& cache;
    domain::RateLimiter& limiter;       // attempts per key (sign-ins, registrations…), shared by every node
    std::string base_url;               // absolute URLs in feeds, sitemaps and mail
    domain::RetentionPolicy retention;  // how long publications are kept (shown to their owners)
    media::PhotoStore& photo_store;     // the files, to serve them
    domain::PhotoStore& photos;         // uploads to hold for a refused form (the lifecycle stores its own)
    std::function<bool(const std::string&)> photo_is_public;
    std::function<void(std::int64_t)> count_view;  // a publication page served from the page cache
    std::function<void()> deliver_mail;            // after a request that may have queued mail
    bool secure_cookies = false;                   // served over HTTPS: __Host- cookies with Secure, HSTS
    bool trust_proxy = false;                      // remote address from X-Forwarded-For (set by our nginx)
    std::function<bool()> ready;                   // /readyz
};

struct Ctx {
    http::Request& req;
    Services& app;
    Lang lang;
    Tr tr;
    std::string path;                           // without the language prefix
    std::map<std::string, std::string> params;  // from the route pattern, e.g. {id}
    unsigned route_flags = 0;                   // the matched route's RouteFlags (router.hpp)
    const char* route_query = "";               // the matched route's page parameters (Route::query)
    std::optional<domain::Session> user;        // signed in (any role)
    http::Fields set_cookies;                   // Set-Cookie values to add to the response

    Ctx(http::Request& r, Services& a, Lang l, std::string p) : req(r), app(a), lang(l), tr(l), path(std::move(p)) {}

    bool SignedIn() const { return user.has_value(); }
    bool IsAdmin() const { return user && user->IsAdmin(); }
    bool IsStaff() const { return user && user->IsStaff(); }
    // A URL in the current language: L("/vacancies") → "/ru/vacancies".
    std::string L(std::string_view path_in_az) const { return std::string(UrlPrefix(lang)) + std::string(path_in_az); }
    // The CSRF token for forms on this page (sets the CSRF cookie if the visitor has none yet).
    std::string CsrfToken();
    std::string CookieName(std::string_view base) const;
    void SetCookie(std::string_view base, std::string_view value, long max_age_seconds);
};

}  // namespace ejob::web
