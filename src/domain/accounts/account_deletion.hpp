#pragma once
// An administrator deletes an account — carrying out its owner's request, or directly from the users console: the
// account goes with everything stored about it — its publications (versions, read model, search entries,
// management links), sessions, tokens and requests — in one transaction, and the publications' photo files once it
// has committed. A publication submitted from the account meanwhile is either seen by that transaction (and deleted
// with the rest) or refused (its account is gone): none is left behind without its owner.
#include <cstdint>

#include "domain/accounts/account.hpp"
#include "domain/accounts/account_requests.hpp"
#include "domain/publications/all_kinds.hpp"

namespace ejob::domain {

class AccountDeletion {
  public:
    AccountDeletion(AccountRequestService& requests, AccountRepository& accounts, OwnerQueries& owners,
                    Publications& kinds, PhotoFiles& photos, UnitOfWork& unit)
        : requests_(requests), accounts_(accounts), owners_(owners), kinds_(kinds), photos_(photos), unit_(unit) {}

    // NotFound when `request_id` is not a pending deletion request.
    Result<Unit> CarryOut(std::int64_t admin_id, std::int64_t request_id);
    // The administrator's own decision (AccountAdministration::Delete). NotFound when there is no such account.
    Result<Unit> Delete(std::int64_t admin_id, std::int64_t account_id);

  private:
    AccountRequestService& requests_;
    AccountRepository& accounts_;
    OwnerQueries& owners_;
    Publications& kinds_;
    PhotoFiles& photos_;
    UnitOfWork& unit_;
};

}  // namespace ejob::domain
