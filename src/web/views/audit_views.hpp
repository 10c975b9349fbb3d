#pragma once
// The administrators' audit log: every staff action, newest first, with filters.
#include <string>
#include <vector>

#include "domain/common/audit.hpp"
#include "web/views/layout.hpp"

namespace ejob::web::views {

struct AuditModel {
    domain::AuditFilter filter;
    std::string from, to;              // the date fields as typed (YYYY-MM-DD)
    std::vector<std::string> actions;  // every action recorded, for the filter
    domain::AuditPage found;
    std::string page_link_base;  // the path and query without page=
};
std::string AuditPage(const Frame& f, const AuditModel& m);

// The action as staff read it ("Approved", "Changed the role"); the action's name when it has no label.
std::string AuditActionName(const Tr& tr, const std::string& action);

}  // namespace ejob::web::views
