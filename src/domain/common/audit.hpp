#pragma once
// The audit log: an append-only record of what staff did (and what retention did on its own). Who, when, what, to
// which publication or account, and the fields it changed with their values before and after — never a password,
// a contact or an email address (a change of those is recorded by the field's name only). Entries are kept for
// the retention period of the audit log; a deleted publication's values are erased from the entries about it
// (the entries stay), so that deletion leaves no copy of its text.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/common/clock.hpp"

namespace ejob::domain {

namespace audit {
// What an entry is about.
constexpr const char* kPublication = "publication";
constexpr const char* kAccount = "account";
constexpr const char* kPage = "page";
}  // namespace audit

struct AuditChange {
    std::string field;  // msgid of the field's label ("Position")
    std::string before, after;
    bool hidden = false;  // a contact or address: recorded as changed, without values
};

struct AuditRecord {
    std::int64_t actor_id = 0;  // 0: the site itself (retention)
    std::string action;         // "approve", "reject", "delete", "block_account", "set_role", …
    std::string subject = audit::kPublication;
    std::int64_t subject_id = 0;
    std::string detail;  // a rejection's reason
    std::vector<AuditChange> changes;
    Millis at = 0;
};

// Port: appends to the log, inside the caller's unit of work.
class AuditLog {
  public:
    virtual ~AuditLog() = default;
    virtual void Append(const AuditRecord& r) = 0;
    // A decision about a publication.
    void Record(std::int64_t actor_id, std::string_view action, std::int64_t publication_id, std::string_view detail,
                Millis at, std::vector<AuditChange> changes = {}) {
        Append({actor_id, std::string(action), audit::kPublication, publication_id, std::string(detail),
                std::move(changes), at});
    }
};

// A field's label (msgid) and its value as text, in the order a form shows them.
using AuditedFields = std::vector<std::pair<const char*, std::string>>;

namespace audit {
// A sum in qəpik as whole AZN, and a number of photos, as an audited field shows them ("" when none).
std::string Azn(const std::optional<std::int64_t>& qepik);
std::string Count(const std::vector<std::string>& photos);
}  // namespace audit

// The fields whose values differ (a field missing on one side counts as empty there).
std::vector<AuditChange> ChangedFields(const AuditedFields& before, const AuditedFields& after);

// An entry as administrators read it.
struct AuditEntry {
    std::int64_t id = 0;
    AuditRecord record;
    std::string actor_email;  // empty for the site itself or a deleted account
    bool erased = false;      // the values went with the deleted publication
};

struct AuditFilter {
    std::string actor;    // a part of the actor's email
    std::string action;   // exact, or empty for all
    std::string subject;  // "publication", "account", "page" or empty
    std::int64_t subject_id = 0;
    std::optional<Millis> from, to;  // [from, to)
    int page = 1;
};

struct AuditPage {
    std::vector<AuditEntry> items;
    std::int64_t total = 0;
    int page = 1;
    static constexpr int kPerPage = 50;
    int Pages() const { return total == 0 ? 1 : static_cast<int>((total + kPerPage - 1) / kPerPage); }
};

// Port: the log, newest first, AuditPage::kPerPage entries to a page.
class AuditQueries {
  public:
    virtual ~AuditQueries() = default;
    virtual AuditPage Search(const AuditFilter& f) = 0;
    virtual std::vector<std::string> Actions() = 0;  // every action recorded so far, for the filter
};

}  // namespace ejob::domain
