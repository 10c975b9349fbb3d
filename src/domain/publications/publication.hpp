#pragma once
// The lifecycle every publication shares (vacancies now; resumes and services ads reuse it):
//   submit → pending → published ⇄ stopped;  pending → rejected (reason) → pending on edit;  deleted = gone.
// Each submission or edit is a *version*; the publication points at its live (approved) version, and an edit
// waits as a pending version while the live one stays public.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/common/clock.hpp"

namespace ejob::domain {

enum class PublicationStatus { Pending, Published, Rejected, Stopped };
enum class ReviewState { Pending, Approved, Rejected };

std::string_view ToString(PublicationStatus s);
std::optional<PublicationStatus> ParsePublicationStatus(std::string_view s);
std::string_view ToString(ReviewState s);
std::optional<ReviewState> ParseReviewState(std::string_view s);

struct Publication {
    std::int64_t id = 0;
    std::string kind;  // "vacancy"
    PublicationStatus status = PublicationStatus::Pending;
    std::string slug;
    std::string lang;         // language the owner used; notifications go out in it
    std::string owner_email;  // private: where the management link and moderation outcome go
    Millis created_at = 0;
    Millis updated_at = 0;
    std::optional<Millis> published_at;
    std::optional<Millis> deletion_requested_at;
    std::int64_t views = 0;
};

// A version as the moderation queue and the owner see it.
struct VersionInfo {
    std::int64_t id = 0;
    ReviewState review = ReviewState::Pending;
    std::string reject_reason;
    Millis submitted_at = 0;
};

// Anything that tells owners about their publications (mail outbox in production, a recorder in tests).
class PublicationNotifier {
public:
    virtual ~PublicationNotifier() = default;
    virtual void ManageLinkCreated(const Publication& p, std::string_view title, std::string_view token) = 0;
    virtual void Approved(const Publication& p, std::string_view title) = 0;
    virtual void Rejected(const Publication& p, std::string_view title, std::string_view reason) = 0;
};

// Random secrets and their one-way hashes (libsodium in production).
class TokenService {
public:
    virtual ~TokenService() = default;
    virtual std::string NewToken() = 0;                           // ≥128 random bits, URL-safe
    virtual std::string Hash(std::string_view token) const = 0;  // stored instead of the token
};

}  // namespace ejob::domain
