#pragma once
// How long things are kept. The privacy policy's periods for publications (active ones 6–7 months, stopped ones
// about a month), and how long the site keeps what it needs only for a while: unconfirmed accounts, the audit log,
// mail. Sessions, tokens, rate-limit counters and failed sign-ins go when they expire. Every period can be set in
// the config file ([retention], in days).
#include <optional>

#include "domain/common/clock.hpp"
#include "domain/publications/publication.hpp"

namespace ejob::domain {

struct RetentionPolicy {
    Millis published_for = 183 * kDay;  // on the site, from its first publication
    Millis stopped_for = 30 * kDay;     // after it was stopped (by its owner, or by a block)
    Millis rejected_for = 30 * kDay;    // refused by a moderator and never published
    Millis warn_before = 7 * kDay;      // the owner is told by mail this long before an automatic deletion
    Millis unconfirmed_accounts_for = 30 * kDay;
    Millis audit_for = 365 * kDay;
    Millis mail_for = 30 * kDay;  // delivered mail left in the file outbox; queued mail that could not be delivered
    Millis signin_failures_for = kHour;  // as long as a failed sign-in counts (AccountService's ThrottlePolicy)
    Millis orphan_photos_after = kDay;   // files no stored version refers to (an abandoned upload)

    // When the item will be deleted if nothing changes; nullopt while it waits for moderation. `updated_at` is when
    // a rejected item was rejected.
    std::optional<Millis> DueForDeletion(PublicationStatus status, std::optional<Millis> published_at,
                                         std::optional<Millis> stopped_at,
                                         std::optional<Millis> updated_at = std::nullopt) const {
        if (status == PublicationStatus::Stopped && stopped_at) return *stopped_at + stopped_for;
        if (status == PublicationStatus::Published && published_at) return *published_at + published_for;
        if (status == PublicationStatus::Rejected && updated_at) return *updated_at + rejected_for;
        return std::nullopt;
    }
};

}  // namespace ejob::domain
