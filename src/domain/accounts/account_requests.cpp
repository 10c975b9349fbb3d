#include "domain/accounts/account_requests.hpp"

#include "domain/common/msgid.hpp"
#include "domain/vacancies/validation.hpp"

namespace ejob::domain {

bool AccountRequestService::HasPending(std::int64_t account_id, std::string_view kind) {
    for (const auto& r : requests_.OfAccount(account_id))
        if (r.kind == kind && r.status == "pending") return true;
    return false;
}

Result<Unit> AccountRequestService::RequestEmailChange(std::int64_t account_id, std::string_view new_email) {
    std::string email = NormalizeEmail(new_email);
    if (!rules::LooksLikeEmail(email)) return Error::Invalid({{"new_email", N_("Enter a valid email address.")}});
    auto account = accounts_.FindById(account_id);
    if (!account) return Error::Of(ErrorCode::NotFound);
    if (account->email == email)
        return Error::Invalid({{"new_email", N_("This is already the email address of your account.")}});
    if (HasPending(account_id, "email_change"))
        return Error::Of(ErrorCode::Conflict, N_("You already asked for a change; wait for the administration."));
    requests_.Create({0, account_id, account->email, "email_change", email, "pending", clock_.Now(), std::nullopt});
    return Unit{};
}

Result<Unit> AccountRequestService::RequestDeletion(std::int64_t account_id) {
    auto account = accounts_.FindById(account_id);
    if (!account) return Error::Of(ErrorCode::NotFound);
    if (HasPending(account_id, "delete_account"))
        return Error::Of(ErrorCode::Conflict, N_("You already asked for a change; wait for the administration."));
    requests_.Create({0, account_id, account->email, "delete_account", "", "pending", clock_.Now(), std::nullopt});
    return Unit{};
}

Result<AccountRequest> AccountRequestService::ForDeletion(std::int64_t request_id) {
    auto r = requests_.Find(request_id);
    if (!r || r->kind != "delete_account" || r->status != "pending") return Error::Of(ErrorCode::NotFound);
    return *r;
}

}  // namespace ejob::domain
