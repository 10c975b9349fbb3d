#include "storage/repos/sql_resume_listings.hpp"

#include "domain/publications/publication_service.hpp"  // BakuDate
#include "domain/text/text.hpp"
#include "storage/repos/sql_vacancy_listings.hpp"  // FtsPrefixQuery

namespace ejob::storage {
namespace d = ejob::domain;

namespace {
constexpr const char* kListingCategory = "SELECT category FROM resume_listings WHERE publication_id = ?";
constexpr const char* kDeleteListing = "DELETE FROM resume_listings WHERE publication_id = ?";
constexpr const char* kInsertListing =
    "INSERT INTO resume_listings (publication_id, published_at, slug, display_name, desired_position, category, city, "
    "experience, education_level, gender, birth_year, min_salary, photo, excerpt) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char* kCountUp =
    "INSERT INTO listing_counts (kind, category, n) VALUES ('resume', ?, 1) "
    "ON CONFLICT (kind, category) DO UPDATE SET n = listing_counts.n + 1";
constexpr const char* kCountDown = "UPDATE listing_counts SET n = n - 1 WHERE kind = 'resume' AND category = ?";
constexpr const char* kDeleteSearch = "DELETE FROM search_index WHERE rowid = ?";
constexpr const char* kInsertSearch = "INSERT INTO search_index (rowid, body) VALUES (?, ?)";
constexpr const char* kCategoryCounts =
    "SELECT category, n FROM listing_counts WHERE kind = 'resume' AND n > 0 ORDER BY category";
constexpr const char* kSummaryColumns =
    "SELECT l.publication_id, l.slug, l.display_name, l.desired_position, l.category, l.city, l.experience, "
    "l.education_level, l.min_salary, l.birth_year, l.photo, l.excerpt, l.published_at";

int YearOf(d::Millis at) {
    return std::stoi(d::BakuDate(at).substr(0, 4));
}
}  // namespace

void SqlResumeListings::Publish(Conn& c, std::int64_t id, d::Millis published_at, const std::string& slug,
                                const d::ResumeContent& r) {
    const bool anonymous = r.privacy == d::ContactVisibility::Anonymous;
    std::string photo = anonymous || r.photos.empty() ? std::string() : r.photos.front();
    const std::string& summary = r.about.empty() ? r.skills : r.about;
    c.Exec(kInsertListing,
           {id, published_at, slug, d::ResumeKind::Subtitle(r), r.desired_position, r.category, r.city, r.experience,
            r.education_level, r.gender, V(r.birth_year), V(r.min_salary), photo, d::text::Excerpt(summary, 220)});
    c.Exec(kCountUp, {r.category});
    c.Exec(kInsertSearch, {id, d::SearchText(r)});
}

void SqlResumeListings::Unpublish(Conn& c, std::int64_t id) {
    if (auto row = c.QueryOne(kListingCategory, {id})) {
        c.Exec(kCountDown, {row->Text(0)});
        c.Exec(kDeleteListing, {id});
    }
    c.Exec(kDeleteSearch, {id});
}

d::Page<d::ResumeSummary> SqlResumeListings::List(const d::ResumeFilter& f, d::Millis now) {
    // Only fixed clause strings are appended; every value is a bound parameter.
    std::string from;
    std::string where = " WHERE 1 = 1";
    std::vector<Value> params;
    const bool search = !f.terms.empty();
    if (search) {
        from = " FROM search_index JOIN resume_listings l ON l.publication_id = search_index.rowid";
        where += " AND search_index MATCH ?";
        params.emplace_back(FtsPrefixQuery(f.terms));
    } else {
        from = " FROM resume_listings l";
    }
    auto eq = [&](const char* column, const std::string& v) {
        if (v.empty()) return;
        where += std::string(" AND l.") + column + " = ?";
        params.emplace_back(v);
    };
    eq("category", f.category);
    eq("city", f.city);
    eq("experience", f.experience);
    eq("education_level", f.education_level);
    eq("gender", f.gender);
    if (f.max_salary) {
        // A resume without a desired salary fits any budget.
        where += " AND (l.min_salary IS NULL OR l.min_salary <= ?)";
        params.emplace_back(*f.max_salary);
    }
    // Ages become birth-year bounds (age = this year - birth year); resumes without a birth year drop out.
    const int year = YearOf(now);
    if (f.age_min) {
        where += " AND l.birth_year <= ?";
        params.emplace_back(std::int64_t{year - *f.age_min});
    }
    if (f.age_max) {
        where += " AND l.birth_year >= ?";
        params.emplace_back(std::int64_t{year - *f.age_max});
    }
    // Counting stops at a cap: exact totals of common words cost more than they are worth.
    const std::int64_t cap = search ? 1000 : 1000000;
    d::Page<d::ResumeSummary> page;
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
            d::ResumeSummary s;
            s.id = r.Int(0);
            s.slug = r.Text(1);
            s.display_name = r.Text(2);
            s.desired_position = r.Text(3);
            s.category = r.Text(4);
            s.city = r.Text(5);
            s.experience = r.Text(6);
            s.education_level = r.Text(7);
            s.min_salary = r.OptInt(8);
            if (auto born = r.OptInt(9)) s.age = year - static_cast<int>(*born);
            s.photo = r.Text(10);
            s.excerpt = r.Text(11);
            s.published_at = r.Int(12);
            page.items.push_back(std::move(s));
        }
    });
    return page;
}

std::vector<d::CategoryCount> SqlResumeListings::CountByCategory() {
    std::vector<d::CategoryCount> out;
    db_.Read([&](Conn& c) {
        for (const auto& r : c.Query(kCategoryCounts)) out.push_back({r.Text(0), r.Int(1)});
    });
    return out;
}

}  // namespace ejob::storage
