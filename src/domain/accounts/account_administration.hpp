#pragma once
// The administrators' users console: find accounts by email, see one with its publications and requests, block and
// unblock it, change its email address, delete it with everything it has.
//
// Blocking: a blocked account cannot sign in (every session ends with the block, and none is found for it after),
// and neither it nor anyone with a management link of its publications changes them. Its published publications
// leave public view at once, on every node: they are stopped the way an owner stops one (the read model, its change
// feed, the public photos), marked as stopped by the block. Unblocking publishes again exactly those; the ones the
// owner had stopped stay stopped. Retention treats them like any stopped publication: deleted 30 days after the
// block. A publication approved while its account is blocked is stopped by the block too.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/accounts/account.hpp"
#include "domain/accounts/account_deletion.hpp"
#include "domain/publications/all_kinds.hpp"

namespace ejob::domain {

// One account as the console lists it.
struct AccountListing {
    Account account;  // without its password hash
    std::int64_t publications = 0;
};

// Port: accounts as administrators look for them, and their block.
class AccountDirectory {
  public:
    virtual ~AccountDirectory() = default;
    // Accounts whose email contains `part` (ASCII letters in any case; "%", "_" and "\" are plain characters),
    // newest first.
    virtual std::vector<AccountListing> Search(std::string_view part, int limit, std::int64_t offset) = 0;
    virtual std::int64_t Count(std::string_view part) = 0;
    // Blocks the account since `at` (an earlier block keeps its time), or unblocks it (nullopt).
    virtual void SetBlocked(std::int64_t id, std::optional<Millis> at) = 0;
};

// Port: mail about what an administrator changed in an account, in the account's language.
class AccountChangeNotifier {
  public:
    virtual ~AccountChangeNotifier() = default;
    // The address changed from `old_email` to `account.email`: a notice to each address. `confirm_token`, when not
    // empty, is for a link with which the new address confirms itself (the change left it unconfirmed).
    virtual void EmailChanged(const Account& account, std::string_view old_email, std::string_view confirm_token) = 0;
};

struct AccountSearchPage {
    std::vector<AccountListing> accounts;
    std::int64_t total = 0;
    int page = 1;
    int pages = 1;
};

struct AccountOverview {
    Account account;  // without its password hash
    std::vector<OwnedItem> publications;
    std::vector<AccountRequest> requests;
};

class AccountAdministration {
  public:
    static constexpr int kPageSize = 50;

    struct Ports {
        AccountRepository& accounts;
        AccountDirectory& directory;
        SessionStore& sessions;
        AccountTokens& account_tokens;
        TokenService& tokens;
        AccountRequests& requests;
        OwnerQueries& owners;
        Publications& kinds;
        AccountDeletion& deletion;
        AccountChangeNotifier& notifier;
        AuditLog& audit;
        UnitOfWork& unit;
        const Clock& clock;
    };
    explicit AccountAdministration(Ports p) : p_(p) {}

    // Page `page` (from 1) of the accounts whose email contains `email_part` (all of them when it is empty). NotFound
    // past the last page.
    Result<AccountSearchPage> Find(std::string_view email_part, int page);
    Result<AccountOverview> Overview(std::int64_t account_id);

    // Nobody blocks or deletes their own account (so an administrator who does stays one).
    Result<Unit> Block(std::int64_t admin_id, std::int64_t account_id);
    Result<Unit> Unblock(std::int64_t admin_id, std::int64_t account_id);

    // Refused next to the field ("email") when the address is not valid or another account has it. The new address
    // is unconfirmed (staff stay confirmed), as after an email change by request: an administrator cannot know that
    // the mailbox is the owner's, and a confirmed address is offered the publications posted without an account
    // under it. Links mailed to the old address stop working.
    Result<Account> ChangeEmail(std::int64_t admin_id, std::int64_t account_id, std::string_view new_email);
    // Carries out the owner's request to change the email the same way; a taken address refuses the request.
    Result<Unit> CarryOutEmailChange(std::int64_t admin_id, std::int64_t request_id);

    // The account with every publication, photo file, session, token and request (AccountDeletion). `confirmed`:
    // the administrator ticked the box that says so.
    Result<Unit> Delete(std::int64_t admin_id, std::int64_t account_id, bool confirmed);

  private:
    Result<Unit> SetBlocked(std::int64_t admin_id, std::int64_t account_id, bool blocked);
    // Inside a unit of work.
    Result<Account> ChangeEmailOf(std::int64_t admin_id, std::int64_t account_id, const std::string& email);
    void Audit(std::int64_t admin_id, std::string_view action, std::int64_t account_id,
               std::vector<AuditChange> changes = {});

    Ports p_;
};

}  // namespace ejob::domain
