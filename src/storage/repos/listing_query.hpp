#pragma once
// What the listing read models of every kind share: a filtered, optionally full-text-searched, newest-first page
// with a capped count; per-category counts; and the listing_counts / search_index upkeep on publish and unpublish.
#include <cstdint>
#include <functional>
#include <string>
#include <type_traits>
#include <vector>

#include "domain/search/search_query.hpp"
#include "domain/vacancies/vacancy.hpp"  // Page, CategoryCount
#include "storage/db.hpp"

namespace ejob::storage {

// One kind's read model by its fixed names. Both are code constants, never request data.
struct ListingTable {
    const char* kind;   // its name in listing_counts: "vacancy"
    const char* table;  // its listings table, queried under the alias l: "vacancy_listings"
};

// Builds an FTS5 query of quoted prefix terms: slots ANDed, a slot's phrases ORed ("a"* AND ("b"* OR ("c"* "d"*)));
// no user text reaches FTS syntax.
std::string FtsPrefixQuery(const domain::search::SearchQuery& query);
// The same as a PostgreSQL tsquery: 'a':* & ('b':* | 'c':* & 'd':*).
std::string TsPrefixQuery(const domain::search::SearchQuery& query);

// Publish side, once the listing row is in: counts the item under its category and adds its search entry.
void CountAndIndex(Conn& c, const ListingTable& t, std::int64_t id, const std::string& category,
                   const std::string& search_text);
// Unpublish side: removes the listing row (if there is one) together with its count, and the search entry.
void RemoveListing(Conn& c, const ListingTable& t, std::int64_t id);
// Published items of the kind per category; categories with none are left out.
std::vector<domain::CategoryCount> CountByCategory(Db& db, const ListingTable& t);

// One page of a listings table: the filters' clauses ANDed together, full-text search when there are terms, newest
// first (for a search, newest publication id first). Only fixed clause strings enter the SQL text and every value is
// a bound parameter, so each combination of filters is one statement in the connection's cache.
class ListingQuery {
  public:
    ListingQuery(const ListingTable& t, const domain::search::SearchQuery& query, Dialect dialect);

    // Adds " AND l.<column> = ?" when `value` is not empty. `column` is a fixed column name.
    void Equal(const char* column, const std::string& value);
    // Adds a fixed clause (" AND ...", one '?') with its bound value.
    void Where(const char* clause, Value value);
    void Where(const char* clause);  // a condition without parameters

    // Counts the matches (stopping at a cap when searching) and reads one page of `columns` (a fixed
    // "SELECT l.a, l.b, ..." list); `read` turns a row into an item.
    template <typename Read>
    auto Fetch(Db& db, const char* columns, int page, int per_page, Read read) const {
        domain::Page<std::invoke_result_t<Read&, const Row&>> out;
        out.page = page;
        out.per_page = per_page;
        Run(db, columns, page, per_page, out.total, out.total_is_lower_bound,
            [&](const Row& r) { out.items.push_back(read(r)); });
        return out;
    }

  private:
    void Run(Db& db, const char* columns, int page, int per_page, std::int64_t& total, bool& total_is_lower_bound,
             const std::function<void(const Row&)>& each) const;

    bool search_;
    std::string kind_;  // for the maintained total of an unfiltered list
    std::string from_;
    std::string where_ = " WHERE 1 = 1";
    std::vector<Value> params_;
};

}  // namespace ejob::storage
