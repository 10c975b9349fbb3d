#pragma once
// The site's search box: one query over every kind. The kind shown is the visitor's choice, else the first that has
// results (vacancies, resumes, self-employment ads, in that order); it gets a page of results, the others only their
// totals (for the tabs). When nothing at all is found, the vacancy categories with their counts are offered instead.
#include <string>
#include <vector>

#include "domain/resumes/resume.hpp"
#include "domain/services/service_ad.hpp"
#include "domain/vacancies/vacancy.hpp"

namespace ejob::domain::search {

struct SiteSearchQuery {
    std::vector<std::string> terms;  // folded (text::SearchTerms)
    std::string kind;                // "vacancy", "resume" or "service" when the visitor chose; "" otherwise
    ListOrder order = ListOrder::Default;
    int page = 1;
    int per_page = 20;
};

struct SiteSearchResult {
    std::string kind;  // the kind shown
    Page<VacancySummary> vacancies;
    Page<ResumeSummary> resumes;
    Page<ServiceAdSummary> services;
    std::vector<CategoryCount> categories;  // when nothing was found
    // A page after the first of the shown kind, with nothing on it (it does not exist).
    bool PastTheLastPage() const;
};

SiteSearchResult SearchEverything(VacancyListings& vacancies, ResumeListings& resumes, ServiceAdListings& services,
                                  const SiteSearchQuery& q, Millis now);

}  // namespace ejob::domain::search
