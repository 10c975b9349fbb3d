#pragma once
// Contact reveals in SQL: the answered challenges' nonces and the owners' per-day counts.
#include "domain/antiscrape/reveal_guard.hpp"
#include "storage/db.hpp"

namespace ejob::storage {

class SqlNonceStore final : public domain::NonceStore {
  public:
    explicit SqlNonceStore(Db& db) : db_(db) {}
    bool Use(std::string_view nonce, domain::Millis expires_at) override;

  private:
    Db& db_;
};

class SqlRevealLog final : public domain::RevealLog {
  public:
    explicit SqlRevealLog(Db& db) : db_(db) {}
    void Count(std::int64_t publication_id, domain::Millis day) override;
    std::vector<domain::RevealDay> Days(std::int64_t publication_id, domain::Millis since) override;
    std::map<std::int64_t, std::int64_t> Totals(const std::vector<std::int64_t>& ids, domain::Millis since) override;

  private:
    Db& db_;
};

}  // namespace ejob::storage
