#include "domain/accounts/account.hpp"

#include "domain/common/msgid.hpp"
#include "domain/text/text.hpp"
#include "domain/vacancies/validation.hpp"

namespace ejob::domain {

std::string NormalizeEmail(std::string_view email) {
    std::string out(text::Trim(email));
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return out;
}

std::optional<FieldError> AccountService::CheckPassword(std::string_view email, std::string_view password) {
    size_t n = text::Utf8Length(password);
    if (n < 10) return FieldError{"password", N_("The password must have at least {} characters."), "10"};
    if (n > 128) return FieldError{"password", N_("The password must have at most {} characters."), "128"};
    if (NormalizeEmail(password) == NormalizeEmail(email))
        return FieldError{"password", N_("The password must not be your email address.")};
    return std::nullopt;
}

Result<Account> AccountService::CreateAdmin(std::string_view email, std::string_view password) {
    Account a;
    a.email = NormalizeEmail(email);
    if (!rules::LooksLikeEmail(a.email)) return Error::Invalid({{"email", N_("Enter a valid email address.")}});
    if (auto e = CheckPassword(a.email, password)) return Error::Invalid({*e});
    a.password_hash = hasher_.Hash(password);
    a.role = "admin";
    a.created_at = clock_.Now();
    auto id = accounts_.Create(a);
    if (!id) return Error::Of(ErrorCode::Conflict, N_("An account with this email already exists."));
    a.id = *id;
    return a;
}

Result<AccountService::SignedIn> AccountService::SignIn(std::string_view email, std::string_view password,
                                                        std::string_view ip, std::string_view required_role) {
    Millis now = clock_.Now();
    std::string normalized = NormalizeEmail(email);
    std::string scope(required_role);
    bool ip_ok = limiter_.Allow("signin:" + scope + ":ip:" + std::string(ip), kAttemptsPerIp, kAttemptWindow, now);
    bool account_ok = limiter_.Allow("signin:" + scope + ":account:" + normalized, kAttemptsPerAccount,
                                     kAttemptWindow, now);
    if (!ip_ok || !account_ok)
        return Error::Of(ErrorCode::RateLimited, N_("Too many sign-in attempts. Wait 15 minutes and try again."));

    auto account = accounts_.FindByEmail(normalized);
    // Hash even for unknown emails so that timing does not reveal which emails exist.
    bool ok = account ? hasher_.Verify(account->password_hash, password)
                      : (hasher_.Verify(hasher_.Hash("timing-equaliser"), password), false);
    if (!ok || account->role != required_role)
        return Error::Invalid({{"email", N_("The email or the password is wrong.")}});

    limiter_.Reset("signin:" + scope + ":account:" + normalized);
    if (hasher_.NeedsRehash(account->password_hash)) {
        account->password_hash = hasher_.Hash(password);
        accounts_.UpdatePasswordHash(account->id, account->password_hash);
    }
    SignedIn out;
    out.session_token = tokens_.NewToken();
    sessions_.Create(tokens_.Hash(out.session_token), account->id, now);
    out.account = std::move(*account);
    return out;
}

std::optional<Session> AccountService::Authenticate(std::string_view session_token) {
    if (session_token.size() < 20 || session_token.size() > 100) return std::nullopt;
    std::string hash = tokens_.Hash(session_token);
    auto s = sessions_.Find(hash);
    if (!s) return std::nullopt;
    Millis now = clock_.Now();
    if (now - s->last_seen_at > kIdleTimeout || now - s->created_at > kAbsoluteTimeout) {
        sessions_.Delete(hash);
        return std::nullopt;
    }
    if (now - s->last_seen_at > kMinute) sessions_.Touch(hash, now);
    return s;
}

void AccountService::SignOut(std::string_view session_token) {
    if (session_token.size() < 20 || session_token.size() > 100) return;
    sessions_.Delete(tokens_.Hash(session_token));
}

}  // namespace ejob::domain
