#include "storage/sqlite/sqlite_db.hpp"

#include "storage/connection_pool.hpp"

#include <sqlite3.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <unordered_map>

namespace ejob::storage {
namespace {

class SqliteConn final : public Conn {
  public:
    SqliteConn(const std::string& path, bool bulk_load) {
        int rc = sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                                 nullptr);
        if (rc != SQLITE_OK) {
            std::string msg = db_ ? sqlite3_errmsg(db_) : "out of memory";
            sqlite3_close(db_);
            throw DbError("cannot open " + path + ": " + msg);
        }
        sqlite3_busy_timeout(db_, 5000);
        sqlite3_extended_result_codes(db_, 1);
        ExecScript(
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA secure_delete=ON;"
            "PRAGMA cache_size=-2048; PRAGMA temp_store=MEMORY;");
        if (bulk_load) ExecScript("PRAGMA synchronous=OFF; PRAGMA cache_size=-64000;");
    }
    ~SqliteConn() override {
        for (auto& [sql, stmt] : cache_) sqlite3_finalize(stmt);
        sqlite3_close_v2(db_);
    }

    std::int64_t Exec(std::string_view sql, const std::vector<Value>& params) override {
        sqlite3_stmt* st = Prepare(sql, params);
        Reset reset{st};
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        }
        if (rc != SQLITE_DONE) Fail(rc);
        return sqlite3_changes64(db_);
    }

    std::vector<Row> Query(std::string_view sql, const std::vector<Value>& params) override {
        sqlite3_stmt* st = Prepare(sql, params);
        Reset reset{st};
        std::vector<Row> rows;
        int rc;
        int n = sqlite3_column_count(st);
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            std::vector<Value> cols;
            cols.reserve(n);
            for (int i = 0; i < n; ++i) {
                switch (sqlite3_column_type(st, i)) {
                    case SQLITE_NULL:
                        cols.emplace_back(nullptr);
                        break;
                    case SQLITE_INTEGER:
                        cols.emplace_back(std::int64_t{sqlite3_column_int64(st, i)});
                        break;
                    case SQLITE_FLOAT:
                        cols.emplace_back(sqlite3_column_double(st, i));
                        break;
                    default: {
                        const void* p = sqlite3_column_blob(st, i);
                        int len = sqlite3_column_bytes(st, i);
                        cols.emplace_back(std::string(p ? static_cast<const char*>(p) : "", len));
                    }
                }
            }
            rows.emplace_back(std::move(cols));
        }
        if (rc != SQLITE_DONE) Fail(rc);
        return rows;
    }

    void ExecScript(std::string_view sql) override {
        std::string s(sql);
        char* err = nullptr;
        if (sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
            std::string msg = err ? err : "unknown error";
            sqlite3_free(err);
            throw DbError("sqlite: " + msg);
        }
    }

  private:
    struct Reset {
        sqlite3_stmt* st;
        ~Reset() {
            sqlite3_reset(st);
            sqlite3_clear_bindings(st);
        }
    };

    sqlite3_stmt* Prepare(std::string_view sql, const std::vector<Value>& params) {
        detail::CountStatement();
        std::string key(sql);
        auto it = cache_.find(key);
        sqlite3_stmt* st = nullptr;
        if (it != cache_.end()) {
            st = it->second;
        } else {
            int rc = sqlite3_prepare_v3(db_, key.data(), static_cast<int>(key.size()), SQLITE_PREPARE_PERSISTENT, &st,
                                        nullptr);
            if (rc != SQLITE_OK) throw DbError(std::string("sqlite prepare: ") + sqlite3_errmsg(db_) + " in: " + key);
            cache_.emplace(std::move(key), st);
        }
        int i = 1;
        for (const auto& v : params) {
            int rc = SQLITE_OK;
            if (std::holds_alternative<std::nullptr_t>(v)) {
                rc = sqlite3_bind_null(st, i);
            } else if (auto* n = std::get_if<std::int64_t>(&v)) {
                rc = sqlite3_bind_int64(st, i, *n);
            } else if (auto* d = std::get_if<double>(&v)) {
                rc = sqlite3_bind_double(st, i, *d);
            } else {
                const auto& s = std::get<std::string>(v);
                rc = sqlite3_bind_text64(st, i, s.data(), s.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
            }
            if (rc != SQLITE_OK) Fail(rc);
            ++i;
        }
        return st;
    }

    [[noreturn]] void Fail(int rc) {
        std::string msg = std::string("sqlite: ") + sqlite3_errmsg(db_);
        if ((rc & 0xff) == SQLITE_CONSTRAINT) throw ConstraintError(msg);
        throw DbError(msg);
    }

    sqlite3* db_ = nullptr;
    std::unordered_map<std::string, sqlite3_stmt*> cache_;
};

class SqliteDb final : public Db {
  public:
    SqliteDb(std::string path, const DbOptions& o)
        : pool_(o.max_connections,
                [path = std::move(path), bulk = o.bulk_load] { return std::make_unique<SqliteConn>(path, bulk); }) {
        // Open one connection now so that a bad path fails at start-up, not on the first request.
        Lease first(pool_);
    }

    Dialect dialect() const override { return Dialect::Sqlite; }

  protected:
    void ReadOnConnection(const std::function<void(Conn&)>& f) override {
        Lease lease(pool_);
        f(*lease);
    }

    void WriteTransaction(const std::function<void(Conn&)>& f) override {
        Lease lease(pool_);
        Conn& c = *lease;
        c.ExecScript("BEGIN IMMEDIATE");
        try {
            f(c);
            c.ExecScript("COMMIT");
        } catch (...) {
            try {
                c.ExecScript("ROLLBACK");
            } catch (...) {
            }
            throw;
        }
    }

  private:
    using Lease = ConnectionPool<SqliteConn>::Lease;
    ConnectionPool<SqliteConn> pool_;
};

}  // namespace

std::unique_ptr<Db> OpenSqlite(const std::string& path, const DbOptions& options) {
    return std::make_unique<SqliteDb>(path, options);
}

}  // namespace ejob::storage
