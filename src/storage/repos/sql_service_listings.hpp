#pragma once
#include "domain/search/search_query.hpp"
#include "domain/services/service_ad.hpp"
#include "storage/repos/sql_publications.hpp"

namespace ejob::storage {

// The public read model of self-employment ads: service_listings rows, their search entries and per-category counts.
class SqlServiceAdListings final : public domain::ServiceAdListings,
                                   public ListingProjection<domain::ServiceAdContent> {
  public:
    // `synonyms`: the occupation names a search word also finds (none by default).
    explicit SqlServiceAdListings(Db& db, const domain::search::Synonyms& synonyms = domain::search::Synonyms::None())
        : db_(db), synonyms_(synonyms) {}
    domain::Page<domain::ServiceAdSummary> List(const domain::ServiceAdFilter& f, domain::Millis now) override;
    std::vector<domain::CategoryCount> CountByCategory() override;
    void Publish(Conn& c, std::int64_t id, domain::Millis published_at, const std::string& slug,
                 const domain::ServiceAdContent& s) override;
    void Unpublish(Conn& c, std::int64_t id) override;

  private:
    Db& db_;
    const domain::search::Synonyms& synonyms_;
};

}  // namespace ejob::storage
