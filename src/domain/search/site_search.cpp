#include "domain/search/site_search.hpp"

namespace ejob::domain::search {

bool SiteSearchResult::PastTheLastPage() const {
    const auto shown = [&](const auto& page) { return page.page > 1 && page.items.empty(); };
    return kind == "resume" ? shown(resumes) : kind == "service" ? shown(services) : shown(vacancies);
}

SiteSearchResult SearchEverything(VacancyListings& vacancies, ResumeListings& resumes, ServiceAdListings& services,
                                  const SiteSearchQuery& q, Millis now) {
    SiteSearchResult r;
    const bool chosen = q.kind == "vacancy" || q.kind == "resume" || q.kind == "service";
    r.kind = chosen ? q.kind : "vacancy";
    // The shown kind gets its page; the others one item, for their totals.
    auto search = [&]<typename Filter>(Filter f, const char* kind, auto& listings) {
        f.terms = q.terms;
        f.order = q.order;
        f.per_page = r.kind == kind ? q.per_page : 1;
        f.page = r.kind == kind ? q.page : 1;
        return listings.List(f, now);
    };
    r.vacancies = search(VacancyFilter{}, "vacancy", vacancies);
    if (!chosen && r.vacancies.total == 0) r.kind = "resume";
    r.resumes = search(ResumeFilter{}, "resume", resumes);
    if (!chosen && r.vacancies.total == 0 && r.resumes.total == 0) r.kind = "service";
    r.services = search(ServiceAdFilter{}, "service", services);
    if (r.vacancies.total + r.resumes.total + r.services.total == 0) r.categories = vacancies.CountByCategory();
    return r;
}

}  // namespace ejob::domain::search
