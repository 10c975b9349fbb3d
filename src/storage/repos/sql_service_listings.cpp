#include "storage/repos/sql_service_listings.hpp"

#include "domain/text/text.hpp"
#include "storage/repos/listing_rows.hpp"

namespace ejob::storage {
namespace d = ejob::domain;

namespace {
constexpr ListingTable kTable{"service", "service_listings"};
constexpr const char* kInsertListing =
    "INSERT INTO service_listings (publication_id, published_at, slug, title, category, city, price_type, price, "
    "price_unit, photo, excerpt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char* kSummaryColumns =
    "SELECT l.publication_id, l.slug, l.title, l.category, l.city, l.price_type, l.price, l.price_unit, l.photo, "
    "l.excerpt, l.published_at";

d::ServiceAdSummary Summary(const Row& r) {
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
    return s;
}
}  // namespace

SqlServiceAdListings::SqlServiceAdListings(Db& db) : SqlListingSource(db, kTable, kSummaryColumns, &Summary) {}

void SqlServiceAdListings::Publish(Conn& c, std::int64_t id, d::Millis published_at, const std::string& slug,
                                   const d::ServiceAdContent& s) {
    std::string photo = s.photos.empty() ? std::string() : s.photos.front();
    c.Exec(kInsertListing, {id, published_at, slug, s.title, s.category, s.city, s.price_type, V(s.price), s.price_unit,
                            photo, d::text::Excerpt(s.description, 220)});
    AddListing(c, kTable, id, d::SearchText(s));
}

void SqlServiceAdListings::Unpublish(Conn& c, std::int64_t id) {
    RemoveListing(c, kTable, id);
}

}  // namespace ejob::storage
