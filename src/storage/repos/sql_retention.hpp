#pragma once
#include <mutex>

#include "domain/retention/purge.hpp"
#include "storage/db.hpp"

namespace ejob::storage {

// Reads due publications and referenced photos; the lock is a PostgreSQL advisory lock (one node of a cluster
// at a time), or a process-wide mutex on SQLite (one machine).
class SqlRetentionStore final : public domain::RetentionStore {
  public:
    explicit SqlRetentionStore(Db& db) : db_(db) {}
    std::vector<domain::DuePublication> Due(const domain::RetentionPolicy& policy, domain::Millis now) override;
    std::vector<std::string> ReferencedPhotos() override;
    bool WithLock(const std::function<void()>& job) override;

  private:
    Db& db_;
};

}  // namespace ejob::storage
