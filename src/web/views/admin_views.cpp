#include "domain/common/msgid.hpp"
#include "web/views/views.hpp"

namespace ejob::web::views {
namespace d = ejob::domain;

std::string AdminLogin(const Frame& f, const LoginModel& m) {
    Tr tr(f.lang);
    Html h;
    h.Element("h1", tr("Sign in to the administration"));
    h.Open("form", {{"method", "post"}, {"action", L(f, "/admin/login")}, {"class", "stack narrow"}});
    h.Void("input", {{"type", "hidden"}, {"name", "_csrf"}, {"value", m.csrf}});
    if (!m.error.empty()) h.Element("p", {{"class", "error-summary"}, {"role", "alert"}, {"id", "login-error"}}, tr(m.error.c_str()));
    h.Open("div", {{"class", "field"}});
    h.Element("label", {{"for", "f-email"}}, tr("Email"));
    h.Void("input", {{"id", "f-email"}, {"type", "email"}, {"name", "email"}, {"value", m.email}, {"autocomplete", "username"}, Flag("required"),
                     {"aria-describedby", "login-error", !m.error.empty()}});
    h.Close("div");
    h.Open("div", {{"class", "field"}});
    h.Element("label", {{"for", "f-password"}}, tr("Password"));
    h.Void("input", {{"id", "f-password"}, {"type", "password"}, {"name", "password"}, {"autocomplete", "current-password"}, Flag("required")});
    h.Close("div");
    h.Element("button", {{"type", "submit"}, {"class", "button button-primary"}}, tr("Sign in"));
    h.Close("form");
    return Layout(f, {tr("Sign in to the administration"), "", true}, h.Take());
}

namespace {
void QueueTable(Html& h, const Frame& f, const Tr& tr, const std::vector<d::QueueItem>& items, const char* caption,
                const char* date_label) {
    h.Open("table", {{"class", "table"}});
    h.Element("caption", tr(caption));
    h.Open("thead").Open("tr");
    h.Element("th", {{"scope", "col"}}, tr("Position"));
    h.Element("th", {{"scope", "col"}}, tr("Company"));
    h.Element("th", {{"scope", "col"}}, tr("Type"));
    h.Element("th", {{"scope", "col"}}, tr(date_label));
    h.Close("tr").Close("thead").Open("tbody");
    for (const auto& q : items) {
        h.Open("tr");
        h.Open("td").Element("a", {{"href", L(f, "/admin/moderation/" + std::to_string(q.publication_id))}}, q.title).Close("td");
        h.Element("td", q.subtitle);
        h.Element("td", q.is_edit ? tr("Edit of a published vacancy") : tr("New vacancy"));
        h.Element("td", tr.Date(q.submitted_at));
        h.Close("tr");
    }
    h.Close("tbody").Close("table");
}
}  // namespace

std::string AdminQueue(const Frame& f, const QueueModel& m) {
    Tr tr(f.lang);
    Html h;
    h.Element("h1", tr("Moderation"));
    if (!m.notice.empty()) h.Element("p", {{"class", "notice success"}, {"role", "status"}}, tr(m.notice.c_str()));
    h.Element("p", tr.N("{} publication is waiting for moderation.", "{} publications are waiting for moderation.",
                        static_cast<std::int64_t>(m.queue.size())));
    if (!m.queue.empty()) QueueTable(h, f, tr, m.queue, N_("Waiting for moderation, oldest first"), N_("Submitted"));
    if (!m.deletions.empty()) {
        h.Element("h2", tr("Requests to delete"));
        h.Open("ul", {{"class", "plain"}});
        for (const auto& q : m.deletions) {
            h.Open("li");
            h.Element("a", {{"href", L(f, "/admin/moderation/" + std::to_string(q.publication_id))}}, q.title);
            h.Text(" — " + q.subtitle + " ");
            h.Open("form", {{"method", "post"}, {"action", L(f, "/admin/publications/" + std::to_string(q.publication_id) + "/delete")}, {"class", "inline"}});
            h.Void("input", {{"type", "hidden"}, {"name", "_csrf"}, {"value", m.csrf}});
            h.Element("button", {{"type", "submit"}, {"class", "button button-danger button-small"}}, tr("Delete for good"));
            h.Close("form");
            h.Close("li");
        }
        h.Close("ul");
    }
    return Layout(f, {tr("Moderation"), "", true}, h.Take());
}

std::string AdminReview(const Frame& f, const ReviewModel& m) {
    Tr tr(f.lang);
    Html h;
    const auto& p = m.record.publication;
    h.Element("h1", tr.Fmt("Review: {}", m.form.draft.position));
    if (!m.conflict.empty()) h.Element("p", {{"class", "notice"}, {"role", "status"}}, tr(m.conflict.c_str()));
    h.Open("dl", {{"class", "facts-list"}});
    h.Element("dt", tr("Submitted")).Element("dd", tr.Date(m.record.latest ? m.record.latest->submitted_at : p.created_at));
    h.Element("dt", tr("Language of the author")).Element("dd", std::string(p.lang));
    if (m.record.live) h.Element("dt", tr("Public version")).Element("dd", m.record.live->position + " — " + m.record.live->company);
    h.Close("dl");
    bool pending = m.record.latest && m.record.latest->review == d::ReviewState::Pending;
    if (pending) {
        if (!m.form.errors.empty()) {
            h.Open("div", {{"class", "error-summary"}, {"role", "alert"}});
            h.Element("h2", tr("The corrected text has problems"));
            h.Open("ul");
            for (const auto& e : m.form.errors)
                h.Open("li").Element("a", {{"href", "#f-" + e.field}}, tr.Fmt(e.message.c_str(), e.arg)).Close("li");
            h.Close("ul").Close("div");
        }
        h.Open("form", {{"method", "post"}, {"action", L(f, "/admin/moderation/" + std::to_string(p.id) + "/approve")}, {"class", "stack"}});
        h.Void("input", {{"type", "hidden"}, {"name", "_csrf"}, {"value", m.csrf}});
        h.Element("p", {{"class", "hint"}}, tr("You may correct any field before approving."));
        VacancyFormFields(h, tr, m.form);
        h.Element("button", {{"type", "submit"}, {"class", "button button-primary"}}, tr("Approve and publish"));
        h.Close("form");

        h.Open("form", {{"method", "post"}, {"action", L(f, "/admin/moderation/" + std::to_string(p.id) + "/reject")}, {"class", "stack"}});
        h.Void("input", {{"type", "hidden"}, {"name", "_csrf"}, {"value", m.csrf}});
        h.Open("div", {{"class", m.reason_errors.empty() ? "field" : "field invalid"}});
        h.Element("label", {{"for", "f-reason"}}, tr("Reason for rejection (the owner will see it)"));
        if (!m.reason_errors.empty())
            h.Element("p", {{"class", "field-error"}, {"id", "f-reason-error"}, {"role", "alert"}},
                      tr.Fmt(m.reason_errors.front().message.c_str(), m.reason_errors.front().arg));
        h.Open("textarea", {{"id", "f-reason"}, {"name", "reason"}, {"rows", "3"}, {"maxlength", "1000"},
                            {"aria-describedby", "f-reason-error", !m.reason_errors.empty()}, {"aria-invalid", "true", !m.reason_errors.empty()}});
        h.Text(m.reason).Close("textarea");
        h.Close("div");
        h.Element("button", {{"type", "submit"}, {"class", "button button-danger"}}, tr("Reject"));
        h.Close("form");
    } else {
        h.Element("p", tr("Nothing is waiting for moderation here."));
    }
    h.Open("form", {{"method", "post"}, {"action", L(f, "/admin/publications/" + std::to_string(p.id) + "/delete")}, {"class", "stack"}});
    h.Void("input", {{"type", "hidden"}, {"name", "_csrf"}, {"value", m.csrf}});
    h.Element("button", {{"type", "submit"}, {"class", "button button-danger"}}, tr("Delete for good"));
    h.Close("form");
    h.Open("p").Element("a", {{"href", L(f, "/admin/moderation")}}, tr("Back to the queue")).Close("p");
    return Layout(f, {tr("Moderation"), "", true}, h.Take());
}

}  // namespace ejob::web::views
