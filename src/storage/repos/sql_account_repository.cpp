#include "storage/repos/sql_account_repository.hpp"

namespace ejob::storage {
namespace d = ejob::domain;

namespace {
constexpr const char* kInsertAccount =
    "INSERT INTO accounts (email, password_hash, role, created_at, confirmed_at, lang) VALUES (?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (email) DO NOTHING RETURNING id";
constexpr const char* kAccountColumns =
    "SELECT id, email, password_hash, role, created_at, confirmed_at, lang, totp_secret, blocked_at FROM accounts";
constexpr const char* kMarkConfirmed = "UPDATE accounts SET confirmed_at = COALESCE(confirmed_at, ?) WHERE id = ?";
// The new address is not confirmed until its owner opens a link sent to it; links sent to the old one stop working.
constexpr const char* kChangeEmail =
    "UPDATE accounts SET email = ?, confirmed_at = CASE WHEN role <> 'user' THEN confirmed_at END WHERE id = ?";
constexpr const char* kDropOpenTokens = "DELETE FROM account_tokens WHERE account_id = ? AND used_at IS NULL";
// lower() on both sides: the same folding in each backend, and the partial index publications_unowned_email.
constexpr const char* kUnownedWithEmail =
    "SELECT p.id, p.kind, p.status, p.created_at, p.owner_email, "
    "(SELECT title FROM publication_versions WHERE publication_id = p.id ORDER BY id DESC LIMIT 1) "
    "FROM publications p WHERE lower(p.owner_email) = lower(CAST(? AS TEXT)) AND p.owner_account_id IS NULL "
    "ORDER BY p.created_at DESC, p.id DESC LIMIT ?";
constexpr const char* kAttachUnowned =
    "UPDATE publications SET owner_account_id = ? "
    "WHERE id = ? AND owner_account_id IS NULL AND lower(owner_email) = lower(CAST(? AS TEXT))";
constexpr const char* kDeleteSessionsOf = "DELETE FROM sessions WHERE account_id = ?";
constexpr const char* kInsertToken =
    "INSERT INTO account_tokens (hash, account_id, purpose, expires_at) VALUES (?, ?, ?, ?)";
constexpr const char* kFindToken =
    "SELECT account_id FROM account_tokens WHERE hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > ?";
constexpr const char* kConsumeToken =
    "UPDATE account_tokens SET used_at = ? WHERE hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > ? "
    "RETURNING account_id";
constexpr const char* kInsertRequest =
    "INSERT INTO account_requests (account_id, kind, new_email, status, created_at) VALUES (?, ?, ?, 'pending', ?) "
    "RETURNING id";
constexpr const char* kRequestColumns =
    "SELECT r.id, r.account_id, a.email, r.kind, r.new_email, r.status, r.created_at, r.handled_at "
    "FROM account_requests r JOIN accounts a ON a.id = r.account_id";
constexpr const char* kSetRequestStatus = "UPDATE account_requests SET status = ?, handled_at = ? WHERE id = ?";

domain::Account ReadAccount(const Row& r) {
    domain::Account a;
    a.id = r.Int(0);
    a.email = r.Text(1);
    a.password_hash = r.Text(2);
    a.role = r.Text(3);
    a.created_at = r.Int(4);
    a.confirmed_at = r.OptInt(5);
    a.lang = r.Text(6);
    if (!r.IsNull(7)) a.totp_secret = r.Text(7);
    a.blocked_at = r.OptInt(8);
    return a;
}

domain::AccountRequest ReadRequest(const Row& r) {
    return {r.Int(0), r.Int(1), r.Text(2), r.Text(3), r.Text(4), r.Text(5), r.Int(6), r.OptInt(7)};
}
constexpr const char* kUpdateHash = "UPDATE accounts SET password_hash = ? WHERE id = ?";
constexpr const char* kInsertSession =
    "INSERT INTO sessions (id_hash, account_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)";
// A blocked account has no session (the block deletes them; this also holds for one started meanwhile).
constexpr const char* kFindSession =
    "SELECT s.account_id, a.email, a.role, s.created_at, s.last_seen_at, a.confirmed_at IS NOT NULL, "
    "a.totp_secret IS NOT NULL FROM sessions s "
    "JOIN accounts a ON a.id = s.account_id WHERE s.id_hash = ? AND a.blocked_at IS NULL";
constexpr const char* kTouchSession = "UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?";
constexpr const char* kDeleteSession = "DELETE FROM sessions WHERE id_hash = ?";
constexpr const char* kHit =
    "INSERT INTO rate_limits (key, window_start, hits, expires_at) VALUES (?, ?, 1, ?) "
    "ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at, "
    "hits = CASE WHEN rate_limits.window_start <= ? THEN 1 ELSE rate_limits.hits + 1 END, "
    "window_start = CASE WHEN rate_limits.window_start <= ? THEN excluded.window_start ELSE rate_limits.window_start "
    "END RETURNING hits";
constexpr const char* kResetLimit = "DELETE FROM rate_limits WHERE key = ?";
constexpr const char* kHits = "SELECT hits FROM rate_limits WHERE key = ? AND window_start = ?";
constexpr const char* kFindSecret = "SELECT value FROM site_secrets WHERE name = ?";
constexpr const char* kInsertSecret =
    "INSERT INTO site_secrets (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING";
}  // namespace

// An email already taken is "no id", not an error: inside a larger transaction a failed statement would abort it
// on PostgreSQL.
std::optional<std::int64_t> SqlAccountRepository::Create(const d::Account& a) {
    return db_.WriteValue([&](Conn& c) {
        auto row =
            c.QueryOne(kInsertAccount, {a.email, a.password_hash, a.role, a.created_at, V(a.confirmed_at), a.lang});
        return row ? std::optional<std::int64_t>(row->Int(0)) : std::nullopt;
    });
}

std::optional<d::Account> SqlAccountRepository::FindByEmail(std::string_view email) {
    std::optional<d::Account> out;
    db_.Read([&](Conn& c) {
        if (auto r = c.QueryOne(std::string(kAccountColumns) + " WHERE email = ?", {std::string(email)}))
            out = ReadAccount(*r);
    });
    return out;
}

std::optional<d::Account> SqlAccountRepository::FindById(std::int64_t id) {
    std::optional<d::Account> out;
    db_.Read([&](Conn& c) {
        if (auto r = c.QueryOne(std::string(kAccountColumns) + " WHERE id = ?", {id})) out = ReadAccount(*r);
    });
    return out;
}

void SqlAccountRepository::MarkConfirmed(std::int64_t id, d::Millis at) {
    db_.Write([&](Conn& c) { c.Exec(kMarkConfirmed, {at, id}); });
}

bool SqlAccountRepository::ChangeEmail(std::int64_t id, std::string_view email) {
    // Under a savepoint: when another account took the address meanwhile, only this statement is undone and the
    // caller's transaction goes on (PostgreSQL would otherwise refuse every later statement of it).
    bool changed = false;
    db_.Write([&](Conn& c) {
        c.Exec("SAVEPOINT change_email");
        try {
            c.Exec(kChangeEmail, {std::string(email), id});
        } catch (const ConstraintError&) {
            c.Exec("ROLLBACK TO SAVEPOINT change_email");
            c.Exec("RELEASE SAVEPOINT change_email");
            changed = false;
            return;
        }
        c.Exec("RELEASE SAVEPOINT change_email");
        c.Exec(kDropOpenTokens, {id});
        changed = true;
    });
    return changed;
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
            out = d::Session{r->Int(0), r->Text(1), r->Text(2), r->Int(3), r->Int(4), r->Int(5) != 0, r->Int(6) != 0};
    });
    return out;
}

void SqlSessionStore::Touch(std::string_view id_hash, d::Millis now) {
    db_.Write([&](Conn& c) { c.Exec(kTouchSession, {now, std::string(id_hash)}); });
}

void SqlSessionStore::Delete(std::string_view id_hash) {
    db_.Write([&](Conn& c) { c.Exec(kDeleteSession, {std::string(id_hash)}); });
}

bool SqlAccountRepository::Hold(std::int64_t id) {
    // PostgreSQL: a row lock that a new publication's foreign key (FOR KEY SHARE) waits for; SQLite: the write
    // transaction is the only one.
    constexpr const char* kHold = "SELECT id FROM accounts WHERE id = ?";
    static const std::string kHoldForUpdate = std::string(kHold) + " FOR UPDATE";
    return db_.ReadValue([&](Conn& c) {
        return c.QueryOne(db_.dialect() == Dialect::Postgres ? kHoldForUpdate : std::string(kHold), {id}).has_value();
    });
}

void SqlAccountRepository::Delete(std::int64_t id) {
    db_.Write([&](Conn& c) {
        c.Exec("DELETE FROM mail_outbox WHERE account_id = ?", {id});  // not yet delivered: never will be
        c.Exec("DELETE FROM accounts WHERE id = ?", {id});
    });
    db_.MarkErasure();
}

void SqlAccountRepository::SetRole(std::int64_t id, std::string_view role) {
    db_.Write([&](Conn& c) { c.Exec("UPDATE accounts SET role = ? WHERE id = ?", {std::string(role), id}); });
}

void SqlAccountRepository::SetTotpSecret(std::int64_t id, std::string_view secret) {
    db_.Write([&](Conn& c) {
        c.Exec("UPDATE accounts SET totp_secret = ?, totp_last_step = NULL WHERE id = ?", {std::string(secret), id});
    });
}

bool SqlAccountRepository::UseTotpStep(std::int64_t id, std::int64_t step) {
    return db_.WriteValue([&](Conn& c) {
        return c.Exec(
                   "UPDATE accounts SET totp_last_step = ? WHERE id = ? AND (totp_last_step IS NULL OR "
                   "totp_last_step < ?)",
                   {step, id, step}) == 1;
    });
}

void SqlAccountRepository::ReplaceRecoveryCodes(std::int64_t id, const std::vector<std::string>& hashes) {
    db_.Write([&](Conn& c) {
        c.Exec("DELETE FROM recovery_codes WHERE account_id = ?", {id});
        for (const auto& h : hashes) c.Exec("INSERT INTO recovery_codes (hash, account_id) VALUES (?, ?)", {h, id});
    });
}

bool SqlAccountRepository::UseRecoveryCode(std::int64_t id, std::string_view hash, d::Millis now) {
    return db_.WriteValue([&](Conn& c) {
        return c.Exec("UPDATE recovery_codes SET used_at = ? WHERE hash = ? AND account_id = ? AND used_at IS NULL",
                      {now, std::string(hash), id}) == 1;
    });
}

d::FailureLog::Failures SqlFailureLog::Find(std::string_view key) {
    return db_.ReadValue([&](Conn& c) {
        auto r = c.QueryOne("SELECT failures, last_failure_at FROM signin_failures WHERE key = ?", {std::string(key)});
        return r ? Failures{static_cast<int>(r->Int(0)), r->Int(1)} : Failures{};
    });
}

void SqlFailureLog::Add(std::string_view key, d::Millis now, d::Millis forget_after) {
    db_.Write([&](Conn& c) {
        c.Exec(
            "INSERT INTO signin_failures (key, failures, last_failure_at) VALUES (?, 1, ?) ON CONFLICT (key) DO "
            "UPDATE SET failures = CASE WHEN signin_failures.last_failure_at <= ? THEN 1 ELSE "
            "signin_failures.failures + 1 END, last_failure_at = excluded.last_failure_at",
            {std::string(key), now, now - forget_after});
    });
}

void SqlFailureLog::Clear(std::string_view key) {
    db_.Write([&](Conn& c) { c.Exec("DELETE FROM signin_failures WHERE key = ?", {std::string(key)}); });
}

std::vector<d::Account> SqlAccountRepository::Staff() {
    std::vector<d::Account> out;
    db_.Read([&](Conn& c) {
        for (const auto& r : c.Query(std::string(kAccountColumns) + " WHERE role <> 'user' ORDER BY email"))
            out.push_back(ReadAccount(r));
    });
    return out;
}

void SqlSessionStore::DeleteAllOf(std::int64_t account_id) {
    db_.Write([&](Conn& c) { c.Exec(kDeleteSessionsOf, {account_id}); });
}

void SqlAccountTokens::Create(std::string_view hash, std::int64_t account_id, std::string_view purpose,
                              d::Millis expires_at) {
    db_.Write([&](Conn& c) {
        c.Exec(kInsertToken, {std::string(hash), account_id, std::string(purpose), expires_at});
    });
}

std::optional<std::int64_t> SqlAccountTokens::Find(std::string_view hash, std::string_view purpose, d::Millis now) {
    return db_.ReadValue([&](Conn& c) -> std::optional<std::int64_t> {
        auto r = c.QueryOne(kFindToken, {std::string(hash), std::string(purpose), now});
        return r ? std::optional<std::int64_t>(r->Int(0)) : std::nullopt;
    });
}

std::optional<std::int64_t> SqlAccountTokens::Consume(std::string_view hash, std::string_view purpose, d::Millis now) {
    return db_.WriteValue([&](Conn& c) -> std::optional<std::int64_t> {
        auto r = c.QueryOne(kConsumeToken, {now, std::string(hash), std::string(purpose), now});
        return r ? std::optional<std::int64_t>(r->Int(0)) : std::nullopt;
    });
}

std::int64_t SqlAccountRequests::Create(const d::AccountRequest& r) {
    return db_.WriteValue([&](Conn& c) {
        return c.QueryOne(kInsertRequest, {r.account_id, r.kind, r.new_email, r.created_at})->Int(0);
    });
}

std::vector<d::AccountRequest> SqlAccountRequests::OfAccount(std::int64_t account_id) {
    return db_.ReadValue([&](Conn& c) {
        std::vector<d::AccountRequest> out;
        for (const auto& r :
             c.Query(std::string(kRequestColumns) + " WHERE r.account_id = ? ORDER BY r.id DESC", {account_id}))
            out.push_back(ReadRequest(r));
        return out;
    });
}

std::vector<d::AccountRequest> SqlAccountRequests::Pending(int limit) {
    return db_.ReadValue([&](Conn& c) {
        std::vector<d::AccountRequest> out;
        for (const auto& r :
             c.Query(std::string(kRequestColumns) + " WHERE r.status = 'pending' ORDER BY r.created_at, r.id LIMIT ?",
                     {std::int64_t{limit}}))
            out.push_back(ReadRequest(r));
        return out;
    });
}

namespace {
constexpr const char* kCountPendingRequests = "SELECT COUNT(*) FROM account_requests WHERE status = 'pending'";
}  // namespace

std::int64_t SqlAccountRequests::CountPending() {
    return db_.ReadValue([&](Conn& c) { return c.QueryOne(kCountPendingRequests, {})->Int(0); });
}

std::optional<d::AccountRequest> SqlAccountRequests::Find(std::int64_t id) {
    return db_.ReadValue([&](Conn& c) -> std::optional<d::AccountRequest> {
        auto r = c.QueryOne(std::string(kRequestColumns) + " WHERE r.id = ?", {id});
        return r ? std::optional<d::AccountRequest>(ReadRequest(*r)) : std::nullopt;
    });
}

void SqlAccountRequests::SetStatus(std::int64_t id, std::string_view status, d::Millis at) {
    db_.Write([&](Conn& c) { c.Exec(kSetRequestStatus, {std::string(status), at, id}); });
}

bool SqlRateLimiter::Allow(std::string_view key, int limit, d::Millis window, d::Millis now) {
    std::int64_t window_start = now - now % window;
    std::int64_t hits = db_.WriteValue([&](Conn& c) {
        return c.QueryOne(kHit, {std::string(key), window_start, window_start + window, now - window, now - window})
            ->Int(0);
    });
    return hits <= limit;
}

int SqlRateLimiter::Hits(std::string_view key, d::Millis window, d::Millis now) {
    auto row = db_.ReadValue([&](Conn& c) { return c.QueryOne(kHits, {std::string(key), now - now % window}); });
    return row ? static_cast<int>(row->Int(0)) : 0;
}

void SqlRateLimiter::Reset(std::string_view key) {
    db_.Write([&](Conn& c) { c.Exec(kResetLimit, {std::string(key)}); });
}

std::vector<d::UnownedPublication> SqlUnownedPublications::WithEmail(std::string_view email, int limit) {
    return db_.ReadValue([&](Conn& c) {
        std::vector<d::UnownedPublication> out;
        for (const auto& r : c.Query(kUnownedWithEmail, {std::string(email), std::int64_t{limit}})) {
            d::UnownedPublication u;
            u.item.id = r.Int(0);
            u.item.kind = r.Text(1);
            u.item.status = d::ParsePublicationStatus(r.Text(2)).value_or(d::PublicationStatus::Pending);
            u.item.created_at = r.Int(3);
            u.owner_email = r.Text(4);
            u.item.title = r.Text(5);
            out.push_back(std::move(u));
        }
        return out;
    });
}

namespace {
struct NotAttachable {};
}  // namespace

bool SqlUnownedPublications::Attach(const std::vector<std::int64_t>& ids, std::int64_t account_id,
                                    std::string_view email) {
    try {
        db_.Write([&](Conn& c) {
            for (std::int64_t id : ids)
                if (c.Exec(kAttachUnowned, {account_id, id, std::string(email)}) != 1) throw NotAttachable{};
        });
        return true;
    } catch (const NotAttachable&) {
        return false;  // rolled back: nothing attached
    }
}

std::string LoadOrCreateSecret(Db& db, const std::string& name, const std::string& fresh_value) {
    return db.WriteValue([&](Conn& c) {
        c.Exec(kInsertSecret, {name, fresh_value});
        return c.QueryOne(kFindSecret, {name})->Text(0);
    });
}

}  // namespace ejob::storage
