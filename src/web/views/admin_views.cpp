#include <algorithm>
#include <cstdio>
#include <ctime>

// Administration: sign-in, the moderation queue of every kind, the review page.
#include "web/views/admin_views.hpp"

#include "domain/common/msgid.hpp"
#include "domain/publications/rejection_reasons.hpp"
#include "web/views/components/date_time.hpp"
#include "web/views/form_fields.hpp"

namespace ejob::web::views {
namespace d = ejob::domain;

std::string AdminLogin(const Frame& f, const LoginModel& m) {
    Tr tr(f.lang);
    Html h;
    h.Element("h1", tr("Sign in to the administration"));
    h.Open("form", {{"method", "post"}, {"action", L(f, "/admin/login")}, {"class", "stack narrow"}});
    CsrfField(h, m.csrf);
    if (!m.error.empty())
        h.Element("p", {{"class", "error-summary"}, {"role", "alert"}, {"id", "login-error"}}, tr(m.error.c_str()));
    h.Open("div", {{"class", "field"}});
    h.Element("label", {{"for", "f-email"}}, tr("Email"));
    h.Void("input", {{"id", "f-email"},
                     {"type", "email"},
                     {"name", "email"},
                     {"value", m.email},
                     {"autocomplete", "username"},
                     Flag("required"),
                     {"aria-describedby", "login-error", !m.error.empty()}});
    h.Close("div");
    h.Open("div", {{"class", "field"}});
    h.Element("label", {{"for", "f-password"}}, tr("Password"));
    h.Void("input", {{"id", "f-password"},
                     {"type", "password"},
                     {"name", "password"},
                     {"autocomplete", "current-password"},
                     Flag("required")});
    h.Close("div");
    h.Open("div", {{"class", "field"}});
    h.Element("label", {{"for", "f-code"}}, tr("Code from the authenticator app"));
    h.Element("p", {{"class", "hint"}, {"id", "f-code-hint"}},
              tr("Six digits, or one of your recovery codes. Leave empty if you have not set up a second factor yet."));
    h.Void("input", {{"id", "f-code"},
                     {"type", "text"},
                     {"name", "code"},
                     {"inputmode", "numeric"},
                     {"autocomplete", "one-time-code"},
                     {"maxlength", "12"},
                     {"aria-describedby", "f-code-hint"}});
    h.Close("div");
    h.Element("button", {{"type", "submit"}, {"class", "button button-primary"}}, tr("Sign in"));
    h.Close("form");
    return Layout(f, {tr("Sign in to the administration"), "", true}, h.Take());
}

namespace {

struct KindColumns {
    const char* kind;
    const char* heading;  // msgid
    const char* first;    // msgid of the first column
    const char* second;   // msgid of the second column
};
constexpr KindColumns kKindColumns[] = {
    {"vacancy", N_("Vacancies"), N_("Position"), N_("Company")},
    {"resume", N_("Resumes"), N_("Name"), N_("Desired position")},
    {"service", N_("Self-employment"), N_("Title"), N_("Price")},
};

// One table per kind, with the columns that fit it, oldest first.
void QueueTable(Html& h, const Frame& f, const Tr& tr, const KindColumns& k, const std::vector<d::QueueItem>& items) {
    std::string caption_id = std::string("queue-") + k.kind;
    h.Open("section", {{"class", "queue-kind"}, {"aria-labelledby", caption_id}});
    h.Element("h2", {{"id", caption_id}}, tr(k.heading));
    h.Open("table", {{"class", "table queue"}, {"data-kind", k.kind}});
    h.Element("caption", {{"class", "muted"}}, tr("Waiting for moderation, oldest first"));
    h.Open("thead").Open("tr");
    h.Element("th", {{"scope", "col"}}, tr(k.first));
    h.Element("th", {{"scope", "col"}}, tr(k.second));
    h.Element("th", {{"scope", "col"}}, tr("Submitted"));
    h.Element("th", {{"scope", "col"}}, tr("Submitter's email"));
    h.Close("tr").Close("thead").Open("tbody");
    for (const auto& q : items) {
        std::string url = L(f, "/admin/moderation/" + std::to_string(q.publication_id));
        std::string link_text = q.kind == "resume" ? q.subtitle : q.title;
        if (link_text.empty()) link_text = q.title;
        h.Open("tr");
        h.Open("td").Element("a", {{"href", url}}, link_text);
        if (q.is_edit) h.Element("span", {{"class", "badge"}}, tr("edit of a published one"));
        if (!q.flags.empty()) {
            std::string checks;
            for (const auto& flag : q.flags) checks += (checks.empty() ? "" : " ") + flag.check;
            h.Element("span", {{"class", "badge badge-flag"}, {"data-flags", checks}},
                      tr.N("{} automatic flag", "{} automatic flags", static_cast<std::int64_t>(q.flags.size())));
        }
        h.Close("td");
        if (q.kind == "resume")
            h.Element("td", q.title);
        else if (q.kind == "service")
            h.Element("td", ServicePriceText(tr, q.price_type, q.price, q.price_unit));
        else
            h.Element("td", q.subtitle);
        h.Open("td");
        DateTime(h, tr, q.submitted_at);
        h.Close("td");
        if (q.owner_email.empty())
            h.Element("td", {{"class", "muted"}}, tr("not given"));
        else
            h.Open("td").Element("a", {{"href", "mailto:" + q.owner_email}}, q.owner_email).Close("td");
        h.Close("tr");
    }
    h.Close("tbody").Close("table").Close("section");
}
}  // namespace

void AdminNav(Html& h, const Frame& f) {
    Tr tr(f.lang);
    h.Open("nav", {{"class", "admin-nav"}, {"aria-label", tr("Administration menu")}}).Open("ul");
    auto item = [&](const char* path, const std::string& label) {
        std::string url = L(f, path);
        h.Open("li");
        if (std::string_view(path) == "/admin" ? f.path == path : f.path.starts_with(path))
            h.Element("a", {{"href", url}, {"aria-current", "page"}}, label);
        else
            h.Element("a", {{"href", url}}, label);
        h.Close("li");
    };
    item("/admin", tr("Overview"));
    item("/admin/moderation", tr("Moderation queue"));
    item("/admin/security", tr("Sign-in security"));
    if (f.admin) {
        std::int64_t open = f.open_requests.value_or(0);
        item("/admin/requests", tr.N("Account requests: {} open", "Account requests: {} open", open));
        item("/admin/users", tr("Users"));
        item("/admin/staff", tr("Staff"));
        item("/admin/audit", tr("Audit log"));
        item("/admin/pages", tr("Rules and pages"));
    }
    h.Close("ul").Close("nav");
}

std::string AdminQueue(const Frame& f, const QueueModel& m) {
    Tr tr(f.lang);
    Html h;
    h.Element("h1", tr("Moderation"));
    if (!m.notice.empty()) h.Element("p", {{"class", "notice success"}, {"role", "status"}}, tr(m.notice.c_str()));
    h.Element("p", tr.N("{} publication is waiting for moderation.", "{} publications are waiting for moderation.",
                        static_cast<std::int64_t>(m.queue.size())));
    h.Open("nav", {{"class", "tabs"}, {"aria-label", tr("Kind")}}).Open("ul");
    static const std::pair<const char*, const char*> kKinds[] = {
        {"", N_("All")}, {"vacancy", N_("Vacancies")}, {"resume", N_("Resumes")}, {"service", N_("Self-employment")}};
    for (const auto& [code, label] : kKinds) {
        std::string url = L(f, std::string("/admin/moderation") + (*code ? std::string("?kind=") + code : ""));
        h.Open("li");
        if (m.kind == code)
            h.Element("a", {{"href", url}, {"aria-current", "page"}}, tr(label));
        else
            h.Element("a", {{"href", url}}, tr(label));
        h.Close("li");
    }
    h.Close("ul").Close("nav");
    for (const auto& k : kKindColumns) {
        std::vector<d::QueueItem> items;
        for (const auto& q : m.queue)
            if (q.kind == k.kind) items.push_back(q);
        if (!items.empty()) QueueTable(h, f, tr, k, items);
    }
    if (!m.deletions.empty()) {
        h.Element("h2", tr("Requests to delete"));
        h.Open("ul", {{"class", "plain"}});
        for (const auto& q : m.deletions) {
            h.Open("li");
            h.Element("a", {{"href", L(f, "/admin/moderation/" + std::to_string(q.publication_id))}}, q.title);
            h.Text(" — " + q.subtitle + " · ");
            DateTime(h, tr, q.submitted_at);
            if (!q.owner_email.empty())
                h.Text(" · ").Element("a", {{"href", "mailto:" + q.owner_email}}, q.owner_email);
            if (f.admin) {  // only administrators delete
                h.Text(" ");
                h.Open("form", {{"method", "post"},
                                {"action", L(f, "/admin/publications/" + std::to_string(q.publication_id) + "/delete")},
                                {"class", "inline"}});
                CsrfField(h, m.csrf);
                h.Element("button", {{"type", "submit"}, {"class", "button button-danger button-small"}},
                          tr("Delete for good"));
                h.Close("form");
            }
            h.Close("li");
        }
        h.Close("ul");
    }
    return Layout(f, {tr("Moderation"), "", true}, h.Take());
}

namespace {

// Ready-made reasons (the kind's numbered rules) and the moderator's own words; the error sits next to them.
void RejectionForm(Html& h, const Frame& f, const Tr& tr, const ReviewModel& m, const std::string& action) {
    h.Open("form", {{"method", "post"}, {"action", action}, {"class", "stack reject-form"}});
    CsrfField(h, m.csrf);
    const auto* err = ErrorFor(m.reason_errors, "reason");
    h.Open("fieldset", {{"class", err ? "field reasons invalid" : "field reasons"},
                        {"aria-describedby", "f-reason-error", err != nullptr}});
    h.Element("legend", tr("Which form submission rules does it break?"));
    h.Open("p", {{"class", "hint"}})
        .Text(tr("The owner receives the full text of each ticked rule in their language."));
    h.Text(" ").Element("a", {{"href", L(f, "/rules")}}, tr("All rules")).Close("p");
    if (err)
        h.Element("p", {{"class", "field-error"}, {"id", "f-reason-error"}, {"role", "alert"}},
                  tr.Fmt(err->message.c_str(), err->arg));
    h.Open("ul", {{"class", "plain reason-list"}});
    for (const auto& rule : m.rules) {
        std::string number = std::to_string(rule.number);
        std::string id = "f-rule-" + number;
        bool chosen = std::find(m.chosen_rules.begin(), m.chosen_rules.end(), number) != m.chosen_rules.end();
        h.Open("li", {{"class", "checkbox"}});
        h.Void("input",
               {{"id", id}, {"type", "checkbox"}, {"name", "rule"}, {"value", number}, Flag("checked", chosen)});
        h.Open("label", {{"for", id}, {"title", rule.text}});
        h.Element("strong", tr.Fmt("Rule {}", number)).Text(" — ").Text(rule.summary ? tr(rule.summary) : rule.text);
        h.Close("label").Close("li");
    }
    h.Close("ul");
    std::string describedby = "f-reason-hint" + std::string(err ? " f-reason-error" : "");
    h.Element("label", {{"for", "f-reason"}}, tr("In your own words (optional when a rule is ticked)"));
    h.Element("p", {{"class", "hint"}, {"id", "f-reason-hint"}},
              tr("Sent to the owner as you write it, after the rules."));
    h.Open("textarea", {{"id", "f-reason"},
                        {"name", "reason"},
                        {"rows", "3"},
                        {"maxlength", std::to_string(d::kMaxRejectionNote)},
                        {"aria-describedby", describedby},
                        {"aria-invalid", "true", err != nullptr}});
    h.Text(m.reason).Close("textarea");
    h.Close("fieldset");
    h.Element("button", {{"type", "submit"}, {"class", "button button-danger"}}, tr("Reject"));
    h.Close("form");
}

// What the automatic checks found, each with the full text of the rule it cites, and one button that rejects the
// version citing those rules (a form of hidden rule fields: it works without JavaScript).
void ReviewFlags(Html& h, const Frame& f, const Tr& tr, const ReviewModel& m, const std::string& reject_action) {
    const auto& flags = m.latest->flags;
    h.Open("section", {{"class", "review-flags"}, {"aria-labelledby", "flags-h"}});
    h.Element("h2", {{"id", "flags-h"}}, tr("Automatic checks"));
    if (flags.empty()) {
        h.Element("p", {{"class", "muted"}}, tr("The automatic checks found nothing to point out."));
        h.Close("section");
        return;
    }
    h.Element("p", {{"class", "hint"}},
              tr("These are hints, not decisions: the publication was not refused. Check each one."));
    std::vector<std::string> numbers;
    h.Open("ul", {{"class", "plain flag-list"}});
    for (const auto& flag : flags) {
        // The rule as the site shows it now (administrators may have edited, moved or removed it), by its key.
        const d::NumberedRule* rule = nullptr;
        for (const auto& r : m.rules)
            if (r.key == d::RuleKeyOf(flag.check)) rule = &r;
        h.Open("li", {{"class", "flag"}, {"data-check", flag.check}});
        h.Element("strong", tr.Fmt(d::FlagMessage(flag.check), flag.detail));
        if (flag.check == d::checks::kDuplicate || flag.check == d::checks::kOnePer30Days)
            h.Text(" ").Element("a", {{"href", L(f, "/admin/moderation/" + flag.detail)}}, tr("Open it"));
        if (rule) {
            std::string number = std::to_string(rule->number);
            std::string text = tr.Fmt("Rule {} of the form submission rules: {}", number);
            if (auto at = text.find("{}"); at != std::string::npos) text.replace(at, 2, rule->text);
            h.Element("p", {{"class", "flag-rule"}}, text);
            if (std::find(numbers.begin(), numbers.end(), number) == numbers.end()) numbers.push_back(number);
        }
        h.Close("li");
    }
    h.Close("ul");
    if (!numbers.empty()) {
        std::string list;
        for (const auto& n : numbers) list += (list.empty() ? "" : ", ") + n;
        h.Open("form", {{"method", "post"}, {"action", reject_action}, {"class", "inline flags-reject"}});
        CsrfField(h, m.csrf);
        for (const auto& n : numbers) h.Void("input", {{"type", "hidden"}, {"name", "rule"}, {"value", n}});
        h.Element("button", {{"type", "submit"}, {"class", "button button-danger"}},
                  tr.Fmt("Reject citing these rules: {}", list));
        h.Close("form");
    }
    h.Close("section");
}

}  // namespace

std::string AdminReview(const Frame& f, const ReviewModel& m) {
    Tr tr(f.lang);
    Html h;
    const auto& p = m.publication;
    h.Element("h1", tr.Fmt("Review: {}", m.title));
    if (!m.conflict.empty()) h.Element("p", {{"class", "notice"}, {"role", "status"}}, tr(m.conflict.c_str()));
    h.Open("dl", {{"class", "facts-list"}});
    h.Element("dt", tr("Submitted")).Open("dd");
    DateTime(h, tr, m.latest ? m.latest->submitted_at : p.created_at);
    h.Close("dd");
    h.Element("dt", tr("Submitter's email"));
    if (p.owner_email.empty())
        h.Element("dd", {{"class", "muted"}}, tr("not given"));
    else
        h.Open("dd").Element("a", {{"href", "mailto:" + p.owner_email}}, p.owner_email).Close("dd");
    auto lang = ParseLang(p.lang);
    h.Element("dt", tr("Language of the author"))
        .Element("dd", lang ? std::string(NativeName(*lang)) : std::string(p.lang));
    if (!m.live_title.empty()) h.Element("dt", tr("Public version")).Element("dd", m.live_title);
    h.Close("dl");
    std::string base = "/admin/moderation/" + std::to_string(p.id);
    bool pending = m.latest && m.latest->review == d::ReviewState::Pending;
    if (!pending) h.Element("p", {{"class", "notice"}}, tr("Nothing is waiting for moderation here."));
    if (pending) ReviewFlags(h, f, tr, m, L(f, base + "/reject"));

    // Wide screens: the public rendering on the left, the fields on the right; narrow screens: one after the other.
    h.Open("div", {{"class", "review-columns"}});
    h.Open("section", {{"class", "review-preview"}, {"aria-labelledby", "preview-h"}});
    h.Element("h2", {{"id", "preview-h"}}, tr("As the public will see it"));
    h.Open("div", {{"class", "preview-frame"}});
    std::visit([&](const auto& kind) { DetailBody(h, f, kind.preview); }, m.subject);
    h.Close("div");
    if (pending) {
        h.Element("h2", {{"id", "reject-h"}}, tr("Reject"));
        RejectionForm(h, f, tr, m, L(f, base + "/reject"));
    }
    h.Close("section");
    if (pending) {
        h.Open("section", {{"class", "review-edit"}, {"aria-labelledby", "edit-h"}});
        h.Element("h2", {{"id", "edit-h"}}, tr("Correct a field before approving"));
        if (!m.errors.empty()) ErrorSummary(h, tr, m.errors);
        h.Open("form", {{"method", "post"}, {"action", L(f, base + "/approve")}, {"class", "stack"}});
        CsrfField(h, m.csrf);
        h.Element("p", {{"class", "hint"}},
                  tr("What you change here is published as corrected; the owner is not asked again."));
        std::visit([&](const auto& kind) { FormFields(h, tr, kind.editor); }, m.subject);
        h.Element("button", {{"type", "submit"}, {"class", "button button-primary"}}, tr("Approve and publish"));
        h.Close("form");
        h.Close("section");
    }
    h.Close("div");

    if (f.admin) {  // only administrators delete
        h.Open("form", {{"method", "post"},
                        {"action", L(f, "/admin/publications/" + std::to_string(p.id) + "/delete")},
                        {"class", "stack"},
                        {"data-confirm", tr("Delete this publication for good?")}});
        CsrfField(h, m.csrf);
        h.Element("button", {{"type", "submit"}, {"class", "button button-danger"}}, tr("Delete for good"));
        h.Close("form");
    }
    h.Open("p").Element("a", {{"href", L(f, "/admin/moderation")}}, tr("Back to the queue")).Close("p");
    return Layout(f, {tr("Moderation"), "", true}, h.Take());
}

}  // namespace ejob::web::views
