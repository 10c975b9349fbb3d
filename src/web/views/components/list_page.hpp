#pragma once
// The list page of a kind (/vacancies, /resumes, /services): the heading; a sidebar with the filter form and the
// category links; the results with their count, the cards and the page links.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "domain/vacancies/catalog.hpp"
#include "domain/vacancies/vacancy.hpp"
#include "web/views/layout.hpp"

namespace ejob::web::views {

struct ListPageParts {
    std::string heading;
    std::string path;  // "/vacancies": where the filter form and the category links go
    std::string q;     // the keywords as typed
    std::function<void(Html&)> intro;  // optional, under the heading
    // The kind's filter fields, between the keywords and the buttons.
    std::function<void(Html&)> filters;
    const char* show_label = nullptr;  // msgid of the submit button, e.g. "Show vacancies"
    std::vector<domain::Option> categories;
    std::vector<domain::CategoryCount> counts;
    std::string current_category;
    std::function<std::string(std::int64_t)> count_label;  // "12 vacancies", for a category link
    std::string result_count;                              // "12 vacancies found"
    std::function<void(Html&)> cards;
    std::string page_link_base;  // path + query without page=
    int page = 1;
    int pages = 1;
    bool empty = false;
    const char* empty_message = nullptr;  // msgid, shown when nothing matches

    // The page links and the "nothing matches" hint for one page of results.
    template <typename Summary>
    void Paged(const domain::Page<Summary>& results, const std::string& link_base) {
        page_link_base = link_base;
        page = results.page;
        pages = results.Pages();
        empty = results.items.empty();
    }
};

// The page's body (without the layout).
void ListPageBody(Html& h, const Frame& f, const ListPageParts& p);

}  // namespace ejob::web::views
