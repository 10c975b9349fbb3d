#include "web/views/search_views.hpp"

#include "domain/common/msgid.hpp"
#include "web/views/components/filter_form.hpp"
#include "web/views/components/pagination.hpp"

namespace ejob::web::views {

std::string SearchPage(const Frame& f, const SearchModel& m) {
    Tr tr(f.lang);
    Html h;
    h.Element("h1", m.q.empty() ? std::string(tr("Search")) : tr.Fmt("Search: {}", m.q));
    h.Open("form", {{"class", "search-big"}, {"method", "get"}, {"action", L(f, "/search")}, {"role", "search"}});
    h.Element("label", {{"for", "f-search"}}, tr("What are you looking for?"));
    h.Open("div", {{"class", "search-row"}});
    h.Void("input", {{"id", "f-search"},
                     {"type", "search"},
                     {"name", "q"},
                     {"value", m.q},
                     {"maxlength", "200"},
                     {"placeholder", tr("For example: mühasib, menecer, Bakı")}});
    h.Void("input", {{"type", "hidden"}, {"name", "kind"}, {"value", m.kind}});
    h.Element("button", {{"type", "submit"}, {"class", "button"}}, tr("Find"));
    h.Close("div");
    if (!m.q.empty())
        SortSelect(h, tr, m.order, true,
                   m.kind == "resume"    ? N_("Highest desired salary first")
                   : m.kind == "service" ? N_("Highest price first")
                                         : N_("Highest salary first"));
    h.Close("form");
    if (!m.message.empty()) {
        h.Element("p", {{"class", "notice"}, {"role", "status"}}, tr(m.message.c_str()));
        return Layout(f,
                      {tr("Search"), tr("Search vacancies, resumes and services ads in Azerbaijan by keyword."), true},
                      h.Take());
    }
    if (m.q.empty())
        return Layout(f,
                      {tr("Search"), tr("Search vacancies, resumes and services ads in Azerbaijan by keyword."), true},
                      h.Take());

    std::int64_t total = 0;
    h.Open("nav", {{"class", "tabs"}, {"aria-label", tr("Results by kind")}}).Open("ul");
    for (const auto& t : m.tabs) {
        total += t.count;
        std::string count = tr.Number(t.count);
        h.Open("li");
        if (t.kind == m.kind)
            h.Open("a", {{"href", t.url}, {"aria-current", "page"}});
        else
            h.Open("a", {{"href", t.url}});
        h.Text(tr(t.label)).Text(" ").Element("span", {{"class", "count"}}, count);
        h.Close("a").Close("li");
    }
    h.Close("ul").Close("nav");

    std::int64_t shown_total = 0;
    int page = 1, pages = 1;
    h.Open("section", {{"aria-label", tr("Results")}});
    h.Element("h2", {{"class", "visually-hidden"}}, tr("Results"));
    if (m.kind == "resume") {
        shown_total = m.resumes.total;
        page = m.resumes.page, pages = m.resumes.Pages();
        h.Element("p", {{"class", "result-count"}, {"role", "status"}},
                  tr.N("{} resume found", "{} resumes found", m.resumes.total));
        ResumeList(h, f, m.resumes.items, m.terms);
    } else if (m.kind == "service") {
        shown_total = m.services.total;
        page = m.services.page, pages = m.services.Pages();
        h.Element("p", {{"class", "result-count"}, {"role", "status"}},
                  tr.N("{} ad found", "{} ads found", m.services.total));
        ServiceList(h, f, m.services.items, m.terms);
    } else {
        shown_total = m.vacancies.total;
        page = m.vacancies.page, pages = m.vacancies.Pages();
        h.Element("p", {{"class", "result-count"}, {"role", "status"}},
                  tr.N("{} vacancy found", "{} vacancies found", m.vacancies.total));
        VacancyList(h, f, m.vacancies.items, m.terms);
    }
    Pagination(h, f, m.page_link_base, page, pages);
    h.Close("section");
    if (shown_total == 0) {
        h.Open("div", {{"class", "no-results"}});
        h.Element("h2", total == 0 ? tr("Nothing found") : tr("Nothing of this kind; see the other tabs."));
        h.Open("ul");
        h.Element("li", tr("Check the spelling, or type the word without special letters: \"muhendis\" also finds "
                           "\"mühəndis\"."));
        h.Element("li", tr("Use fewer or more general words."));
        h.Element("li", tr("Browse the categories instead:"));
        h.Close("ul");
        VacancyCategoryLinks(h, f, m.counts, "");
        h.Close("div");
    }
    return Layout(f, {tr("Search"), tr("Search vacancies, resumes and services ads in Azerbaijan by keyword."), true},
                  h.Take());
}

}  // namespace ejob::web::views
