#pragma once
// The versions of the documents administrators edit (domain/pages/site_documents.hpp), migration 0014.
#include "domain/pages/site_documents.hpp"
#include "storage/db.hpp"

namespace ejob::storage {

class SqlDocumentStore final : public domain::DocumentStore {
  public:
    explicit SqlDocumentStore(Db& db) : db_(db) {}
    std::vector<domain::VersionStamp> Versions(std::string_view document, std::string_view lang) override;
    std::optional<domain::DocumentVersion> Find(std::string_view document, std::string_view lang, int version) override;
    std::int64_t Revision(std::string_view document) override;
    bool Publish(std::string_view document, std::int64_t base,
                 const std::vector<std::pair<std::string, domain::DocumentVersion>>& versions) override;

  private:
    Db& db_;
};

}  // namespace ejob::storage
