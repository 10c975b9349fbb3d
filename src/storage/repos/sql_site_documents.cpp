#include "storage/repos/sql_site_documents.hpp"

namespace ejob::storage {
namespace d = ejob::domain;

namespace {
constexpr const char* kVersions =
    "SELECT version, published_at FROM site_document_versions WHERE document = ? AND lang = ? ORDER BY version DESC";
constexpr const char* kFind =
    "SELECT version, published_at, body, note, editor_account_id FROM site_document_versions "
    "WHERE document = ? AND lang = ? AND version = ?";
constexpr const char* kRevision = "SELECT revision FROM site_documents WHERE name = ?";
// Holds the document's row (PostgreSQL: until the commit), so two saves of one document happen one after the other
// and the second finds the revision moved on.
constexpr const char* kNextRevision =
    "UPDATE site_documents SET revision = revision + 1 WHERE name = ? AND revision = ?";
constexpr const char* kLastVersion =
    "SELECT COALESCE(MAX(version), 1) FROM site_document_versions WHERE document = ? AND lang = ?";
constexpr const char* kInsert =
    "INSERT INTO site_document_versions (document, lang, version, body, note, editor_account_id, published_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)";
// Every node's page cache and copies of the documents follow the change feed (listing_changes): a document's change
// is an entry of its own kind, which no list refreshes an item for.
constexpr const char* kRecordChange = "INSERT INTO listing_changes (kind, publication_id) VALUES ('document', 0)";
}  // namespace

std::vector<d::VersionStamp> SqlDocumentStore::Versions(std::string_view document, std::string_view lang) {
    return db_.ReadValue([&](Conn& c) {
        std::vector<d::VersionStamp> out;
        for (const auto& r : c.Query(kVersions, {std::string(document), std::string(lang)}))
            out.push_back({static_cast<int>(r.Int(0)), r.Int(1)});
        return out;
    });
}

std::optional<d::DocumentVersion> SqlDocumentStore::Find(std::string_view document, std::string_view lang,
                                                         int version) {
    return db_.ReadValue([&](Conn& c) -> std::optional<d::DocumentVersion> {
        auto r = c.QueryOne(kFind, {std::string(document), std::string(lang), std::int64_t{version}});
        if (!r) return std::nullopt;
        d::DocumentVersion v;
        v.version = static_cast<int>(r->Int(0));
        v.published_at = r->Int(1);
        v.body = r->Text(2);
        v.note = r->Text(3);
        v.editor_id = r->OptInt(4);
        return v;
    });
}

std::int64_t SqlDocumentStore::Revision(std::string_view document) {
    return db_.ReadValue([&](Conn& c) {
        auto r = c.QueryOne(kRevision, {std::string(document)});
        return r ? r->Int(0) : std::int64_t{0};
    });
}

bool SqlDocumentStore::Publish(std::string_view document, std::int64_t base,
                               const std::vector<std::pair<std::string, d::DocumentVersion>>& versions) {
    bool published = false;
    db_.Write([&](Conn& c) {
        published = c.Exec(kNextRevision, {std::string(document), base}) == 1;
        if (!published) return;
        for (const auto& [lang, v] : versions) {
            const std::int64_t next = c.QueryOne(kLastVersion, {std::string(document), lang})->Int(0) + 1;
            c.Exec(kInsert, {std::string(document), lang, next, v.body, v.note, V(v.editor_id), v.published_at});
        }
        c.Exec(kRecordChange);
        MarkPublicChange(c);
    });
    return published;
}

}  // namespace ejob::storage
