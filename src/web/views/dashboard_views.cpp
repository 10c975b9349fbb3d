// The staff dashboard: what waits for moderation per kind and for how long, the decisions of the last two weeks
// (a chart drawn here as SVG, with the same figures in a table), and, for administrators, open account requests,
// what is on the site and the latest retention run.
#include "web/views/dashboard_views.hpp"

#include <algorithm>

#include "domain/common/msgid.hpp"

namespace ejob::web::views {
namespace d = ejob::domain;

namespace {

const char* KindName(const std::string& kind) {
    if (kind == "vacancy") return N_("Vacancies");
    if (kind == "resume") return N_("Resumes");
    if (kind == "service") return N_("Self-employment");
    return N_("Publications");
}

// "12 min", "3 h", "2 days": how long the oldest has waited.
std::string Waited(const Tr& tr, d::Millis span) {
    if (span < d::kHour) return tr.N("{} minute", "{} minutes", std::max<d::Millis>(1, span / d::kMinute));
    if (span < 2 * d::kDay) return tr.N("{} hour", "{} hours", span / d::kHour);
    return tr.N("{} day", "{} days", span / d::kDay);
}

struct CountLabel {
    const char* name;
    const char* label;  // msgid
};
constexpr CountLabel kRunCounts[] = {
    {"publications", N_("Publications deleted")},
    {"warned", N_("Owners warned of a deletion")},
    {"orphan_photos", N_("Unused photo files")},
    {"mail_files", N_("Old mail files")},
    {"sessions", N_("Expired sessions")},
    {"account_tokens", N_("Used or expired links")},
    {"rate_limits", N_("Expired counters")},
    {"signin_failures", N_("Old failed sign-ins")},
    {"unconfirmed_accounts", N_("Unconfirmed accounts")},
    {"audit_entries", N_("Old audit entries")},
    {"undelivered_mail", N_("Undeliverable mails")},
    {"cv_drafts", N_("CV Maker drafts")},
    {"reveal_nonces", N_("Answered contact challenges")},
    {"reveal_counts", N_("Old contact reveal counts")},
};

// Two bars per day (approved, rejected), scaled to the busiest day; the table beside it has the figures.
void DecisionsChart(Html& h, const Tr& tr, const std::vector<d::DashboardFigures::Day>& days) {
    std::int64_t top = 1;
    for (const auto& day : days) top = std::max({top, day.approved, day.rejected});
    const int width = 24 * static_cast<int>(days.size()), height = 120;
    h.Open("svg", {{"class", "chart"},
                   {"role", "img"},
                   {"viewBox", "0 0 " + std::to_string(width) + " " + std::to_string(height + 2)},
                   {"aria-labelledby", "decisions-chart-title"},
                   {"preserveAspectRatio", "none"}});
    h.Element("title", {{"id", "decisions-chart-title"}}, tr("Decisions per day: approved and rejected"));
    for (size_t i = 0; i < days.size(); ++i) {
        auto bar = [&](std::int64_t n, int x, const char* cls) {
            const int bar_height = static_cast<int>(n * height / top);
            h.Element("rect",
                      {{"class", cls},
                       {"x", std::to_string(x)},
                       {"y", std::to_string(height - bar_height)},
                       {"width", "9"},
                       {"height", std::to_string(bar_height)}},
                      "");
        };
        const int x = static_cast<int>(i) * 24 + 2;
        bar(days[i].approved, x, "bar-approved");
        bar(days[i].rejected, x + 10, "bar-rejected");
    }
    h.Close("svg");
}

}  // namespace

std::string DashboardPage(const Frame& f, const DashboardModel& m) {
    Tr tr(f.lang);
    Html h;
    const auto& fig = m.figures;
    h.Element("h1", tr("Administration"));

    h.Element("h2", tr("Waiting for moderation"));
    h.Open("ul", {{"class", "dashboard-cards"}});
    for (const auto& w : fig.waiting) {
        h.Open("li", {{"class", "card"}});
        h.Element("a", {{"href", L(f, "/admin/moderation?kind=" + w.kind)}}, tr(KindName(w.kind)));
        h.Element("p", {{"class", "figure"}}, tr.Number(w.count));
        if (w.oldest) {
            h.Open("p", {{"class", "muted"}}).Text(tr("the oldest has waited") + std::string(" "));
            h.Element("time", {{"datetime", tr.IsoDate(*w.oldest)}, {"title", tr.Date(*w.oldest)}},
                      Waited(tr, m.now - *w.oldest));
            h.Close("p");
        } else {
            h.Element("p", {{"class", "muted"}}, tr("nothing waits"));
        }
        h.Close("li");
    }
    h.Close("ul");

    h.Element("h2", {{"id", "decisions"}}, tr("Decisions of the last two weeks"));
    DecisionsChart(h, tr, fig.decisions);
    h.Open("div", {{"class", "table-scroll"}});
    h.Open("table", {{"class", "table"}, {"aria-labelledby", "decisions"}});
    h.Open("thead").Open("tr");
    for (const char* col : {N_("Day"), N_("Approved"), N_("Rejected")}) h.Element("th", {{"scope", "col"}}, tr(col));
    h.Close("tr").Close("thead").Open("tbody");
    for (auto it = fig.decisions.rbegin(); it != fig.decisions.rend(); ++it) {
        h.Open("tr");
        h.Open("th", {{"scope", "row"}}).Element("time", {{"datetime", tr.IsoDate(it->day)}}, tr.Date(it->day));
        h.Close("th");
        h.Element("td", tr.Number(it->approved));
        h.Element("td", tr.Number(it->rejected));
        h.Close("tr");
    }
    h.Close("tbody").Close("table").Close("div");

    if (f.admin) {
        h.Element("h2", tr("Account requests"));
        h.Open("p").Element("a", {{"href", L(f, "/admin/requests")}},
                            tr.N("{} open request", "{} open requests", fig.open_requests));
        h.Close("p");

        h.Element("h2", tr("On the site"));
        h.Open("ul");
        for (const auto& [kind, n] : fig.published)
            h.Element("li", std::string(tr(KindName(kind))) + ": " + tr.Number(n));
        h.Close("ul");

        h.Element("h2", tr("Retention"));
        if (!fig.last_run) {
            h.Element("p", tr("Retention has not run yet. It runs a minute after the server starts, then hourly."));
        } else {
            const auto& run = *fig.last_run;
            h.Open("p").Text(tr("The latest run:") + std::string(" "));
            h.Element("time", {{"datetime", tr.IsoDate(run.started)}}, tr.When(run.started, m.now));
            h.Text(" (" + tr.N("{} ms", "{} ms", run.finished - run.started) + ")");
            h.Close("p");
            h.Open("ul");
            for (const auto& c : kRunCounts)
                for (const auto& [name, n] : run.counts)
                    if (name == c.name && n > 0) h.Element("li", std::string(tr(c.label)) + ": " + tr.Number(n));
            h.Close("ul");
            bool any = false;
            for (const auto& [name, n] : run.counts) any = any || n > 0;
            if (!any) h.Element("p", {{"class", "muted"}}, tr("Nothing was due."));
        }
        h.Open("p").Element("a", {{"href", L(f, "/admin/audit")}}, tr("Audit log")).Close("p");
    }
    return Layout(f, {tr("Administration"), "", true}, h.Take());
}

}  // namespace ejob::web::views
