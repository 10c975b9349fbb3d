#include "storage/repos/sql_resume_listings.hpp"

#include "domain/publications/publication_service.hpp"  // BakuDate
#include "domain/text/text.hpp"
#include "storage/repos/listing_query.hpp"

namespace ejob::storage {
namespace d = ejob::domain;

namespace {
constexpr ListingTable kTable{"resume", "resume_listings"};
constexpr const char* kInsertListing =
    "INSERT INTO resume_listings (publication_id, published_at, slug, display_name, desired_position, category, city, "
    "experience, education_level, gender, birth_year, min_salary, photo, excerpt) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
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
    CountAndIndex(c, kTable, id, r.category, d::SearchText(r));
}

void SqlResumeListings::Unpublish(Conn& c, std::int64_t id) {
    RemoveListing(c, kTable, id);
}

d::Page<d::ResumeSummary> SqlResumeListings::List(const d::ResumeFilter& f, d::Millis now) {
    ListingQuery q(kTable, synonyms_.Understand(f.terms), db_.dialect());
    q.Equal("category", f.category);
    q.Equal("city", f.city);
    q.Equal("experience", f.experience);
    q.Equal("education_level", f.education_level);
    q.Equal("gender", f.gender);
    // A resume without a desired salary fits any budget.
    if (f.max_salary) q.Where(" AND (l.min_salary IS NULL OR l.min_salary <= ?)", *f.max_salary);
    // Ages become birth-year bounds (age = this year - birth year); resumes without a birth year drop out.
    const int year = YearOf(now);
    if (f.age_min) q.Where(" AND l.birth_year <= ?", std::int64_t{year - *f.age_min});
    if (f.age_max) q.Where(" AND l.birth_year >= ?", std::int64_t{year - *f.age_max});
    return q.Fetch(db_, kSummaryColumns, f.page, f.per_page, [year](const Row& r) {
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
        return s;
    });
}

std::vector<d::CategoryCount> SqlResumeListings::CountByCategory() {
    return storage::CountByCategory(db_, kTable);
}

}  // namespace ejob::storage
