#pragma once
// The one database interface the repositories speak. Backends: SQLite (embedded default); PostgreSQL next.
// SQL uses '?' placeholders; a backend rewrites them if its driver needs another form.
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace ejob::storage {

using Value = std::variant<std::nullptr_t, std::int64_t, double, std::string>;

// Helpers so repositories can bind optionals and bools without ceremony.
inline Value V(const std::optional<std::int64_t>& v) {
    return v ? Value(*v) : Value(nullptr);
}
inline Value V(const std::optional<int>& v) {
    return v ? Value(std::int64_t{*v}) : Value(nullptr);
}
inline Value V(bool b) {
    return Value(std::int64_t{b ? 1 : 0});
}

class Row {
  public:
    explicit Row(std::vector<Value> cols) : cols_(std::move(cols)) {}
    bool IsNull(size_t i) const { return std::holds_alternative<std::nullptr_t>(cols_.at(i)); }
    std::int64_t Int(size_t i) const;
    std::string Text(size_t i) const;
    std::optional<std::int64_t> OptInt(size_t i) const {
        return IsNull(i) ? std::nullopt : std::optional<std::int64_t>(Int(i));
    }
    size_t size() const { return cols_.size(); }
    const Value& Get(size_t i) const { return cols_.at(i); }

  private:
    std::vector<Value> cols_;
};

struct DbError : std::runtime_error {
    using std::runtime_error::runtime_error;
};
// A unique or primary-key constraint refused the write.
struct ConstraintError : DbError {
    using DbError::DbError;
};

// One connection, used by one thread at a time. Prepared statements are cached per connection by SQL text.
class Conn {
  public:
    virtual ~Conn() = default;
    // Runs a statement; returns the number of rows changed.
    virtual std::int64_t Exec(std::string_view sql, const std::vector<Value>& params = {}) = 0;
    virtual std::vector<Row> Query(std::string_view sql, const std::vector<Value>& params = {}) = 0;
    std::optional<Row> QueryOne(std::string_view sql, const std::vector<Value>& params = {}) {
        auto rows = Query(sql, params);
        if (rows.empty()) return std::nullopt;
        return std::move(rows.front());
    }
    // Runs several statements without parameters (migrations).
    virtual void ExecScript(std::string_view sql) = 0;
};

enum class Dialect { Sqlite, Postgres };

class Db {
  public:
    virtual ~Db() = default;
    virtual Dialect dialect() const = 0;
    // Runs `f` on a pooled connection outside a transaction (each statement is atomic on its own). Inside a
    // Write on the same thread, it runs on that transaction's connection and sees its changes.
    void Read(const std::function<void(Conn&)>& f);
    // Runs `f` in a write transaction; commits when it returns, rolls back when it throws. Retried on contention
    // (then `f` runs again from the start). A Write inside another Write on the same thread joins it: one unit of
    // work commits or rolls back as a whole (see UnitOfWork).
    void Write(const std::function<void(Conn&)>& f);

    // Called on the writing thread after the commit of each write in which public content changed (see
    // MarkPublicChange), so that this node's copies of public lists and pages catch up before it answers. Set once,
    // before serving.
    void OnPublicChange(std::function<void()> listener) { public_change_ = std::move(listener); }

    // Deleted rows leave copies in the files until the backend reclaims them: SQLite's write-ahead log keeps the
    // pages as they were (secure_delete zeroes them in the database file), PostgreSQL keeps dead tuples and their
    // index entries until a vacuum. A deletion of someone's data marks the database; EraseDeleted then checkpoints
    // and truncates the log (SQLite) or vacuums the tables that hold people's data (PostgreSQL). The server runs
    // it within seconds of a mark; retention runs it after every run that deleted something.
    void MarkErasure();
    bool ErasurePending() const { return erasure_pending_.load(std::memory_order_relaxed); }
    // True when nothing deleted is left behind. The mark stays until a run that starts a second after the latest
    // mark: by then the deleting transaction has committed and the reads that overlapped it have ended (a vacuum
    // cannot remove rows an open snapshot may still see), and the log is not kept busy by readers. `settle` waits
    // for that second first (a command that runs once, then exits).
    bool EraseDeleted(bool settle = false);

    template <typename F>
    auto ReadValue(F&& f) {
        decltype(f(std::declval<Conn&>())) out{};
        Read([&](Conn& c) { out = f(c); });
        return out;
    }
    template <typename F>
    auto WriteValue(F&& f) {
        decltype(f(std::declval<Conn&>())) out{};
        Write([&](Conn& c) { out = f(c); });
        return out;
    }

  protected:
    std::function<void()> public_change_;
    std::atomic<bool> erasure_pending_{false};
    std::atomic<std::int64_t> erasure_marked_at_{0};  // steady-clock milliseconds
    virtual void ReadOnConnection(const std::function<void(Conn&)>& f) = 0;
    virtual void WriteTransaction(const std::function<void(Conn&)>& f) = 0;
};

// Inside a write transaction on `c`: what is public changes with it (Db::OnPublicChange runs after its commit).
void MarkPublicChange(Conn& c);

struct DbOptions {
    int max_connections = 16;
    // Bulk loading (demo seed, imports): durability traded for speed. Never for serving.
    bool bulk_load = false;
};

// Statements prepared-and-run (Exec, Query) through every connection of this process since it started; a cheap
// counter for tests that check how many queries a page costs.
std::uint64_t StatementsRun();
namespace detail {
void CountStatement();
}  // namespace detail

// Opens the database named by a URL: "sqlite:///absolute/path.db" or "sqlite://relative/path.db".
std::unique_ptr<Db> OpenDb(const std::string& url, const DbOptions& options = {});

}  // namespace ejob::storage
