#include "storage/migrate_data.hpp"

#include "storage/migrate.hpp"

namespace ejob::storage {
namespace {

// In dependency order. Runtime-only state (site_state's counters) is not copied.
const char* const kTables[] = {
    "site_secrets",    "accounts",         "sessions",       "account_tokens",        "account_requests",
    "rate_limits",     "publications",     "manage_tokens",  "publication_versions",  "vacancy_listings",
    "resume_listings", "service_listings", "public_photos",  "search_index",          "audit_log",
    "mail_outbox",     "recovery_codes",   "retention_runs", "site_document_versions"};
// Tables whose id comes from an identity sequence in PostgreSQL.
const char* const kIdentityTables[] = {"accounts",  "account_requests", "publications",  "publication_versions",
                                       "audit_log", "mail_outbox",      "retention_runs"};
constexpr std::int64_t kBatch = 2000;

// The order the rows are read in, batch after batch: a key, so that no row is skipped or read twice.
std::string OrderOf(const std::string& table, const std::vector<std::string>& columns) {
    if (table == "site_document_versions") return "document, lang, version";
    return columns.front();
}

std::vector<std::string> Columns(Db& db, const std::string& table) {
    std::vector<std::string> out;
    db.Read([&](Conn& c) {
        if (db.dialect() == Dialect::Sqlite) {
            for (const auto& r : c.Query("SELECT name FROM pragma_table_info(?) ORDER BY cid", {table}))
                out.push_back(r.Text(0));
        } else {
            for (const auto& r : c.Query("SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                                         "AND is_generated = 'NEVER' ORDER BY ordinal_position",
                                         {table}))
                out.push_back(r.Text(0));
        }
    });
    return out;
}

std::int64_t Count(Db& db, const std::string& table) {
    return db.ReadValue([&](Conn& c) { return c.QueryOne("SELECT COUNT(*) FROM " + table)->Int(0); });
}

}  // namespace

std::vector<CopiedTable> CopySite(Db& from, Db& to) {
    RequireCurrentSchema(from);
    Migrate(to);
    if (Count(to, "publications") + Count(to, "accounts") > 0)
        throw DbError("the target database already holds a site; copy into an empty database");
    std::vector<CopiedTable> out;
    for (const std::string table : kTables) {
        auto columns = Columns(from, table);
        std::string list, marks;
        for (const auto& col : columns) {
            list += (list.empty() ? "" : ", ") + col;
            marks += marks.empty() ? "?" : ", ?";
        }
        const std::string select =
            "SELECT " + list + " FROM " + table + " ORDER BY " + OrderOf(table, columns) + " LIMIT ? OFFSET ?";
        const std::string insert = "INSERT INTO " + table + " (" + list + ") VALUES (" + marks + ")";
        std::int64_t copied = 0;
        for (std::int64_t offset = 0;; offset += kBatch) {
            auto rows = from.ReadValue([&](Conn& c) { return c.Query(select, {kBatch, offset}); });
            if (rows.empty()) break;
            to.Write([&](Conn& c) {
                for (const auto& r : rows) {
                    std::vector<Value> values;
                    for (size_t i = 0; i < r.size(); ++i) values.push_back(r.Get(i));
                    c.Exec(insert, values);
                }
            });
            copied += static_cast<std::int64_t>(rows.size());
        }
        std::int64_t source = Count(from, table), target = Count(to, table);
        if (source != target || target != copied)
            throw DbError("row counts differ for " + table + ": " + std::to_string(source) + " in the source, " +
                          std::to_string(target) + " in the target");
        out.push_back({table, target});
    }
    // The documents' rows are made by the migration; their revisions (how often each was saved) come along.
    for (const auto& r : from.ReadValue([](Conn& c) { return c.Query("SELECT name, revision FROM site_documents"); }))
        to.Write([&](Conn& c) {
            c.Exec("UPDATE site_documents SET revision = ? WHERE name = ?", {r.Int(1), r.Text(0)});
        });
    if (to.dialect() == Dialect::Postgres) {
        to.Write([&](Conn& c) {
            for (const std::string table : kIdentityTables)
                c.QueryOne("SELECT setval(pg_get_serial_sequence('" + table +
                           "', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM " + table + "), false)");
        });
    }
    return out;
}

}  // namespace ejob::storage
