#pragma once
// The public lists of every kind, wired once: the SQL read models (kept in step by the publication lifecycle), the
// in-memory lists served from them, the cache of published items that detail pages read, and the change feed that
// keeps those in step on every node — right after this node's own commits (Db::OnPublicChange) and whenever Poll is
// called for the other nodes' changes.
#include "domain/common/clock.hpp"
#include "domain/resumes/resume_index.hpp"
#include "domain/search/listing_sync.hpp"
#include "domain/services/service_index.hpp"
#include "domain/vacancies/vacancy_index.hpp"
#include "storage/repos/listing_rows.hpp"
#include "storage/repos/published_cache.hpp"
#include "storage/repos/sql_resume_listings.hpp"
#include "storage/repos/sql_service_listings.hpp"
#include "storage/repos/sql_vacancy_listings.hpp"

namespace ejob::storage {

class PublicListings {
  public:
    // `synonyms`: the occupation names a search word also finds; `item_cache_bytes`: the bound of the published items'
    // cache (0: none). Lists are empty until Start.
    PublicListings(Db& db, const domain::search::Synonyms& synonyms, const domain::Clock& clock,
                   size_t item_cache_bytes = 0)
        : db_(db),
          vacancy_rows(db),
          resume_rows(db),
          service_rows(db),
          vacancies(vacancy_rows, synonyms),
          resumes(resume_rows, synonyms),
          services(service_rows, synonyms),
          published(item_cache_bytes, clock),
          changes(db),
          sync(changes,
               {&vacancies, &resumes, &services, &published.Replica(domain::VacancyKind::kName),
                &published.Replica(domain::ResumeKind::kName), &published.Replica(domain::ServiceAdKind::kName)},
               clock) {}
    PublicListings(const PublicListings&) = delete;
    PublicListings& operator=(const PublicListings&) = delete;
    ~PublicListings() { db_.OnPublicChange(nullptr); }

    // Loads every list and follows this node's commits from now on. A poll that fails (the database briefly away)
    // is made good by the next one.
    void Start() {
        sync.Start();
        db_.OnPublicChange([this] {
            try {
                sync.Poll();
            } catch (const std::exception&) {
            }
        });
    }

  private:
    Db& db_;

  public:
    SqlVacancyListings vacancy_rows;
    SqlResumeListings resume_rows;
    SqlServiceAdListings service_rows;
    domain::IndexedVacancies vacancies;
    domain::IndexedResumes resumes;
    domain::IndexedServiceAds services;
    PublishedCache published;
    SqlListingChanges changes;
    domain::search::ListingSync sync;
};

}  // namespace ejob::storage
