#pragma once
#include "domain/search/search_query.hpp"
#include "domain/vacancies/vacancy.hpp"
#include "storage/repos/sql_publications.hpp"

namespace ejob::storage {

// The public read model of vacancies: vacancy_listings rows, their search entries and per-category counts.
class SqlVacancyListings final : public domain::VacancyListings, public ListingProjection<domain::VacancyContent> {
  public:
    // `synonyms`: the occupation names a search word also finds (none by default).
    explicit SqlVacancyListings(Db& db, const domain::search::Synonyms& synonyms = domain::search::Synonyms::None())
        : db_(db), synonyms_(synonyms) {}
    domain::Page<domain::VacancySummary> List(const domain::VacancyFilter& f, domain::Millis now) override;
    std::vector<domain::CategoryCount> CountByCategory() override;
    void Publish(Conn& c, std::int64_t id, domain::Millis published_at, const std::string& slug,
                 const domain::VacancyContent& v) override;
    void Unpublish(Conn& c, std::int64_t id) override;

  private:
    Db& db_;
    const domain::search::Synonyms& synonyms_;
};

}  // namespace ejob::storage
