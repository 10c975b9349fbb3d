#include "app/commands.hpp"

#include <malloc.h>
#include <signal.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <iostream>

#include "domain/accounts/account.hpp"
#include "domain/vacancies/vacancy_service.hpp"
#include "media/photo_files.hpp"
#include "security/sodium.hpp"
#include "security/totp.hpp"
#include "seed/demo_resumes.hpp"
#include "seed/demo_services.hpp"
#include "seed/demo_vacancies.hpp"
#include "seed/portraits.hpp"
#include "storage/codecs/codecs.hpp"
#include "storage/migrate.hpp"
#include "storage/migrate_data.hpp"
#include "storage/repos/sql_account_repository.hpp"
#include "storage/repos/sql_mail_queue.hpp"
#include "storage/repos/sql_publications.hpp"
#include "storage/repos/sql_resume_listings.hpp"
#include "storage/repos/sql_service_listings.hpp"
#include "storage/repos/sql_vacancy_listings.hpp"

namespace ejob::app {
namespace {

class SilentNotifier final : public domain::PublicationNotifier, public domain::AccountNotifier {
  public:
    void ConfirmEmail(const domain::Account&, std::string_view) override {}
    void AlreadyRegistered(const domain::Account&) override {}
    void PasswordReset(const domain::Account&, std::string_view) override {}
    void ManageLinkCreated(const domain::Publication&, std::string_view, std::string_view) override {}
    void Approved(const domain::Publication&, std::string_view, std::string_view) override {}
    void Rejected(const domain::Publication&, std::string_view, std::string_view, std::string_view) override {}
};

class NoAudit final : public domain::AuditLog {
  public:
    void Append(const domain::AuditRecord&) override {}
};

std::unique_ptr<storage::Db> OpenMigrated(const Config& config, const storage::DbOptions& options = {}) {
    std::filesystem::create_directories(config.data_dir);
    auto db = storage::OpenDb(config.DbUrl(), options);
    storage::Migrate(*db);
    return db;
}

}  // namespace

int Serve(const Config& config) {
    // Signals are taken by this thread with sigwait; the server threads inherit the blocked mask.
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    signal(SIGPIPE, SIG_IGN);

    // Two malloc arenas, not one per worker thread: the threads allocate briefly per request, and many arenas would
    // keep many partly used heaps resident.
    mallopt(M_ARENA_MAX, 2);
    Site site(config);
    site.Start();
    // Never log a password that the database URL may carry.
    std::string db = config.DbUrl();
    if (auto at = db.find('@'), colon = db.find(':', db.find("://") + 3); at != std::string::npos && colon < at)
        db = db.substr(0, colon) + ":…" + db.substr(at);
    spdlog::warn("ejob serving on http://{}:{} (database {})", config.host, site.port(), db);
    int sig = 0;
    sigwait(&set, &sig);
    spdlog::warn("signal {} received: finishing requests in flight and stopping", sig);
    site.Stop();
    spdlog::warn("stopped");
    return 0;
}

int MigrateCommand(const Config& config) {
    std::filesystem::create_directories(config.data_dir);
    auto db = storage::OpenDb(config.DbUrl());
    int ran = storage::Migrate(*db);
    std::cout << "migrations applied: " << ran << "\n";
    return 0;
}

namespace {

// Submits and approves demo drafts of one kind through its real service, dates spread over the last 60 days.
template <typename Kind, typename Projection, typename PhotosFn>
size_t SeedKind(storage::Db& db, storage::SqlPublicationCore& core, Projection& projection,
                const std::vector<typename Kind::Draft>& drafts, media::PhotoStore& store, PhotosFn&& photos_for) {
    storage::SqlPublicationRepository<Kind> repo(db, core, projection);
    security::SodiumTokenService tokens;
    SilentNotifier notifier;
    NoAudit audit;
    media::PipelinePhotoStore files(store);
    domain::Millis now = domain::SystemClock().Now();
    domain::FixedClock clock(now - 60 * domain::kDay);
    domain::Millis step = drafts.empty() ? 0 : 60 * domain::kDay / static_cast<domain::Millis>(drafts.size());
    storage::SqlUnitOfWork unit(db);
    domain::PublicationService<Kind> service(repo, tokens, notifier, audit, files, unit, clock);
    size_t done = 0;
    for (size_t i = 0; i < drafts.size(); ++i) {
        const auto& draft = drafts[i];
        auto pngs = photos_for(i, draft);
        domain::PhotoChoice photos{.field = "photo", .held = {}, .chosen = {pngs.begin(), pngs.end()}};
        auto submitted = service.Submit(draft, photos);
        if (!submitted) throw std::runtime_error(std::string("demo ") + Kind::kName + " failed validation");
        if (!service.Approve(0, submitted->id, draft)) throw std::runtime_error("demo approval failed");
        clock.Advance(step);
        if (++done % 10000 == 0) std::cerr << "seeded " << done << " " << Kind::kName << "\n";
    }
    return done;
}

}  // namespace

int SeedDemo(const Config& config, const SeedCounts& counts, bool only_if_empty) {
    security::InitSodium();
    media::InitVips();
    auto db = OpenMigrated(config, {.max_connections = 2, .bulk_load = true});
    if (only_if_empty) {
        auto n =
            db->ReadValue([](storage::Conn& c) { return c.QueryOne("SELECT COUNT(*) FROM publications")->Int(0); });
        if (n > 0) {
            std::cout << "demo content: the database already has " << n << " publications; nothing added\n";
            return 0;
        }
    }
    auto started = std::chrono::steady_clock::now();
    storage::SqlPublicationCore core;
    media::PhotoStore store(config.MediaDir());
    auto no_photos = [](size_t, const auto&) { return std::vector<std::string>{}; };

    storage::SqlVacancyListings vacancy_listings(*db);
    size_t vacancies = SeedKind<domain::VacancyKind>(*db, core, vacancy_listings,
                                                     seed::DemoVacancies(counts.vacancies, 20261129), store, no_photos);

    storage::SqlResumeListings resume_listings(*db);
    size_t resumes = SeedKind<domain::ResumeKind>(
        *db, core, resume_listings, seed::DemoResumes(counts.resumes, 20261130), store,
        [&](size_t i, const domain::ResumeDraft& d) {
            // Clearly illustrated portraits, never photos of real people.
            if (i >= counts.with_photos || i % 4 == 3) return std::vector<std::string>{};
            return std::vector<std::string>{seed::IllustratedPortraitPng(i, d.gender == "female")};
        });

    storage::SqlServiceAdListings service_listings(*db);
    size_t services = SeedKind<domain::ServiceAdKind>(
        *db, core, service_listings, seed::DemoServices(counts.services, 20261131), store,
        [&](size_t i, const domain::ServiceAdDraft& d) {
            // Illustrations in the motif and colours of the ad's category.
            return i < counts.with_photos ? seed::DemoServicePhotos(d, i) : std::vector<std::string>{};
        });

    // Statistics for the query planner, fresh after a bulk load.
    db->Write([](storage::Conn& c) { c.ExecScript("ANALYZE"); });
    auto secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::printf("demo content: %zu vacancies, %zu resumes, %zu services ads published in %.1f s\n", vacancies, resumes,
                services, secs);
    return 0;
}

int Purge(const Config& config, bool dry_run) {
    Site site(config);
    auto report = site.Purge(dry_run);
    if (!report.ran) {
        std::cout << "retention: another node is purging right now; nothing done\n";
        return 0;
    }
    auto date = [](domain::Millis at) {
        std::time_t t = static_cast<std::time_t>(at / 1000);
        char buf[32];
        std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M UTC", std::gmtime(&t));
        return std::string(buf);
    };
    const char* verb = dry_run ? "would delete" : "deleted";
    for (const auto& w : report.warnings)
        std::cout << (dry_run ? "would warn " : "warned ") << (w.email.empty() ? "(no address)" : "the owner") << " of "
                  << w.kind << " " << w.id << ": deleted on " << date(w.due) << "\n";
    for (const auto& d : report.deleted)
        std::cout << verb << " " << d.kind << " " << d.id << " (" << d.status << ", due " << date(d.due) << ")\n";
    const auto& s = report.swept;
    std::cout << "retention" << (dry_run ? " (dry run, nothing changed)" : "") << ": " << verb << " "
              << report.publications << " publications, " << report.orphan_photos << " unreferenced photos, "
              << report.mail_files << " mail files, " << s.sessions << " sessions, " << s.account_tokens
              << " account tokens, " << s.rate_limits << " rate-limit counters, " << s.signin_failures
              << " failed sign-ins, " << s.unconfirmed_accounts << " unconfirmed accounts, " << s.audit_entries
              << " audit entries, " << s.undelivered_mail << " undelivered mails, " << s.cv_drafts
              << " CV Maker drafts; "
              << (dry_run ? "would warn " : "warned ") << report.warned << " owners\n";
    return 0;
}

int MigrateData(const std::string& from_url, const std::string& to_url) {
    auto from = storage::OpenDb(from_url);
    auto to = storage::OpenDb(to_url);
    auto started = std::chrono::steady_clock::now();
    std::int64_t total = 0;
    for (const auto& t : storage::CopySite(*from, *to)) {
        std::printf("  %-22s %10lld rows\n", t.table.c_str(), static_cast<long long>(t.rows));
        total += t.rows;
    }
    auto secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::printf("copied and verified %lld rows in %.1f s; photo files stay in the media directory\n",
                static_cast<long long>(total), secs);
    return 0;
}

int CreateStaff(const Config& config, const std::string& email, std::string password, const std::string& role,
                bool if_missing) {
    security::InitSodium();
    auto db = OpenMigrated(config);
    storage::SqlAccountRepository accounts(*db);
    if (if_missing && accounts.FindByEmail(domain::NormalizeEmail(email))) {
        std::cout << "account " << domain::NormalizeEmail(email) << " exists already\n";
        return 0;
    }
    bool generated = password.empty();
    if (generated) password = security::RandomToken().substr(0, 20);
    storage::SqlSessionStore sessions(*db);
    storage::SqlRateLimiter limiter(*db);
    storage::SqlAuditLog audit(*db);
    security::Argon2PasswordHasher hasher;
    security::SodiumTokenService tokens;
    domain::SystemClock clock;
    storage::SqlAccountTokens account_tokens(*db);
    SilentNotifier notifier;
    storage::SqlUnitOfWork unit(*db);
    storage::SqlFailureLog failures(*db);
    security::Totp totp;
    security::SodiumSigner signer(security::RandomToken());  // signs nothing that outlives this command
    domain::AccountService service(accounts, sessions, hasher, limiter, tokens, account_tokens, notifier, unit, clock,
                                   {totp, failures, signer, &audit});
    auto result = service.CreateStaff(email, password, role);
    if (!result) {
        std::string msg = result.error().fields.empty() ? result.error().message : result.error().fields[0].message;
        if (auto at = msg.find("{}"); at != std::string::npos && !result.error().fields.empty())
            msg.replace(at, 2, result.error().fields[0].arg);
        std::cerr << "cannot create the " << role << " account: " << msg << "\n";
        return 1;
    }
    std::cout << role << " account created\n  email:    " << result->email << "\n";
    if (generated) std::cout << "  password: " << password << "   (shown once; store it now)\n";
    return 0;
}

}  // namespace ejob::app
