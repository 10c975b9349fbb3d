#pragma once
// The search page: one query over vacancies, resumes and services ads, a tab per kind with its count.
#include <string>
#include <vector>

#include "web/views/resume_views.hpp"
#include "web/views/service_views.hpp"
#include "web/views/vacancy_views.hpp"

namespace ejob::web::views {

struct SearchTab {
    std::string kind;   // "vacancy", "resume", "service"
    const char* label;  // msgid
    std::int64_t count = 0;
    std::string url;
};

struct SearchModel {
    std::string q;
    std::string kind = "vacancy";
    domain::ListOrder order = domain::ListOrder::Default;
    std::vector<std::string> terms;
    std::vector<SearchTab> tabs;
    domain::Page<domain::VacancySummary> vacancies;
    domain::Page<domain::ResumeSummary> resumes;
    domain::Page<domain::ServiceAdSummary> services;
    std::vector<domain::CategoryCount> counts;  // vacancy categories, offered when nothing is found
    std::string page_link_base;
    std::string message;  // msgid
};

std::string SearchPage(const Frame& f, const SearchModel& m);

}  // namespace ejob::web::views
