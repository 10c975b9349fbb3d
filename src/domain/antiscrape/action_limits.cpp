#include "domain/antiscrape/action_limits.hpp"

#include <algorithm>
#include <vector>

#include "domain/common/msgid.hpp"

namespace ejob::domain {

namespace {

const char* NameOf(Action a) {
    switch (a) {
        case Action::Publication:
            return "publication";
        case Action::Registration:
            return "register";
        case Action::PasswordReset:
            return "reset";
        case Action::Contact:
            return "contact";
        case Action::Report:
            return "report";
    }
    return "action";
}

const char* RefusalOf(Action a) {
    switch (a) {
        case Action::Publication:
            return N_(
                "Many ads were sent from your address or with your email lately. Nothing was stored: you can "
                "send this form again in {} min.");
        case Action::Registration:
            return N_("Too many registrations from your address or for this email. You can try again in {} min.");
        case Action::PasswordReset:
            return N_(
                "Too many password reset requests from your address or for this email. You can ask again in "
                "{} min.");
        case Action::Contact:
            return N_(
                "Too many messages were sent from your address or with your email. Nothing was sent: you can "
                "send this form again in {} min.");
        case Action::Report:
            return N_("Too many reports were sent from your address. You can report again in {} min.");
    }
    return "";
}

}  // namespace

const ActionQuotas& LimitsPolicy::Of(Action a) const {
    switch (a) {
        case Action::Publication:
            return publication;
        case Action::Registration:
            return registration;
        case Action::PasswordReset:
            return password_reset;
        case Action::Contact:
            return contact;
        case Action::Report:
            return report;
    }
    return publication;
}

std::optional<Error> ActionLimits::Take(Action action, const Actor& who) {
    struct Layer {
        std::string key;
        Quota quota;
    };
    const ActionQuotas& q = policy_.Of(action);
    const std::string prefix = std::string("limit:") + NameOf(action) + ":";
    std::vector<Layer> layers;
    if (who.account) {
        layers.push_back({prefix + "account:" + std::to_string(*who.account), q.per_account});
        Quota ip = q.per_ip;
        if (q.per_ip.limit > 0 && q.per_account.limit > ip.limit) ip.limit = q.per_account.limit;
        layers.push_back({prefix + "ip:" + std::string(who.ip), ip});
    } else {
        layers.push_back({prefix + "ip:" + std::string(who.ip), q.per_ip});
    }
    if (!who.email.empty())
        layers.push_back(
            {prefix + "email:" + signer_.Sign("limit-email:" + std::string(who.email)).substr(0, 22), q.per_email});
    std::erase_if(layers, [](const Layer& l) { return l.quota.limit <= 0 || l.quota.window <= 0; });

    const Millis now = clock_.Now();
    Millis retry_after = 0;
    auto refuse = [&] {
        Error e = Error::Of(ErrorCode::RateLimited, RefusalOf(action));
        e.retry_after_ms = retry_after;
        e.arg = std::to_string(std::max<Millis>(1, (retry_after + kMinute - 1) / kMinute));
        return e;
    };
    // Every quota first, so that a refused action counts in none; then the count, which holds against a race
    // between nodes (the limiter's count is atomic).
    for (const auto& l : layers)
        if (limiter_.Hits(l.key, l.quota.window, now) >= l.quota.limit)
            retry_after = std::max(retry_after, RateLimiter::UntilWindowEnds(l.quota.window, now));
    if (retry_after > 0) return refuse();
    for (const auto& l : layers)
        if (!limiter_.Allow(l.key, l.quota.limit, l.quota.window, now))
            retry_after = std::max(retry_after, RateLimiter::UntilWindowEnds(l.quota.window, now));
    if (retry_after > 0) return refuse();
    return std::nullopt;
}

}  // namespace ejob::domain
