#include "storage/repos/sql_audit_log.hpp"

#include <limits>
#include <nlohmann/json.hpp>

#include "domain/accounts/account.hpp"
#include "storage/repos/sql_account_directory.hpp"

namespace ejob::storage {
namespace d = ejob::domain;

namespace {
constexpr const char* kAppend =
    "INSERT INTO audit_log (actor_id, action, publication_id, subject, subject_id, detail, fields, changes, at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
// Every filter is bound, an empty one matching everything, so that one prepared statement serves them all.
constexpr const char* kWhere =
    " FROM audit_log l LEFT JOIN accounts a ON a.id = l.actor_id WHERE (? = '' OR lower(a.email) LIKE ? ESCAPE '\\') "
    "AND (? = '' OR l.action = ?) AND (? = '' OR l.subject = ?) AND (? = 0 OR l.subject_id = ?) AND l.at >= ? "
    "AND l.at < ?";

}  // namespace

void SqlAuditLog::Append(const d::AuditRecord& r) {
    nlohmann::json fields = nlohmann::json::array(), values = nlohmann::json::array();
    for (const auto& c : r.changes) {
        fields.push_back(c.field);
        if (!c.hidden) values.push_back({c.field, c.before, c.after});
    }
    const std::int64_t publication = r.subject == d::audit::kPublication ? r.subject_id : 0;
    db_.Write([&](Conn& c) {
        c.Exec(kAppend,
               {r.actor_id, r.action, publication, r.subject, r.subject_id, r.detail,
                fields.empty() ? std::string() : fields.dump(), values.empty() ? std::string() : values.dump(), r.at});
    });
}

d::AuditPage SqlAuditLog::Search(const d::AuditFilter& f) {
    const std::vector<Value> params = {f.actor,
                                       ContainsPattern(domain::NormalizeEmail(f.actor)),
                                       f.action,
                                       f.action,
                                       f.subject,
                                       f.subject,
                                       f.subject_id,
                                       f.subject_id,
                                       f.from.value_or(0),
                                       f.to.value_or(std::numeric_limits<std::int64_t>::max())};
    d::AuditPage out;
    out.page = std::max(1, f.page);
    db_.Read([&](Conn& c) {
        out.total = c.QueryOne(std::string("SELECT COUNT(*)") + kWhere, params)->Int(0);
        auto with_page = params;
        with_page.emplace_back(std::int64_t{d::AuditPage::kPerPage});
        with_page.emplace_back(std::int64_t{out.page - 1} * d::AuditPage::kPerPage);
        for (const auto& r : c.Query(std::string("SELECT l.id, l.actor_id, l.action, l.subject, l.subject_id, "
                                                 "l.detail, l.fields, l.changes, l.at, l.erased, a.email") +
                                         kWhere + " ORDER BY l.id DESC LIMIT ? OFFSET ?",
                                     with_page)) {
            d::AuditEntry e;
            e.id = r.Int(0);
            e.record.actor_id = r.Int(1);
            e.record.action = r.Text(2);
            e.record.subject = r.Text(3);
            e.record.subject_id = r.Int(4);
            e.record.detail = r.Text(5);
            e.record.at = r.Int(8);
            e.erased = r.Int(9) != 0;
            e.actor_email = r.IsNull(10) ? "" : r.Text(10);
            // Every changed field by name; with its values unless it was a hidden one or they were erased.
            auto values = nlohmann::json::parse(r.Text(7).empty() ? "[]" : r.Text(7), nullptr, false);
            auto fields = nlohmann::json::parse(r.Text(6).empty() ? "[]" : r.Text(6), nullptr, false);
            if (!fields.is_array()) fields = nlohmann::json::array();
            for (const auto& field : fields) {
                if (!field.is_string()) continue;
                d::AuditChange change{field.get<std::string>(), {}, {}, true};
                if (values.is_array())
                    for (const auto& v : values)
                        if (v.is_array() && v.size() == 3 && v[0] == change.field) {
                            change.before = v[1].get<std::string>();
                            change.after = v[2].get<std::string>();
                            change.hidden = false;
                        }
                e.record.changes.push_back(std::move(change));
            }
            out.items.push_back(std::move(e));
        }
    });
    return out;
}

std::vector<std::string> SqlAuditLog::Actions() {
    std::vector<std::string> out;
    db_.Read([&](Conn& c) {
        for (const auto& r : c.Query("SELECT DISTINCT action FROM audit_log ORDER BY action")) out.push_back(r.Text(0));
    });
    return out;
}

}  // namespace ejob::storage
