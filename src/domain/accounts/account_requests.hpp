#pragma once
// Requests that an administrator carries out, as the privacy policy says: a change of the account's email, and
// the deletion of the account with all its data.
#include "domain/accounts/account.hpp"

namespace ejob::domain {

class AccountRequestService {
  public:
    AccountRequestService(AccountRequests& requests, AccountRepository& accounts, const Clock& clock)
        : requests_(requests), accounts_(accounts), clock_(clock) {}

    Result<Unit> RequestEmailChange(std::int64_t account_id, std::string_view new_email);
    Result<Unit> RequestDeletion(std::int64_t account_id);
    std::vector<AccountRequest> Of(std::int64_t account_id) { return requests_.OfAccount(account_id); }

    // Administrators.
    std::vector<AccountRequest> Pending() { return requests_.Pending(200); }
    std::int64_t PendingCount() { return requests_.CountPending(); }  // for the admin navigation
    // Carrying out an email change: AccountAdministration::CarryOutEmailChange; deleting an account: AccountDeletion.
    Result<AccountRequest> ForDeletion(std::int64_t request_id);
    void Refuse(std::int64_t request_id) { requests_.SetStatus(request_id, "refused", clock_.Now()); }

  private:
    bool HasPending(std::int64_t account_id, std::string_view kind);
    AccountRequests& requests_;
    AccountRepository& accounts_;
    const Clock& clock_;
};

}  // namespace ejob::domain
