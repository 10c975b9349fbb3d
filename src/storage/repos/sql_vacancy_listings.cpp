#include "storage/repos/sql_vacancy_listings.hpp"

#include "domain/text/text.hpp"
#include "storage/repos/listing_rows.hpp"

namespace ejob::storage {
namespace d = ejob::domain;

namespace {
constexpr ListingTable kTable{"vacancy", "vacancy_listings"};
constexpr const char* kInsertListing =
    "INSERT INTO vacancy_listings (publication_id, published_at, slug, position, company, category, city, "
    "employment_type, experience, education, remote, salary_min, salary_max, logo, excerpt, subcategory) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char* kSummaryColumns =
    "SELECT l.publication_id, l.slug, l.position, l.company, l.category, l.city, l.employment_type, l.remote, "
    "l.salary_min, l.salary_max, l.excerpt, l.published_at, l.logo, l.subcategory, l.experience, l.education";

d::VacancySummary Summary(const Row& r) {
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
    s.subcategory = r.Text(13);
    s.experience = r.Text(14);
    s.education = r.Text(15);
    return s;
}
}  // namespace

SqlVacancyListings::SqlVacancyListings(Db& db) : SqlListingSource(db, kTable, kSummaryColumns, &Summary) {}

void SqlVacancyListings::Publish(Conn& c, std::int64_t id, d::Millis published_at, const std::string& slug,
                                 const d::VacancyContent& v) {
    c.Exec(kInsertListing,
           {id, published_at, slug, v.position, v.company, v.category, v.city, v.employment_type, v.experience,
            v.education, V(v.remote), V(v.salary_min), V(v.salary_max),
            v.photos.empty() ? std::string() : v.photos.front(), d::text::Excerpt(v.description, 220), v.subcategory});
    AddListing(c, kTable, id, d::SearchText(v));
}

void SqlVacancyListings::Unpublish(Conn& c, std::int64_t id) {
    RemoveListing(c, kTable, id);
}

}  // namespace ejob::storage
