#pragma once
// How often one address, one email and one account may do what costs the site moderation work or sends mail: post a
// publication (every kind), register an account, ask for a password reset, send the contact form, report a
// publication. Counted in the shared RateLimiter (every node agrees), each quota in fixed windows of its own. A
// refused action is counted in no quota; past a quota the caller refuses with RateLimited, and the time until the
// fullest quota's window ends (Error::retry_after_ms).
//
// Who is counted where: an address always; an email for a visitor who names one (a publication's owner email, the
// email of a registration or reset, the contact form's sender); an account for a signed-in person (whose address
// then gets the larger of the two figures, as several people share an office's address).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/accounts/account.hpp"         // RateLimiter
#include "domain/antiscrape/reveal_guard.hpp"  // Quota
#include "domain/common/clock.hpp"
#include "domain/common/result.hpp"
#include "domain/common/signer.hpp"

namespace ejob::domain {

enum class Action { Publication, Registration, PasswordReset, Contact, Report };

struct ActionQuotas {
    Quota per_ip;
    Quota per_email;
    Quota per_account;
};

// [limits] in the config. A limit of 0 turns that quota off.
struct LimitsPolicy {
    ActionQuotas publication{{20, kHour}, {10, kHour}, {30, kHour}};  // a new vacancy, resume or services ad
    ActionQuotas registration{{10, kHour}, {3, kHour}, {}};
    ActionQuotas password_reset{{20, kHour}, {3, kHour}, {}};
    ActionQuotas contact{{10, kHour}, {5, kHour}, {20, kHour}};  // the contact form (to come)
    ActionQuotas report{{20, kHour}, {}, {50, kHour}};           // reports of a publication (to come)
    // Mail to one address per clock hour, every kind of mail counted (see MailCap in domain/common/mail_cap.hpp).
    int mail_per_address_per_hour = 5;

    const ActionQuotas& Of(Action a) const;
};

// Who does it. `email` is normalised by the caller (or left empty).
struct Actor {
    std::string_view ip;
    std::string_view email;
    std::optional<std::int64_t> account;
};

class ActionLimits {
  public:
    // `signer` keys the emails in the limiter's keys: the counters never hold an address (a deleted account leaves
    // none behind), nor anything a list of addresses could be matched against.
    ActionLimits(LimitsPolicy policy, RateLimiter& limiter, const Signer& signer, const Clock& clock)
        : policy_(policy), limiter_(limiter), signer_(signer), clock_(clock) {}

    // Counts one `action` by `who`; or, past a quota, counts nothing and returns the refusal: RateLimited, a msgid
    // with "{}" for the minutes to wait (Error::arg), and Error::retry_after_ms.
    std::optional<Error> Take(Action action, const Actor& who);

    const LimitsPolicy& policy() const { return policy_; }

  private:
    LimitsPolicy policy_;
    RateLimiter& limiter_;
    const Signer& signer_;
    const Clock& clock_;
};

}  // namespace ejob::domain
