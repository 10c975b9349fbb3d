#pragma once
// At most a few mails to one address per clock hour, whatever sends them: a stranger cannot flood someone's inbox
// through the site (a publication naming their email, registrations, the contact form). Wraps the mail queue;
// counted in the shared RateLimiter (every node agrees), inside the transaction of the change that sends the mail.
// Every message counts; past the cap a message that is not `required` is not queued, and `dropped` is told (it logs
// without the address).
#include <functional>
#include <string>

#include "domain/accounts/account.hpp"  // RateLimiter
#include "domain/common/clock.hpp"
#include "domain/common/mail_queue.hpp"
#include "domain/common/signer.hpp"

namespace ejob::domain {

class MailCap final : public MailQueue {
  public:
    // `per_hour`: 0 turns the cap off.
    // `signer` keys the address in the limiter's key (the counter never holds it).
    MailCap(MailQueue& inner, RateLimiter& limiter, const Signer& signer, const Clock& clock, int per_hour,
            std::function<void(const MailMessage&)> dropped = {})
        : inner_(inner),
          limiter_(limiter),
          signer_(signer),
          clock_(clock),
          per_hour_(per_hour),
          dropped_(std::move(dropped)) {}
    void Enqueue(const MailMessage& m) override;

  private:
    MailQueue& inner_;
    RateLimiter& limiter_;
    const Signer& signer_;
    const Clock& clock_;
    int per_hour_;
    std::function<void(const MailMessage&)> dropped_;
};

}  // namespace ejob::domain
