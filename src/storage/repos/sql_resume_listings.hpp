#pragma once
#include "domain/resumes/resume.hpp"
#include "domain/search/search_query.hpp"
#include "storage/repos/sql_publications.hpp"

namespace ejob::storage {

// The public read model of resumes: resume_listings rows, their search entries and per-category counts.
// What a row holds already follows the owner's privacy setting: an anonymous resume is listed under its initials,
// without a photo, and its search entry leaves the name out.
class SqlResumeListings final : public domain::ResumeListings, public ListingProjection<domain::ResumeContent> {
  public:
    // `synonyms`: the occupation names a search word also finds (none by default).
    explicit SqlResumeListings(Db& db, const domain::search::Synonyms& synonyms = domain::search::Synonyms::None())
        : db_(db), synonyms_(synonyms) {}
    domain::Page<domain::ResumeSummary> List(const domain::ResumeFilter& f, domain::Millis now) override;
    std::vector<domain::CategoryCount> CountByCategory() override;
    void Publish(Conn& c, std::int64_t id, domain::Millis published_at, const std::string& slug,
                 const domain::ResumeContent& r) override;
    void Unpublish(Conn& c, std::int64_t id) override;

  private:
    Db& db_;
    const domain::search::Synonyms& synonyms_;
};

}  // namespace ejob::storage
