#pragma once
// Accounts: optional registration with an email and a password, sign-in sessions, confirmation and password reset
// by single-use mailed links, and the requests that only an administrator carries out (email change, deletion).
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/common/audit.hpp"
#include "domain/common/clock.hpp"
#include "domain/common/result.hpp"
#include "domain/common/signer.hpp"
#include "domain/common/unit_of_work.hpp"
#include "domain/publications/publication.hpp"

namespace ejob::domain {

class ActionLimits;  // domain/antiscrape/action_limits.hpp

// Who may do what. Moderators moderate; administrators also manage staff, users, requests, rules and pages. Everyone
// else who registers is a user. Staff roles are checked on the server for every staff action (see web/routes.cpp).
namespace roles {
inline constexpr std::string_view kAdmin = "admin";
inline constexpr std::string_view kModerator = "moderator";
inline constexpr std::string_view kUser = "user";
inline bool IsStaff(std::string_view role) {
    return role == kAdmin || role == kModerator;
}
inline bool IsRole(std::string_view role) {
    return IsStaff(role) || role == kUser;
}
// What SignIn may ask for: an account of this role, or "staff" (either staff role), or "" (any account).
inline constexpr std::string_view kAnyStaff = "staff";
}  // namespace roles

struct Account {
    std::int64_t id = 0;
    std::string email;
    std::string password_hash;
    std::string role;  // roles::kAdmin | kModerator | kUser
    Millis created_at = 0;
    std::optional<Millis> confirmed_at;
    std::string lang = "az";
    std::optional<std::string> totp_secret;  // base32; set once the second factor is set up
    std::optional<Millis> blocked_at;        // by an administrator: no sign-in, nothing of it in public view
};

struct Session {
    std::int64_t account_id = 0;
    std::string email;
    std::string role;
    Millis created_at = 0;
    Millis last_seen_at = 0;
    bool confirmed = false;
    bool second_factor = false;  // the account signs in with a one-time code too
    bool IsAdmin() const { return role == roles::kAdmin; }
    bool IsStaff() const { return roles::IsStaff(role); }
};

class AccountRepository {
  public:
    virtual ~AccountRepository() = default;
    // Returns the new id, or nullopt when the email is taken.
    virtual std::optional<std::int64_t> Create(const Account& a) = 0;
    virtual std::optional<Account> FindByEmail(std::string_view email) = 0;
    virtual std::optional<Account> FindById(std::int64_t id) = 0;
    virtual void UpdatePasswordHash(std::int64_t id, std::string_view hash) = 0;
    virtual void MarkConfirmed(std::int64_t id, Millis at) = 0;
    // False when the new email is taken. The new address is not confirmed yet.
    virtual bool ChangeEmail(std::int64_t id, std::string_view email) = 0;
    // Inside a unit of work: holds the account until it ends, so that nothing is attached to the account meanwhile
    // (a publication submitted from it waits, then is refused once the account is gone). False when there is none.
    virtual bool Hold(std::int64_t id) = 0;
    // Removes the account, its sessions, tokens and requests (publications: delete them first, see AccountDeletion).
    virtual void Delete(std::int64_t id) = 0;
    virtual void SetRole(std::int64_t id, std::string_view role) = 0;
    virtual void SetTotpSecret(std::int64_t id, std::string_view secret) = 0;
    // Records that the code of time step `step` was used; false when that step or a later one already was (a code
    // is good once).
    virtual bool UseTotpStep(std::int64_t id, std::int64_t step) = 0;
    // Recovery codes (their hashes): a new set replaces the old; each is good once.
    virtual void ReplaceRecoveryCodes(std::int64_t id, const std::vector<std::string>& hashes) = 0;
    virtual bool UseRecoveryCode(std::int64_t id, std::string_view hash, Millis now) = 0;
    // Administrators and moderators, by email.
    virtual std::vector<Account> Staff() = 0;
};

class SessionStore {
  public:
    virtual ~SessionStore() = default;
    virtual void Create(std::string_view id_hash, std::int64_t account_id, Millis now) = 0;
    virtual std::optional<Session> Find(std::string_view id_hash) = 0;
    virtual void Touch(std::string_view id_hash, Millis now) = 0;
    virtual void Delete(std::string_view id_hash) = 0;
    virtual void DeleteAllOf(std::int64_t account_id) = 0;
};

// Single-use links mailed to the account owner ("confirm" and "reset"); only their hashes are stored.
class AccountTokens {
  public:
    virtual ~AccountTokens() = default;
    virtual void Create(std::string_view hash, std::int64_t account_id, std::string_view purpose,
                        Millis expires_at) = 0;
    // The account of a token that exists, has this purpose, is unused and not expired.
    virtual std::optional<std::int64_t> Find(std::string_view hash, std::string_view purpose, Millis now) = 0;
    // Marks the token used and returns its account, if it was still valid (atomic: a token is used once).
    virtual std::optional<std::int64_t> Consume(std::string_view hash, std::string_view purpose, Millis now) = 0;
};

// Port: time-based one-time codes (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), as authenticator apps make.
class OneTimeCodes {
  public:
    virtual ~OneTimeCodes() = default;
    virtual std::string NewSecret() = 0;  // 160 random bits, base32
    // The time step whose code `code` is at `now`, allowing one step either way for clocks that differ; nullopt
    // when it is none of them.
    virtual std::optional<std::int64_t> Match(std::string_view secret, std::string_view code, Millis now) = 0;
    // What an authenticator app reads from the QR code.
    static std::string Uri(std::string_view issuer, std::string_view account, std::string_view secret);
};

// Port: failed sign-in attempts per key (an address, an account, a trusted browser), shared by every node.
class FailureLog {
  public:
    virtual ~FailureLog() = default;
    struct Failures {
        int count = 0;
        Millis last = 0;
    };
    virtual Failures Find(std::string_view key) = 0;
    // One more failure at `now`; the count starts again from 1 when the last failure is `forget_after` old.
    virtual void Add(std::string_view key, Millis now, Millis forget_after) = 0;
    virtual void Clear(std::string_view key) = 0;
};

// Growing delays instead of a lock-out: after `free` failures, each further attempt waits 1 s, 2 s, 4 s, … up to
// `max` after the last failure; the count is forgotten after `forget_after` without a failure. A window that
// slides with the attempts, so there is no boundary to time a burst across.
struct ThrottlePolicy {
    int free = 5;
    Millis max = 15 * kMinute;
    Millis forget_after = kHour;
    Millis Wait(const FailureLog::Failures& f, Millis now) const;
};

class PasswordHasher {
  public:
    virtual ~PasswordHasher() = default;
    virtual std::string Hash(std::string_view password) = 0;
    virtual bool Verify(std::string_view hash, std::string_view password) = 0;
    virtual bool NeedsRehash(std::string_view hash) = 0;
};

// Counts attempts per key in fixed windows (aligned to multiples of the window since the epoch); shared by every
// node through the database.
class RateLimiter {
  public:
    virtual ~RateLimiter() = default;
    // Records one attempt; false when the key already used `limit` attempts in the current window.
    virtual bool Allow(std::string_view key, int limit, Millis window, Millis now) = 0;
    // The attempts recorded for the key in the current window, without recording one.
    virtual int Hits(std::string_view key, Millis window, Millis now) = 0;
    virtual void Reset(std::string_view key) = 0;
    // How long until the current window of `window` ends.
    static Millis UntilWindowEnds(Millis window, Millis now) { return window - now % window; }
};

// Mail to account owners, in their language (mail outbox in production).
class AccountNotifier {
  public:
    virtual ~AccountNotifier() = default;
    virtual void ConfirmEmail(const Account& a, std::string_view token) = 0;
    virtual void AlreadyRegistered(const Account& a) = 0;  // someone tried to register this email again
    virtual void PasswordReset(const Account& a, std::string_view token) = 0;
};

// A request to the administration about an account.
struct AccountRequest {
    std::int64_t id = 0;
    std::int64_t account_id = 0;
    std::string account_email;
    std::string kind;  // "email_change" | "delete_account"
    std::string new_email;
    std::string status;  // "pending" | "done" | "refused"
    Millis created_at = 0;
    std::optional<Millis> handled_at;
};

class AccountRequests {
  public:
    virtual ~AccountRequests() = default;
    virtual std::int64_t Create(const AccountRequest& r) = 0;
    virtual std::vector<AccountRequest> OfAccount(std::int64_t account_id) = 0;
    virtual std::vector<AccountRequest> Pending(int limit) = 0;
    virtual std::int64_t CountPending() = 0;
    virtual std::optional<AccountRequest> Find(std::int64_t id) = 0;
    virtual void SetStatus(std::int64_t id, std::string_view status, Millis at) = 0;
};

std::string NormalizeEmail(std::string_view email);

class AccountService {
  public:
    static constexpr Millis kIdleTimeout = 2 * kHour;
    static constexpr Millis kAbsoluteTimeout = 12 * kHour;
    // Sign-in: per address, per account from a browser it has not signed in from, per browser it has (a signed
    // cookie given at each sign-in): a stranger's wrong passwords delay the stranger and other new browsers, never
    // the account's own browser.
    static constexpr ThrottlePolicy kPerAddress{20, 15 * kMinute, kHour};
    static constexpr ThrottlePolicy kPerAccount{5, 15 * kMinute, kHour};
    static constexpr ThrottlePolicy kPerBrowser{5, 15 * kMinute, kHour};
    static constexpr Millis kBrowserTrust = 180 * kDay;
    static constexpr int kRecoveryCodes = 10;
    static constexpr Millis kResetLifetime = kHour;
    static constexpr Millis kConfirmLifetime = 7 * kDay;

    struct SecurityPorts {
        OneTimeCodes& codes;
        FailureLog& failures;
        const Signer& signer;       // signs the trusted-browser cookie
        AuditLog* audit = nullptr;  // staff changes: roles, second factors, staff created
        // Registrations and password resets per address and email ([limits]); null: the default figures.
        ActionLimits* limits = nullptr;
    };
    AccountService(AccountRepository& accounts, SessionStore& sessions, PasswordHasher& hasher, RateLimiter& limiter,
                   TokenService& tokens, AccountTokens& account_tokens, AccountNotifier& notifier, UnitOfWork& unit,
                   const Clock& clock, SecurityPorts security)
        : security_(security),
          accounts_(accounts),
          sessions_(sessions),
          hasher_(hasher),
          limiter_(limiter),
          tokens_(tokens),
          account_tokens_(account_tokens),
          notifier_(notifier),
          unit_(unit),
          clock_(clock) {}
    ~AccountService();

    // A new staff account (confirmed): `role` is roles::kAdmin or roles::kModerator.
    // `actor_id`: the administrator who creates it (0: the command line).
    Result<Account> CreateStaff(std::string_view email, std::string_view password, std::string_view role,
                                std::int64_t actor_id = 0);
    // Gives an existing account another role (roles::kUser takes it off the staff) and ends its sessions, so that
    // the new role holds from its next sign-in. Nobody changes their own role: since only administrators change
    // roles, the one who does stays an administrator, so there is always one.
    Result<Account> SetRole(std::int64_t actor_id, std::string_view email, std::string_view role);
    std::vector<Account> Staff() { return accounts_.Staff(); }

    // Registration answers the same whether or not the email is already registered (the owner of an existing
    // account gets a mail instead), so that it does not reveal which emails have accounts.
    Result<Unit> Register(std::string_view email, std::string_view password, std::string_view lang,
                          std::string_view ip);
    struct SignedIn {
        std::string session_token;  // goes into the cookie; only its hash is stored
        Account account;
        std::string browser_token;  // the trusted-browser cookie (new at every sign-in)
    };
    // Confirms the address and signs the person in: the single-use link came to their mailbox, which is as much
    // proof as the password (which the reset link replaces the same way).
    Result<SignedIn> Confirm(std::string_view token);
    // Sends a new confirmation link.
    Result<Unit> ResendConfirmation(std::int64_t account_id);

    // Same answer for a wrong password and an unknown email. RateLimited when too many attempts (per IP and per
    // account separately). `required_role`: "" accepts any account, roles::kAnyStaff either staff role.
    // An account with a second factor also needs `code`: the authenticator app's current code or an unused
    // recovery code (the same answer for every wrong part). `browser`: the trusted-browser cookie, if any.
    struct Credentials {
        std::string_view email, password, code, browser;
    };
    Result<SignedIn> SignIn(const Credentials& c, std::string_view ip, std::string_view required_role);
    std::optional<Session> Authenticate(std::string_view session_token);
    void SignOut(std::string_view session_token);

    // The same answer whether or not the account exists: a reset link goes out only when it does. RateLimited past
    // the [limits] of resets per address or email (counted whether or not the account exists, so the refusal tells
    // nothing either).
    Result<Unit> RequestPasswordReset(std::string_view email, std::string_view ip);
    // Single use, valid for an hour; ends every session of the account.
    Result<Unit> ResetPassword(std::string_view token, std::string_view new_password);

    static std::optional<FieldError> CheckPassword(std::string_view email, std::string_view password);

    // Setting up the second factor: a new secret to show (QR code and text) with a signature that lets the form
    // carry it; the code the app shows for it proves the app has it. Returns the recovery codes (shown once).
    struct TotpOffer {
        std::string secret, signature, uri;
    };
    TotpOffer OfferTotp(const Account& a, std::string_view issuer);
    // A new set of recovery codes (the old ones stop working), for a current code from the app.
    Result<std::vector<std::string>> RenewRecoveryCodes(std::int64_t account_id, std::string_view code);
    Result<std::vector<std::string>> EnableTotp(std::int64_t account_id, std::string_view secret,
                                                std::string_view signature, std::string_view code);

  private:
    // kRecoveryCodes new codes to show once; their hashes go to `hashes`.
    std::vector<std::string> NewRecoveryCodes(std::vector<std::string>& hashes);
    SignedIn StartSession(Account account, Millis now);
    // The account a trusted-browser cookie was given to, when it is genuine and not too old.
    std::optional<std::int64_t> BrowserAccount(std::string_view browser, Millis now) const;
    bool SecondFactorOk(Account& account, std::string_view code, Millis now);
    SecurityPorts security_;
    std::string NewAccountToken(std::int64_t account_id, std::string_view purpose, Millis lifetime);

    AccountRepository& accounts_;
    SessionStore& sessions_;
    PasswordHasher& hasher_;
    RateLimiter& limiter_;
    TokenService& tokens_;
    AccountTokens& account_tokens_;
    AccountNotifier& notifier_;
    UnitOfWork& unit_;  // an account or a link is stored together with the mail that carries it
    const Clock& clock_;
    std::once_flag limits_once_;
    std::shared_ptr<ActionLimits> default_limits_;  // when SecurityPorts::limits is null
    ActionLimits& Limits();
    std::once_flag dummy_once_;
    std::string dummy_hash_;  // compared against for unknown emails, so timing does not tell them apart
};

}  // namespace ejob::domain
