#pragma once
#include "domain/services/service_ad.hpp"
#include "storage/repos/listing_rows.hpp"
#include "storage/repos/sql_publications.hpp"

namespace ejob::storage {

// The public read model of self-employment ads: service_listings rows and their search text (ListingProjection,
// ListingSource).
class SqlServiceAdListings final : public SqlListingSource<domain::ServiceAdSummary>,
                                   public ListingProjection<domain::ServiceAdContent> {
  public:
    explicit SqlServiceAdListings(Db& db);
    void Publish(Conn& c, std::int64_t id, domain::Millis published_at, const std::string& slug,
                 const domain::ServiceAdContent& s) override;
    void Unpublish(Conn& c, std::int64_t id) override;
};

}  // namespace ejob::storage
