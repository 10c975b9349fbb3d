#include "storage/repos/sql_account_repository.hpp"

namespace ejob::storage {
namespace d = ejob::domain;

namespace {
constexpr const char* kInsertAccount =
    "INSERT INTO accounts (email, password_hash, role, created_at) VALUES (?, ?, ?, ?) RETURNING id";
constexpr const char* kFindAccount =
    "SELECT id, email, password_hash, role, created_at FROM accounts WHERE email = ?";
constexpr const char* kUpdateHash = "UPDATE accounts SET password_hash = ? WHERE id = ?";
constexpr const char* kInsertSession =
    "INSERT INTO sessions (id_hash, account_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)";
constexpr const char* kFindSession =
    "SELECT s.account_id, a.email, a.role, s.created_at, s.last_seen_at FROM sessions s "
    "JOIN accounts a ON a.id = s.account_id WHERE s.id_hash = ?";
constexpr const char* kTouchSession = "UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?";
constexpr const char* kDeleteSession = "DELETE FROM sessions WHERE id_hash = ?";
constexpr const char* kHit =
    "INSERT INTO rate_limits (key, window_start, hits) VALUES (?, ?, 1) "
    "ON CONFLICT (key) DO UPDATE SET "
    "hits = CASE WHEN rate_limits.window_start <= ? THEN 1 ELSE rate_limits.hits + 1 END, "
    "window_start = CASE WHEN rate_limits.window_start <= ? THEN excluded.window_start ELSE rate_limits.window_start "
    "END RETURNING hits";
constexpr const char* kResetLimit = "DELETE FROM rate_limits WHERE key = ?";
constexpr const char* kFindSecret = "SELECT value FROM site_secrets WHERE name = ?";
constexpr const char* kInsertSecret =
    "INSERT INTO site_secrets (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING";
}  // namespace

std::optional<std::int64_t> SqlAccountRepository::Create(const d::Account& a) {
    try {
        return db_.WriteValue([&](Conn& c) {
            return std::optional<std::int64_t>(
                c.QueryOne(kInsertAccount, {a.email, a.password_hash, a.role, a.created_at})->Int(0));
        });
    } catch (const ConstraintError&) {
        return std::nullopt;
    }
}

std::optional<d::Account> SqlAccountRepository::FindByEmail(std::string_view email) {
    std::optional<d::Account> out;
    db_.Read([&](Conn& c) {
        if (auto r = c.QueryOne(kFindAccount, {std::string(email)}))
            out = d::Account{r->Int(0), r->Text(1), r->Text(2), r->Text(3), r->Int(4)};
    });
    return out;
}

void SqlAccountRepository::UpdatePasswordHash(std::int64_t id, std::string_view hash) {
    db_.Write([&](Conn& c) { c.Exec(kUpdateHash, {std::string(hash), id}); });
}

void SqlSessionStore::Create(std::string_view id_hash, std::int64_t account_id, d::Millis now) {
    db_.Write([&](Conn& c) { c.Exec(kInsertSession, {std::string(id_hash), account_id, now, now}); });
}

std::optional<d::Session> SqlSessionStore::Find(std::string_view id_hash) {
    std::optional<d::Session> out;
    db_.Read([&](Conn& c) {
        if (auto r = c.QueryOne(kFindSession, {std::string(id_hash)}))
            out = d::Session{r->Int(0), r->Text(1), r->Text(2), r->Int(3), r->Int(4)};
    });
    return out;
}

void SqlSessionStore::Touch(std::string_view id_hash, d::Millis now) {
    db_.Write([&](Conn& c) { c.Exec(kTouchSession, {now, std::string(id_hash)}); });
}

void SqlSessionStore::Delete(std::string_view id_hash) {
    db_.Write([&](Conn& c) { c.Exec(kDeleteSession, {std::string(id_hash)}); });
}

bool SqlRateLimiter::Allow(std::string_view key, int limit, d::Millis window, d::Millis now) {
    std::int64_t window_start = now - now % window;
    std::int64_t hits = db_.WriteValue([&](Conn& c) {
        return c.QueryOne(kHit, {std::string(key), window_start, now - window, now - window})->Int(0);
    });
    return hits <= limit;
}

void SqlRateLimiter::Reset(std::string_view key) {
    db_.Write([&](Conn& c) { c.Exec(kResetLimit, {std::string(key)}); });
}

std::string LoadOrCreateSecret(Db& db, const std::string& name, const std::string& fresh_value) {
    return db.WriteValue([&](Conn& c) {
        c.Exec(kInsertSecret, {name, fresh_value});
        return c.QueryOne(kFindSecret, {name})->Text(0);
    });
}

}  // namespace ejob::storage
