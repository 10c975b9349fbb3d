#include "domain/accounts/account_administration.hpp"

#include <algorithm>

#include "domain/common/msgid.hpp"
#include "domain/vacancies/validation.hpp"

namespace ejob::domain {

namespace {
constexpr const char* kEmailTaken = N_("Another account already uses this email address.");

Account WithoutSecrets(Account a) {
    a.password_hash.clear();
    return a;
}
}  // namespace

Result<AccountSearchPage> AccountAdministration::Find(std::string_view email_part, int page) {
    const std::string part = NormalizeEmail(email_part);
    AccountSearchPage out;
    out.page = std::max(page, 1);
    out.total = p_.directory.Count(part);
    out.pages = static_cast<int>(std::max<std::int64_t>(1, (out.total + kPageSize - 1) / kPageSize));
    if (out.page > out.pages) return Error::Of(ErrorCode::NotFound);
    out.accounts = p_.directory.Search(part, kPageSize, static_cast<std::int64_t>(out.page - 1) * kPageSize);
    return out;
}

Result<AccountOverview> AccountAdministration::Overview(std::int64_t account_id) {
    auto account = p_.accounts.FindById(account_id);
    if (!account) return Error::Of(ErrorCode::NotFound);
    AccountOverview out;
    out.account = WithoutSecrets(std::move(*account));
    out.publications = p_.owners.OwnedBy(account_id);
    out.requests = p_.requests.OfAccount(account_id);
    return out;
}

Result<Unit> AccountAdministration::Block(std::int64_t admin_id, std::int64_t account_id) {
    if (admin_id == account_id) return Error::Of(ErrorCode::Forbidden, N_("You cannot block your own account."));
    return SetBlocked(admin_id, account_id, true);
}

Result<Unit> AccountAdministration::Unblock(std::int64_t admin_id, std::int64_t account_id) {
    return SetBlocked(admin_id, account_id, false);
}

// One transaction: the account's row is held first (a publication submitted from it meanwhile waits), then each of
// its publications in turn (an approval of one of them happens before or after, and either way is seen).
Result<Unit> AccountAdministration::SetBlocked(std::int64_t admin_id, std::int64_t account_id, bool blocked) {
    bool held = false;
    p_.unit.Atomically([&] {
        held = p_.accounts.Hold(account_id);
        if (!held) return;
        const Millis now = p_.clock.Now();
        p_.directory.SetBlocked(account_id, blocked ? std::optional<Millis>(now) : std::nullopt);
        if (blocked) p_.sessions.DeleteAllOf(account_id);
        for (const auto& item : p_.owners.OwnedBy(account_id))
            p_.kinds.Visit(item.kind, [&]<PublicationKind Kind>(PublicationService<Kind>& service) {
                service.FollowAccountBlock(item.id, blocked);
            });
        Audit(admin_id, blocked ? "block_account" : "unblock_account", account_id);
    });
    if (!held) return Error::Of(ErrorCode::NotFound);
    return Unit{};
}

Result<Account> AccountAdministration::ChangeEmail(std::int64_t admin_id, std::int64_t account_id,
                                                   std::string_view new_email) {
    const std::string email = NormalizeEmail(new_email);
    if (!p_.accounts.FindById(account_id)) return Error::Of(ErrorCode::NotFound);
    if (!rules::LooksLikeEmail(email)) return Error::Invalid({{"email", N_("Enter a valid email address.")}});
    Result<Account> out = Error::Of(ErrorCode::NotFound);
    p_.unit.Atomically([&] { out = ChangeEmailOf(admin_id, account_id, email); });
    return out;
}

Result<Unit> AccountAdministration::CarryOutEmailChange(std::int64_t admin_id, std::int64_t request_id) {
    auto request = p_.requests.Find(request_id);
    if (!request || request->kind != "email_change" || request->status != "pending")
        return Error::Of(ErrorCode::NotFound);
    Result<Unit> out = Unit{};
    p_.unit.Atomically([&] {
        out = Unit{};
        const Millis now = p_.clock.Now();
        auto account = p_.accounts.FindById(request->account_id);
        if (!account) {
            out = Error::Of(ErrorCode::NotFound);
            return;
        }
        const std::string email = NormalizeEmail(request->new_email);
        if (account->email != email) {
            auto changed = ChangeEmailOf(admin_id, request->account_id, email);
            if (!changed) {
                p_.requests.SetStatus(request_id, "refused", now);
                out = Error::Of(ErrorCode::Conflict,
                                N_("Another account already uses this email; the request was refused."));
                return;
            }
        }
        p_.requests.SetStatus(request_id, "done", now);
    });
    return out;
}

Result<Account> AccountAdministration::ChangeEmailOf(std::int64_t admin_id, std::int64_t account_id,
                                                     const std::string& email) {
    if (!p_.accounts.Hold(account_id)) return Error::Of(ErrorCode::NotFound);
    auto account = p_.accounts.FindById(account_id);
    if (!account) return Error::Of(ErrorCode::NotFound);
    if (account->email == email)
        return Error::Invalid({{"email", N_("This is already the email address of this account.")}});
    // Asked first, so that a taken address is an answer and not a failed statement (which would end the whole
    // transaction on PostgreSQL); the unique index still decides a race.
    if (p_.accounts.FindByEmail(email) || !p_.accounts.ChangeEmail(account_id, email))
        return Error::Invalid({{"email", kEmailTaken}});
    const std::string old_email = account->email;
    account = p_.accounts.FindById(account_id);  // as the change left it (confirmed or not)
    std::string token;
    if (!account->confirmed_at) {
        token = p_.tokens.NewToken();
        p_.account_tokens.Create(p_.tokens.Hash(token), account_id, "confirm",
                                 p_.clock.Now() + AccountService::kConfirmLifetime);
    }
    p_.notifier.EmailChanged(*account, old_email, token);
    Audit(admin_id, "change_account_email", account_id, {{N_("Email"), {}, {}, true}});
    return WithoutSecrets(std::move(*account));
}

Result<Unit> AccountAdministration::Delete(std::int64_t admin_id, std::int64_t account_id, bool confirmed) {
    if (!p_.accounts.FindById(account_id)) return Error::Of(ErrorCode::NotFound);
    if (admin_id == account_id) return Error::Of(ErrorCode::Forbidden, N_("You cannot delete your own account."));
    if (!confirmed)
        return Error::Invalid({{"confirm", N_("Tick the box to confirm that the account is deleted for good.")}});
    auto deleted = p_.deletion.Delete(admin_id, account_id);
    if (deleted) Audit(admin_id, "delete_account", account_id);
    return deleted;
}

// An account is named by its id, never by its email (the log outlives a deleted account).
void AccountAdministration::Audit(std::int64_t admin_id, std::string_view action, std::int64_t account_id,
                                  std::vector<AuditChange> changes) {
    p_.audit.Append(
        {admin_id, std::string(action), audit::kAccount, account_id, {}, std::move(changes), p_.clock.Now()});
}

}  // namespace ejob::domain
