#pragma once
// How long publications are kept (the privacy policy: active ones 6–7 months, stopped ones about a month).
#include <optional>

#include "domain/common/clock.hpp"
#include "domain/publications/publication.hpp"

namespace ejob::domain {

struct RetentionPolicy {
    Millis published_for = 183 * kDay;
    Millis stopped_for = 30 * kDay;

    // When the item will be deleted if nothing changes; nullopt while it waits for moderation.
    std::optional<Millis> DueForDeletion(PublicationStatus status, std::optional<Millis> published_at,
                                         std::optional<Millis> stopped_at) const {
        if (status == PublicationStatus::Stopped && stopped_at) return *stopped_at + stopped_for;
        if (status == PublicationStatus::Published && published_at) return *published_at + published_for;
        return std::nullopt;
    }
};

}  // namespace ejob::domain
