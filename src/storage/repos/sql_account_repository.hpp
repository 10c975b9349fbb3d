#pragma once
#include "domain/accounts/account.hpp"
#include "domain/accounts/earlier_publications.hpp"
#include "storage/db.hpp"

namespace ejob::storage {

class SqlAccountRepository final : public domain::AccountRepository {
  public:
    explicit SqlAccountRepository(Db& db) : db_(db) {}
    std::optional<std::int64_t> Create(const domain::Account& a) override;
    std::optional<domain::Account> FindByEmail(std::string_view email) override;
    std::optional<domain::Account> FindById(std::int64_t id) override;
    void UpdatePasswordHash(std::int64_t id, std::string_view hash) override;
    void MarkConfirmed(std::int64_t id, domain::Millis at) override;
    bool ChangeEmail(std::int64_t id, std::string_view email) override;
    bool Hold(std::int64_t id) override;
    void Delete(std::int64_t id) override;
    void SetRole(std::int64_t id, std::string_view role) override;
    std::vector<domain::Account> Staff() override;
    void SetTotpSecret(std::int64_t id, std::string_view secret) override;
    bool UseTotpStep(std::int64_t id, std::int64_t step) override;
    void ReplaceRecoveryCodes(std::int64_t id, const std::vector<std::string>& hashes) override;
    bool UseRecoveryCode(std::int64_t id, std::string_view hash, domain::Millis now) override;

  private:
    Db& db_;
};

class SqlFailureLog final : public domain::FailureLog {
  public:
    explicit SqlFailureLog(Db& db) : db_(db) {}
    Failures Find(std::string_view key) override;
    void Add(std::string_view key, domain::Millis now, domain::Millis forget_after) override;
    void Clear(std::string_view key) override;

  private:
    Db& db_;
};

class SqlSessionStore final : public domain::SessionStore {
  public:
    explicit SqlSessionStore(Db& db) : db_(db) {}
    void Create(std::string_view id_hash, std::int64_t account_id, domain::Millis now) override;
    std::optional<domain::Session> Find(std::string_view id_hash) override;
    void Touch(std::string_view id_hash, domain::Millis now) override;
    void Delete(std::string_view id_hash) override;
    void DeleteAllOf(std::int64_t account_id) override;

  private:
    Db& db_;
};

class SqlAccountTokens final : public domain::AccountTokens {
  public:
    explicit SqlAccountTokens(Db& db) : db_(db) {}
    void Create(std::string_view hash, std::int64_t account_id, std::string_view purpose,
                domain::Millis expires_at) override;
    std::optional<std::int64_t> Find(std::string_view hash, std::string_view purpose, domain::Millis now) override;
    std::optional<std::int64_t> Consume(std::string_view hash, std::string_view purpose, domain::Millis now) override;

  private:
    Db& db_;
};

class SqlAccountRequests final : public domain::AccountRequests {
  public:
    explicit SqlAccountRequests(Db& db) : db_(db) {}
    std::int64_t Create(const domain::AccountRequest& r) override;
    std::vector<domain::AccountRequest> OfAccount(std::int64_t account_id) override;
    std::vector<domain::AccountRequest> Pending(int limit) override;
    std::int64_t CountPending() override;
    std::optional<domain::AccountRequest> Find(std::int64_t id) override;
    void SetStatus(std::int64_t id, std::string_view status, domain::Millis at) override;

  private:
    Db& db_;
};

class SqlUnownedPublications final : public domain::UnownedPublications {
  public:
    explicit SqlUnownedPublications(Db& db) : db_(db) {}
    std::vector<domain::UnownedPublication> WithEmail(std::string_view email, int limit) override;
    bool Attach(const std::vector<std::int64_t>& ids, std::int64_t account_id, std::string_view email) override;

  private:
    Db& db_;
};

class SqlRateLimiter final : public domain::RateLimiter {
  public:
    explicit SqlRateLimiter(Db& db) : db_(db) {}
    bool Allow(std::string_view key, int limit, domain::Millis window, domain::Millis now) override;
    int Hits(std::string_view key, domain::Millis window, domain::Millis now) override;
    void Reset(std::string_view key) override;

  private:
    Db& db_;
};

// Named secrets shared by every node (the signing key of contact tokens and CSRF tokens).
std::string LoadOrCreateSecret(Db& db, const std::string& name, const std::string& fresh_value);

}  // namespace ejob::storage
