#include "web/views/components/list_page.hpp"

#include "web/views/components/category_links.hpp"
#include "web/views/components/pagination.hpp"

namespace ejob::web::views {

namespace {

void FilterForm(Html& h, const Tr& tr, const std::string& action, const ListPageParts& p) {
    h.Open("form", {{"class", "filters"}, {"method", "get"}, {"action", action}, {"role", "search"}});
    h.Element("h2", {{"class", "visually-hidden"}}, tr("Filters"));
    h.Open("div", {{"class", "field"}});
    h.Element("label", {{"for", "f-q"}}, tr("Keywords"));
    h.Void("input", {{"id", "f-q"}, {"type", "search"}, {"name", "q"}, {"value", p.q}, {"maxlength", "200"}});
    h.Close("div");
    p.filters(h);
    h.Open("div", {{"class", "actions"}});
    h.Element("button", {{"type", "submit"}, {"class", "button button-primary"}}, tr(p.show_label));
    h.Element("a", {{"href", action}}, tr("Reset filters"));
    h.Close("div");
    h.Close("form");
}

}  // namespace

void ListPageBody(Html& h, const Frame& f, const ListPageParts& p) {
    Tr tr(f.lang);
    h.Element("h1", p.heading);
    if (p.intro) p.intro(h);
    h.Open("div", {{"class", "with-sidebar"}});
    h.Open("aside", {{"aria-label", tr("Filters")}});
    h.Open("details", {{"class", "filters-panel"}});
    h.Element("summary", tr("Filters"));
    FilterForm(h, tr, L(f, p.path), p);
    h.Element("h2", tr("Categories"));
    CategoryLinks(h, f, p.path, p.categories, p.counts, p.current_category, p.count_label);
    h.Close("details").Close("aside");

    h.Open("section", {{"aria-label", tr("Results")}});
    h.Element("p", {{"class", "result-count"}, {"role", "status"}}, p.result_count);
    p.cards(h);
    Pagination(h, f, p.page_link_base, p.page, p.pages);
    if (p.empty) h.Element("p", tr(p.empty_message));
    h.Close("section");
    h.Close("div");
}

}  // namespace ejob::web::views
