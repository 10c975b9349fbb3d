#include "storage/repos/listing_query.hpp"

namespace ejob::storage {
namespace d = ejob::domain;

namespace {
constexpr const char* kCountUp =
    "INSERT INTO listing_counts (kind, category, n) VALUES (?, ?, 1) "
    "ON CONFLICT (kind, category) DO UPDATE SET n = listing_counts.n + 1";
constexpr const char* kCountDown = "UPDATE listing_counts SET n = n - 1 WHERE kind = ? AND category = ?";
constexpr const char* kCategoryCounts =
    "SELECT category, n FROM listing_counts WHERE kind = ? AND n > 0 ORDER BY category";
constexpr const char* kInsertSearch = "INSERT INTO search_index (rowid, body) VALUES (?, ?)";
constexpr const char* kDeleteSearch = "DELETE FROM search_index WHERE rowid = ?";

// Counting stops at a cap: exact totals of common words cost more than they are worth.
constexpr std::int64_t kSearchCountCap = 1000;
constexpr std::int64_t kCountCap = 1000000;
}  // namespace

namespace {
// Joins the slots of a query with `all`, the phrases of a slot with `any`, the words of a phrase with `each`;
// `word` writes one quoted prefix term.
template <typename Word>
std::string Compose(const d::search::SearchQuery& q, const char* all, const char* any, const char* each, Word word) {
    std::string out;
    for (const auto& slot : q.slots) {
        if (!out.empty()) out += all;
        if (slot.size() > 1) out += '(';
        for (size_t p = 0; p < slot.size(); ++p) {
            if (p) out += any;
            if (slot[p].size() > 1 && slot.size() > 1) out += '(';
            for (size_t w = 0; w < slot[p].size(); ++w) {
                if (w) out += each;
                word(out, slot[p][w]);
            }
            if (slot[p].size() > 1 && slot.size() > 1) out += ')';
        }
        if (slot.size() > 1) out += ')';
    }
    return out;
}
}  // namespace

std::string TsPrefixQuery(const d::search::SearchQuery& q) {
    return Compose(q, " & ", " | ", " & ", [](std::string& out, const std::string& t) {
        out += '\'';
        for (char ch : t) {
            if (ch == '\'' || ch == '\\') out += ch;  // doubled inside a quoted lexeme
            out += ch;
        }
        out += "':*";
    });
}

std::string FtsPrefixQuery(const d::search::SearchQuery& q) {
    return Compose(q, " AND ", " OR ", " ", [](std::string& out, const std::string& t) {
        out += '"';
        for (char ch : t) out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
        out += "\"*";
    });
}

void CountAndIndex(Conn& c, const ListingTable& t, std::int64_t id, const std::string& category,
                   const std::string& search_text) {
    c.Exec(kCountUp, {std::string(t.kind), category});
    c.Exec(kInsertSearch, {id, search_text});
}

void RemoveListing(Conn& c, const ListingTable& t, std::int64_t id) {
    const std::string table = t.table;
    if (auto row = c.QueryOne("SELECT category FROM " + table + " WHERE publication_id = ?", {id})) {
        c.Exec(kCountDown, {std::string(t.kind), row->Text(0)});
        c.Exec("DELETE FROM " + table + " WHERE publication_id = ?", {id});
    }
    c.Exec(kDeleteSearch, {id});
}

std::vector<d::CategoryCount> CountByCategory(Db& db, const ListingTable& t) {
    std::vector<d::CategoryCount> out;
    db.Read([&](Conn& c) {
        for (const auto& r : c.Query(kCategoryCounts, {std::string(t.kind)})) out.push_back({r.Text(0), r.Int(1)});
    });
    return out;
}

ListingQuery::ListingQuery(const ListingTable& t, const d::search::SearchQuery& query, Dialect dialect)
    : search_(!query.empty()), kind_(t.kind) {
    if (search_) {
        from_ = std::string(" FROM search_index JOIN ") + t.table + " l ON l.publication_id = search_index.rowid";
        if (dialect == Dialect::Postgres) {
            where_ += " AND search_index.tsv @@ to_tsquery('simple', ?)";
            params_.emplace_back(TsPrefixQuery(query));
        } else {
            where_ += " AND search_index MATCH ?";
            params_.emplace_back(FtsPrefixQuery(query));
        }
    } else {
        from_ = std::string(" FROM ") + t.table + " l";
    }
}

void ListingQuery::Equal(const char* column, const std::string& value) {
    if (value.empty()) return;
    where_ += std::string(" AND l.") + column + " = ?";
    params_.emplace_back(value);
}

void ListingQuery::Where(const char* clause) {
    where_ += clause;
}

void ListingQuery::Where(const char* clause, Value value) {
    where_ += clause;
    params_.push_back(std::move(value));
}

void ListingQuery::Run(Db& db, const char* columns, int page, int per_page, std::int64_t& total,
                       bool& total_is_lower_bound, const std::function<void(const Row&)>& each) const {
    const std::int64_t cap = search_ ? kSearchCountCap : kCountCap;
    const char* order =
        search_ ? " ORDER BY search_index.rowid DESC" : " ORDER BY l.published_at DESC, l.publication_id DESC";
    db.Read([&](Conn& c) {
        auto count_params = params_;
        count_params.emplace_back(cap);
        if (params_.empty()) {
            // Unfiltered: the per-category counts are maintained on every publish, so no rows are counted.
            total = c.QueryOne("SELECT COALESCE(SUM(n), 0) FROM listing_counts WHERE kind = ?", {kind_})->Int(0);
        } else {
            total = c.QueryOne("SELECT COUNT(*) FROM (SELECT 1" + from_ + where_ + " LIMIT ?) AS matches", count_params)
                        ->Int(0);
        }
        total_is_lower_bound = total >= cap;
        auto list_params = params_;
        list_params.emplace_back(std::int64_t{per_page});
        list_params.emplace_back(std::int64_t{(page - 1) * static_cast<std::int64_t>(per_page)});
        for (const auto& r : c.Query(columns + from_ + where_ + order + " LIMIT ? OFFSET ?", list_params)) each(r);
    });
}

}  // namespace ejob::storage
