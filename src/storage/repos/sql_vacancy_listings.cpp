#include "storage/repos/sql_vacancy_listings.hpp"

#include "domain/text/text.hpp"

namespace ejob::storage {
namespace d = ejob::domain;

namespace {
constexpr const char* kListingCategory = "SELECT category FROM vacancy_listings WHERE publication_id = ?";
constexpr const char* kDeleteListing = "DELETE FROM vacancy_listings WHERE publication_id = ?";
constexpr const char* kInsertListing =
    "INSERT INTO vacancy_listings (publication_id, published_at, slug, position, company, category, city, "
    "employment_type, experience, education, remote, salary_min, salary_max, logo, excerpt) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char* kCountUp =
    "INSERT INTO listing_counts (kind, category, n) VALUES ('vacancy', ?, 1) "
    "ON CONFLICT (kind, category) DO UPDATE SET n = listing_counts.n + 1";
constexpr const char* kCountDown = "UPDATE listing_counts SET n = n - 1 WHERE kind = 'vacancy' AND category = ?";
constexpr const char* kDeleteSearch = "DELETE FROM search_index WHERE rowid = ?";
constexpr const char* kInsertSearch = "INSERT INTO search_index (rowid, body) VALUES (?, ?)";
constexpr const char* kCategoryCounts =
    "SELECT category, n FROM listing_counts WHERE kind = 'vacancy' AND n > 0 ORDER BY category";
constexpr const char* kSummaryColumns =
    "SELECT l.publication_id, l.slug, l.position, l.company, l.category, l.city, l.employment_type, l.remote, "
    "l.salary_min, l.salary_max, l.excerpt, l.published_at, l.logo";
}  // namespace

std::string FtsPrefixQuery(const std::vector<std::string>& terms) {
    std::string match;
    for (const auto& t : terms) {
        if (!match.empty()) match += ' ';
        match += '"';
        for (char ch : t) match += ch == '"' ? std::string("\"\"") : std::string(1, ch);
        match += "\"*";
    }
    return match;
}

void SqlVacancyListings::Publish(Conn& c, std::int64_t id, d::Millis published_at, const std::string& slug,
                                 const d::VacancyContent& v) {
    c.Exec(kInsertListing, {id, published_at, slug, v.position, v.company, v.category, v.city, v.employment_type,
                            v.experience, v.education, V(v.remote), V(v.salary_min), V(v.salary_max),
                            v.photos.empty() ? std::string() : v.photos.front(), d::text::Excerpt(v.description, 220)});
    c.Exec(kCountUp, {v.category});
    c.Exec(kInsertSearch, {id, d::SearchText(v)});
}

void SqlVacancyListings::Unpublish(Conn& c, std::int64_t id) {
    if (auto row = c.QueryOne(kListingCategory, {id})) {
        c.Exec(kCountDown, {row->Text(0)});
        c.Exec(kDeleteListing, {id});
    }
    c.Exec(kDeleteSearch, {id});
}

d::Page<d::VacancySummary> SqlVacancyListings::List(const d::VacancyFilter& f, d::Millis now) {
    // Only fixed clause strings are appended; every value is a bound parameter.
    std::string from;
    std::string where = " WHERE 1 = 1";
    std::vector<Value> params;
    const bool search = !f.terms.empty();
    if (search) {
        from = " FROM search_index JOIN vacancy_listings l ON l.publication_id = search_index.rowid";
        where += " AND search_index MATCH ?";
        params.emplace_back(FtsPrefixQuery(f.terms));
    } else {
        from = " FROM vacancy_listings l";
    }
    auto eq = [&](const char* column, const std::string& v) {
        if (v.empty()) return;
        where += std::string(" AND l.") + column + " = ?";
        params.emplace_back(v);
    };
    eq("category", f.category);
    eq("city", f.city);
    eq("employment_type", f.employment_type);
    eq("experience", f.experience);
    eq("education", f.education);
    if (f.min_salary) {
        where += " AND COALESCE(l.salary_max, l.salary_min) >= ?";
        params.emplace_back(*f.min_salary);
    }
    if (f.posted_within_days > 0) {
        where += " AND l.published_at >= ?";
        params.emplace_back(now - f.posted_within_days * d::kDay);
    }
    // Counting stops at a cap: exact totals of common words cost more than they are worth.
    const std::int64_t cap = search ? 1000 : 1000000;
    d::Page<d::VacancySummary> page;
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
            d::VacancySummary s;
            s.id = r.Int(0);
            s.slug = r.Text(1);
            s.position = r.Text(2);
            s.company = r.Text(3);
            s.category = r.Text(4);
            s.city = r.Text(5);
            s.employment_type = r.Text(6);
            s.remote = r.Int(7) != 0;
            s.salary_min = r.OptInt(8);
            s.salary_max = r.OptInt(9);
            s.excerpt = r.Text(10);
            s.published_at = r.Int(11);
            s.logo = r.Text(12);
            page.items.push_back(std::move(s));
        }
    });
    return page;
}

std::vector<d::CategoryCount> SqlVacancyListings::CountByCategory() {
    std::vector<d::CategoryCount> out;
    db_.Read([&](Conn& c) {
        for (const auto& r : c.Query(kCategoryCounts)) out.push_back({r.Text(0), r.Int(1)});
    });
    return out;
}

}  // namespace ejob::storage
