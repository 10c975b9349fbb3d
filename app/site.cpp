#include "app/site.hpp"

#include <malloc.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <thread>

#include "domain/accounts/account_administration.hpp"
#include "domain/accounts/account_deletion.hpp"
#include "domain/antiscrape/reveal_guard.hpp"
#include "domain/common/mail_cap.hpp"
#include "domain/pages/site_documents.hpp"
#include "domain/publications/all_kinds.hpp"
#include "domain/search/search_query.hpp"
#include "domain/vacancies/vacancy_service.hpp"
#include "embedded/embedded.hpp"
#include "mail/outbox.hpp"
#include "media/photo_files.hpp"
#include "media/photo_pipeline.hpp"
#include "pdf/cv_pdf.hpp"
#include "security/sodium.hpp"
#include "security/totp.hpp"
#include "storage/codecs/codecs.hpp"
#include "storage/migrate.hpp"
#include "storage/repos/public_listings.hpp"
#include "storage/repos/sql_account_directory.hpp"
#include "storage/repos/sql_account_repository.hpp"
#include "storage/repos/sql_cv_drafts.hpp"
#include "storage/repos/sql_dashboard.hpp"
#include "storage/repos/sql_mail_queue.hpp"
#include "storage/repos/sql_publications.hpp"
#include "storage/repos/sql_retention.hpp"
#include "storage/repos/sql_reveals.hpp"
#include "storage/repos/sql_screening.hpp"
#include "storage/repos/sql_site_documents.hpp"
#include "web/http/server.hpp"
#include "web/notifications.hpp"
#include "web/page_cache.hpp"
#include "web/router.hpp"
#include "web/static_files.hpp"

namespace ejob::app {

namespace {
// The CV Maker's PDFs through the renderer's slots: two at a time, so PDFs cannot take every server thread; a request
// that waits more than a few seconds for a slot is told to try again.
class PdfPrinter final : public domain::cv::CvPrinter {
  public:
    std::optional<std::string> Print(const domain::cv::Draft& d, const domain::cv::Labels& labels,
                                     const std::string& photo_jpeg) override {
        return renderer_.TryRender({d, labels, photo_jpeg}, std::chrono::seconds(5));
    }

  private:
    pdf::CvPdfRenderer renderer_{2};
};
}  // namespace

struct Site::Parts {
    Config config;
    std::shared_ptr<domain::Clock> clock;
    std::unique_ptr<storage::Db> db;
    storage::SqlPublicationCore publications;
    std::unique_ptr<storage::PublicListings> listings;
    std::unique_ptr<storage::SqlPublicationRepository<domain::VacancyKind>> vacancy_repo;
    std::unique_ptr<storage::SqlPublicationRepository<domain::ResumeKind>> resume_repo;
    std::unique_ptr<storage::SqlPublicationRepository<domain::ServiceAdKind>> service_repo;
    std::unique_ptr<storage::SqlModerationQueries> moderation;
    std::unique_ptr<storage::SqlPublicationKindIndex> kind_index;
    std::unique_ptr<domain::Publications> kinds;
    std::unique_ptr<domain::AccountDeletion> account_deletion;
    std::unique_ptr<storage::SqlAccountDirectory> account_directory;
    std::unique_ptr<domain::AccountAdministration> users;
    std::unique_ptr<storage::SqlDocumentStore> document_store;
    std::unique_ptr<domain::SiteDocumentService> documents;
    std::unique_ptr<storage::SqlAuditLog> audit;
    std::unique_ptr<storage::SqlDashboard> dashboard;
    std::unique_ptr<storage::SqlAccountRepository> account_repo;
    std::unique_ptr<storage::SqlSessionStore> sessions;
    std::unique_ptr<storage::SqlRateLimiter> limiter;
    std::unique_ptr<storage::SqlFailureLog> failures;
    security::Totp totp;
    std::unique_ptr<storage::SqlAccountTokens> account_tokens;
    std::unique_ptr<storage::SqlAccountRequests> account_requests;
    std::unique_ptr<storage::SqlOwnerQueries> owner_queries;
    std::unique_ptr<storage::SqlUnownedPublications> unowned;
    std::unique_ptr<domain::EarlierPublications> earlier_publications;
    std::unique_ptr<domain::AccountRequestService> account_request_service;
    security::SodiumTokenService tokens;
    std::unique_ptr<security::Argon2PasswordHasher> hasher;
    std::unique_ptr<security::SodiumSigner> signer;
    std::unique_ptr<storage::SqlMailQueue> mail_queue;
    std::unique_ptr<domain::MailCap> mail_cap;  // the queue as the site writes to it: at most a few per address
    std::unique_ptr<domain::ActionLimits> limits;
    std::unique_ptr<domain::CrawlerGuard> crawlers;
    std::unique_ptr<mail::FileMailSink> mail_sink;
    std::unique_ptr<storage::SqlUnitOfWork> unit_of_work;
    std::unique_ptr<media::PhotoStore> photo_store;
    std::unique_ptr<media::PipelinePhotoStore> photo_files;
    std::unique_ptr<media::StoredPhotoDirectory> photo_directory;
    std::unique_ptr<storage::SqlRetentionStore> retention_store;
    std::unique_ptr<domain::PurgeJob> purge;
    std::unique_ptr<web::MailNotifier> notifier;
    std::unique_ptr<storage::SqlScreeningQueries> screening;
    std::unique_ptr<domain::Prechecks> prechecks;
    std::unique_ptr<domain::VacancyService> vacancies;
    std::unique_ptr<domain::ResumeService> resumes;
    std::unique_ptr<domain::ServiceAdService> services_ads;
    std::unique_ptr<domain::AccountService> accounts;
    security::SodiumDigest digest;
    std::unique_ptr<storage::SqlNonceStore> nonces;
    std::unique_ptr<storage::SqlRevealLog> reveal_log;
    std::unique_ptr<domain::RevealGuard> reveal;
    std::unique_ptr<storage::SqlCvDrafts> cv_store;
    std::unique_ptr<domain::cv::DraftService> cv_drafts;
    media::PipelinePortraits portraits;
    PdfPrinter cv_printer;
    std::unique_ptr<web::PageCache> cache;
    std::unique_ptr<web::Services> services;
    std::unique_ptr<web::Router> router;
    std::unique_ptr<web::http::Server> server;

    // Background: flush view counters every few seconds.
    std::thread ticker;
    std::mutex ticker_mu;
    std::condition_variable ticker_cv;
    bool stopping = false;
};

namespace {
// The change feed keeps this many recent changes: far more than any node falls behind between two polls.
constexpr std::int64_t kListingChangesKept = 100000;

// Delivers queued mail. After a request only when this process queued some; the ticker looks in any case.
void DeliverMail(Site::Parts& p, bool even_if_none_queued_here) {
    if (!even_if_none_queued_here && !p.mail_queue->MaybePending()) return;
    try {
        auto d = p.mail_queue->DeliverDue(*p.mail_sink);
        if (d.failed > 0) spdlog::error("mail delivery failed, will retry: {}", d.error);
    } catch (const std::exception& e) {
        spdlog::error("mail delivery failed, will retry: {}", e.what());
    }
}
// The occupation synonyms compiled in from reference/occupation-synonyms.txt, read once.
const domain::search::Synonyms& BuiltinSynonyms() {
    static const domain::search::Synonyms kSynonyms = [] {
        for (const auto& f : embedded::ReferenceFiles())
            if (f.name == "occupation-synonyms.txt") return domain::search::Synonyms::Parse(f.data);
        return domain::search::Synonyms();
    }();
    return kSynonyms;
}

// The word lists of the automatic pre-moderation checks, compiled in from reference/premoderation-words.txt.
const domain::ScreeningWords& BuiltinScreeningWords() {
    static const domain::ScreeningWords kWords = [] {
        for (const auto& f : embedded::ReferenceFiles())
            if (f.name == "premoderation-words.txt") return domain::ScreeningWords::Parse(f.data);
        return domain::ScreeningWords();
    }();
    return kWords;
}

}  // namespace

Site::Site(Config config, std::shared_ptr<domain::Clock> clock) : p_(std::make_unique<Parts>()) {
    security::InitSodium();
    web::LoadCatalogs();
    web::LoadStaticAssets();
    auto& p = *p_;
    p.config = std::move(config);
    if (p.config.base_url.empty()) p.config.base_url = "http://" + p.config.host + ":" + std::to_string(p.config.port);
    if (clock)
        p.clock = std::move(clock);
    else if (p.config.clock_offset != 0)
        p.clock = std::make_shared<domain::ShiftedClock>(p.config.clock_offset);
    else
        p.clock = std::make_shared<domain::SystemClock>();
    std::filesystem::create_directories(p.config.data_dir);
    p.db = storage::OpenDb(p.config.DbUrl());
    storage::RequireCurrentSchema(*p.db);

    p.listings =
        std::make_unique<storage::PublicListings>(*p.db, BuiltinSynonyms(), *p.clock, p.config.item_cache_mib << 20);
    auto* items = &p.listings->published;
    p.vacancy_repo = std::make_unique<storage::SqlPublicationRepository<domain::VacancyKind>>(
        *p.db, p.publications, p.listings->vacancy_rows, items);
    p.resume_repo = std::make_unique<storage::SqlPublicationRepository<domain::ResumeKind>>(
        *p.db, p.publications, p.listings->resume_rows, items);
    p.service_repo = std::make_unique<storage::SqlPublicationRepository<domain::ServiceAdKind>>(
        *p.db, p.publications, p.listings->service_rows, items);
    p.moderation = std::make_unique<storage::SqlModerationQueries>(*p.db);
    p.audit = std::make_unique<storage::SqlAuditLog>(*p.db);
    p.dashboard = std::make_unique<storage::SqlDashboard>(*p.db);
    p.account_repo = std::make_unique<storage::SqlAccountRepository>(*p.db);
    p.sessions = std::make_unique<storage::SqlSessionStore>(*p.db);
    p.limiter = std::make_unique<storage::SqlRateLimiter>(*p.db);
    p.account_tokens = std::make_unique<storage::SqlAccountTokens>(*p.db);
    p.account_requests = std::make_unique<storage::SqlAccountRequests>(*p.db);
    p.owner_queries = std::make_unique<storage::SqlOwnerQueries>(*p.db);
    p.unowned = std::make_unique<storage::SqlUnownedPublications>(*p.db);
    p.earlier_publications = std::make_unique<domain::EarlierPublications>(*p.unowned);
    p.hasher = std::make_unique<security::Argon2PasswordHasher>(2);
    p.signer = std::make_unique<security::SodiumSigner>(
        storage::LoadOrCreateSecret(*p.db, "signing_key", security::RandomToken()));
    p.mail_queue = std::make_unique<storage::SqlMailQueue>(*p.db, *p.clock);
    p.mail_cap = std::make_unique<domain::MailCap>(
        *p.mail_queue, *p.limiter, *p.signer, *p.clock, p.config.limits.mail_per_address_per_hour,
        [cap = p.config.limits.mail_per_address_per_hour](const domain::MailMessage& m) {
            spdlog::warn("mail not queued: its address already had {} mails this hour (publication {}, account {})",
                         cap, m.publication_id, m.account_id);
        });
    p.limits = std::make_unique<domain::ActionLimits>(p.config.limits, *p.limiter, *p.signer, *p.clock);
    p.crawlers = std::make_unique<domain::CrawlerGuard>(p.config.crawlers, *p.limiter, *p.clock);
    p.mail_sink = std::make_unique<mail::FileMailSink>(p.config.data_dir + "/mail");
    p.unit_of_work = std::make_unique<storage::SqlUnitOfWork>(*p.db);
    media::InitVips();
    p.photo_store = std::make_unique<media::PhotoStore>(p.config.MediaDir());
    p.photo_files = std::make_unique<media::PipelinePhotoStore>(*p.photo_store);
    p.photo_directory = std::make_unique<media::StoredPhotoDirectory>(*p.photo_store);
    p.retention_store = std::make_unique<storage::SqlRetentionStore>(*p.db);
    p.notifier = std::make_unique<web::MailNotifier>(*p.mail_cap, p.config.base_url);
    p.screening = std::make_unique<storage::SqlScreeningQueries>(*p.db);
    p.prechecks = std::make_unique<domain::Prechecks>(BuiltinScreeningWords(), *p.screening);
    p.vacancies =
        std::make_unique<domain::VacancyService>(*p.vacancy_repo, p.tokens, *p.notifier, *p.audit, *p.photo_files,
                                                 *p.unit_of_work, *p.clock, p.prechecks.get(), p.limits.get());
    p.resumes = std::make_unique<domain::ResumeService>(*p.resume_repo, p.tokens, *p.notifier, *p.audit, *p.photo_files,
                                                        *p.unit_of_work, *p.clock, p.prechecks.get(), p.limits.get());
    p.services_ads =
        std::make_unique<domain::ServiceAdService>(*p.service_repo, p.tokens, *p.notifier, *p.audit, *p.photo_files,
                                                   *p.unit_of_work, *p.clock, p.prechecks.get(), p.limits.get());
    p.failures = std::make_unique<storage::SqlFailureLog>(*p.db);
    p.accounts = std::make_unique<domain::AccountService>(
        *p.account_repo, *p.sessions, *p.hasher, *p.limiter, p.tokens, *p.account_tokens, *p.notifier, *p.unit_of_work,
        *p.clock, domain::AccountService::SecurityPorts{p.totp, *p.failures, *p.signer, p.audit.get(), p.limits.get()});
    p.nonces = std::make_unique<storage::SqlNonceStore>(*p.db);
    p.reveal_log = std::make_unique<storage::SqlRevealLog>(*p.db);
    p.reveal = std::make_unique<domain::RevealGuard>(
        p.config.reveal, domain::RevealGuard::Ports{*p.signer, p.digest, *p.limiter, *p.nonces, *p.clock});
    p.cv_store = std::make_unique<storage::SqlCvDrafts>(*p.db);
    p.cv_drafts = std::make_unique<domain::cv::DraftService>(*p.cv_store, p.tokens, *p.clock);
    p.account_request_service =
        std::make_unique<domain::AccountRequestService>(*p.account_requests, *p.account_repo, *p.clock);
    p.kind_index = std::make_unique<storage::SqlPublicationKindIndex>(*p.db);
    p.kinds =
        std::make_unique<domain::Publications>(*p.kind_index, p.tokens, *p.vacancies, *p.resumes, *p.services_ads);
    p.account_deletion = std::make_unique<domain::AccountDeletion>(
        *p.account_request_service, *p.account_repo, *p.owner_queries, *p.kinds, *p.photo_files, *p.unit_of_work);
    p.account_directory = std::make_unique<storage::SqlAccountDirectory>(*p.db);
    p.users = std::make_unique<domain::AccountAdministration>(domain::AccountAdministration::Ports{
        .accounts = *p.account_repo,
        .directory = *p.account_directory,
        .sessions = *p.sessions,
        .account_tokens = *p.account_tokens,
        .tokens = p.tokens,
        .requests = *p.account_requests,
        .owners = *p.owner_queries,
        .kinds = *p.kinds,
        .deletion = *p.account_deletion,
        .notifier = *p.notifier,
        .audit = *p.audit,
        .unit = *p.unit_of_work,
        .clock = *p.clock,
    });
    p.document_store = std::make_unique<storage::SqlDocumentStore>(*p.db);
    p.documents = std::make_unique<domain::SiteDocumentService>(domain::SiteDocumentService::Ports{
        .store = *p.document_store,
        .audit = *p.audit,
        .unit = *p.unit_of_work,
        .clock = *p.clock,
        .translate =
            [](const char* msgid, std::string_view lang) {
                return std::string(web::Tr(web::ParseLang(lang).value_or(web::Lang::Az))(msgid));
            },
    });
    p.cache = std::make_unique<web::PageCache>(p.config.page_cache_mib << 20, 60 * domain::kSecond);
    storage::Db* db = p.db.get();
    storage::SqlPublicationCore* core = &p.publications;
    p.services.reset(new web::Services{
        .vacancies = *p.vacancies,
        .vacancy_listings = p.listings->vacancies,
        .resumes = *p.resumes,
        .resume_listings = p.listings->resumes,
        .services = *p.services_ads,
        .service_listings = p.listings->services,
        .kinds = *p.kinds,
        .moderation = *p.moderation,
        .accounts = *p.accounts,
        .account_requests = *p.account_request_service,
        .account_deletion = *p.account_deletion,
        .users = *p.users,
        .audit = *p.audit,
        .dashboard = *p.dashboard,
        .documents = *p.documents,
        .owners = *p.owner_queries,
        .earlier_publications = *p.earlier_publications,
        .cv_drafts = *p.cv_drafts,
        .portraits = p.portraits,
        .cv_printer = p.cv_printer,
        .reveal = *p.reveal,
        .reveal_log = *p.reveal_log,
        .crawlers = *p.crawlers,
        .limits = *p.limits,
        .signer = *p.signer,
        .clock = *p.clock,
        .cache = *p.cache,
        .limiter = *p.limiter,
        .base_url = p.config.base_url,
        .retention = p.config.retention,
        .photo_store = *p.photo_store,
        .photos = *p.photo_files,
        .photo_is_public = [db, core](const std::string& stem) { return core->IsPublicPhoto(*db, stem); },
        .count_view = [core](std::int64_t id) { core->CountView(id); },
        .deliver_mail = [parts = &p] { DeliverMail(*parts, false); },
        .secure_cookies = p.config.secure_cookies,
        .trust_proxy = p.config.trust_proxy,
        .ready = {},
    });
    p.services->ready = [db] {
        db->Read([](storage::Conn& c) { c.QueryOne("SELECT 1"); });
        return true;
    };
    // The lists in memory follow the change feed: at once after this node's commits, within a tick (Start) after
    // another node's; cached pages are dropped whenever what is public changed. They are loaded by Start: a command
    // that only purges or administers never needs them. An edited document (the rules, the privacy policy) is an
    // entry in the same feed: its copy in memory is forgotten before the pages that show it.
    p.listings->sync.on_change = [cache = p.cache.get(), documents = p.documents.get()] {
        documents->Forget();
        cache->Invalidate();
    };
    p.router = std::make_unique<web::Router>(*p.services);
    p.purge = std::make_unique<domain::PurgeJob>(
        domain::PurgeJob::Ports{
            .store = *p.retention_store,
            .photos = *p.photo_directory,
            .mail = *p.mail_sink,
            .notifier = *p.notifier,
            .unit = *p.unit_of_work,
            .delete_publication =
                [kinds = p.kinds.get()](const std::string& kind, std::int64_t id) {
                    constexpr std::int64_t kSystem = 0;  // the audit log's actor for automatic deletions
                    kinds->Visit(kind,
                                 [&]<typename Kind>(domain::PublicationService<Kind>& s) { s.Delete(kSystem, id); });
                },
            .clock = *p.clock,
        },
        p.config.retention);
    if (!p.config.access_log) spdlog::set_level(spdlog::level::warn);
}

Site::~Site() {
    Stop();
}

void Site::Start() {
    auto& p = *p_;
    {
        auto started = std::chrono::steady_clock::now();
        p.listings->Start();
        malloc_trim(0);  // the rows read while loading are freed: give their pages back
        auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
        auto v = p.listings->vacancies.stats(), r = p.listings->resumes.stats(), s = p.listings->services.stats();
        spdlog::warn(
            "lists loaded in {} ms: {} vacancies, {} resumes, {} services ads; {} words, {} postings, {} KiB of rows",
            ms.count(), v.items, r.items, s.items, v.words + r.words + s.words, v.postings + r.postings + s.postings,
            (v.row_bytes + r.row_bytes + s.row_bytes) >> 10);
    }
    web::http::ServerOptions o;
    o.host = p.config.host;
    o.port = p.config.port;
    o.threads = p.config.threads;
    o.header_timeout_seconds = p.config.http.header_timeout_seconds;
    o.body_timeout_seconds = p.config.http.body_timeout_seconds;
    o.min_transfer_bytes_per_second = size_t{p.config.http.min_transfer_kib_per_second} * 1024;
    o.idle_timeout_seconds = p.config.http.idle_timeout_seconds;
    o.max_connections = p.config.http.max_connections;
    // Behind the proxy every connection comes from its address: the per-address cap is nginx's (limit_conn).
    o.per_ip_connections = p.config.trust_proxy ? 0 : p.config.http.max_connections_per_ip;
    web::Router* router = p.router.get();
    o.body_limit = [router](web::http::Request& r) { return router->Prepare(r); };
    p.server = std::make_unique<web::http::Server>(o, [router](web::http::Request& r) { return router->Handle(r); });
    p.server->Start();
    p.stopping = false;
    // Background: every 200 ms, follow the changes other nodes made public; every 5 s, write the counted views.
    p.ticker = std::thread([this] {
        auto& p = *p_;
        std::unique_lock lock(p.ticker_mu);
        int ticks = 0;
        while (!p.stopping) {
            p.ticker_cv.wait_for(lock, std::chrono::milliseconds(200));
            lock.unlock();
            try {
                p.listings->sync.Poll();
                if (++ticks % 25 == 0) p.publications.FlushViews(*p.db);
                if (ticks % 5 == 2 && p.db->ErasurePending()) p.db->EraseDeleted();  // after a deletion
                if (ticks % 25 == 10) DeliverMail(p, true);  // retries, and mail queued by other nodes
                if (ticks % 18000 == 300) Purge();           // a minute after start, then hourly
                if (ticks % 300 == 150) p.cv_store->RemoveExpired(p.clock->Now());  // CV Maker drafts, each minute
            } catch (const std::exception& e) {
                spdlog::error("background work failed: {}", e.what());
            }
            lock.lock();
        }
    });
}

void Site::Stop() {
    auto& p = *p_;
    if (p.server) {
        p.server->Stop();
        p.server.reset();
    }
    if (p.ticker.joinable()) {
        {
            std::lock_guard g(p.ticker_mu);
            p.stopping = true;
        }
        p.ticker_cv.notify_all();
        p.ticker.join();
    }
    if (p.db) p.publications.FlushViews(*p.db);
}

domain::PurgeReport Site::Purge(bool dry_run) {
    auto report = p_->purge->Run(dry_run);
    if (dry_run) return report;
    p_->listings->changes.Prune(kListingChangesKept);
    if (report.ran && report.Changed()) spdlog::warn("retention: {}", report.Summary());
    if (report.warned > 0) DeliverMail(*p_, false);  // the warnings it queued
    return report;
}

std::uint16_t Site::port() const {
    return p_->server ? p_->server->port() : 0;
}
storage::Db& Site::db() {
    return *p_->db;
}
domain::VacancyService& Site::vacancies() {
    return *p_->vacancies;
}
domain::ResumeService& Site::resumes() {
    return *p_->resumes;
}
domain::ServiceAdService& Site::services() {
    return *p_->services_ads;
}
domain::AccountService& Site::accounts() {
    return *p_->accounts;
}
web::PageCache& Site::page_cache() {
    return *p_->cache;
}
const Config& Site::config() const {
    return p_->config;
}

}  // namespace ejob::app
