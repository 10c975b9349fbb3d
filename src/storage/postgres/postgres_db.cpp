#include "storage/postgres/postgres_db.hpp"

#include "storage/connection_pool.hpp"

#include <libpq-fe.h>

#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <mutex>
#include <thread>
#include <unordered_map>

namespace ejob::storage {

std::string NumberPlaceholders(std::string_view sql) {
    std::string out;
    out.reserve(sql.size() + 16);
    int n = 0;
    char quote = 0;
    for (char c : sql) {
        if (quote) {
            if (c == quote) quote = 0;
            out += c;
        } else if (c == '\'' || c == '"') {
            quote = c;
            out += c;
        } else if (c == '?') {
            out += '$' + std::to_string(++n);
        } else {
            out += c;
        }
    }
    return out;
}

namespace {

// A failure worth retrying the whole transaction for.
struct RetryableError : DbError {
    using DbError::DbError;
};

constexpr Oid kBool = 16, kInt8 = 20, kInt2 = 21, kInt4 = 23, kFloat4 = 700, kFloat8 = 701, kNumeric = 1700;

class PgConn final : public Conn {
  public:
    explicit PgConn(const std::string& url) {
        conn_ = PQconnectdb(url.c_str());
        if (PQstatus(conn_) != CONNECTION_OK) {
            std::string msg = PQerrorMessage(conn_);
            PQfinish(conn_);
            throw DbError("cannot connect to PostgreSQL: " + msg);
        }
        // Prepared statements keep PostgreSQL's default plan caching: after a few executions a statement whose
        // generic plan costs no more than a custom one (every lookup by key) is no longer planned each time.
        ExecScript("SET client_min_messages = warning; SET TIME ZONE 'UTC'");
    }
    ~PgConn() override { PQfinish(conn_); }

    bool Broken() const { return PQstatus(conn_) != CONNECTION_OK; }

    std::int64_t Exec(std::string_view sql, const std::vector<Value>& params) override {
        PGresult* r = Run(sql, params);
        const char* n = PQcmdTuples(r);
        std::int64_t changed = n && *n ? std::atoll(n) : 0;
        PQclear(r);
        return changed;
    }

    std::vector<Row> Query(std::string_view sql, const std::vector<Value>& params) override {
        PGresult* r = Run(sql, params);
        std::vector<Row> rows;
        int nrows = PQntuples(r), ncols = PQnfields(r);
        rows.reserve(nrows);
        for (int i = 0; i < nrows; ++i) {
            std::vector<Value> cols;
            cols.reserve(ncols);
            for (int j = 0; j < ncols; ++j) {
                if (PQgetisnull(r, i, j)) {
                    cols.emplace_back(nullptr);
                    continue;
                }
                const char* v = PQgetvalue(r, i, j);
                switch (PQftype(r, j)) {
                    case kBool:
                        cols.emplace_back(std::int64_t{v[0] == 't' ? 1 : 0});
                        break;
                    case kInt2:
                    case kInt4:
                    case kInt8:
                        cols.emplace_back(std::int64_t{std::atoll(v)});
                        break;
                    case kFloat4:
                    case kFloat8:
                    case kNumeric:
                        cols.emplace_back(std::atof(v));
                        break;
                    default:
                        cols.emplace_back(std::string(v, PQgetlength(r, i, j)));
                }
            }
            rows.emplace_back(std::move(cols));
        }
        PQclear(r);
        return rows;
    }

    void ExecScript(std::string_view sql) override {
        std::string s(sql);
        PGresult* r = PQexec(conn_, s.c_str());
        Check(r);
        PQclear(r);
    }

  private:
    PGresult* Run(std::string_view sql, const std::vector<Value>& params) {
        detail::CountStatement();
        std::string key(sql);
        auto it = prepared_.find(key);
        if (it == prepared_.end()) {
            std::string name = "s";
            name += std::to_string(prepared_.size() + 1);
            PGresult* r = PQprepare(conn_, name.c_str(), NumberPlaceholders(key).c_str(), 0, nullptr);
            Check(r);
            PQclear(r);
            it = prepared_.emplace(std::move(key), std::move(name)).first;
        }
        std::vector<std::string> text(params.size());
        std::vector<const char*> values(params.size());
        for (size_t i = 0; i < params.size(); ++i) {
            const auto& v = params[i];
            if (std::holds_alternative<std::nullptr_t>(v)) {
                values[i] = nullptr;
                continue;
            }
            if (auto* n = std::get_if<std::int64_t>(&v))
                text[i] = std::to_string(*n);
            else if (auto* d = std::get_if<double>(&v))
                text[i] = std::to_string(*d);
            else
                text[i] = std::get<std::string>(v);
            values[i] = text[i].c_str();
        }
        PGresult* r = PQexecPrepared(conn_, it->second.c_str(), static_cast<int>(params.size()), values.data(), nullptr,
                                     nullptr, 0);
        Check(r);
        return r;
    }

    void Check(PGresult* r) {
        ExecStatusType st = PQresultStatus(r);
        if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK || st == PGRES_EMPTY_QUERY) return;
        const char* state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
        std::string code = state ? state : "";
        // The primary message and the constraint, not the whole report: its DETAIL quotes the row's values (an
        // email, a phone number), and the message ends up in the error log.
        const char* primary = PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY);
        const char* constraint = PQresultErrorField(r, PG_DIAG_CONSTRAINT_NAME);
        std::string msg = "postgres: " + std::string(primary ? primary : PQresultErrorMessage(r));
        if (constraint) msg += std::string(" (constraint ") + constraint + ")";
        if (!code.empty()) msg += " [" + code + "]";
        PQclear(r);
        if (code == "23505" || code == "23503" || code == "23514") throw ConstraintError(msg);
        if (code == "40001" || code == "40P01") throw RetryableError(msg);
        throw DbError(msg);
    }

    PGconn* conn_ = nullptr;
    std::unordered_map<std::string, std::string> prepared_;
};

class PgDb final : public Db {
  public:
    PgDb(std::string url, const DbOptions& o)
        : pool_(
              o.max_connections, [url = std::move(url)] { return std::make_unique<PgConn>(url); },
              [](const PgConn& c) { return c.Broken(); }) {
        Lease first(pool_);  // a bad URL fails at start-up, not on the first request
    }

    Dialect dialect() const override { return Dialect::Postgres; }

  protected:
    void ReadOnConnection(const std::function<void(Conn&)>& f) override {
        Lease lease(pool_);
        f(*lease);
    }

    void WriteTransaction(const std::function<void(Conn&)>& f) override {
        for (int attempt = 1;; ++attempt) {
            Lease lease(pool_);
            Conn& c = *lease;
            try {
                c.ExecScript("BEGIN");
                f(c);
                c.ExecScript("COMMIT");
                return;
            } catch (const RetryableError&) {
                Rollback(c);
                if (attempt >= 5) throw;
                std::this_thread::sleep_for(std::chrono::milliseconds(5 * attempt));
            } catch (...) {
                Rollback(c);
                throw;
            }
        }
    }

  private:
    static void Rollback(Conn& c) {
        try {
            c.ExecScript("ROLLBACK");
        } catch (...) {
        }
    }

    using Lease = ConnectionPool<PgConn>::Lease;
    ConnectionPool<PgConn> pool_;
};

}  // namespace

std::unique_ptr<Db> OpenPostgres(const std::string& url, const DbOptions& options) {
    return std::make_unique<PgDb>(url, options);
}

}  // namespace ejob::storage
