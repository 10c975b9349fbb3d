#include "storage/repos/sql_retention.hpp"

#include "domain/antiscrape/reveal_guard.hpp"

#include <nlohmann/json.hpp>

#include "domain/accounts/account.hpp"

namespace ejob::storage {
namespace d = ejob::domain;

namespace {
// When each publication's period ends (NULL while it waits for moderation): bound with the three periods.
constexpr const char* kWithDue =
    "SELECT p.*, CASE p.status WHEN 'published' THEN p.published_at + ? WHEN 'stopped' THEN p.stopped_at + ? "
    "WHEN 'rejected' THEN p.updated_at + ? END AS due FROM publications p";
// Only versions that have photos, in batches: the contents of a large site do not fit in memory at once.
constexpr const char* kContents =
    "SELECT id, content FROM publication_versions WHERE id > ? AND content LIKE ? ORDER BY id LIMIT 500";
constexpr std::int64_t kLockKey = 727001;  // any constant shared by every node
std::mutex g_sqlite_purge;
}  // namespace

std::vector<d::DuePublication> SqlRetentionStore::Due(const d::RetentionPolicy& policy, d::Millis now) {
    const std::string sql =
        std::string("SELECT id, kind, status, due FROM (") + kWithDue + ") t WHERE due <= ? ORDER BY id";
    return db_.ReadValue([&](Conn& c) {
        std::vector<d::DuePublication> out;
        for (const auto& r : c.Query(sql, {policy.published_for, policy.stopped_for, policy.rejected_for, now}))
            out.push_back({r.Int(0), r.Text(1), r.Text(2), r.Int(3)});
        return out;
    });
}

std::vector<d::DeletionWarning> SqlRetentionStore::ToWarn(const d::RetentionPolicy& policy, d::Millis now) {
    const std::string sql =
        std::string(
            "SELECT t.id, t.kind, t.lang, COALESCE(NULLIF(t.owner_email, ''), a.email, ''), "
            "(SELECT v.title FROM publication_versions v WHERE v.publication_id = t.id ORDER BY v.id DESC "
            "LIMIT 1), t.due FROM (") +
        kWithDue +
        ") t LEFT JOIN accounts a ON a.id = t.owner_account_id WHERE t.due > ? AND t.due <= ? "
        "AND (t.deletion_warned_for IS NULL OR t.deletion_warned_for <> t.due) ORDER BY t.id";
    return db_.ReadValue([&](Conn& c) {
        std::vector<d::DeletionWarning> out;
        for (const auto& r : c.Query(
                 sql, {policy.published_for, policy.stopped_for, policy.rejected_for, now, now + policy.warn_before}))
            out.push_back({r.Int(0), r.Text(1), r.Text(2), r.Text(3), r.IsNull(4) ? "" : r.Text(4), r.Int(5)});
        return out;
    });
}

void SqlRetentionStore::MarkWarned(std::int64_t id, d::Millis due) {
    db_.Write([&](Conn& c) { c.Exec("UPDATE publications SET deletion_warned_for = ? WHERE id = ?", {due, id}); });
}

d::SweptRows SqlRetentionStore::Sweep(const d::RetentionPolicy& policy, d::Millis now, bool dry_run) {
    struct Rule {
        std::int64_t* count;
        const char* table;
        const char* where;
        std::vector<Value> params;
    };
    d::SweptRows out;
    const Rule rules[] = {
        {&out.sessions,
         "sessions",
         "last_seen_at < ? OR created_at < ?",
         {now - d::AccountService::kIdleTimeout, now - d::AccountService::kAbsoluteTimeout}},
        {&out.account_tokens, "account_tokens", "expires_at < ? OR used_at IS NOT NULL", {now}},
        {&out.rate_limits, "rate_limits", "expires_at <= ?", {now}},
        {&out.signin_failures, "signin_failures", "last_failure_at < ?", {now - policy.signin_failures_for}},
        // Never confirmed, so never used to post: an account that owns a publication stays.
        {&out.unconfirmed_accounts,
         "accounts",
         "confirmed_at IS NULL AND role = 'user' AND created_at < ? AND NOT EXISTS (SELECT 1 FROM publications p "
         "WHERE p.owner_account_id = accounts.id)",
         {now - policy.unconfirmed_accounts_for}},
        {&out.audit_entries, "audit_log", "at < ?", {now - policy.audit_for}},
        {&out.undelivered_mail, "mail_outbox", "queued_at < ?", {now - policy.mail_for}},
        {&out.cv_drafts, "cv_drafts", "expires_at <= ?", {now}},
        {&out.reveal_nonces, "reveal_nonces", "expires_at <= ?", {now}},
        {&out.reveal_counts, "reveal_counts", "day < ?", {now - d::kRevealLogDays * d::kDay}},
    };
    for (const auto& rule : rules) {
        const std::string where = std::string(" FROM ") + rule.table + " WHERE " + rule.where;
        if (dry_run)
            *rule.count =
                db_.ReadValue([&](Conn& c) { return c.QueryOne("SELECT COUNT(*)" + where, rule.params)->Int(0); });
        else
            *rule.count = db_.WriteValue([&](Conn& c) { return c.Exec("DELETE" + where, rule.params); });
    }
    if (!dry_run) {
        db_.Write(
            [&](Conn& c) { c.Exec("DELETE FROM retention_runs WHERE started_at < ?", {now - policy.audit_for}); });
        if (out.unconfirmed_accounts > 0 || out.cv_drafts > 0) db_.MarkErasure();
    }
    return out;
}

std::vector<std::int64_t> SqlRetentionStore::Existing(const char* table, const std::vector<std::int64_t>& ids) {
    const std::string sql = std::string("SELECT 1 FROM ") + table + " WHERE id = ?";
    std::vector<std::int64_t> out;
    db_.Read([&](Conn& c) {
        for (std::int64_t id : ids)
            if (c.QueryOne(sql, {id})) out.push_back(id);
    });
    return out;
}
std::vector<std::int64_t> SqlRetentionStore::ExistingPublications(const std::vector<std::int64_t>& ids) {
    return Existing("publications", ids);
}
std::vector<std::int64_t> SqlRetentionStore::ExistingAccounts(const std::vector<std::int64_t>& ids) {
    return Existing("accounts", ids);
}

void SqlRetentionStore::RecordRun(d::Millis started, d::Millis finished, const std::string& summary) {
    db_.Write([&](Conn& c) {
        c.Exec("INSERT INTO retention_runs (started_at, finished_at, report) VALUES (?, ?, ?)",
               {started, finished, summary});
    });
}

std::vector<std::string> SqlRetentionStore::ReferencedPhotos() {
    std::vector<std::string> out;
    std::int64_t after = 0;
    for (bool more = true; more;) {
        auto rows = db_.ReadValue([&](Conn& c) {
            return c.Query(kContents, {after, std::string("%\"photos\":[\"%")});
        });
        more = !rows.empty();
        for (const auto& r : rows) {
            after = r.Int(0);
            auto j = nlohmann::json::parse(r.Text(1), nullptr, false);
            if (j.is_discarded()) continue;
            if (auto it = j.find("photos"); it != j.end() && it->is_array())
                for (const auto& p : *it)
                    if (p.is_string()) out.push_back(p.get<std::string>());
        }
    }
    return out;
}

bool SqlRetentionStore::WithLock(const std::function<void()>& job) {
    if (db_.dialect() == Dialect::Sqlite) {
        std::unique_lock lock(g_sqlite_purge, std::try_to_lock);
        if (!lock) return false;
        job();
        // Keeps the planner's statistics current as the site grows (cheap when nothing changed).
        db_.Read([](Conn& c) { c.ExecScript("PRAGMA optimize"); });
        return true;
    }
    bool ran = false;
    // The advisory lock belongs to this connection's session; the job itself uses other pooled connections.
    db_.Read([&](Conn& c) {
        if (c.QueryOne("SELECT pg_try_advisory_lock(?)", {kLockKey})->Int(0) == 0) return;
        try {
            job();
        } catch (...) {
            c.QueryOne("SELECT pg_advisory_unlock(?)", {kLockKey});
            throw;
        }
        c.QueryOne("SELECT pg_advisory_unlock(?)", {kLockKey});
        ran = true;
    });
    return ran;
}

}  // namespace ejob::storage
