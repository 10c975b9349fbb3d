#pragma once
// The staff dashboard at /admin.
#include "domain/moderation/dashboard.hpp"
#include "web/views/layout.hpp"

namespace ejob::web::views {

struct DashboardModel {
    domain::DashboardFigures figures;
    domain::Millis now = 0;
};
std::string DashboardPage(const Frame& f, const DashboardModel& m);

}  // namespace ejob::web::views
