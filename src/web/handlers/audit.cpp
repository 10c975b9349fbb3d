// The administrators' audit log page: filters from the query string, the entries from domain::AuditQueries.
#include <algorithm>
#include <chrono>

#include "web/errors.hpp"
#include "web/handlers/handlers.hpp"
#include "web/handlers/list_query.hpp"
#include "web/responses.hpp"
#include "web/views/audit_views.hpp"

namespace ejob::web::handlers {
namespace d = ejob::domain;

namespace {

// Midnight in Baku (UTC+4) of a "YYYY-MM-DD" date; nullopt for anything else.
std::optional<d::Millis> BakuMidnight(const std::string& text) {
    int y = 0;
    unsigned m = 0, day = 0;
    if (text.size() != 10 || std::sscanf(text.c_str(), "%4d-%2u-%2u", &y, &m, &day) != 3) return std::nullopt;
    std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{day}};
    if (!ymd.ok() || y < 2000 || y > 2200) return std::nullopt;
    auto days = std::chrono::sys_days{ymd}.time_since_epoch().count();
    return static_cast<d::Millis>(days) * d::kDay - 4 * d::kHour;
}

std::string Limited(std::string s, size_t max) {
    if (s.size() > max) s.resize(max);
    return s;
}

}  // namespace

Response AuditLogPage(Ctx& ctx) {
    const auto& r = ctx.req;
    views::AuditModel m;
    m.filter.actor = Limited(SearchBoxText(r), 200);
    m.filter.action = Limited(r.QueryOr("action"), 60);
    const std::string subject = r.QueryOr("subject");
    for (const char* s : {d::audit::kPublication, d::audit::kAccount, d::audit::kPage})
        if (subject == s) m.filter.subject = s;
    m.filter.subject_id = LeadingId(r.QueryOr("id")).value_or(0);
    m.from = Limited(r.QueryOr("from"), 10);
    m.to = Limited(r.QueryOr("to"), 10);
    m.filter.from = BakuMidnight(m.from);
    if (auto to = BakuMidnight(m.to)) m.filter.to = *to + d::kDay;  // the whole last day
    if (!m.filter.from) m.from.clear();
    if (!m.filter.to) m.to.clear();
    m.filter.page = static_cast<int>(std::clamp<std::int64_t>(LeadingId(r.QueryOr("page")).value_or(1), 1, 1 << 20));
    m.found = ctx.app.audit.Search(m.filter);
    if (m.filter.page > m.found.Pages()) return NotFound(ctx, kPastTheLastPage);
    m.actions = ctx.app.audit.Actions();
    // The same filters on every page link.
    std::string query;
    auto add = [&](const char* name, const std::string& value) {
        if (value.empty()) return;
        query += query.empty() ? "?" : "&";
        query += std::string(name) + "=" + UrlEncode(value);
    };
    add("q", m.filter.actor);
    add("action", m.filter.action);
    add("subject", m.filter.subject);
    add("id", m.filter.subject_id ? std::to_string(m.filter.subject_id) : "");
    add("from", m.from);
    add("to", m.to);
    m.page_link_base = ctx.L("/admin/audit") + query;
    return HtmlResponse(views::AuditPage(MakeFrame(ctx), m));
}

}  // namespace ejob::web::handlers
