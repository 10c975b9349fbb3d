#include "storage/repos/sql_service_listings.hpp"

#include "domain/text/text.hpp"
#include "storage/repos/sql_vacancy_listings.hpp"  // FtsPrefixQuery

namespace ejob::storage {
namespace d = ejob::domain;

namespace {
constexpr const char* kListingCategory = "SELECT category FROM service_listings WHERE publication_id = ?";
constexpr const char* kDeleteListing = "DELETE FROM service_listings WHERE publication_id = ?";
constexpr const char* kInsertListing =
    "INSERT INTO service_listings (publication_id, published_at, slug, title, category, city, price_type, price, "
    "price_unit, photo, excerpt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char* kCountUp =
    "INSERT INTO listing_counts (kind, category, n) VALUES ('service', ?, 1) "
    "ON CONFLICT (kind, category) DO UPDATE SET n = listing_counts.n + 1";
constexpr const char* kCountDown = "UPDATE listing_counts SET n = n - 1 WHERE kind = 'service' AND category = ?";
constexpr const char* kDeleteSearch = "DELETE FROM search_index WHERE rowid = ?";
constexpr const char* kInsertSearch = "INSERT INTO search_index (rowid, body) VALUES (?, ?)";
constexpr const char* kCategoryCounts =
    "SELECT category, n FROM listing_counts WHERE kind = 'service' AND n > 0 ORDER BY category";
constexpr const char* kSummaryColumns =
    "SELECT l.publication_id, l.slug, l.title, l.category, l.city, l.price_type, l.price, l.price_unit, l.photo, "
    "l.excerpt, l.published_at";
}  // namespace

void SqlServiceAdListings::Publish(Conn& c, std::int64_t id, d::Millis published_at, const std::string& slug,
                                   const d::ServiceAdContent& s) {
    std::string photo = s.photos.empty() ? std::string() : s.photos.front();
    c.Exec(kInsertListing, {id, published_at, slug, s.title, s.category, s.city, s.price_type, V(s.price), s.price_unit,
                            photo, d::text::Excerpt(s.description, 220)});
    c.Exec(kCountUp, {s.category});
    c.Exec(kInsertSearch, {id, d::SearchText(s)});
}

void SqlServiceAdListings::Unpublish(Conn& c, std::int64_t id) {
    if (auto row = c.QueryOne(kListingCategory, {id})) {
        c.Exec(kCountDown, {row->Text(0)});
        c.Exec(kDeleteListing, {id});
    }
    c.Exec(kDeleteSearch, {id});
}

d::Page<d::ServiceAdSummary> SqlServiceAdListings::List(const d::ServiceAdFilter& f, d::Millis /*now*/) {
    // Only fixed clause strings are appended; every value is a bound parameter.
    std::string from;
    std::string where = " WHERE 1 = 1";
    std::vector<Value> params;
    const bool search = !f.terms.empty();
    if (search) {
        from = " FROM search_index JOIN service_listings l ON l.publication_id = search_index.rowid";
        where += " AND search_index MATCH ?";
        params.emplace_back(FtsPrefixQuery(f.terms));
    } else {
        from = " FROM service_listings l";
    }
    auto eq = [&](const char* column, const std::string& v) {
        if (v.empty()) return;
        where += std::string(" AND l.") + column + " = ?";
        params.emplace_back(v);
    };
    eq("category", f.category);
    eq("city", f.city);
    // Negotiable ads have no price: a price bound leaves them out (NULL compares false).
    if (f.price_min) {
        where += " AND l.price >= ?";
        params.emplace_back(*f.price_min);
    }
    if (f.price_max) {
        where += " AND l.price <= ?";
        params.emplace_back(*f.price_max);
    }
    // Counting stops at a cap: exact totals of common words cost more than they are worth.
    const std::int64_t cap = search ? 1000 : 1000000;
    d::Page<d::ServiceAdSummary> page;
    page.per_page = f.per_page;
    page.page = f.page;
    std::string order =
        search ? " ORDER BY search_index.rowid DESC" : " ORDER BY l.published_at DESC, l.publication_id DESC";
    db_.Read([&](Conn& c) {
        auto count_params = params;
        count_params.emplace_back(cap);
        page.total = c.QueryOne("SELECT COUNT(*) FROM (SELECT 1" + from + where + " LIMIT ?)", count_params)->Int(0);
        page.total_is_lower_bound = page.total >= cap;
        auto list_params = params;
        list_params.emplace_back(std::int64_t{f.per_page});
        list_params.emplace_back(std::int64_t{(f.page - 1) * static_cast<std::int64_t>(f.per_page)});
        for (const auto& r : c.Query(kSummaryColumns + from + where + order + " LIMIT ? OFFSET ?", list_params)) {
            d::ServiceAdSummary s;
            s.id = r.Int(0);
            s.slug = r.Text(1);
            s.title = r.Text(2);
            s.category = r.Text(3);
            s.city = r.Text(4);
            s.price_type = r.Text(5);
            s.price = r.OptInt(6);
            s.price_unit = r.Text(7);
            s.photo = r.Text(8);
            s.excerpt = r.Text(9);
            s.published_at = r.Int(10);
            page.items.push_back(std::move(s));
        }
    });
    return page;
}

std::vector<d::CategoryCount> SqlServiceAdListings::CountByCategory() {
    std::vector<d::CategoryCount> out;
    db_.Read([&](Conn& c) {
        for (const auto& r : c.Query(kCategoryCounts)) out.push_back({r.Text(0), r.Int(1)});
    });
    return out;
}

}  // namespace ejob::storage
