#include "storage/repos/sql_screening.hpp"

namespace ejob::storage {
namespace d = ejob::domain;

namespace {

// Live: published, or waiting for its first moderation; the version compared is the live one or the one waiting.
// An empty print or a missing owner is passed as NULL, which equals nothing.
constexpr const char* kLiveDuplicate =
    "SELECT p.id FROM publication_versions v JOIN publications p ON p.id = v.publication_id "
    "WHERE p.kind = ? AND p.id <> ? AND p.status IN ('pending', 'published') "
    "AND (v.id = p.live_version_id OR v.review = 'pending') "
    "AND ((v.title_print = ? AND (lower(p.owner_email) = ? OR p.owner_account_id = ?)) OR v.text_print = ?) "
    "ORDER BY p.id LIMIT 1";
constexpr const char* kOwnersEarlier =
    "SELECT id FROM publications WHERE kind = ? AND id <> ? AND created_at >= ? AND created_at < ? "
    "AND (lower(owner_email) = ? OR owner_account_id = ?) ORDER BY created_at DESC, id DESC LIMIT 1";

Value TextOrNull(const std::string& s) {
    if (s.empty()) return nullptr;
    return s;
}

// Addresses are compared without case (SQLite's lower() folds ASCII only, as addresses are).
Value EmailOrNull(const std::string& email) {
    if (email.empty()) return nullptr;
    std::string lower = email;
    for (char& c : lower)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return lower;
}

std::optional<std::int64_t> FirstId(const std::optional<Row>& row) {
    if (!row) return std::nullopt;
    return row->Int(0);
}

}  // namespace

std::optional<std::int64_t> SqlScreeningQueries::LiveDuplicate(std::string_view kind, std::int64_t exclude_id,
                                                               const d::ScreeningOwner& owner,
                                                               const std::string& title_print,
                                                               const std::string& text_print) {
    return db_.ReadValue([&](Conn& c) {
        return FirstId(
            c.QueryOne(kLiveDuplicate, {std::string(kind), exclude_id, TextOrNull(title_print),
                                        EmailOrNull(owner.email), V(owner.account_id), TextOrNull(text_print)}));
    });
}

std::optional<std::int64_t> SqlScreeningQueries::OwnersEarlier(std::string_view kind, std::int64_t exclude_id,
                                                               const d::ScreeningOwner& owner, d::Millis since,
                                                               d::Millis until) {
    return db_.ReadValue([&](Conn& c) {
        return FirstId(c.QueryOne(kOwnersEarlier, {std::string(kind), exclude_id, since, until,
                                                   EmailOrNull(owner.email), V(owner.account_id)}));
    });
}

}  // namespace ejob::storage
