#include "storage/migrate.hpp"

#include <algorithm>
#include <chrono>
#include <string_view>

#include "embedded/embedded.hpp"

namespace ejob::storage {

std::vector<Migration> KnownMigrations(Dialect d) {
    std::vector<Migration> out;
    const std::string_view other = d == Dialect::Sqlite ? ".postgres.sql" : ".sqlite.sql";
    for (const auto& f : embedded::MigrationFiles()) {
        std::string_view name = f.name;
        if (name.size() >= other.size() && name.substr(name.size() - other.size()) == other) continue;
        Migration m;
        m.version = std::stoi(std::string(name.substr(0, 4)));
        m.name = std::string(name);
        m.sql = std::string(f.data);
        out.push_back(std::move(m));
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.version < b.version; });
    return out;
}

namespace {
int CurrentVersion(Conn& c) {
    c.ExecScript(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
        "applied_at BIGINT NOT NULL)");
    auto row = c.QueryOne("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
    return row ? static_cast<int>(row->Int(0)) : 0;
}
}  // namespace

int Migrate(Db& db) {
    auto known = KnownMigrations(db.dialect());
    int latest = known.empty() ? 0 : known.back().version;
    int ran = 0;
    for (const auto& m : known) {
        bool applied = false;
        db.Write([&](Conn& c) {
            int current = CurrentVersion(c);
            if (current > latest)
                throw DbError("the database schema (version " + std::to_string(current) +
                              ") is newer than this program knows (" + std::to_string(latest) + ")");
            if (current >= m.version) return;
            c.ExecScript(m.sql);
            auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                           std::chrono::system_clock::now().time_since_epoch())
                           .count();
            c.Exec("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                   {std::int64_t{m.version}, m.name, std::int64_t{now}});
            applied = true;
        });
        ran += applied;
    }
    if (known.empty()) db.Write([&](Conn& c) { CurrentVersion(c); });
    return ran;
}

void RequireCurrentSchema(Db& db) {
    auto known = KnownMigrations(db.dialect());
    int latest = known.empty() ? 0 : known.back().version;
    int current = 0;
    db.Write([&](Conn& c) { current = CurrentVersion(c); });
    if (current > latest)
        throw DbError("the database schema (version " + std::to_string(current) + ") is newer than this program (" +
                      std::to_string(latest) + "); upgrade the program");
    if (current < latest)
        throw DbError("the database needs migrating (at version " + std::to_string(current) + " of " +
                      std::to_string(latest) + "); run: ejob migrate");
}

}  // namespace ejob::storage
