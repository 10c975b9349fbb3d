#include "storage/repos/sql_dashboard.hpp"

#include <nlohmann/json.hpp>

namespace ejob::storage {
namespace d = ejob::domain;

d::DashboardFigures SqlDashboard::Read(d::Millis now, int days) {
    d::DashboardFigures out;
    for (const char* kind : {"vacancy", "resume", "service"}) out.waiting.push_back({kind, 0, std::nullopt});
    const d::Millis first_day = d::BakuDayStart(now) - (days - 1) * d::kDay;
    for (int i = 0; i < days; ++i) out.decisions.push_back({first_day + i * d::kDay, 0, 0});
    db_.Read([&](Conn& c) {
        for (const auto& r : c.Query("SELECT p.kind, COUNT(*), MIN(v.submitted_at) FROM publication_versions v JOIN "
                                     "publications p ON p.id = v.publication_id WHERE v.review = 'pending' "
                                     "GROUP BY p.kind"))
            for (auto& w : out.waiting)
                if (w.kind == r.Text(0)) {
                    w.count = r.Int(1);
                    w.oldest = r.OptInt(2);
                }
        // Decisions per Baku day: the day's index from the first, computed in SQL on both backends.
        for (const auto& r :
             c.Query("SELECT day, action, COUNT(*) FROM (SELECT (at - ?) / ? AS day, action FROM "
                     "audit_log WHERE at >= ? AND action IN ('approve', 'reject')) t GROUP BY day, action",
                     {first_day, d::kDay, first_day})) {
            const std::int64_t i = r.Int(0);
            if (i < 0 || i >= days) continue;
            (r.Text(1) == "approve" ? out.decisions[static_cast<size_t>(i)].approved
                                    : out.decisions[static_cast<size_t>(i)].rejected) = r.Int(2);
        }
        for (const auto& r :
             c.Query("SELECT kind, COUNT(*) FROM publications WHERE status = 'published' GROUP BY kind ORDER BY kind"))
            out.published.emplace_back(r.Text(0), r.Int(1));
        out.open_requests = c.QueryOne("SELECT COUNT(*) FROM account_requests WHERE status = 'pending'")->Int(0);
        if (auto r = c.QueryOne("SELECT started_at, finished_at, report FROM retention_runs ORDER BY started_at DESC, "
                                "id DESC LIMIT 1")) {
            d::DashboardFigures::RetentionRun run{r->Int(0), r->Int(1), {}};
            auto report = nlohmann::json::parse(r->Text(2), nullptr, false);
            if (report.is_object())
                for (const auto& [name, n] : report.items())
                    if (n.is_number_integer()) run.counts.emplace_back(name, n.get<std::int64_t>());
            out.last_run = std::move(run);
        }
    });
    return out;
}

}  // namespace ejob::storage
