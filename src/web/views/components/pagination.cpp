#include "web/views/components/pagination.hpp"

#include <algorithm>

namespace ejob::web::views {

void Pagination(Html& h, const Frame& f, const std::string& base, int page, int pages) {
    const bool cut = f.max_page > 0 && pages > f.max_page;  // no link past the deepest page shown
    if (cut) pages = f.max_page;
    if (pages <= 1) return;
    Tr tr(f.lang);
    auto link = [&](int p) {
        return base + (base.find('?') == std::string::npos ? "?" : "&") + "page=" + std::to_string(p);
    };
    h.Open("nav", {{"class", "pagination"}, {"aria-label", tr("Pages")}}).Open("ul");
    if (page > 1) h.Open("li").Element("a", {{"href", link(page - 1)}, {"rel", "prev"}}, tr("← Previous")).Close("li");
    int from = std::max(1, page - 3), to = std::min(pages, page + 3);
    if (from > 1) h.Open("li").Element("a", {{"href", link(1)}}, "1").Close("li");
    if (from > 2) h.Element("li", "…");
    for (int p = from; p <= to; ++p) {
        h.Open("li");
        if (p == page)
            h.Element("span", {{"aria-current", "page"}}, std::to_string(p));
        else
            h.Element("a", {{"href", link(p)}}, std::to_string(p));
        h.Close("li");
    }
    if (to < pages - 1) h.Element("li", "…");
    if (to < pages) h.Open("li").Element("a", {{"href", link(pages)}}, std::to_string(pages)).Close("li");
    if (page < pages) h.Open("li").Element("a", {{"href", link(page + 1)}, {"rel", "next"}}, tr("Next →")).Close("li");
    h.Close("ul");
    if (cut)
        h.Element("p", {{"class", "muted"}},
                  tr.Fmt("Only the first {} pages are shown: narrow the filters to see more.", std::to_string(pages)));
    h.Close("nav");
}

}  // namespace ejob::web::views
