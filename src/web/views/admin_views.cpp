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
        h.Open("td")
            .Element("a", {{"href", L(f, "/admin/moderation/" + std::to_string(q.publication_id))}}, q.title)
            .Close("td");
        h.Element("td", q.subtitle);
        const char* kind = q.kind == "resume" ? N_("Resume") : q.kind == "service" ? N_("Services ad") : N_("Vacancy");
        h.Element("td", std::string(tr(kind)) + (q.is_edit ? std::string(" · ") + tr("edit of a published one") : ""));
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
    if (!m.queue.empty()) QueueTable(h, f, tr, m.queue, N_("Waiting for moderation, oldest first"), N_("Submitted"));
    if (!m.deletions.empty()) {
        h.Element("h2", tr("Requests to delete"));
        h.Open("ul", {{"class", "plain"}});
        for (const auto& q : m.deletions) {
            h.Open("li");
            h.Element("a", {{"href", L(f, "/admin/moderation/" + std::to_string(q.publication_id))}}, q.title);
            h.Text(" — " + q.subtitle + " ");
            h.Open("form", {{"method", "post"},
                            {"action", L(f, "/admin/publications/" + std::to_string(q.publication_id) + "/delete")},
                            {"class", "inline"}});
            h.Void("input", {{"type", "hidden"}, {"name", "_csrf"}, {"value", m.csrf}});
            h.Element("button", {{"type", "submit"}, {"class", "button button-danger button-small"}},
                      tr("Delete for good"));
            h.Close("form");
            h.Close("li");
        }
        h.Close("ul");
    }
    return Layout(f, {tr("Moderation"), "", true}, h.Take());
}

}  // namespace ejob::web::views
