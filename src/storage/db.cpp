#include "storage/db.hpp"

#include <atomic>
#include <chrono>
#include <thread>

#include "storage/postgres/postgres_db.hpp"
#include "storage/sqlite/sqlite_db.hpp"

namespace ejob::storage {

std::int64_t Row::Int(size_t i) const {
    const auto& v = cols_.at(i);
    if (auto* n = std::get_if<std::int64_t>(&v)) return *n;
    if (auto* d = std::get_if<double>(&v)) return static_cast<std::int64_t>(*d);
    if (auto* s = std::get_if<std::string>(&v)) return std::stoll(*s);
    return 0;
}

std::string Row::Text(size_t i) const {
    const auto& v = cols_.at(i);
    if (auto* s = std::get_if<std::string>(&v)) return *s;
    if (auto* n = std::get_if<std::int64_t>(&v)) return std::to_string(*n);
    if (auto* d = std::get_if<double>(&v)) return std::to_string(*d);
    return {};
}

namespace {
// The write transactions open on this thread, innermost last, and whether public content changed in them.
struct OpenWriteTx {
    const Db* db;
    Conn* conn;
    bool public_change;
};
thread_local std::vector<OpenWriteTx> open_writes;

Conn* OpenWrite(const Db* db) {
    for (const auto& w : open_writes)
        if (w.db == db) return w.conn;
    return nullptr;
}
}  // namespace

void Db::Read(const std::function<void(Conn&)>& f) {
    if (Conn* c = OpenWrite(this)) return f(*c);
    ReadOnConnection(f);
}

void Db::Write(const std::function<void(Conn&)>& f) {
    if (Conn* c = OpenWrite(this)) return f(*c);
    bool public_change = false;
    WriteTransaction([&](Conn& c) {
        open_writes.push_back({this, &c, false});
        struct Close {
            bool& changed;
            ~Close() {
                changed = open_writes.back().public_change;  // of the attempt that committed, when it did
                open_writes.pop_back();
            }
        } close{public_change};
        f(c);
    });
    if (public_change && public_change_) public_change_();
}

namespace {
// Every table that holds what people typed, their addresses or their keys.
constexpr const char* kVacuumPersonalData =
    "VACUUM (INDEX_CLEANUP ON) publications, publication_versions, manage_tokens, public_photos, search_index, "
    "vacancy_listings, resume_listings, service_listings, mail_outbox, audit_log, accounts, sessions, "
    "account_tokens, account_requests, recovery_codes, rate_limits, signin_failures, cv_drafts";

std::int64_t SteadyMillis() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}
constexpr std::int64_t kSettleMillis = 1000;
}  // namespace

void Db::MarkErasure() {
    erasure_marked_at_.store(SteadyMillis(), std::memory_order_relaxed);
    erasure_pending_.store(true, std::memory_order_relaxed);
}

bool Db::EraseDeleted(bool settle) {
    if (settle) {
        const std::int64_t wait = erasure_marked_at_.load(std::memory_order_relaxed) + kSettleMillis - SteadyMillis();
        if (wait > 0) std::this_thread::sleep_for(std::chrono::milliseconds(wait));
    }
    const bool settled = SteadyMillis() - erasure_marked_at_.load(std::memory_order_relaxed) >= kSettleMillis;
    if (settled) erasure_pending_.store(false, std::memory_order_relaxed);
    bool done = false;
    if (dialect() == Dialect::Postgres) {
        Read([](Conn& c) { c.ExecScript(kVacuumPersonalData); });
        done = true;
    } else {
        // TRUNCATE waits for writers (busy timeout) but not for readers still on an older snapshot: then try again.
        for (int attempt = 0; attempt < 20 && !done; ++attempt) {
            Read([&](Conn& c) { done = c.QueryOne("PRAGMA wal_checkpoint(TRUNCATE)")->Int(0) == 0; });
            if (!done) std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    }
    if (!done) erasure_pending_.store(true, std::memory_order_relaxed);
    return done && settled;
}

void MarkPublicChange(Conn& c) {
    for (auto& w : open_writes)
        if (w.conn == &c) w.public_change = true;
}

namespace {
std::atomic<std::uint64_t> statements_run{0};
}  // namespace

std::uint64_t StatementsRun() {
    return statements_run.load(std::memory_order_relaxed);
}

void detail::CountStatement() {
    statements_run.fetch_add(1, std::memory_order_relaxed);
}

std::unique_ptr<Db> OpenDb(const std::string& url, const DbOptions& options) {
    const std::string prefix = "sqlite://";
    if (url.rfind(prefix, 0) == 0) return OpenSqlite(url.substr(prefix.size()), options);
    if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0) return OpenPostgres(url, options);
    throw DbError("unsupported database URL (expected sqlite:///path or postgresql://…): " + url);
}

}  // namespace ejob::storage
