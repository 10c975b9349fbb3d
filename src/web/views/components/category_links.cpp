#include "web/views/components/category_links.hpp"

namespace ejob::web::views {

void CountBadge(Html& h, const std::string& shown, const std::string& spoken) {
    h.Open("span", {{"class", "count"}});
    h.Element("span", {{"aria-hidden", "true"}}, shown);
    h.Element("span", {{"class", "visually-hidden"}}, spoken);
    h.Close("span");
}

void CategoryLinks(Html& h, const Frame& f, const std::string& path, const std::vector<domain::Option>& categories,
                   const std::vector<domain::CategoryCount>& counts, const std::string& current,
                   const std::function<std::string(std::int64_t)>& count_label) {
    Tr tr(f.lang);
    h.Open("ul", {{"class", "category-list"}});
    for (const auto& c : categories) {
        std::int64_t n = 0;
        for (const auto& cc : counts)
            if (cc.category == c.code) n = cc.count;
        std::string url = L(f, path + "?category=" + std::string(c.code));
        h.Open("li");
        h.Open("a", {{"href", url}, {"aria-current", "true", c.code == current}});
        h.Element("span", tr(c.name.data()));
        CountBadge(h, tr.Number(n), count_label(n));
        h.Close("a").Close("li");
    }
    h.Close("ul");
}

}  // namespace ejob::web::views
