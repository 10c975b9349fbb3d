#pragma once
#include "domain/moderation/dashboard.hpp"
#include "storage/db.hpp"

namespace ejob::storage {

// The dashboard's figures in a few grouped queries (indexes: publication_versions by review, audit_log by time).
class SqlDashboard final : public domain::DashboardQueries {
  public:
    explicit SqlDashboard(Db& db) : db_(db) {}
    domain::DashboardFigures Read(domain::Millis now, int days) override;

  private:
    Db& db_;
};

}  // namespace ejob::storage
