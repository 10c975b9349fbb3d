#include "storage/repos/sql_cv_drafts.hpp"

#include "formats/json_resume.hpp"

namespace ejob::storage {
namespace d = ejob::domain;

namespace {
constexpr const char* kFind =
    "SELECT document, created_at, expires_at, updated_at FROM cv_drafts WHERE token_hash = ? AND expires_at > ?";
constexpr const char* kPut =
    "INSERT INTO cv_drafts (token_hash, document, created_at, updated_at, expires_at) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT (token_hash) DO UPDATE SET document = excluded.document, updated_at = excluded.updated_at";
constexpr const char* kRemove = "DELETE FROM cv_drafts WHERE token_hash = ?";
constexpr const char* kRemoveExpired = "DELETE FROM cv_drafts WHERE expires_at <= ?";
}  // namespace

std::optional<d::cv::StoredDraft> SqlCvDrafts::Find(const std::string& token_hash, d::Millis now) {
    auto row = db_.ReadValue([&](Conn& c) { return c.QueryOne(kFind, {token_hash, now}); });
    if (!row) return std::nullopt;
    auto parsed = formats::FromJsonResume(row->Text(0));
    if (!parsed) return std::nullopt;  // written by this code, so never; an unreadable draft is no draft
    d::cv::StoredDraft out;
    out.draft = std::move(parsed->draft);
    out.photo_jpeg = std::move(parsed->photo_jpeg);
    out.created_at = row->Int(1);
    out.expires_at = row->Int(2);
    out.updated_at = row->Int(3);
    return out;
}

void SqlCvDrafts::Put(const std::string& token_hash, const d::cv::StoredDraft& draft) {
    const std::string document = formats::ToJsonResume(draft.draft, draft.photo_jpeg);
    // The text a save replaces is the same person's, and goes from the files with the draft at the end of the day.
    db_.Write([&](Conn& c) {
        c.Exec(kPut, {token_hash, document, draft.created_at, draft.updated_at, draft.expires_at});
    });
}

bool SqlCvDrafts::Remove(const std::string& token_hash) {
    bool removed = db_.WriteValue([&](Conn& c) { return c.Exec(kRemove, {token_hash}) > 0; });
    if (removed) db_.MarkErasure();
    return removed;
}

std::int64_t SqlCvDrafts::RemoveExpired(d::Millis now) {
    std::int64_t n = db_.WriteValue([&](Conn& c) { return c.Exec(kRemoveExpired, {now}); });
    if (n > 0) db_.MarkErasure();
    return n;
}

}  // namespace ejob::storage
