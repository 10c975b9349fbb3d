#pragma once
#include "domain/retention/purge.hpp"
#include "storage/db.hpp"

namespace ejob::storage {

// What the retention job reads and sweeps, in SQL. The lock is a PostgreSQL advisory lock (one node of a cluster
// at a time), or a process-wide mutex on SQLite (one machine).
class SqlRetentionStore final : public domain::RetentionStore {
  public:
    explicit SqlRetentionStore(Db& db) : db_(db) {}
    std::vector<domain::DuePublication> Due(const domain::RetentionPolicy& policy, domain::Millis now) override;
    std::vector<domain::DeletionWarning> ToWarn(const domain::RetentionPolicy& policy, domain::Millis now) override;
    void MarkWarned(std::int64_t id, domain::Millis due) override;
    domain::SweptRows Sweep(const domain::RetentionPolicy& policy, domain::Millis now, bool dry_run) override;
    std::vector<std::string> ReferencedPhotos() override;
    std::vector<std::int64_t> ExistingPublications(const std::vector<std::int64_t>& ids) override;
    std::vector<std::int64_t> ExistingAccounts(const std::vector<std::int64_t>& ids) override;
    bool WithLock(const std::function<void()>& job) override;
    void EraseDeleted() override { db_.EraseDeleted(/*settle=*/true); }
    void RecordRun(domain::Millis started, domain::Millis finished, const std::string& summary) override;

  private:
    std::vector<std::int64_t> Existing(const char* table, const std::vector<std::int64_t>& ids);
    Db& db_;
};

}  // namespace ejob::storage
