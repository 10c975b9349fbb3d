#pragma once
#include "domain/cv_maker/cv_maker.hpp"
#include "storage/db.hpp"

namespace ejob::storage {

// The CV Maker's drafts in the cv_drafts table, each as its JSON Resume document (formats/json_resume.hpp).
class SqlCvDrafts final : public domain::cv::DraftStore {
  public:
    explicit SqlCvDrafts(Db& db) : db_(db) {}
    std::optional<domain::cv::StoredDraft> Find(const std::string& token_hash, domain::Millis now) override;
    void Put(const std::string& token_hash, const domain::cv::StoredDraft& d) override;
    bool Remove(const std::string& token_hash) override;
    // Deletes the drafts whose day is over (the retention run does too, and counts them): each minute, so that a
    // draft is gone within a minute of the end of its day.
    std::int64_t RemoveExpired(domain::Millis now);

  private:
    Db& db_;
};

}  // namespace ejob::storage
