#pragma once
// The lifecycle every publication shares (vacancies now; resumes and services ads reuse it):
//   submit → pending → published ⇄ stopped;  pending → rejected (reason) → pending on edit;  deleted = gone.
// Each submission or edit is a *version*; the publication points at its live (approved) version, and an edit
// waits as a pending version while the live one stays public.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/common/audit.hpp"
#include "domain/common/clock.hpp"
#include "domain/common/photo_store.hpp"
#include "domain/moderation/prechecks.hpp"

namespace ejob::domain {

enum class PublicationStatus { Pending, Published, Rejected, Stopped };
enum class ReviewState { Pending, Approved, Rejected };

std::string_view ToString(PublicationStatus s);
std::optional<PublicationStatus> ParsePublicationStatus(std::string_view s);
std::string_view ToString(ReviewState s);
std::optional<ReviewState> ParseReviewState(std::string_view s);

struct Publication {
    std::int64_t id = 0;
    std::string kind;  // "vacancy", "resume", "service"
    PublicationStatus status = PublicationStatus::Pending;
    std::string slug;
    std::string lang;         // language the owner used; notifications go out in it
    std::string owner_email;  // private: where the management link and moderation outcome go
    Millis created_at = 0;
    Millis updated_at = 0;
    std::optional<Millis> published_at;
    std::optional<Millis> deletion_requested_at;
    std::int64_t views = 0;
    std::optional<std::int64_t> owner_account_id;  // registered owner, if any
    std::optional<Millis> stopped_at;
    bool owner_blocked = false;  // the owner's account is blocked: nothing of it changes until it is unblocked
};

// A version as the moderation queue and the owner see it.
struct VersionInfo {
    std::int64_t id = 0;
    ReviewState review = ReviewState::Pending;
    std::string reject_reason;
    Millis submitted_at = 0;
    std::vector<ReviewFlag> flags;  // what the automatic checks found in this version (moderation/prechecks.hpp)
};

// Anything that tells owners about their publications (mail outbox in production, a recorder in tests), in the
// language of the submission (`p.lang`). Each message carries a management token that works right away.
class PublicationNotifier {
  public:
    virtual ~PublicationNotifier() = default;
    virtual void ManageLinkCreated(const Publication& p, std::string_view title, std::string_view token) = 0;
    virtual void Approved(const Publication& p, std::string_view title, std::string_view token) = 0;
    virtual void Rejected(const Publication& p, std::string_view title, std::string_view reason,
                          std::string_view token) = 0;
};

// A publication with its live content and, if any, the newest version waiting for (or refused by) moderation.
template <typename Content>
struct PublicationRecord {
    Publication publication;
    std::optional<Content> live;
    std::optional<VersionInfo> latest;  // newest version not yet live (pending or rejected)
    std::optional<Content> latest_content;
};

template <typename Content>
struct PublishedItem {
    Publication publication;
    Content content;
};

// Port: where publications of one kind live. One SQL implementation serves every kind (storage/repos).
template <typename Content>
class PublicationRepository {
  public:
    virtual ~PublicationRepository() = default;
    // Stores a new publication (status pending) with its first version and what screening it found; returns the
    // publication id, or 0 (nothing stored) when its owner's account no longer exists or is blocked.
    virtual std::int64_t Create(const Publication& p, const Content& c, const std::string& token_hash,
                                const Screening& screening) = 0;
    virtual std::optional<PublicationRecord<Content>> Find(std::int64_t id) = 0;
    virtual std::optional<PublicationRecord<Content>> FindByTokenHash(const std::string& token_hash) = 0;
    virtual std::optional<PublishedItem<Content>> FindPublished(std::int64_t id) = 0;
    // The changes below return the photo files that no stored version refers to any more, decided in the
    // transaction that changed the versions (so a decision made meanwhile by someone else is seen); the caller
    // removes the files once that transaction has committed (see PhotoFiles).
    //
    // A new version waiting for moderation; replaces an older version that was not yet live. Nullopt when the
    // publication is gone (deleted meanwhile).
    virtual std::optional<std::vector<std::string>> AddVersion(std::int64_t id, const Content& c, Millis now,
                                                               const Screening& screening) = 0;
    // Makes `version_id` (with the moderator's corrections in `c`) the live content. Nullopt, with nothing changed,
    // when that version is no longer the one waiting (the owner edited again, or another moderator decided).
    virtual std::optional<std::vector<std::string>> Approve(std::int64_t id, std::int64_t version_id, const Content& c,
                                                            const std::string& slug, Millis now) = 0;
    virtual bool Reject(std::int64_t id, std::int64_t version_id, const std::string& reason, Millis now) = 0;
    virtual void RequestDeletion(std::int64_t id, Millis now) = 0;
    // Hard delete: row, versions, read model, search entry. Nullopt when there is no such publication of this kind.
    virtual std::optional<std::vector<std::string>> Delete(std::int64_t id) = 0;
    // Owner actions: stopped items leave every public surface at once; resuming brings the live version back.
    virtual void SetStopped(std::int64_t id, bool stopped, Millis now) = 0;
    // The owner's account was blocked: a published item is stopped, marked as stopped by the block, and leaves every
    // public surface at once (an item approved while the account is blocked is stopped the same way). Unblocked:
    // the items stopped by the block are published again; those the owner stopped stay stopped.
    virtual void SetAccountBlocked(std::int64_t id, bool blocked, Millis now) = 0;
    virtual void SetOwner(std::int64_t id, std::int64_t account_id) = 0;
    // One more management link; the earlier ones stay valid (see PublicationService::IssueManageToken).
    virtual void AddManageToken(std::int64_t id, const std::string& token_hash, Millis now) = 0;
    virtual void CountView(std::int64_t id) = 0;
};

// One line of the moderation queue or of the deletion requests, whatever the kind.
// Columns per kind: vacancy — title = position, subtitle = company; resume — title = desired position,
// subtitle = the full name (moderators see it even when the resume is anonymous); services ad — title, and the price.
struct QueueItem {
    std::int64_t publication_id = 0;
    std::string kind, title, subtitle;
    bool is_edit = false;  // the publication already has a live version
    Millis submitted_at = 0;
    std::string owner_email;  // who submitted it (empty when no address was given)
    // Services ads only: the price as the ad states it.
    std::string price_type, price_unit;
    std::optional<std::int64_t> price;
    std::vector<ReviewFlag> flags;  // what the automatic checks found in the waiting version
};

// Port: what moderators see across kinds.
class ModerationQueries {
  public:
    virtual ~ModerationQueries() = default;
    virtual std::vector<QueueItem> Queue(std::string_view kind, int limit) = 0;  // kind "" = all, oldest first
    virtual std::vector<QueueItem> DeletionRequests(int limit) = 0;
};

// Port: the kind of a publication ("vacancy", "resume", "service"), each answer in one query — found by its id, or
// by the hash of one of its management tokens. See KindRegistry.
class PublicationKindIndex {
  public:
    virtual ~PublicationKindIndex() = default;
    virtual std::optional<std::string> KindOf(std::int64_t publication_id) = 0;
    virtual std::optional<std::string> KindOfTokenHash(const std::string& token_hash) = 0;
};

// One publication as its registered owner sees it in "My publications".
struct OwnedItem {
    std::int64_t id = 0;
    std::string kind, title;
    PublicationStatus status = PublicationStatus::Pending;
    std::string slug;
    std::int64_t views = 0;
    std::optional<Millis> published_at, stopped_at, deletion_requested_at;
    bool edit_pending = false;   // a version waits for moderation
    bool edit_rejected = false;  // the newest version was refused
    Millis created_at = 0;
    bool stopped_by_block = false;  // stopped because its account is blocked (public again when it is unblocked)
};

// Port: the publications of an account, and everything stored about it (for the data export).
class OwnerQueries {
  public:
    virtual ~OwnerQueries() = default;
    virtual std::vector<OwnedItem> OwnedBy(std::int64_t account_id) = 0;
    // Every stored version of every publication of the account, as JSON (kind, status, dates, content).
    virtual std::string ExportPublications(std::int64_t account_id) = 0;
};

// Random secrets and their one-way hashes (libsodium in production).
class TokenService {
  public:
    virtual ~TokenService() = default;
    virtual std::string NewToken() = 0;                          // ≥128 random bits, URL-safe
    virtual std::string Hash(std::string_view token) const = 0;  // stored instead of the token
};

}  // namespace ejob::domain
