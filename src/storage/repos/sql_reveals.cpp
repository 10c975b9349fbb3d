#include "storage/repos/sql_reveals.hpp"

namespace ejob::storage {
namespace d = ejob::domain;

namespace {
// Of two requests with the same nonce, exactly one inserts the row.
constexpr const char* kUseNonce =
    "INSERT INTO reveal_nonces (nonce, expires_at) VALUES (?, ?) ON CONFLICT (nonce) DO NOTHING";
constexpr const char* kCount =
    "INSERT INTO reveal_counts (publication_id, day, count) VALUES (?, ?, 1) "
    "ON CONFLICT (publication_id, day) DO UPDATE SET count = reveal_counts.count + 1";
constexpr const char* kDays =
    "SELECT day, count FROM reveal_counts WHERE publication_id = ? AND day >= ? ORDER BY day DESC";
}  // namespace

bool SqlNonceStore::Use(std::string_view nonce, d::Millis expires_at) {
    return db_.WriteValue([&](Conn& c) { return c.Exec(kUseNonce, {std::string(nonce), expires_at}); }) == 1;
}

void SqlRevealLog::Count(std::int64_t publication_id, d::Millis day) {
    // A publication deleted meanwhile has no row to count for: the reveal is simply not logged.
    try {
        db_.Write([&](Conn& c) { c.Exec(kCount, {publication_id, day}); });
    } catch (const std::exception&) {
    }
}

std::vector<d::RevealDay> SqlRevealLog::Days(std::int64_t publication_id, d::Millis since) {
    return db_.ReadValue([&](Conn& c) {
        std::vector<d::RevealDay> out;
        for (const auto& r : c.Query(kDays, {publication_id, since})) out.push_back({r.Int(0), r.Int(1)});
        return out;
    });
}

std::map<std::int64_t, std::int64_t> SqlRevealLog::Totals(const std::vector<std::int64_t>& ids, d::Millis since) {
    std::map<std::int64_t, std::int64_t> out;
    if (ids.empty()) return out;
    std::string sql = "SELECT publication_id, SUM(count) FROM reveal_counts WHERE day >= ? AND publication_id IN (";
    std::vector<Value> params = {since};
    for (size_t i = 0; i < ids.size(); ++i) {
        sql += i ? ", ?" : "?";
        params.emplace_back(ids[i]);
    }
    sql += ") GROUP BY publication_id";
    return db_.ReadValue([&](Conn& c) {
        for (const auto& r : c.Query(sql, params)) out[r.Int(0)] = r.Int(1);
        return out;
    });
}

}  // namespace ejob::storage
