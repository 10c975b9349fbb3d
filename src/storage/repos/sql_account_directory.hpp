#pragma once
// Accounts as the administrators' users console finds them, and their block.
#include "domain/accounts/account_administration.hpp"
#include "storage/db.hpp"

namespace ejob::storage {

class SqlAccountDirectory final : public domain::AccountDirectory {
  public:
    explicit SqlAccountDirectory(Db& db) : db_(db) {}
    std::vector<domain::AccountListing> Search(std::string_view part, int limit, std::int64_t offset) override;
    std::int64_t Count(std::string_view part) override;
    void SetBlocked(std::int64_t id, std::optional<domain::Millis> at) override;

  private:
    Db& db_;
};

// A LIKE pattern that matches `part` anywhere, its own wildcards ("%", "_") and the escape character ("\") taken
// literally (with ESCAPE '\').
std::string ContainsPattern(std::string_view part);

}  // namespace ejob::storage
