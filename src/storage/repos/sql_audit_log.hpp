#pragma once
// The audit log in SQL (migrations 0001 and 0015): appended to within the caller's transaction; read by the
// administrators' audit page with filters.
#include "domain/common/audit.hpp"
#include "storage/db.hpp"

namespace ejob::storage {

class SqlAuditLog final : public domain::AuditLog, public domain::AuditQueries {
  public:
    explicit SqlAuditLog(Db& db) : db_(db) {}
    void Append(const domain::AuditRecord& r) override;
    domain::AuditPage Search(const domain::AuditFilter& f) override;
    std::vector<std::string> Actions() override;

  private:
    Db& db_;
};

}  // namespace ejob::storage
