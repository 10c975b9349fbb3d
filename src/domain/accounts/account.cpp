#include "domain/accounts/account.hpp"

#include <algorithm>
#include <cctype>

#include "domain/antiscrape/action_limits.hpp"
#include "domain/common/msgid.hpp"
#include "domain/text/text.hpp"
#include "domain/vacancies/validation.hpp"

namespace ejob::domain {

namespace {
// Said at sign-in, after a correct password, to an account an administrator blocked.
constexpr const char* kBlockedAccount = N_("This account is blocked by the administration of the site.");
}  // namespace

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

std::string AccountService::NewAccountToken(std::int64_t account_id, std::string_view purpose, Millis lifetime) {
    std::string token = tokens_.NewToken();
    account_tokens_.Create(tokens_.Hash(token), account_id, purpose, clock_.Now() + lifetime);
    return token;
}

Result<Account> AccountService::CreateStaff(std::string_view email, std::string_view password, std::string_view role,
                                            std::int64_t actor_id) {
    if (!roles::IsStaff(role)) return Error::Invalid({{"role", N_("Choose a role.")}});
    Account a;
    a.email = NormalizeEmail(email);
    std::vector<FieldError> errors;
    if (!rules::LooksLikeEmail(a.email)) errors.push_back({"email", N_("Enter a valid email address.")});
    if (auto e = CheckPassword(a.email, password)) errors.push_back(*e);
    if (!errors.empty()) return Error::Invalid(std::move(errors));
    a.password_hash = hasher_.Hash(password);
    a.role = std::string(role);
    a.created_at = clock_.Now();
    a.confirmed_at = a.created_at;
    auto id = accounts_.Create(a);
    if (!id) return Error::Invalid({{"email", N_("An account with this email already exists.")}});
    a.id = *id;
    if (security_.audit)
        security_.audit->Append(
            {0, "create_staff", audit::kAccount, a.id, {}, {{N_("Role"), {}, a.role}}, a.created_at});
    return a;
}

Result<Account> AccountService::SetRole(std::int64_t actor_id, std::string_view email, std::string_view role) {
    if (!roles::IsRole(role)) return Error::Invalid({{"role", N_("Choose a role.")}});
    Result<Account> out = Error::Of(ErrorCode::NotFound);
    unit_.Atomically([&] {
        auto account = accounts_.FindByEmail(NormalizeEmail(email));
        if (!account) {
            out = Error::Invalid({{"email", N_("There is no account with this email.")}});
            return;
        }
        if (account->id == actor_id) {
            out = Error::Invalid({{"email", N_("You cannot change your own role.")}});
            return;
        }
        accounts_.SetRole(account->id, role);
        sessions_.DeleteAllOf(account->id);
        if (security_.audit)
            security_.audit->Append({actor_id,
                                     "set_role",
                                     audit::kAccount,
                                     account->id,
                                     {},
                                     {{N_("Role"), account->role, std::string(role)}},
                                     clock_.Now()});
        account->role = std::string(role);
        out = std::move(*account);
    });
    return out;
}

Result<Unit> AccountService::Register(std::string_view email, std::string_view password, std::string_view lang,
                                      std::string_view ip) {
    Account a;
    a.email = NormalizeEmail(email);
    std::vector<FieldError> errors;
    if (!rules::LooksLikeEmail(a.email)) errors.push_back({"email", N_("Enter a valid email address.")});
    if (auto e = CheckPassword(a.email, password)) errors.push_back(*e);
    if (!errors.empty()) return Error::Invalid(std::move(errors));
    Millis now = clock_.Now();
    if (auto refused = Limits().Take(Action::Registration, {ip, a.email, std::nullopt})) return *refused;
    a.password_hash = hasher_.Hash(password);
    a.role = std::string(roles::kUser);
    a.created_at = now;
    a.lang = std::string(lang);
    bool created = false;
    unit_.Atomically([&] {
        created = false;
        if (auto id = accounts_.Create(a)) {
            a.id = *id;
            created = true;
            notifier_.ConfirmEmail(a, NewAccountToken(a.id, "confirm", kConfirmLifetime));
        }
    });
    if (created) {
    } else if (auto existing = accounts_.FindByEmail(a.email)) {
        // At most one such mail per address and hour, so the form cannot be used to flood someone's inbox.
        if (limiter_.Allow("register:notify:" + a.email, 1, kHour, now)) notifier_.AlreadyRegistered(*existing);
    }
    return Unit{};
}

Result<AccountService::SignedIn> AccountService::Confirm(std::string_view token) {
    const auto invalid = Error::Of(ErrorCode::NotFound, N_("This confirmation link is not valid any more."));
    if (token.size() < 20 || token.size() > 100) return invalid;
    Millis now = clock_.Now();
    auto id = account_tokens_.Consume(tokens_.Hash(token), "confirm", now);
    auto account = id ? accounts_.FindById(*id) : std::nullopt;
    if (!account) return invalid;
    if (account->blocked_at) return Error::Of(ErrorCode::Forbidden, kBlockedAccount);
    accounts_.MarkConfirmed(account->id, now);
    account->confirmed_at = account->confirmed_at.value_or(now);
    return StartSession(std::move(*account), now);
}

AccountService::SignedIn AccountService::StartSession(Account account, Millis now) {
    SignedIn out;
    out.session_token = tokens_.NewToken();
    sessions_.Create(tokens_.Hash(out.session_token), account.id, now);
    const std::string browser =
        std::to_string(account.id) + "." + std::to_string(now) + "." + tokens_.NewToken().substr(0, 16);
    out.browser_token = browser + "." + security_.signer.Sign("browser:" + browser);
    out.account = std::move(account);
    return out;
}

Result<Unit> AccountService::ResendConfirmation(std::int64_t account_id) {
    auto a = accounts_.FindById(account_id);
    if (!a) return Error::Of(ErrorCode::NotFound);
    if (a->confirmed_at) return Unit{};
    if (!limiter_.Allow("confirm:resend:" + std::to_string(account_id), 3, kHour, clock_.Now()))
        return Error::Of(ErrorCode::RateLimited, N_("We already sent several links. Check your mailbox or try later."));
    unit_.Atomically([&] { notifier_.ConfirmEmail(*a, NewAccountToken(a->id, "confirm", kConfirmLifetime)); });
    return Unit{};
}

Millis ThrottlePolicy::Wait(const FailureLog::Failures& f, Millis now) const {
    if (f.count <= free || now - f.last >= forget_after) return 0;
    const int doublings = std::min(f.count - free - 1, 20);
    const Millis delay = std::min<Millis>(kSecond << doublings, max);
    return std::max<Millis>(0, f.last + delay - now);
}

std::string OneTimeCodes::Uri(std::string_view issuer, std::string_view account, std::string_view secret) {
    auto escape = [](std::string_view in) {
        std::string out;
        for (unsigned char c : in) {
            if (std::isalnum(c) || c == '.' || c == '-' || c == '_' || c == '@') {
                out += static_cast<char>(c);
            } else {
                static const char* kHex = "0123456789ABCDEF";
                out += '%';
                out += kHex[c >> 4];
                out += kHex[c & 15];
            }
        }
        return out;
    };
    return "otpauth://totp/" + escape(issuer) + ":" + escape(account) + "?secret=" + std::string(secret) +
           "&issuer=" + escape(issuer) + "&algorithm=SHA1&digits=6&period=30";
}

std::optional<std::int64_t> AccountService::BrowserAccount(std::string_view browser, Millis now) const {
    // "<account id>.<issued at>.<random>.<signature>"
    auto last_dot = browser.rfind('.');
    if (browser.size() > 200 || last_dot == std::string_view::npos) return std::nullopt;
    auto body = browser.substr(0, last_dot);
    if (!security_.signer.Verify("browser:" + std::string(body), browser.substr(last_dot + 1))) return std::nullopt;
    auto first = body.find('.'), second = body.find('.', first + 1);
    if (first == std::string_view::npos || second == std::string_view::npos) return std::nullopt;
    try {
        const std::int64_t account = std::stoll(std::string(body.substr(0, first)));
        const Millis issued = std::stoll(std::string(body.substr(first + 1, second - first - 1)));
        if (now - issued > kBrowserTrust || issued > now + kMinute) return std::nullopt;
        return account;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

bool AccountService::SecondFactorOk(Account& account, std::string_view code, Millis now) {
    if (!account.totp_secret) return true;
    std::string trimmed;
    for (char c : code)
        if (c != ' ' && c != '-') trimmed += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (trimmed.size() == 6) {
        auto step = security_.codes.Match(*account.totp_secret, trimmed, now);
        return step && accounts_.UseTotpStep(account.id, *step);
    }
    return trimmed.size() == 10 && accounts_.UseRecoveryCode(account.id, tokens_.Hash(trimmed), now);
}

Result<AccountService::SignedIn> AccountService::SignIn(const Credentials& c, std::string_view ip,
                                                        std::string_view required_role) {
    const Millis now = clock_.Now();
    const std::string normalized = NormalizeEmail(c.email);
    auto account = accounts_.FindByEmail(normalized);
    // A browser this account signed in from before is judged on its own failures, not on the account's.
    const bool trusted =
        account && BrowserAccount(c.browser, now) == account->id &&
        kPerBrowser.Wait(security_.failures.Find("signin:browser:" + std::string(c.browser)), now) == 0;
    const std::string ip_key = "signin:ip:" + std::string(ip);
    const std::string account_key =
        trusted ? "signin:browser:" + std::string(c.browser) : "signin:account:" + normalized;
    const ThrottlePolicy& account_policy = trusted ? kPerBrowser : kPerAccount;
    const Millis wait = std::max(kPerAddress.Wait(security_.failures.Find(ip_key), now),
                                 account_policy.Wait(security_.failures.Find(account_key), now));
    if (wait > 0)
        return Error::Of(ErrorCode::RateLimited,
                         N_("Too many sign-in attempts. Wait a little and try again, or reset your password."));

    std::call_once(dummy_once_, [&] { dummy_hash_ = hasher_.Hash("timing-equaliser-for-unknown-emails"); });
    // Verify even for unknown emails so that timing does not reveal which emails exist.
    bool ok =
        account ? hasher_.Verify(account->password_hash, c.password) : (hasher_.Verify(dummy_hash_, c.password), false);
    ok = ok && (required_role.empty() || account->role == required_role ||
                (required_role == roles::kAnyStaff && roles::IsStaff(account->role)));
    ok = ok && SecondFactorOk(*account, c.code, now);
    if (!ok) {
        security_.failures.Add(ip_key, now, kPerAddress.forget_after);
        security_.failures.Add(account_key, now, account_policy.forget_after);
        return Error::Invalid(
            {{"email", account && account->totp_secret ? N_("The email, the password or the code is wrong.")
                                                       : N_("The email or the password is wrong.")}});
    }
    security_.failures.Clear(account_key);
    security_.failures.Clear(ip_key);
    if (account->blocked_at) return Error::Invalid({{"email", kBlockedAccount}});
    if (hasher_.NeedsRehash(account->password_hash)) {
        account->password_hash = hasher_.Hash(c.password);
        accounts_.UpdatePasswordHash(account->id, account->password_hash);
    }
    return StartSession(std::move(*account), now);
}

AccountService::TotpOffer AccountService::OfferTotp(const Account& a, std::string_view issuer) {
    TotpOffer o;
    o.secret = security_.codes.NewSecret();
    o.signature = security_.signer.Sign("totp:" + std::to_string(a.id) + ":" + o.secret);
    o.uri = OneTimeCodes::Uri(issuer, a.email, o.secret);
    return o;
}

std::vector<std::string> AccountService::NewRecoveryCodes(std::vector<std::string>& hashes) {
    std::vector<std::string> codes;
    for (int i = 0; i < kRecoveryCodes; ++i) {
        // 10 characters of base32 (50 bits): typed from paper, used once, and only with the password.
        std::string token = tokens_.NewToken(), code_text;
        static const char* kAlphabet = "abcdefghijkmnpqrstuvwxyz23456789";
        for (size_t k = 0; k < 10; ++k) code_text += kAlphabet[static_cast<unsigned char>(token[k]) % 32];
        hashes.push_back(tokens_.Hash(code_text));
        codes.push_back(code_text.substr(0, 5) + "-" + code_text.substr(5));
    }
    return codes;
}

Result<std::vector<std::string>> AccountService::RenewRecoveryCodes(std::int64_t account_id, std::string_view code) {
    auto account = accounts_.FindById(account_id);
    if (!account || !account->totp_secret) return Error::Of(ErrorCode::NotFound);
    const Millis now = clock_.Now();
    std::string digits;
    for (char c : code)
        if (c != ' ') digits += c;
    auto step = security_.codes.Match(*account->totp_secret, digits, now);
    if (!step || !accounts_.UseTotpStep(account_id, *step))
        return Error::Invalid({{"code", N_("The code is wrong. Enter the six digits the app shows now.")}});
    std::vector<std::string> hashes, codes = NewRecoveryCodes(hashes);
    unit_.Atomically([&] {
        accounts_.ReplaceRecoveryCodes(account_id, hashes);
        if (security_.audit)
            security_.audit->Append({account_id, "renew_recovery_codes", audit::kAccount, account_id, {}, {}, now});
    });
    return codes;
}

Result<std::vector<std::string>> AccountService::EnableTotp(std::int64_t account_id, std::string_view secret,
                                                            std::string_view signature, std::string_view code) {
    if (!security_.signer.Verify("totp:" + std::to_string(account_id) + ":" + std::string(secret), signature))
        return Error::Of(ErrorCode::Invalid, N_("The page was open for too long. Scan the new code and try again."));
    const Millis now = clock_.Now();
    std::string digits;
    for (char c : code)
        if (c != ' ') digits += c;
    auto step = security_.codes.Match(secret, digits, now);
    if (!step) return Error::Invalid({{"code", N_("The code is wrong. Enter the six digits the app shows now.")}});
    std::vector<std::string> hashes, codes = NewRecoveryCodes(hashes);
    unit_.Atomically([&] {
        accounts_.SetTotpSecret(account_id, secret);
        accounts_.UseTotpStep(account_id, *step);
        accounts_.ReplaceRecoveryCodes(account_id, hashes);
        if (security_.audit)
            security_.audit->Append({account_id, "enable_second_factor", audit::kAccount, account_id, {}, {}, now});
    });
    return codes;
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

AccountService::~AccountService() = default;

ActionLimits& AccountService::Limits() {
    if (security_.limits) return *security_.limits;
    std::call_once(limits_once_, [&] {
        default_limits_ = std::make_shared<ActionLimits>(LimitsPolicy{}, limiter_, security_.signer, clock_);
    });
    return *default_limits_;
}

Result<Unit> AccountService::RequestPasswordReset(std::string_view email, std::string_view ip) {
    std::string normalized = NormalizeEmail(email);
    if (auto refused = Limits().Take(Action::PasswordReset, {ip, normalized, std::nullopt})) return *refused;
    auto account = accounts_.FindByEmail(normalized);
    if (!account) return Unit{};
    unit_.Atomically([&] { notifier_.PasswordReset(*account, NewAccountToken(account->id, "reset", kResetLifetime)); });
    return Unit{};
}

Result<Unit> AccountService::ResetPassword(std::string_view token, std::string_view new_password) {
    const auto invalid = Error::Of(ErrorCode::NotFound, N_("This password reset link is not valid any more."));
    if (token.size() < 20 || token.size() > 100) return invalid;
    std::string hash = tokens_.Hash(token);
    Millis now = clock_.Now();
    auto id = account_tokens_.Find(hash, "reset", now);
    auto account = id ? accounts_.FindById(*id) : std::nullopt;
    if (!account) return invalid;
    // A password that is refused leaves the link usable, so that it can be corrected.
    if (auto e = CheckPassword(account->email, new_password)) return Error::Invalid({*e});
    if (!account_tokens_.Consume(hash, "reset", now)) return invalid;
    accounts_.UpdatePasswordHash(account->id, hasher_.Hash(new_password));
    // The link came by mail, so the mailbox is the owner's: the account counts as confirmed.
    if (!account->confirmed_at) accounts_.MarkConfirmed(account->id, now);
    sessions_.DeleteAllOf(account->id);
    security_.failures.Clear("signin:account:" + account->email);
    return Unit{};
}

}  // namespace ejob::domain
