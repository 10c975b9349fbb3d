#include "storage/repos/sql_resume_listings.hpp"

#include "domain/text/text.hpp"
#include "storage/repos/listing_rows.hpp"

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
    "l.education_level, l.min_salary, l.birth_year, l.photo, l.excerpt, l.published_at, l.gender";

d::ResumeSummary Summary(const Row& r) {
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
    if (auto born = r.OptInt(9)) s.birth_year = static_cast<int>(*born);
    s.photo = r.Text(10);
    s.excerpt = r.Text(11);
    s.published_at = r.Int(12);
    s.gender = r.Text(13);
    return s;
}
}  // namespace

SqlResumeListings::SqlResumeListings(Db& db) : SqlListingSource(db, kTable, kSummaryColumns, &Summary) {}

void SqlResumeListings::Publish(Conn& c, std::int64_t id, d::Millis published_at, const std::string& slug,
                                const d::ResumeContent& r) {
    const bool anonymous = r.privacy == d::ContactVisibility::Anonymous;
    std::string photo = anonymous || r.photos.empty() ? std::string() : r.photos.front();
    const std::string& summary = r.about.empty() ? r.skills : r.about;
    c.Exec(kInsertListing,
           {id, published_at, slug, d::ResumeKind::Subtitle(r), r.desired_position, r.category, r.city, r.experience,
            r.education_level, r.gender, V(r.birth_year), V(r.min_salary), photo, d::text::Excerpt(summary, 220)});
    AddListing(c, kTable, id, d::SearchText(r));
}

void SqlResumeListings::Unpublish(Conn& c, std::int64_t id) {
    RemoveListing(c, kTable, id);
}

}  // namespace ejob::storage
