#pragma once
// Accounts and sign-in. Only administrators exist so far; registration for everyone builds on the same pieces.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/common/clock.hpp"
#include "domain/common/result.hpp"
#include "domain/publications/publication.hpp"

namespace ejob::domain {

struct Account {
    std::int64_t id = 0;
    std::string email;
    std::string password_hash;
    std::string role;  // "admin" | "user"
    Millis created_at = 0;
};

struct Session {
    std::int64_t account_id = 0;
    std::string email;
    std::string role;
    Millis created_at = 0;
    Millis last_seen_at = 0;
};

class AccountRepository {
public:
    virtual ~AccountRepository() = default;
    // Returns the new id, or nullopt when the email is taken.
    virtual std::optional<std::int64_t> Create(const Account& a) = 0;
    virtual std::optional<Account> FindByEmail(std::string_view email) = 0;
    virtual void UpdatePasswordHash(std::int64_t id, std::string_view hash) = 0;
};

class SessionStore {
public:
    virtual ~SessionStore() = default;
    virtual void Create(std::string_view id_hash, std::int64_t account_id, Millis now) = 0;
    virtual std::optional<Session> Find(std::string_view id_hash) = 0;
    virtual void Touch(std::string_view id_hash, Millis now) = 0;
    virtual void Delete(std::string_view id_hash) = 0;
};

class PasswordHasher {
public:
    virtual ~PasswordHasher() = default;
    virtual std::string Hash(std::string_view password) = 0;
    virtual bool Verify(std::string_view hash, std::string_view password) = 0;
    virtual bool NeedsRehash(std::string_view hash) = 0;
};

// Counts attempts per key in fixed windows; shared by every node through the database.
class RateLimiter {
public:
    virtual ~RateLimiter() = default;
    // Records one attempt; false when the key already used `limit` attempts in the current window.
    virtual bool Allow(std::string_view key, int limit, Millis window, Millis now) = 0;
    virtual void Reset(std::string_view key) = 0;
};

std::string NormalizeEmail(std::string_view email);

class AccountService {
public:
    static constexpr Millis kIdleTimeout = 2 * kHour;
    static constexpr Millis kAbsoluteTimeout = 12 * kHour;
    static constexpr int kAttemptsPerIp = 20;
    static constexpr int kAttemptsPerAccount = 5;
    static constexpr Millis kAttemptWindow = 15 * kMinute;

    AccountService(AccountRepository& accounts, SessionStore& sessions, PasswordHasher& hasher, RateLimiter& limiter,
                   TokenService& tokens, const Clock& clock)
        : accounts_(accounts), sessions_(sessions), hasher_(hasher), limiter_(limiter), tokens_(tokens), clock_(clock) {}

    Result<Account> CreateAdmin(std::string_view email, std::string_view password);

    struct SignedIn {
        std::string session_token;  // goes into the cookie; only its hash is stored
        Account account;
    };
    // Same answer for a wrong password and an unknown email. RateLimited when too many attempts.
    Result<SignedIn> SignIn(std::string_view email, std::string_view password, std::string_view ip,
                            std::string_view required_role);
    std::optional<Session> Authenticate(std::string_view session_token);
    void SignOut(std::string_view session_token);

    static std::optional<FieldError> CheckPassword(std::string_view email, std::string_view password);

private:
    AccountRepository& accounts_;
    SessionStore& sessions_;
    PasswordHasher& hasher_;
    RateLimiter& limiter_;
    TokenService& tokens_;
    const Clock& clock_;
};

}  // namespace ejob::domain
