#include "domain/accounts/earlier_publications.hpp"

#include <algorithm>

#include "domain/common/msgid.hpp"

namespace ejob::domain {

std::vector<OwnedItem> EarlierPublications::Offer(const Session& user) {
    std::vector<OwnedItem> out;
    if (!user.confirmed || user.email.empty()) return out;
    const std::string email = NormalizeEmail(user.email);
    for (auto& u : unowned_.WithEmail(email, kMaxOffered))
        if (NormalizeEmail(u.owner_email) == email) out.push_back(std::move(u.item));
    return out;
}

Result<Unit> EarlierPublications::Attach(const Session& user, const std::vector<std::int64_t>& chosen) {
    if (!user.confirmed)
        return Error::Of(ErrorCode::Forbidden, N_("Confirm your email address first, then attach publications."));
    if (chosen.empty()) return Error::Invalid({{"attach", N_("Choose at least one publication.")}});
    auto offered = Offer(user);
    std::vector<std::int64_t> ids;
    for (std::int64_t id : chosen) {
        bool on_offer = std::any_of(offered.begin(), offered.end(), [&](const OwnedItem& o) { return o.id == id; });
        if (!on_offer)
            return Error::Of(ErrorCode::Conflict,
                             N_("Some of the chosen publications cannot be attached to your account. Nothing was "
                                "changed."));
        if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    }
    if (!unowned_.Attach(ids, user.account_id, NormalizeEmail(user.email)))
        return Error::Of(ErrorCode::Conflict,
                         N_("Some of the chosen publications cannot be attached to your account. Nothing was "
                            "changed."));
    return Unit{};
}

}  // namespace ejob::domain
