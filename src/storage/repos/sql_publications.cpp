#include "storage/repos/sql_publications.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace ejob::storage {
namespace d = ejob::domain;

namespace {

constexpr const char* kPublicationColumns =
    "p.id, p.kind, p.status, p.slug, p.lang, p.owner_email, p.created_at, p.updated_at, p.published_at, "
    "p.deletion_requested_at, p.views, p.owner_account_id, p.stopped_at, "
    "EXISTS (SELECT 1 FROM accounts a WHERE a.id = p.owner_account_id AND a.blocked_at IS NOT NULL), "
    "p.live_version_id";
constexpr size_t kPublicationColumnCount = 15;  // the last one, live_version_id, is not a Publication field

constexpr const char* kInsertPublication =
    "INSERT INTO publications (kind, status, slug, lang, owner_email, created_at, updated_at, owner_account_id) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";
constexpr const char* kInsertManageToken =
    "INSERT INTO manage_tokens (hash, publication_id, created_at) VALUES (?, ?, ?)";
constexpr const char* kInsertVersion =
    "INSERT INTO publication_versions (publication_id, review, submitted_at, title, subtitle, content, flags, "
    "title_print, text_print) VALUES (?, 'pending', ?, ?, ?, ?, ?, ?, ?)";
// The live version (its id, or NULL) and the versions not yet live, newest first: one query for a record.
constexpr const char* kRecordVersions =
    "SELECT id, review, reject_reason, submitted_at, content, flags FROM publication_versions "
    "WHERE publication_id = ? AND (id = ? OR review <> 'approved') ORDER BY id DESC";
constexpr const char* kHoldPublication = "SELECT id FROM publications WHERE id = ? AND kind = ?";
constexpr const char* kPendingContent =
    "SELECT content FROM publication_versions WHERE id = ? AND publication_id = ? AND review = 'pending'";
constexpr const char* kContentsOf = "SELECT content FROM publication_versions WHERE publication_id = ?";
constexpr const char* kApproveVersion =
    "UPDATE publication_versions SET title = ?, subtitle = ?, content = ?, review = 'approved', reject_reason = '' "
    "WHERE id = ? AND publication_id = ? AND review = 'pending' RETURNING id";
constexpr const char* kDeleteOtherVersions =
    "DELETE FROM publication_versions WHERE publication_id = ? AND id <> ? RETURNING content";
constexpr const char* kDeleteUnapprovedVersions =
    "DELETE FROM publication_versions WHERE publication_id = ? AND review <> 'approved' RETURNING content";
constexpr const char* kDeleteVersions = "DELETE FROM publication_versions WHERE publication_id = ? RETURNING content";
constexpr const char* kPublish =
    "UPDATE publications SET live_version_id = ?, slug = ?, updated_at = ?, published_at = COALESCE(published_at, ?), "
    "status = CASE WHEN status = 'stopped' THEN 'stopped' ELSE 'published' END WHERE id = ? "
    "RETURNING status, published_at";
constexpr const char* kRejectVersion =
    "UPDATE publication_versions SET review = 'rejected', reject_reason = ? WHERE id = ? AND publication_id = ? "
    "AND review = 'pending' RETURNING id";
constexpr const char* kStatusAfterReject =
    "UPDATE publications SET updated_at = ?, status = CASE WHEN live_version_id IS NULL THEN 'rejected' ELSE status "
    "END WHERE id = ?";
constexpr const char* kStatusAfterEdit =
    "UPDATE publications SET updated_at = ?, status = CASE WHEN live_version_id IS NULL THEN 'pending' ELSE status "
    "END WHERE id = ?";
constexpr const char* kRequestDeletion =
    "UPDATE publications SET deletion_requested_at = COALESCE(deletion_requested_at, ?) WHERE id = ?";
constexpr const char* kDeletePublication = "DELETE FROM publications WHERE id = ?";
constexpr const char* kOwnerBlocked =
    "SELECT 1 FROM publications p JOIN accounts a ON a.id = p.owner_account_id "
    "WHERE p.id = ? AND a.blocked_at IS NOT NULL";
// Blocking takes down what is public, marked so that unblocking brings back exactly that.
constexpr const char* kStopForBlock =
    "UPDATE publications SET status = 'stopped', stopped_at = ?, updated_at = ?, stopped_by_block = 1 "
    "WHERE id = ? AND status = 'published' RETURNING id";
constexpr const char* kResumeAfterBlock =
    "UPDATE publications SET status = 'published', stopped_at = NULL, updated_at = ?, stopped_by_block = 0 "
    "WHERE id = ? AND status = 'stopped' AND stopped_by_block = 1 AND live_version_id IS NOT NULL RETURNING id";
constexpr const char* kDeleteSearch = "DELETE FROM search_index WHERE rowid = ?";
constexpr int kViewChunk = 128;

constexpr const char* kQueue =
    "SELECT p.id, p.kind, v.title, v.subtitle, p.live_version_id IS NOT NULL, v.submitted_at, p.owner_email, "
    "v.content, v.flags "
    "FROM publication_versions v JOIN publications p ON p.id = v.publication_id "
    "WHERE v.review = 'pending' AND (CAST(? AS TEXT) = '' OR p.kind = ?) ORDER BY v.submitted_at, v.id LIMIT ?";
constexpr const char* kDeletionRequests =
    "SELECT p.id, p.kind, v.title, v.subtitle, p.live_version_id IS NOT NULL, p.deletion_requested_at, "
    "p.owner_email "
    "FROM publications p JOIN publication_versions v ON v.id = "
    "(SELECT MAX(id) FROM publication_versions WHERE publication_id = p.id) "
    "WHERE p.deletion_requested_at IS NOT NULL ORDER BY p.deletion_requested_at LIMIT ?";
constexpr const char* kKindOf = "SELECT kind FROM publications WHERE id = ?";
constexpr const char* kKindOfToken =
    "SELECT p.kind FROM manage_tokens t JOIN publications p ON p.id = t.publication_id WHERE t.hash = ?";

// The photo stems a stored content refers to (every kind stores them as "photos": [stem, …]).
void AddPhotos(const std::string& json, std::vector<std::string>& out) {
    auto j = nlohmann::json::parse(json, nullptr, false);
    if (j.is_discarded()) return;
    if (auto it = j.find("photos"); it != j.end() && it->is_array())
        for (const auto& p : *it)
            if (p.is_string()) out.push_back(p.get<std::string>());
}

std::vector<std::string> Contents(const std::vector<Row>& rows) {
    std::vector<std::string> out;
    for (const auto& r : rows) out.push_back(r.Text(0));
    return out;
}

d::Publication ReadPublication(const Row& r) {
    d::Publication p;
    p.id = r.Int(0);
    p.kind = r.Text(1);
    p.status = d::ParsePublicationStatus(r.Text(2)).value_or(d::PublicationStatus::Pending);
    p.slug = r.Text(3);
    p.lang = r.Text(4);
    p.owner_email = r.Text(5);
    p.created_at = r.Int(6);
    p.updated_at = r.Int(7);
    p.published_at = r.OptInt(8);
    p.deletion_requested_at = r.OptInt(9);
    p.views = r.Int(10);
    p.owner_account_id = r.OptInt(11);
    p.stopped_at = r.OptInt(12);
    p.owner_blocked = r.Int(13) != 0;
    return p;
}

std::vector<d::QueueItem> ReadQueue(const std::vector<Row>& rows) {
    std::vector<d::QueueItem> out;
    for (const auto& r : rows) {
        d::QueueItem q;
        q.publication_id = r.Int(0);
        q.kind = r.Text(1);
        q.title = r.Text(2);
        q.subtitle = r.Text(3);
        q.is_edit = r.Int(4) != 0;
        q.submitted_at = r.Int(5);
        q.owner_email = r.Text(6);
        out.push_back(std::move(q));
    }
    return out;
}

// The kind-specific columns of the moderation queue, from the version's content.
void AddQueueColumns(d::QueueItem& q, const std::string& json) {
    if (q.kind == "service") {
        d::ServiceAdContent c;
        FromJson(json, c);
        q.price_type = c.price_type;
        q.price_unit = c.price_unit;
        q.price = c.price;
    } else if (q.kind == "resume") {
        d::ResumeContent c;
        FromJson(json, c);
        std::string name = c.first_name + (c.first_name.empty() || c.last_name.empty() ? "" : " ") + c.last_name;
        if (!name.empty()) q.subtitle = name;
    }
}

}  // namespace

std::int64_t SqlPublicationCore::Create(Conn& c, const d::Publication& p, const std::string& title,
                                        const std::string& subtitle, const std::string& json,
                                        const std::string& token_hash, const d::Screening& screening, Dialect dialect) {
    // The owner's account is held until the commit (PostgreSQL: against a deletion; SQLite's writes run one at a
    // time anyway): an account deleted or blocked meanwhile gets nothing stored (0).
    if (p.owner_account_id &&
        !c.QueryOne(dialect == Dialect::Postgres
                        ? "SELECT 1 FROM accounts WHERE id = ? AND blocked_at IS NULL FOR KEY SHARE"
                        : "SELECT 1 FROM accounts WHERE id = ? AND blocked_at IS NULL",
                    {*p.owner_account_id}))
        return 0;
    auto row = c.QueryOne(kInsertPublication, {p.kind, std::string(d::ToString(p.status)), p.slug, p.lang,
                                               p.owner_email, p.created_at, p.updated_at, V(p.owner_account_id)});
    std::int64_t id = row->Int(0);
    c.Exec(kInsertVersion, {id, p.created_at, title, subtitle, json, d::EncodeFlags(screening.flags),
                            screening.title_print, screening.text_print});
    AddManageToken(c, id, token_hash, p.created_at);
    return id;
}

void SqlPublicationCore::AddManageToken(Conn& c, std::int64_t id, const std::string& token_hash, d::Millis now) {
    c.Exec(kInsertManageToken, {token_hash, id, now});
}

std::optional<SqlPublicationCore::StoredRecord> SqlPublicationCore::Load(Conn& c, const std::optional<Row>& pub) {
    if (!pub) return std::nullopt;
    StoredRecord rec;
    rec.publication = ReadPublication(*pub);
    auto live_id = pub->OptInt(kPublicationColumnCount - 1);
    for (const auto& v : c.Query(kRecordVersions, {rec.publication.id, V(live_id)})) {
        if (live_id && v.Int(0) == *live_id) {
            rec.live_json = v.Text(4);
            continue;
        }
        if (rec.latest) continue;
        StoredVersion sv;
        sv.info.id = v.Int(0);
        sv.info.review = d::ParseReviewState(v.Text(1)).value_or(d::ReviewState::Pending);
        sv.info.reject_reason = v.Text(2);
        sv.info.submitted_at = v.Int(3);
        sv.json = v.Text(4);
        sv.info.flags = d::DecodeFlags(v.Text(5));
        rec.latest = std::move(sv);
    }
    return rec;
}

std::optional<SqlPublicationCore::StoredRecord> SqlPublicationCore::FindById(Conn& c, std::int64_t id,
                                                                             std::string_view kind) {
    static const std::string kSql =
        std::string("SELECT ") + kPublicationColumns + " FROM publications p WHERE p.id = ? AND p.kind = ?";
    return Load(c, c.QueryOne(kSql, {id, std::string(kind)}));
}

std::optional<SqlPublicationCore::StoredRecord> SqlPublicationCore::FindByTokenHash(Conn& c, const std::string& hash,
                                                                                    std::string_view kind) {
    static const std::string kSql =
        std::string("SELECT ") + kPublicationColumns +
        " FROM manage_tokens t JOIN publications p ON p.id = t.publication_id WHERE t.hash = ? AND p.kind = ?";
    return Load(c, c.QueryOne(kSql, {hash, std::string(kind)}));
}

std::optional<std::pair<d::Publication, std::string>> SqlPublicationCore::FindPublished(Conn& c, std::int64_t id,
                                                                                        std::string_view kind) {
    static const std::string kSql = std::string("SELECT ") + kPublicationColumns +
                                    ", v.content FROM publications p JOIN publication_versions v ON "
                                    "v.id = p.live_version_id WHERE p.id = ? AND p.kind = ? AND p.status = 'published'";
    auto row = c.QueryOne(kSql, {id, std::string(kind)});
    if (!row) return std::nullopt;
    return std::make_pair(ReadPublication(*row), row->Text(kPublicationColumnCount));
}

bool SqlPublicationCore::Hold(Conn& c, Dialect dialect, std::int64_t id, std::string_view kind) {
    static const std::string kForUpdate = std::string(kHoldPublication) + " FOR UPDATE";
    return c
        .QueryOne(dialect == Dialect::Postgres ? kForUpdate : std::string(kHoldPublication), {id, std::string(kind)})
        .has_value();
}

SqlPublicationCore::Photos SqlPublicationCore::Unreferenced(Conn& c, std::int64_t id,
                                                            const std::vector<std::string>& gone) {
    Photos candidates, kept;
    for (const auto& json : gone) AddPhotos(json, candidates);
    if (candidates.empty()) return {};
    for (const auto& r : c.Query(kContentsOf, {id})) AddPhotos(r.Text(0), kept);
    Photos out;
    for (const auto& stem : candidates)
        if (std::find(kept.begin(), kept.end(), stem) == kept.end() &&
            std::find(out.begin(), out.end(), stem) == out.end())
            out.push_back(stem);
    return out;
}

SqlPublicationCore::Photos SqlPublicationCore::AddVersion(Conn& c, std::int64_t id, const std::string& title,
                                                          const std::string& subtitle, const std::string& json,
                                                          d::Millis now, const d::Screening& screening) {
    auto replaced = Contents(c.Query(kDeleteUnapprovedVersions, {id}));
    c.Exec(kInsertVersion, {id, now, title, subtitle, json, d::EncodeFlags(screening.flags), screening.title_print,
                            screening.text_print});
    c.Exec(kStatusAfterEdit, {now, id});
    return Unreferenced(c, id, replaced);
}

SqlPublicationCore::Approved SqlPublicationCore::Approve(Conn& c, std::int64_t id, std::int64_t version_id,
                                                         const std::string& title, const std::string& subtitle,
                                                         const std::string& json, const std::string& slug,
                                                         d::Millis now) {
    Approved a;
    auto waiting = c.QueryOne(kPendingContent, {version_id, id});
    if (!waiting || !c.QueryOne(kApproveVersion, {title, subtitle, json, version_id, id})) return a;
    a.version_was_pending = true;
    auto gone = Contents(c.Query(kDeleteOtherVersions, {id, version_id}));
    gone.push_back(waiting->Text(0));  // photos the moderator removed from the approved version
    a.unreferenced_photos = Unreferenced(c, id, gone);
    auto row = c.QueryOne(kPublish, {version_id, slug, now, now, id});
    if (row) {
        a.is_public = row->Text(0) == "published";
        a.published_at = row->Int(1);
    }
    // Approved while its account is blocked: kept out of public view like the account's other publications. The
    // block holds every publication of the account (Hold), so this sees a block that committed before it.
    if (a.is_public && c.QueryOne(kOwnerBlocked, {id})) a.is_public = !SetStoppedByBlock(c, id, true, now);
    return a;
}

bool SqlPublicationCore::Reject(Conn& c, std::int64_t id, std::int64_t version_id, const std::string& reason,
                                d::Millis now) {
    if (!c.QueryOne(kRejectVersion, {reason, version_id, id})) return false;
    c.Exec(kStatusAfterReject, {now, id});
    return true;
}

void SqlPublicationCore::RequestDeletion(Conn& c, std::int64_t id, d::Millis now) {
    c.Exec(kRequestDeletion, {now, id});
}

SqlPublicationCore::Photos SqlPublicationCore::Delete(Conn& c, std::int64_t id) {
    auto gone = Contents(c.Query(kDeleteVersions, {id}));
    c.Exec(kDeleteSearch, {id});
    c.Exec("DELETE FROM mail_outbox WHERE publication_id = ?", {id});  // not yet delivered: never will be
    // The audit entries stay; the values they recorded (corrections, a rejection's words) go with it.
    c.Exec(
        "UPDATE audit_log SET changes = '', detail = '', erased = 1 WHERE subject = 'publication' AND "
        "subject_id = ? AND (changes <> '' OR detail <> '')",
        {id});
    c.Exec(kDeletePublication, {id});
    return Unreferenced(c, id, gone);
}

bool SqlPublicationCore::SetStopped(Conn& c, std::int64_t id, bool stopped, d::Millis now) {
    constexpr const char* kStop =
        "UPDATE publications SET status = 'stopped', stopped_at = ?, updated_at = ? "
        "WHERE id = ? AND status = 'published' RETURNING id";
    constexpr const char* kResume =
        "UPDATE publications SET status = 'published', stopped_at = NULL, updated_at = ?, stopped_by_block = 0 "
        "WHERE id = ? AND status = 'stopped' AND live_version_id IS NOT NULL RETURNING id";
    auto row = stopped ? c.QueryOne(kStop, {now, now, id}) : c.QueryOne(kResume, {now, id});
    return row.has_value();
}

bool SqlPublicationCore::SetStoppedByBlock(Conn& c, std::int64_t id, bool blocked, d::Millis now) {
    auto row = blocked ? c.QueryOne(kStopForBlock, {now, now, id}) : c.QueryOne(kResumeAfterBlock, {now, id});
    return row.has_value();
}

std::optional<SqlPublicationCore::Live> SqlPublicationCore::LiveContent(Conn& c, std::int64_t id) {
    auto row = c.QueryOne(
        "SELECT p.published_at, p.slug, v.content FROM publications p JOIN publication_versions v "
        "ON v.id = p.live_version_id WHERE p.id = ?",
        {id});
    if (!row) return std::nullopt;
    return Live{row->Int(0), row->Text(1), row->Text(2)};
}

void SqlPublicationCore::SetOwner(Conn& c, std::int64_t id, std::int64_t account_id) {
    c.Exec("UPDATE publications SET owner_account_id = ? WHERE id = ?", {account_id, id});
}

void SqlPublicationCore::PublishPhotos(Conn& c, std::int64_t id, const std::vector<std::string>& stems) {
    for (const auto& stem : stems)
        c.Exec("INSERT INTO public_photos (stem, publication_id) VALUES (?, ?) ON CONFLICT (stem) DO NOTHING",
               {stem, id});
}

void SqlPublicationCore::UnpublishPhotos(Conn& c, std::int64_t id) {
    c.Exec("DELETE FROM public_photos WHERE publication_id = ?", {id});
}

bool SqlPublicationCore::IsPublicPhoto(Db& db, const std::string& stem) {
    return db.ReadValue(
        [&](Conn& c) { return c.QueryOne("SELECT 1 FROM public_photos WHERE stem = ?", {stem}).has_value(); });
}

void SqlPublicationCore::CountView(std::int64_t id) {
    std::lock_guard g(views_mu_);
    ++pending_views_[id];
}

void SqlPublicationCore::FlushViews(Db& db) {
    std::unordered_map<std::int64_t, std::int64_t> batch;
    {
        std::lock_guard g(views_mu_);
        batch.swap(pending_views_);
    }
    if (batch.empty()) return;
    // One statement per chunk of kViewChunk publications (a short chunk is padded with id 0, which no publication
    // has), so that a busy flush is a few statements, not one per page viewed.
    static const std::string kSql = [] {
        std::string sql = "UPDATE publications SET views = views + v.column2 FROM (VALUES ";
        for (int i = 0; i < kViewChunk; ++i)
            sql += i ? ", (CAST(? AS BIGINT), CAST(? AS BIGINT))" : "(CAST(? AS BIGINT), CAST(? AS BIGINT))";
        return sql + ") AS v WHERE publications.id = v.column1";
    }();
    std::vector<Value> params;
    params.reserve(2 * kViewChunk);
    db.Write([&](Conn& c) {
        auto flush = [&] {
            while (params.size() < 2 * kViewChunk) params.insert(params.end(), {std::int64_t{0}, std::int64_t{0}});
            c.Exec(kSql, params);
            params.clear();
        };
        for (auto [id, n] : batch) {
            params.insert(params.end(), {id, n});
            if (params.size() == 2 * kViewChunk) flush();
        }
        if (!params.empty()) flush();
    });
}

std::vector<d::QueueItem> SqlModerationQueries::Queue(std::string_view kind, int limit) {
    return db_.ReadValue([&](Conn& c) {
        auto rows = c.Query(kQueue, {std::string(kind), std::string(kind), std::int64_t{limit}});
        auto items = ReadQueue(rows);
        for (size_t i = 0; i < items.size(); ++i) {
            AddQueueColumns(items[i], rows[i].Text(7));
            items[i].flags = d::DecodeFlags(rows[i].Text(8));
        }
        return items;
    });
}

std::vector<d::QueueItem> SqlModerationQueries::DeletionRequests(int limit) {
    return db_.ReadValue([&](Conn& c) { return ReadQueue(c.Query(kDeletionRequests, {std::int64_t{limit}})); });
}

std::optional<std::string> SqlPublicationKindIndex::KindOf(std::int64_t id) {
    return db_.ReadValue([&](Conn& c) -> std::optional<std::string> {
        auto row = c.QueryOne(kKindOf, {id});
        if (!row) return std::nullopt;
        return row->Text(0);
    });
}

std::optional<std::string> SqlPublicationKindIndex::KindOfTokenHash(const std::string& hash) {
    return db_.ReadValue([&](Conn& c) -> std::optional<std::string> {
        auto row = c.QueryOne(kKindOfToken, {hash});
        if (!row) return std::nullopt;
        return row->Text(0);
    });
}

std::vector<d::OwnedItem> SqlOwnerQueries::OwnedBy(std::int64_t account_id) {
    constexpr const char* kOwned =
        "SELECT p.id, p.kind, p.status, p.slug, p.views, p.published_at, p.stopped_at, p.deletion_requested_at, "
        "p.created_at, (SELECT title FROM publication_versions WHERE publication_id = p.id ORDER BY id DESC LIMIT 1), "
        "EXISTS (SELECT 1 FROM publication_versions WHERE publication_id = p.id AND review = 'pending'), "
        "EXISTS (SELECT 1 FROM publication_versions WHERE publication_id = p.id AND review = 'rejected'), "
        "p.stopped_by_block "
        "FROM publications p WHERE p.owner_account_id = ? ORDER BY p.created_at DESC, p.id DESC";
    return db_.ReadValue([&](Conn& c) {
        std::vector<d::OwnedItem> out;
        for (const auto& r : c.Query(kOwned, {account_id})) {
            d::OwnedItem o;
            o.id = r.Int(0);
            o.kind = r.Text(1);
            o.status = d::ParsePublicationStatus(r.Text(2)).value_or(d::PublicationStatus::Pending);
            o.slug = r.Text(3);
            o.views = r.Int(4);
            o.published_at = r.OptInt(5);
            o.stopped_at = r.OptInt(6);
            o.deletion_requested_at = r.OptInt(7);
            o.created_at = r.Int(8);
            o.title = r.Text(9);
            o.edit_pending = r.Int(10) != 0;
            o.edit_rejected = r.Int(11) != 0;
            o.stopped_by_block = r.Int(12) != 0;
            out.push_back(std::move(o));
        }
        return out;
    });
}

std::string SqlOwnerQueries::ExportPublications(std::int64_t account_id) {
    constexpr const char* kVersions =
        "SELECT p.id, p.kind, p.status, p.created_at, p.published_at, p.stopped_at, p.views, "
        "v.id = p.live_version_id, v.review, v.reject_reason, v.submitted_at, v.content "
        "FROM publications p JOIN publication_versions v ON v.publication_id = p.id "
        "WHERE p.owner_account_id = ? ORDER BY p.id, v.id";
    nlohmann::json list = nlohmann::json::array();
    db_.Read([&](Conn& c) {
        std::int64_t current = 0;
        for (const auto& r : c.Query(kVersions, {account_id})) {
            if (r.Int(0) != current) {
                current = r.Int(0);
                nlohmann::json p = {{"id", current},       {"kind", r.Text(1)},
                                    {"status", r.Text(2)}, {"created_at", r.Int(3)},
                                    {"views", r.Int(6)},   {"versions", nlohmann::json::array()}};
                if (auto v = r.OptInt(4)) p["published_at"] = *v;
                if (auto v = r.OptInt(5)) p["stopped_at"] = *v;
                list.push_back(std::move(p));
            }
            nlohmann::json v = {{"live", r.Int(7) != 0},
                                {"review", r.Text(8)},
                                {"submitted_at", r.Int(10)},
                                {"content", nlohmann::json::parse(r.Text(11))}};
            if (!r.Text(9).empty()) v["reject_reason"] = r.Text(9);
            list.back()["versions"].push_back(std::move(v));
        }
    });
    return list.dump(2);
}

}  // namespace ejob::storage
