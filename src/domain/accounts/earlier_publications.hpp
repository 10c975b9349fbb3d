#pragma once
// Publications posted without an account, under the email address of a confirmed account. Their management links
// went to that mailbox, so its owner could manage them already; after confirming the address, the account offers
// to take them in, and the person chooses which.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "domain/accounts/account.hpp"
#include "domain/common/result.hpp"
#include "domain/publications/publication.hpp"

namespace ejob::domain {

struct UnownedPublication {
    OwnedItem item;
    std::string owner_email;  // as it was typed into the form
};

// Port: publications that belong to no account.
class UnownedPublications {
  public:
    virtual ~UnownedPublications() = default;
    // Those whose owner email matches `email` ignoring ASCII case (a superset is fine: the service checks), newest
    // first.
    virtual std::vector<UnownedPublication> WithEmail(std::string_view email, int limit) = 0;
    // Gives every one of `ids` to the account, in one transaction, each only if it still has no owner and this
    // email. False, with nothing changed, when one of them does not qualify any more.
    virtual bool Attach(const std::vector<std::int64_t>& ids, std::int64_t account_id, std::string_view email) = 0;
};

class EarlierPublications {
  public:
    static constexpr int kMaxOffered = 100;

    explicit EarlierPublications(UnownedPublications& unowned) : unowned_(unowned) {}

    // What the account is offered: nothing until the address is confirmed.
    std::vector<OwnedItem> Offer(const Session& user);
    // Attaches the chosen ones; every one of them must be on offer to this account, or nothing is attached.
    Result<Unit> Attach(const Session& user, const std::vector<std::int64_t>& chosen);

  private:
    UnownedPublications& unowned_;
};

}  // namespace ejob::domain
