#pragma once
#include "domain/resumes/resume.hpp"
#include "storage/repos/listing_rows.hpp"
#include "storage/repos/sql_publications.hpp"

namespace ejob::storage {

// The public read model of resumes: resume_listings rows and their search text (ListingProjection, ListingSource).
// What a row holds already follows the owner's privacy setting: an anonymous resume is listed under its initials,
// without a photo, and its search text leaves the name out.
class SqlResumeListings final : public SqlListingSource<domain::ResumeSummary>,
                                public ListingProjection<domain::ResumeContent> {
  public:
    explicit SqlResumeListings(Db& db);
    void Publish(Conn& c, std::int64_t id, domain::Millis published_at, const std::string& slug,
                 const domain::ResumeContent& r) override;
    void Unpublish(Conn& c, std::int64_t id) override;
};

}  // namespace ejob::storage
