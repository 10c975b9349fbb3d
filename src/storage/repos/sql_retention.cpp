#include "storage/repos/sql_retention.hpp"

#include <nlohmann/json.hpp>

namespace ejob::storage {
namespace d = ejob::domain;

namespace {
constexpr const char* kDue =
    "SELECT id, kind FROM publications WHERE (status = 'published' AND published_at < ?) "
    "OR (status = 'stopped' AND stopped_at < ?) ORDER BY id";
// Only versions that have photos, in batches: the contents of a large site do not fit in memory at once.
constexpr const char* kContents =
    "SELECT id, content FROM publication_versions WHERE id > ? AND content LIKE ? ORDER BY id LIMIT 500";
constexpr std::int64_t kLockKey = 727001;  // any constant shared by every node
std::mutex g_sqlite_purge;
}  // namespace

std::vector<d::DuePublication> SqlRetentionStore::Due(const d::RetentionPolicy& policy, d::Millis now) {
    return db_.ReadValue([&](Conn& c) {
        std::vector<d::DuePublication> out;
        for (const auto& r : c.Query(kDue, {now - policy.published_for, now - policy.stopped_for}))
            out.push_back({r.Int(0), r.Text(1)});
        return out;
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
