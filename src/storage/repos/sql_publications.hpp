#pragma once
// One SQL implementation of the publication lifecycle for every kind. Content is stored as JSON in
// publication_versions; each kind supplies a codec (ToJson/FromJson overloads in codecs.hpp) and a projection that
// keeps its public read model (listing row, search entry, counts) in step inside the same transaction.
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>

#include "domain/publications/publication.hpp"
#include "domain/publications/publication_kind.hpp"
#include "storage/codecs/codecs.hpp"
#include "storage/db.hpp"
#include "storage/repos/published_cache.hpp"
#include "storage/repos/sql_audit_log.hpp"

namespace ejob::storage {

// Content-agnostic part: publications and versions as rows and JSON text.
class SqlPublicationCore {
  public:
    struct StoredVersion {
        domain::VersionInfo info;
        std::string json;
    };
    struct StoredRecord {
        domain::Publication publication;
        std::optional<std::string> live_json;
        std::optional<StoredVersion> latest;
    };
    struct Approved {
        bool version_was_pending = false;  // otherwise nothing was changed
        bool is_public = false;            // published (not stopped)
        domain::Millis published_at = 0;
        std::vector<std::string> unreferenced_photos;
    };
    using Photos = std::vector<std::string>;

    std::int64_t Create(Conn& c, const domain::Publication& p, const std::string& title, const std::string& subtitle,
                        const std::string& json, const std::string& token_hash, const domain::Screening& screening,
                        Dialect dialect);
    // One more management link for the publication (every link stays valid until the publication is deleted).
    void AddManageToken(Conn& c, std::int64_t id, const std::string& token_hash, domain::Millis now);
    std::optional<StoredRecord> FindById(Conn& c, std::int64_t id, std::string_view kind);
    std::optional<StoredRecord> FindByTokenHash(Conn& c, const std::string& hash, std::string_view kind);
    std::optional<std::pair<domain::Publication, std::string>> FindPublished(Conn& c, std::int64_t id,
                                                                             std::string_view kind);
    // Every change of a publication's versions starts here: holds the publication's row until the transaction ends
    // (PostgreSQL: FOR UPDATE; SQLite's write transactions run one at a time anyway), so that two changes of one
    // publication — an edit and an approval, a deletion and an edit — happen one after the other, each seeing the
    // other's result. False when there is no publication `id` of that kind.
    bool Hold(Conn& c, Dialect dialect, std::int64_t id, std::string_view kind);
    // The changes return the photos no version of the publication refers to any more.
    Photos AddVersion(Conn& c, std::int64_t id, const std::string& title, const std::string& subtitle,
                      const std::string& json, domain::Millis now, const domain::Screening& screening);
    Approved Approve(Conn& c, std::int64_t id, std::int64_t version_id, const std::string& title,
                     const std::string& subtitle, const std::string& json, const std::string& slug, domain::Millis now);
    bool Reject(Conn& c, std::int64_t id, std::int64_t version_id, const std::string& reason, domain::Millis now);
    void RequestDeletion(Conn& c, std::int64_t id, domain::Millis now);
    Photos Delete(Conn& c, std::int64_t id);
    // Stop (published → stopped) or resume (stopped → published); false when the status did not allow it.
    bool SetStopped(Conn& c, std::int64_t id, bool stopped, domain::Millis now);
    // The owner's account was blocked (published → stopped, marked as stopped by the block) or unblocked (stopped
    // by the block → published); false when the status did not allow it.
    bool SetStoppedByBlock(Conn& c, std::int64_t id, bool blocked, domain::Millis now);
    struct Live {
        domain::Millis published_at = 0;
        std::string slug, json;
    };
    std::optional<Live> LiveContent(Conn& c, std::int64_t id);
    void SetOwner(Conn& c, std::int64_t id, std::int64_t account_id);
    void PublishPhotos(Conn& c, std::int64_t id, const std::vector<std::string>& stems);
    void UnpublishPhotos(Conn& c, std::int64_t id);
    // Whether a photo may be shown to anyone.
    bool IsPublicPhoto(Db& db, const std::string& stem);

    // Views are counted in memory and written in batches, so reading a page never waits for a disk write.
    void CountView(std::int64_t id);
    void FlushViews(Db& db);

  private:
    std::optional<StoredRecord> Load(Conn& c, const std::optional<Row>& row);
    // The photos of `gone` (contents of versions just deleted or replaced) that no version of `id` still has.
    Photos Unreferenced(Conn& c, std::int64_t id, const std::vector<std::string>& gone);
    std::mutex views_mu_;
    std::unordered_map<std::int64_t, std::int64_t> pending_views_;
};

// Per kind: keeps the public read model in step. Runs inside the lifecycle's transaction.
template <typename Content>
class ListingProjection {
  public:
    virtual ~ListingProjection() = default;
    virtual void Publish(Conn& c, std::int64_t id, domain::Millis published_at, const std::string& slug,
                         const Content& content) = 0;
    virtual void Unpublish(Conn& c, std::int64_t id) = 0;
};

template <domain::PublicationKind Kind>
class SqlPublicationRepository final : public domain::PublicationRepository<typename Kind::Content> {
  public:
    using Content = typename Kind::Content;
    using Record = domain::PublicationRecord<Content>;

    // `cache`: where published items are kept for the detail pages (none when null).
    SqlPublicationRepository(Db& db, SqlPublicationCore& core, ListingProjection<Content>& projection,
                             PublishedCache* cache = nullptr)
        : db_(db), core_(core), projection_(projection), cache_(cache) {}

    std::int64_t Create(const domain::Publication& p, const Content& c, const std::string& token_hash,
                        const domain::Screening& screening) override {
        return db_.WriteValue([&](Conn& conn) {
            return core_.Create(conn, p, Kind::Title(c), Kind::Subtitle(c), ToJson(c), token_hash, screening,
                                db_.dialect());
        });
    }
    std::optional<Record> Find(std::int64_t id) override {
        return Typed(db_.ReadValue([&](Conn& c) { return core_.FindById(c, id, Kind::kName); }));
    }
    std::optional<Record> FindByTokenHash(const std::string& hash) override {
        return Typed(db_.ReadValue([&](Conn& c) { return core_.FindByTokenHash(c, hash, Kind::kName); }));
    }
    std::optional<domain::PublishedItem<Content>> FindPublished(std::int64_t id) override {
        if (cache_) {
            if (auto hit = cache_->Find(Kind::kName, id)) return Typed(std::move(hit->publication), hit->json);
        }
        const auto version = cache_ ? cache_->Version() : 0;
        auto row = db_.ReadValue([&](Conn& c) { return core_.FindPublished(c, id, Kind::kName); });
        if (!row) return std::nullopt;
        if (cache_) cache_->Put(Kind::kName, row->first, row->second, version);
        return Typed(std::move(row->first), row->second);
    }
    std::optional<std::vector<std::string>> AddVersion(std::int64_t id, const Content& c, domain::Millis now,
                                                       const domain::Screening& screening) override {
        return db_.WriteValue([&](Conn& conn) -> std::optional<std::vector<std::string>> {
            if (!core_.Hold(conn, db_.dialect(), id, Kind::kName)) return std::nullopt;
            return core_.AddVersion(conn, id, Kind::Title(c), Kind::Subtitle(c), ToJson(c), now, screening);
        });
    }
    std::optional<std::vector<std::string>> Approve(std::int64_t id, std::int64_t version_id, const Content& c,
                                                    const std::string& slug, domain::Millis now) override {
        std::optional<std::vector<std::string>> approved;
        db_.Write([&](Conn& conn) {
            approved.reset();
            if (!core_.Hold(conn, db_.dialect(), id, Kind::kName)) return;
            auto a = core_.Approve(conn, id, version_id, Kind::Title(c), Kind::Subtitle(c), ToJson(c), slug, now);
            if (!a.version_was_pending) return;
            approved = std::move(a.unreferenced_photos);
            projection_.Unpublish(conn, id);
            core_.UnpublishPhotos(conn, id);
            if (a.is_public) {
                projection_.Publish(conn, id, a.published_at, slug, c);
                core_.PublishPhotos(conn, id, Kind::PublicPhotos(c));
            }
        });
        return approved;
    }
    bool Reject(std::int64_t id, std::int64_t version_id, const std::string& reason, domain::Millis now) override {
        return db_.WriteValue([&](Conn& conn) { return core_.Reject(conn, id, version_id, reason, now); });
    }
    void RequestDeletion(std::int64_t id, domain::Millis now) override {
        db_.Write([&](Conn& conn) { core_.RequestDeletion(conn, id, now); });
    }
    std::optional<std::vector<std::string>> Delete(std::int64_t id) override {
        std::optional<std::vector<std::string>> photos;
        db_.Write([&](Conn& conn) {
            photos.reset();
            if (!core_.Hold(conn, db_.dialect(), id, Kind::kName)) return;
            projection_.Unpublish(conn, id);
            photos = core_.Delete(conn, id);
        });
        if (photos) db_.MarkErasure();
        return photos;
    }
    void CountView(std::int64_t id) override {
        core_.CountView(id);
        if (cache_) cache_->Viewed(id);
    }
    void SetStopped(std::int64_t id, bool stopped, domain::Millis now) override {
        db_.Write([&](Conn& conn) {
            if (!core_.SetStopped(conn, id, stopped, now)) return;
            projection_.Unpublish(conn, id);
            core_.UnpublishPhotos(conn, id);
            if (!stopped) PublishLive(conn, id);
        });
    }
    // The same way in and out of public view as SetStopped: the read model, its change feed and the public photos.
    void SetAccountBlocked(std::int64_t id, bool blocked, domain::Millis now) override {
        db_.Write([&](Conn& conn) {
            if (!core_.Hold(conn, db_.dialect(), id, Kind::kName)) return;
            if (!core_.SetStoppedByBlock(conn, id, blocked, now)) return;
            projection_.Unpublish(conn, id);
            core_.UnpublishPhotos(conn, id);
            if (!blocked) PublishLive(conn, id);
        });
    }
    void SetOwner(std::int64_t id, std::int64_t account_id) override {
        db_.Write([&](Conn& conn) { core_.SetOwner(conn, id, account_id); });
    }
    void AddManageToken(std::int64_t id, const std::string& token_hash, domain::Millis now) override {
        db_.Write([&](Conn& conn) { core_.AddManageToken(conn, id, token_hash, now); });
    }

  private:
    // The live version back into the read model (and its photos into public view).
    void PublishLive(Conn& conn, std::int64_t id) {
        if (auto live = core_.LiveContent(conn, id)) {
            Content c;
            FromJson(live->json, c);
            projection_.Publish(conn, id, live->published_at, live->slug, c);
            core_.PublishPhotos(conn, id, Kind::PublicPhotos(c));
        }
    }
    static domain::PublishedItem<Content> Typed(domain::Publication p, const std::string& json) {
        domain::PublishedItem<Content> out{std::move(p), {}};
        FromJson(json, out.content);
        return out;
    }
    static std::optional<Record> Typed(std::optional<SqlPublicationCore::StoredRecord> s) {
        if (!s) return std::nullopt;
        Record r;
        r.publication = std::move(s->publication);
        if (s->live_json) {
            r.live.emplace();
            FromJson(*s->live_json, *r.live);
        }
        if (s->latest) {
            r.latest = s->latest->info;
            r.latest_content.emplace();
            FromJson(s->latest->json, *r.latest_content);
        }
        return r;
    }

    Db& db_;
    SqlPublicationCore& core_;
    ListingProjection<Content>& projection_;
    PublishedCache* cache_;
};

class SqlModerationQueries final : public domain::ModerationQueries {
  public:
    explicit SqlModerationQueries(Db& db) : db_(db) {}
    std::vector<domain::QueueItem> Queue(std::string_view kind, int limit) override;
    std::vector<domain::QueueItem> DeletionRequests(int limit) override;

  private:
    Db& db_;
};

class SqlPublicationKindIndex final : public domain::PublicationKindIndex {
  public:
    explicit SqlPublicationKindIndex(Db& db) : db_(db) {}
    std::optional<std::string> KindOf(std::int64_t publication_id) override;
    std::optional<std::string> KindOfTokenHash(const std::string& token_hash) override;

  private:
    Db& db_;
};

class SqlOwnerQueries final : public domain::OwnerQueries {
  public:
    explicit SqlOwnerQueries(Db& db) : db_(db) {}
    std::vector<domain::OwnedItem> OwnedBy(std::int64_t account_id) override;
    std::string ExportPublications(std::int64_t account_id) override;

  private:
    Db& db_;
};

}  // namespace ejob::storage
