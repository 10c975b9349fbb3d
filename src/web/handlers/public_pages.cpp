#include <nlohmann/json.hpp>

#include "domain/common/msgid.hpp"
#include "domain/search/site_search.hpp"
#include "domain/text/text.hpp"
#include "domain/vacancies/catalog.hpp"
#include "domain/vacancies/validation.hpp"
#include "web/handlers/forms.hpp"
#include "web/handlers/handlers.hpp"
#include "web/handlers/list_query.hpp"
#include "web/router.hpp"
#include "web/views/search_views.hpp"

namespace ejob::web::handlers {
namespace d = ejob::domain;

namespace {

// Reads list filters from the query string. Unknown codes are ignored rather than refused.
views::ListModel ParseList(const Ctx& ctx) {
    const auto& r = ctx.req;
    views::ListModel m;
    auto& f = m.filter;
    ReadListBasics(r, m);
    f.category = JobCategoryCode(r);
    f.subcategory = JobSubcategoryCode(r, f.category);
    f.city = OptionCode(r, "city", d::Cities());
    f.employment_type = OptionCode(r, "employment_type", d::EmploymentTypes());
    f.experience = OptionCode(r, "experience", d::ExperienceLevels());
    f.education = OptionCode(r, "education", d::EducationLevels());
    m.min_salary_text = NumberText(r, "min_salary", 12);
    if (auto v = d::rules::ParseAzn(m.min_salary_text)) f.min_salary = v;
    f.with_salary = r.QueryOr("with_salary") == "1";
    std::string posted = r.QueryOr("posted");
    if (posted == "1" || posted == "3" || posted == "7" || posted == "30") f.posted_within_days = std::stoi(posted);

    m.page_link_base = PageLinkQuery()
                           .Add("q", m.q)
                           .Add("sort", ListOrderCode(f.order))
                           .Add("category", f.category)
                           .Add("subcategory", f.subcategory)
                           .Add("city", f.city)
                           .Add("employment_type", f.employment_type)
                           .Add("experience", f.experience)
                           .Add("education", f.education)
                           .Add("min_salary", f.min_salary ? m.min_salary_text : "")
                           .Add("with_salary", f.with_salary ? "1" : "")
                           .Add("posted", f.posted_within_days ? std::to_string(f.posted_within_days) : "")
                           .str();
    return m;
}

}  // namespace

Response Home(Ctx& ctx) {
    views::HomeModel m;
    m.counts = ctx.app.vacancy_listings.CountByCategory();
    for (const auto& c : m.counts) m.total += c.count;
    for (const auto& c : ctx.app.resume_listings.CountByCategory()) m.resumes += c.count;
    for (const auto& c : ctx.app.service_listings.CountByCategory()) m.services += c.count;
    d::VacancyFilter f;
    f.per_page = 10;
    m.latest = ctx.app.vacancy_listings.List(f, ctx.app.clock.Now()).items;
    return HtmlResponse(views::Home(MakeFrame(ctx), m));
}

Response VacancyList(Ctx& ctx) {
    auto m = ParseList(ctx);
    m.page = ctx.app.vacancy_listings.List(m.filter, ctx.app.clock.Now());
    if (m.filter.page > 1 && m.page.items.empty()) return NotFound(ctx, kPastTheLastPage);
    m.counts = ctx.app.vacancy_listings.CountByCategory();
    m.page_link_base = ctx.L("/vacancies") + m.page_link_base;
    return HtmlResponse(views::VacancyListPage(MakeFrame(ctx), m));
}

// The search over every kind (domain/search/site_search.hpp), with a tab per kind.
Response Search(Ctx& ctx) {
    views::SearchModel m;
    m.q = SearchBoxText(ctx.req);
    m.terms = d::text::SearchTerms(m.q);
    m.order = ListOrderOf(ctx.req);
    std::string base = ctx.L("/search") + "?q=" + UrlEncode(m.q);
    if (auto sort = ListOrderCode(m.order); !sort.empty()) base += "&sort=" + sort;
    const d::search::SiteSearchQuery query{m.terms, ctx.req.QueryOr("kind"), m.order, PageNumber(ctx.req),
                                           kListPageSize};
    m.kind = query.kind == "resume" || query.kind == "service" ? query.kind : "vacancy";
    if (!m.q.empty() && m.terms.empty()) {
        m.message = N_("Type at least one word with letters or digits.");
    } else if (!m.q.empty()) {
        auto found = d::search::SearchEverything(ctx.app.vacancy_listings, ctx.app.resume_listings,
                                                 ctx.app.service_listings, query, ctx.app.clock.Now());
        if (found.PastTheLastPage()) return NotFound(ctx, kPastTheLastPage);
        m.kind = found.kind;
        m.tabs = {{"vacancy", N_("Vacancies"), found.vacancies.total, base + "&kind=vacancy"},
                  {"resume", N_("Resumes"), found.resumes.total, base + "&kind=resume"},
                  {"service", N_("Self-employment"), found.services.total, base + "&kind=service"}};
        m.vacancies = std::move(found.vacancies);
        m.resumes = std::move(found.resumes);
        m.services = std::move(found.services);
        m.counts = std::move(found.categories);
    }
    m.page_link_base = base + "&kind=" + m.kind;
    return HtmlResponse(views::SearchPage(MakeFrame(ctx), m));
}

Response Post(Ctx& ctx) {
    return HtmlResponse(views::PostChooser(MakeFrame(ctx)));
}

}  // namespace ejob::web::handlers
