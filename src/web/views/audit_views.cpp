// The administrators' audit log: a filter form and a table of entries (who, when, what, about what, which fields
// changed from what to what).
#include "web/views/audit_views.hpp"

#include "domain/common/msgid.hpp"
#include "web/views/components/date_time.hpp"
#include "web/views/components/pagination.hpp"

namespace ejob::web::views {
namespace d = ejob::domain;

namespace {

struct ActionLabel {
    const char* action;
    const char* label;  // msgid
};
constexpr ActionLabel kActions[] = {
    {"approve", N_("Approved")},
    {"reject", N_("Rejected")},
    {"delete", N_("Deleted the publication")},
    {"block_account", N_("Blocked the account")},
    {"unblock_account", N_("Unblocked the account")},
    {"change_account_email", N_("Changed the account's email")},
    {"delete_account", N_("Deleted the account")},
    {"set_role", N_("Changed the role")},
    {"create_staff", N_("Created a staff account")},
    {"enable_second_factor", N_("Set up the second factor")},
    {"renew_recovery_codes", N_("Made new recovery codes")},
    {"edit_document", N_("Edited a page")},
};

void Subject(Html& h, const Frame& f, const Tr& tr, const d::AuditRecord& r) {
    const std::string id = std::to_string(r.subject_id);
    std::string number = "#";
    number += id;
    if (r.subject == d::audit::kPublication) {
        h.Element("a", {{"href", L(f, "/admin/moderation/" + id)}}, tr.Fmt("Publication {}", number));
    } else if (r.subject == d::audit::kAccount) {
        if (f.admin)
            h.Element("a", {{"href", L(f, "/admin/users/" + id)}}, tr.Fmt("Account {}", number));
        else
            h.Text(tr.Fmt("Account {}", number));
    } else if (r.subject == d::audit::kPage) {
        h.Element("a", {{"href", L(f, "/admin/pages")}}, tr("Rules and pages"));
    } else {
        h.Text(r.subject + " " + number);
    }
}

void Changes(Html& h, const Tr& tr, const d::AuditEntry& e) {
    if (!e.record.detail.empty()) h.Element("p", {{"class", "audit-detail"}}, e.record.detail);
    if (e.record.changes.empty()) return;
    h.Open("ul", {{"class", "audit-changes"}});
    for (const auto& c : e.record.changes) {
        h.Open("li").Element("strong", tr(c.field.c_str())).Text(": ");
        if (e.erased)
            h.Element("em", tr("erased with the publication"));
        else if (c.hidden)
            h.Element("em", tr("changed (values not recorded)"));
        else
            h.Element("del", c.before.empty() ? "—" : c.before)
                .Text(" → ")
                .Element("ins", c.after.empty() ? "—" : c.after);
        h.Close("li");
    }
    h.Close("ul");
}

void Select(Html& h, const Tr& tr, const char* id, const char* name, const char* label,
            const std::vector<std::pair<std::string, std::string>>& options, const std::string& chosen) {
    h.Open("div", {{"class", "field"}});
    h.Element("label", {{"for", id}}, tr(label));
    h.Open("select", {{"id", id}, {"name", name}});
    h.Element("option", {{"value", ""}}, tr("All"));
    for (const auto& [value, text] : options)
        h.Element("option", {{"value", value}, {"selected", "", value == chosen}}, text);
    h.Close("select").Close("div");
}

void Input(Html& h, const Tr& tr, const char* id, const char* name, const char* label, const char* type,
           const std::string& value) {
    h.Open("div", {{"class", "field"}});
    h.Element("label", {{"for", id}}, tr(label));
    const bool text = std::string_view(type) == "search";
    h.Void("input", {{"id", id}, {"name", name}, {"type", type}, {"value", value}, {"maxlength", "200", text}});
    h.Close("div");
}

}  // namespace

std::string AuditActionName(const Tr& tr, const std::string& action) {
    for (const auto& a : kActions)
        if (action == a.action) return tr(a.label);
    return action;
}

std::string AuditPage(const Frame& f, const AuditModel& m) {
    Tr tr(f.lang);
    Html h;
    h.Element("h1", tr("Audit log"));
    h.Element("p", {{"class", "muted"}},
              tr("Every action of the staff, newest first. Passwords, contacts and addresses are never recorded; the "
                 "values of a deleted publication are erased from its entries."));
    h.Open("form", {{"class", "filters audit-filters"}, {"method", "get"}, {"action", L(f, "/admin/audit")}});
    Input(h, tr, "f-q", "q", N_("Who (email, or a part of it)"), "search", m.filter.actor);
    std::vector<std::pair<std::string, std::string>> actions;
    for (const auto& a : m.actions) actions.emplace_back(a, AuditActionName(tr, a));
    Select(h, tr, "f-action", "action", N_("Action"), actions, m.filter.action);
    Select(h, tr, "f-subject", "subject", N_("About"),
           {{d::audit::kPublication, tr("Publications")},
            {d::audit::kAccount, tr("Accounts")},
            {d::audit::kPage, tr("Pages")}},
           m.filter.subject);
    Input(h, tr, "f-id", "id", N_("Number"), "number", m.filter.subject_id ? std::to_string(m.filter.subject_id) : "");
    Input(h, tr, "f-from", "from", N_("From"), "date", m.from);
    Input(h, tr, "f-to", "to", N_("To"), "date", m.to);
    h.Element("button", {{"type", "submit"}, {"class", "button"}}, tr("Show"));
    h.Close("form");

    h.Element("p", {{"role", "status"}}, tr.N("{} entry.", "{} entries.", m.found.total));
    if (!m.found.items.empty()) {
        h.Open("div", {{"class", "table-scroll"}});
        h.Open("table", {{"class", "table audit"}});
        h.Element("caption", {{"class", "visually-hidden"}}, tr("Audit log"));
        h.Open("thead").Open("tr");
        for (const char* col : {N_("When"), N_("Who"), N_("Action"), N_("About"), N_("Changes")})
            h.Element("th", {{"scope", "col"}}, tr(col));
        h.Close("tr").Close("thead").Open("tbody");
        for (const auto& e : m.found.items) {
            const auto& r = e.record;
            h.Open("tr");
            h.Open("td");
            DateTime(h, tr, r.at);
            h.Close("td");
            if (r.actor_id == 0)
                h.Element("td", tr("the site (retention)"));
            else if (e.actor_email.empty())
                h.Element("td", tr.Fmt("deleted account {}", std::to_string(r.actor_id)));
            else
                h.Element("td", e.actor_email);
            h.Element("td", AuditActionName(tr, r.action));
            h.Open("td");
            Subject(h, f, tr, r);
            h.Close("td");
            h.Open("td");
            Changes(h, tr, e);
            h.Close("td");
            h.Close("tr");
        }
        h.Close("tbody").Close("table").Close("div");
    }
    Pagination(h, f, m.page_link_base, m.found.page, m.found.Pages());
    return Layout(f, {tr("Audit log"), "", true}, h.Take());
}

}  // namespace ejob::web::views
