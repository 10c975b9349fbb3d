#pragma once
// The category links with their counts in a list page's sidebar (and under an empty search).
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "domain/vacancies/catalog.hpp"
#include "domain/vacancies/vacancy.hpp"
#include "web/views/layout.hpp"

namespace ejob::web::views {

// A number shown as is, read out by screen readers as `spoken` ("12" → "12 vacancies").
void CountBadge(Html& h, const std::string& shown, const std::string& spoken);
// One link per category to `path`?category=…, with the category's count; `count_label(n)` reads it out
// ("12 vacancies"). The current category is marked.
void CategoryLinks(Html& h, const Frame& f, const std::string& path, const std::vector<domain::Option>& categories,
                   const std::vector<domain::CategoryCount>& counts, const std::string& current,
                   const std::function<std::string(std::int64_t)>& count_label);

}  // namespace ejob::web::views
