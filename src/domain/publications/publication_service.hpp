#pragma once
// The lifecycle every kind of publication shares, written once. A kind supplies its types and rules: see the
// PublicationKind concept (publication_kind.hpp).
// Photos are stored through the PhotoStore port only once the text of the form is valid. Files of photos that no
// version refers to any more are removed, so nothing is left half-stored: the storage decides which ones in the
// transaction that changes the versions, and the files go once it has committed.
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "domain/antiscrape/action_limits.hpp"
#include "domain/common/clock.hpp"
#include "domain/common/msgid.hpp"
#include "domain/common/result.hpp"
#include "domain/common/unit_of_work.hpp"
#include "domain/publications/publication.hpp"
#include "domain/publications/publication_kind.hpp"
#include "domain/text/text.hpp"

namespace ejob::domain {

// Today's date in Baku (UTC+4, no daylight saving), YYYY-MM-DD.
std::string BakuDate(Millis at);

// Management tokens are 43 URL-safe characters; anything far from that cannot match and is not looked up.
inline bool PlausibleManageToken(std::string_view token) {
    return token.size() >= 20 && token.size() <= 100;
}

template <PublicationKind Kind>
class PublicationService {
  public:
    using Draft = typename Kind::Draft;
    using Content = typename Kind::Content;
    using Record = PublicationRecord<Content>;

    // `unit` makes a change and the mail that reports it one transaction: a stored change always has its mail.
    // `prechecks` screens every submission and edit for the moderator (none: nothing is flagged, as for demo content).
    // `limits` counts the submissions of visitors per address, email and account (none: no limit).
    PublicationService(PublicationRepository<Content>& repo, TokenService& tokens, PublicationNotifier& notifier,
                       AuditLog& audit, PhotoStore& photos, UnitOfWork& unit, const Clock& clock,
                       const Prechecks* prechecks = nullptr, ActionLimits* limits = nullptr)
        : repo_(repo),
          tokens_(tokens),
          notifier_(notifier),
          audit_(audit),
          photos_(photos),
          unit_(unit),
          clock_(clock),
          prechecks_(prechecks),
          limits_(limits) {}

    struct Submitted {
        std::int64_t id = 0;
        std::string manage_token;  // shown once; only its hash is stored
    };

    // Anyone, no account needed: validates and queues the publication for moderation. The text is validated
    // first: a refused text leaves `photos` as they came, nothing stored (the form holds them for the next
    // attempt). A valid one gets its photos stored, then the publication; see PhotoChoice for what `photos` says
    // when a photo is refused. A visitor's submission (`from_ip` set) counts in the [limits] of publications per
    // address, owner email and account; past one it is refused (RateLimited), nothing stored.
    Result<Submitted> Submit(const Draft& draft, PhotoChoice& photos,
                             std::optional<std::int64_t> owner_account_id = std::nullopt,
                             std::string_view from_ip = {}) {
        Millis now = clock_.Now();
        auto content = Kind::Validate(draft, BakuDate(now));
        if (!content) return content.error();
        if (limits_ && !from_ip.empty()) {
            // A signed-in owner is counted by the account (its email is the account's).
            const std::string email = owner_account_id ? std::string() : NormalizeEmail(draft.owner_email);
            if (auto refused = limits_->Take(Action::Publication, {from_ip, email, owner_account_id})) return *refused;
        }
        auto added = TakePhotos(draft.photos.size(), photos);
        if (!added) return added.error();
        content->photos.insert(content->photos.end(), added->begin(), added->end());
        Publication p;
        p.kind = Kind::kName;
        p.status = PublicationStatus::Pending;
        p.slug = text::Slugify(Kind::Title(content.value()));
        p.lang = draft.lang;
        p.owner_email = std::string(text::Trim(draft.owner_email));
        p.created_at = p.updated_at = now;
        p.owner_account_id = owner_account_id;
        auto screening = Screen(p, content.value());
        Submitted out;
        out.manage_token = tokens_.NewToken();
        try {
            unit_.Atomically([&] {
                out.id = repo_.Create(p, content.value(), tokens_.Hash(out.manage_token), screening);
                if (out.id == 0) return;
                p.id = out.id;
                if (!p.owner_email.empty())
                    notifier_.ManageLinkCreated(p, Kind::Title(content.value()), out.manage_token);
            });
        } catch (...) {
            photos_.Remove(*added);  // nothing half-stored
            throw;
        }
        if (out.id == 0) {  // the account was deleted or blocked meanwhile
            photos_.Remove(*added);
            return Error::Of(ErrorCode::Forbidden,
                             N_("Your account was deleted or blocked meanwhile, so nothing was published. Sign in "
                                "again or post without an account."));
        }
        return out;
    }
    Result<Submitted> Submit(const Draft& draft, std::optional<std::int64_t> owner_account_id = std::nullopt) {
        PhotoChoice none;
        return Submit(draft, none, owner_account_id);
    }

    // Owner, through the private management link.
    Result<Record> Manage(std::string_view token) { return FindByToken(token); }

    // `draft.photos` are the stored photos the new version keeps; `photos` those it adds, as in Submit.
    Result<Unit> Edit(std::string_view token, const Draft& draft, PhotoChoice& photos) {
        auto record = FindByToken(token);
        if (!record) return record.error();
        return EditRecord(*record, draft, photos);
    }
    Result<Unit> Edit(std::string_view token, const Draft& draft) {
        PhotoChoice none;
        return Edit(token, draft, none);
    }

    // Registered owners: the same actions through their account. Someone else's publication is NotFound,
    // exactly like one that does not exist.
    Result<Record> Owned(std::int64_t account_id, std::int64_t id) {
        auto record = repo_.Find(id);
        if (!record || record->publication.owner_account_id != account_id) return Error::Of(ErrorCode::NotFound);
        return std::move(*record);
    }
    Result<Unit> OwnerEdit(std::int64_t account_id, std::int64_t id, const Draft& draft, PhotoChoice& photos) {
        auto record = Owned(account_id, id);
        if (!record) return record.error();
        return EditRecord(*record, draft, photos);
    }
    Result<Unit> OwnerEdit(std::int64_t account_id, std::int64_t id, const Draft& draft) {
        PhotoChoice none;
        return OwnerEdit(account_id, id, draft, none);
    }
    Result<Unit> Stop(std::int64_t account_id, std::int64_t id) {
        auto record = Owned(account_id, id);
        if (!record) return record.error();
        if (record->publication.owner_blocked) return OwnerBlocked();
        if (record->publication.status != PublicationStatus::Published)
            return Error::Of(ErrorCode::Conflict, N_("Only a published item can be stopped."));
        repo_.SetStopped(id, true, clock_.Now());
        return Unit{};
    }
    Result<Unit> Resume(std::int64_t account_id, std::int64_t id) {
        auto record = Owned(account_id, id);
        if (!record) return record.error();
        if (record->publication.owner_blocked) return OwnerBlocked();
        if (record->publication.status != PublicationStatus::Stopped)
            return Error::Of(ErrorCode::Conflict, N_("Only a stopped item can be published again."));
        repo_.SetStopped(id, false, clock_.Now());
        return Unit{};
    }
    Result<Unit> OwnerRequestDeletion(std::int64_t account_id, std::int64_t id) {
        auto record = Owned(account_id, id);
        if (!record) return record.error();
        if (record->publication.owner_blocked) return OwnerBlocked();
        repo_.RequestDeletion(id, clock_.Now());
        return Unit{};
    }
    // Attaches an anonymous publication (known by its management link) to a confirmed account.
    Result<Unit> Attach(std::string_view token, std::int64_t account_id, bool account_confirmed) {
        if (!account_confirmed)
            return Error::Of(ErrorCode::Forbidden, N_("Confirm your email address first, then attach publications."));
        auto record = FindByToken(token);
        if (!record) return record.error();
        if (record->publication.owner_account_id && record->publication.owner_account_id != account_id)
            return Error::Of(ErrorCode::Conflict, N_("This publication already belongs to another account."));
        repo_.SetOwner(record->publication.id, account_id);
        return Unit{};
    }

  private:
    // `record` was read before this call: it never tells which stored files may go (an approval may have changed
    // the versions since; the storage decides that in the transaction that adds the version).
    Result<Unit> EditRecord(const Record& record, const Draft& draft, PhotoChoice& photos) {
        if (record.publication.owner_blocked) return OwnerBlocked();
        Millis now = clock_.Now();
        auto content = Kind::Validate(draft, BakuDate(now));
        if (!content) return content.error();  // nothing stored, as in Submit
        auto added = TakePhotos(draft.photos.size(), photos);
        if (!added) return added.error();
        content->photos.insert(content->photos.end(), added->begin(), added->end());
        auto screening = Screen(record.publication, content.value());  // an edit is screened again
        std::optional<std::vector<std::string>> unreferenced;
        try {
            unreferenced = repo_.AddVersion(record.publication.id, content.value(), now, screening);
        } catch (...) {
            photos_.Remove(*added);
            throw;
        }
        if (!unreferenced) {  // deleted meanwhile
            photos_.Remove(*added);
            return Error::Of(ErrorCode::NotFound);
        }
        // The replaced pending version's photos that the new version dropped (the live ones stay).
        photos_.Remove(*unreferenced);
        return Unit{};
    }

  public:
    // The photos of the version the owner edits (the newest one), for keeping them across an edit.
    static std::vector<std::string> EditablePhotos(const Record& r) {
        return r.latest_content ? r.latest_content->photos : r.live ? r.live->photos : std::vector<std::string>{};
    }

    Result<Unit> RequestDeletion(std::string_view token) {
        auto record = FindByToken(token);
        if (!record) return record.error();
        if (record->publication.owner_blocked) return OwnerBlocked();
        repo_.RequestDeletion(record->publication.id, clock_.Now());
        return Unit{};
    }

    // Administrators.
    Result<Record> ForModeration(std::int64_t id) {
        auto record = repo_.Find(id);
        if (!record) return Error::Of(ErrorCode::NotFound);
        return std::move(*record);
    }

    // The moderator may correct any field before approving.
    Result<Unit> Approve(std::int64_t admin_id, std::int64_t id, const Draft& corrected,
                         const std::vector<std::string>& removed_photos = {}) {
        auto record = repo_.Find(id);
        if (!record) return Error::Of(ErrorCode::NotFound);
        if (!record->latest || record->latest->review != ReviewState::Pending)
            return Error::Of(ErrorCode::Conflict, N_("Nothing is waiting for moderation here."));
        Millis now = clock_.Now();
        // A date in the past (closing date) is the moderator's call: validate against an early "today".
        auto content = Kind::Validate(corrected, "0000-00-00");
        if (!content) return content.error();
        Kind::KeepServerFields(*record->latest_content, content.value());
        for (const auto& stem : removed_photos)
            content->photos.erase(std::remove(content->photos.begin(), content->photos.end(), stem),
                                  content->photos.end());
        std::optional<std::vector<std::string>> unreferenced;
        unit_.Atomically([&] {
            unreferenced = repo_.Approve(id, record->latest->id, content.value(),
                                         text::Slugify(Kind::Title(content.value())), now);
            if (!unreferenced) return;
            // What the moderator corrected, field by field, and the photos taken out.
            auto changes = ChangedFields(Kind::Audited(*record->latest_content), Kind::Audited(content.value()));
            audit_.Record(admin_id, "approve", id, "", now, std::move(changes));
            if (auto token = IssueManageToken(record->publication, now))
                notifier_.Approved(record->publication, Kind::Title(content.value()), *token);
        });
        if (!unreferenced)
            return Error::Of(ErrorCode::Conflict, N_("The publication changed meanwhile. Open it again."));
        photos_.Remove(*unreferenced);
        return Unit{};
    }

    Result<Unit> Reject(std::int64_t admin_id, std::int64_t id, std::string_view reason) {
        auto why = text::Trim(reason);
        if (why.empty())
            return Error::Invalid({{"reason", N_("Give the reason for the rejection; the owner will see it.")}});
        // Room for the cited rules (ComposeRejectionReason) besides the moderator's own 1000 characters.
        if (text::Utf8Length(why) > 8000)
            return Error::Invalid({{"reason", N_("This text is too long: at most {} characters."), "8000"}});
        auto record = repo_.Find(id);
        if (!record) return Error::Of(ErrorCode::NotFound);
        if (!record->latest || record->latest->review != ReviewState::Pending)
            return Error::Of(ErrorCode::Conflict, N_("Nothing is waiting for moderation here."));
        Millis now = clock_.Now();
        bool rejected = false;
        unit_.Atomically([&] {
            rejected = repo_.Reject(id, record->latest->id, std::string(why), now);
            if (!rejected) return;
            audit_.Record(admin_id, "reject", id, why, now);
            if (auto token = IssueManageToken(record->publication, now))
                notifier_.Rejected(record->publication, Kind::Title(*record->latest_content), why, *token);
        });
        if (!rejected) return Error::Of(ErrorCode::Conflict, N_("The publication changed meanwhile. Open it again."));
        return Unit{};
    }

    Result<Unit> Delete(std::int64_t admin_id, std::int64_t id) {
        std::optional<std::vector<std::string>> files;
        unit_.Atomically([&] { files = DeleteStored(admin_id, id); });
        if (!files) return Error::Of(ErrorCode::NotFound);
        photos_.Remove(*files);
        return Unit{};
    }

    // The rows of publication `id` go within the caller's unit of work; its photo files are returned, to be removed
    // once that unit has committed. Nullopt when there is no such publication of this kind.
    std::optional<std::vector<std::string>> DeleteStored(std::int64_t actor_id, std::int64_t id) {
        auto files = repo_.Delete(id);
        if (files) audit_.Record(actor_id, "delete", id, "", clock_.Now());
        return files;
    }

    // Within the caller's unit of work: the owner's account was blocked or unblocked (see AccountAdministration and
    // PublicationRepository::SetAccountBlocked).
    void FollowAccountBlock(std::int64_t id, bool blocked) { repo_.SetAccountBlocked(id, blocked, clock_.Now()); }

    // Public.
    std::optional<PublishedItem<Content>> Published(std::int64_t id) { return repo_.FindPublished(id); }
    void CountView(std::int64_t id) { repo_.CountView(id); }

  private:
    // Called once the text is valid: the chosen files are decoded and stored, then (when all of them could be)
    // the held ones are claimed. Returns the stems the new version adds, after the `kept` ones it already has;
    // those are now the version's to remove if it is not stored. Or the photo field's errors: then `photos.held`
    // lists every photo now stored for the form, to be held for the next attempt, and nothing is left chosen.
    Result<std::vector<std::string>> TakePhotos(size_t kept, PhotoChoice& photos) {
        if (kept + photos.held.size() + photos.chosen.size() > Kind::kMaxPhotos) {
            photos.chosen.clear();
            return Error::Invalid({{photos.field, N_("Too many photos.")}});
        }
        std::vector<FieldError> errors;
        std::vector<std::string> stored;
        for (std::string_view upload : photos.chosen) {
            auto photo = photos_.Store(upload);
            if (photo.stem.empty())
                errors.push_back({photos.field, PhotoRefusalMessage(photo.refusal)});
            else
                stored.push_back(std::move(photo.stem));
        }
        photos.chosen.clear();
        std::vector<std::string> taken;
        bool lost = false;
        for (const auto& stem : photos.held) {
            std::string fresh = errors.empty() ? photos_.Claim(stem) : stem;
            if (fresh.empty())
                lost = true;
            else
                taken.push_back(std::move(fresh));
        }
        if (lost) errors.push_back({photos.field, kPhotoNoLongerHeld});
        taken.insert(taken.end(), stored.begin(), stored.end());
        if (!errors.empty()) {
            photos.held = std::move(taken);
            return Error::Invalid(std::move(errors));
        }
        photos.held.clear();
        return taken;
    }

    // A moderation decision is mailed with a management link, so that the owner acts in one click. Only hashes of
    // links are stored, so each mail carries a fresh link. Every link issued stays valid until the publication is
    // deleted: the first one is shown once at submission with the advice to keep it, and a later mail must not
    // break that bookmark; all links go to the same mailbox, so more links do not widen who can act; and
    // retention ends the publication (and its links) anyway. Without an email address there is no mail, and no
    // new link.
    std::optional<std::string> IssueManageToken(const Publication& p, Millis now) {
        if (p.owner_email.empty()) return std::nullopt;
        std::string token = tokens_.NewToken();
        repo_.AddManageToken(p.id, tokens_.Hash(token), now);
        return token;
    }

    // The automatic pre-moderation checks of a version of `p` (p.id 0: a new publication).
    Screening Screen(const Publication& p, const Content& content) const {
        if (!prechecks_) return {};
        ScreeningSubject subject;
        subject.kind = Kind::kName;
        subject.id = p.id;
        subject.created_at = p.created_at;
        subject.owner = {p.owner_email, p.owner_account_id};
        subject.text = Kind::Screened(content);
        return prechecks_->Screen(subject);
    }

    // The owner of a blocked account neither edits, stops, resumes nor asks to delete (also not through a
    // management link) until an administrator unblocks the account.
    static Error OwnerBlocked() {
        return Error::Of(ErrorCode::Forbidden,
                         N_("This publication's account is blocked by the administration: it cannot be changed."));
    }

    Result<Record> FindByToken(std::string_view token) {
        if (!PlausibleManageToken(token)) return Error::Of(ErrorCode::NotFound);
        auto record = repo_.FindByTokenHash(tokens_.Hash(token));
        if (!record || record->publication.kind != Kind::kName) return Error::Of(ErrorCode::NotFound);
        return std::move(*record);
    }

    PublicationRepository<Content>& repo_;
    TokenService& tokens_;
    PublicationNotifier& notifier_;
    AuditLog& audit_;
    PhotoStore& photos_;
    UnitOfWork& unit_;
    const Clock& clock_;
    const Prechecks* prechecks_;
    ActionLimits* limits_;
};

}  // namespace ejob::domain
