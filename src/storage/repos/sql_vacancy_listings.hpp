#pragma once
#include "domain/vacancies/vacancy.hpp"
#include "storage/repos/listing_rows.hpp"
#include "storage/repos/sql_publications.hpp"

namespace ejob::storage {

// The public read model of vacancies: vacancy_listings rows and their search text, kept in step with the
// lifecycle (ListingProjection) and read back for the in-memory lists (ListingSource).
class SqlVacancyListings final : public SqlListingSource<domain::VacancySummary>,
                                 public ListingProjection<domain::VacancyContent> {
  public:
    explicit SqlVacancyListings(Db& db);
    void Publish(Conn& c, std::int64_t id, domain::Millis published_at, const std::string& slug,
                 const domain::VacancyContent& v) override;
    void Unpublish(Conn& c, std::int64_t id) override;
};

}  // namespace ejob::storage
