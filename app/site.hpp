#pragma once
// Wiring: configuration → storage → domain services → web server. Used by main.cpp and by the web tests, which
// boot the same site on port 0.
#include <memory>
#include <string>

#include "domain/antiscrape/action_limits.hpp"
#include "domain/antiscrape/crawler_guard.hpp"
#include "domain/antiscrape/reveal_guard.hpp"
#include "domain/common/clock.hpp"
#include "domain/retention/purge.hpp"
#include "storage/db.hpp"

#include "domain/resumes/resume.hpp"
#include "domain/services/service_ad.hpp"
#include "domain/vacancies/vacancy_service.hpp"

namespace ejob::domain {
class AccountService;
}  // namespace ejob::domain

namespace ejob::web {
class PageCache;
}  // namespace ejob::web
namespace ejob::app {

struct Config {
    std::string host = "127.0.0.1";
    std::uint16_t port = 8080;
    std::string data_dir = "var";
    std::string db_url;    // default: sqlite://<data_dir>/ejob.db
    std::string base_url;  // default: http://<host>:<port>
    unsigned threads = 8;
    bool secure_cookies = false;
    size_t page_cache_mib = 16;  // the page cache of each node, in MiB; 0 turns it off
    size_t item_cache_mib = 32;  // the published items each node keeps for detail pages, in MiB; 0 turns it off
    bool access_log = true;
    // Behind a reverse proxy (nginx): take the visitor's address from the last X-Forwarded-For entry, and allow
    // many connections from the proxy's address.
    bool trust_proxy = false;
    // [http]: connection limits and deadlines against slow and abusive clients (web/http/server.hpp, and
    // docs/operations.md for the figures behind nginx).
    struct Http {
        unsigned header_timeout_seconds = 10;      // request line + headers complete within this after connecting
        unsigned body_timeout_seconds = 30;        // a body (or an answer) within this + its size at this rate:
        unsigned min_transfer_kib_per_second = 8;  //   a 1 MiB form gets 158 s, a 41 MiB upload form 88 min
        unsigned idle_timeout_seconds = 30;        // no byte in either direction for this long: closed
        unsigned max_connections = 1000;           // open connections in all
        unsigned max_connections_per_ip = 32;      // from one address; not applied with trust_proxy (nginx's job)
    } http;

    std::string media_dir;              // default: <data_dir>/media (several nodes may share one directory)
    domain::RetentionPolicy retention;  // [retention] in the config file
    domain::RevealPolicy reveal;        // [reveal]: contact reveal quotas and challenges
    domain::CrawlerPolicy crawlers;     // [crawlers]: the honeypot, the list budget per address, the deepest page
    domain::LimitsPolicy limits;        // [limits]: submissions, registrations, resets, contact form, reports, mail
    domain::Millis clock_offset = 0;    // EJOB_CLOCK_OFFSET: the site runs as if it were this much later

    std::string DbUrl() const { return db_url.empty() ? "sqlite://" + data_dir + "/ejob.db" : db_url; }
    std::string MediaDir() const { return media_dir.empty() ? data_dir + "/media" : media_dir; }
};

class Site {
  public:
    // Opens the database (which must be migrated) and builds every service. `clock` may be a test clock.
    explicit Site(Config config, std::shared_ptr<domain::Clock> clock = nullptr);
    ~Site();

    void Start();  // serve HTTP
    void Stop();   // graceful
    // Runs the retention job once (also run hourly by a serving node); see domain/retention/purge.hpp. A dry run
    // reports what would go and changes nothing.
    domain::PurgeReport Purge(bool dry_run = false);
    std::uint16_t port() const;

    storage::Db& db();
    domain::VacancyService& vacancies();
    domain::ResumeService& resumes();
    domain::ServiceAdService& services();
    domain::AccountService& accounts();
    web::PageCache& page_cache();
    const Config& config() const;

    struct Parts;

  private:
    std::unique_ptr<Parts> p_;
};

}  // namespace ejob::app
