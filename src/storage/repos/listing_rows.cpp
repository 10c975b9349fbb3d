#include "storage/repos/listing_rows.hpp"

namespace ejob::storage {
namespace d = ejob::domain;

namespace {
constexpr const char* kInsertSearch = "INSERT INTO search_index (rowid, body) VALUES (?, ?)";
constexpr const char* kDeleteSearch = "DELETE FROM search_index WHERE rowid = ?";
constexpr const char* kRecordChange = "INSERT INTO listing_changes (kind, publication_id) VALUES (?, ?)";
constexpr const char* kLastChange = "SELECT COALESCE(MAX(seq), 0) FROM listing_changes";
constexpr const char* kChangesAfter =
    "SELECT seq, kind, publication_id FROM listing_changes WHERE seq > ? ORDER BY seq LIMIT ?";
constexpr const char* kPruneChanges =
    "DELETE FROM listing_changes WHERE seq <= (SELECT COALESCE(MAX(seq), 0) FROM listing_changes) - ?";
constexpr std::int64_t kBatch = 1000;

void RecordChange(Conn& c, const ListingTable& t, std::int64_t id) {
    c.Exec(kRecordChange, {std::string(t.kind), id});
    MarkPublicChange(c);
}
}  // namespace

void AddListing(Conn& c, const ListingTable& t, std::int64_t id, const std::string& search_text) {
    c.Exec(kInsertSearch, {id, search_text});
    RecordChange(c, t, id);
}

void RemoveListing(Conn& c, const ListingTable& t, std::int64_t id) {
    const std::string table = t.table;
    if (c.Exec("DELETE FROM " + table + " WHERE publication_id = ?", {id}) > 0) RecordChange(c, t, id);
    c.Exec(kDeleteSearch, {id});
}

void ForEachListing(Db& db, const ListingTable& t, const char* columns,
                    const std::function<void(const Row&, std::string)>& each) {
    const std::string sql = std::string(columns) + ", COALESCE(s.body, '') FROM " + t.table +
                            " l LEFT JOIN search_index s ON s.rowid = l.publication_id WHERE l.publication_id > ? "
                            "ORDER BY l.publication_id LIMIT ?";
    for (std::int64_t after = 0;;) {
        auto rows = db.ReadValue([&](Conn& c) { return c.Query(sql, {after, kBatch}); });
        for (const auto& r : rows) each(r, r.Text(r.size() - 1));
        if (static_cast<std::int64_t>(rows.size()) < kBatch) break;
        after = rows.back().Int(0);
    }
}

std::optional<std::pair<Row, std::string>> FindListing(Db& db, const ListingTable& t, const char* columns,
                                                       std::int64_t id) {
    const std::string sql = std::string(columns) + ", COALESCE(s.body, '') FROM " + t.table +
                            " l LEFT JOIN search_index s ON s.rowid = l.publication_id WHERE l.publication_id = ?";
    auto row = db.ReadValue([&](Conn& c) { return c.QueryOne(sql, {id}); });
    if (!row) return std::nullopt;
    std::string text = row->Text(row->size() - 1);
    return std::make_pair(std::move(*row), std::move(text));
}

std::int64_t SqlListingChanges::Last() {
    return db_.ReadValue([](Conn& c) { return c.QueryOne(kLastChange)->Int(0); });
}

std::vector<d::search::ListingChange> SqlListingChanges::After(std::int64_t seq, size_t limit) {
    std::vector<d::search::ListingChange> out;
    db_.Read([&](Conn& c) {
        for (const auto& r : c.Query(kChangesAfter, {seq, static_cast<std::int64_t>(limit)}))
            out.push_back({r.Int(0), r.Text(1), r.Int(2)});
    });
    return out;
}

std::vector<d::search::ListingChange> SqlListingChanges::Among(const std::vector<std::int64_t>& seqs) {
    // In chunks of a fixed size, so that the statement is one of a few in the connection's cache.
    constexpr size_t kChunk = 16;
    std::string sql = "SELECT seq, kind, publication_id FROM listing_changes WHERE seq IN (?";
    for (size_t i = 1; i < kChunk; ++i) sql += ", ?";
    sql += ")";
    std::vector<d::search::ListingChange> out;
    db_.Read([&](Conn& c) {
        for (size_t at = 0; at < seqs.size(); at += kChunk) {
            std::vector<Value> params;
            for (size_t i = 0; i < kChunk; ++i) params.emplace_back(seqs[std::min(at + i, seqs.size() - 1)]);
            for (const auto& r : c.Query(sql, params)) out.push_back({r.Int(0), r.Text(1), r.Int(2)});
        }
    });
    return out;
}

std::int64_t SqlListingChanges::Prune(std::int64_t keep) {
    return db_.WriteValue([&](Conn& c) { return c.Exec(kPruneChanges, {keep}); });
}

}  // namespace ejob::storage
