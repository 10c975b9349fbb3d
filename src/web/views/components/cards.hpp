#pragma once
// The pieces of a card in a result list (<ol class="cards">, one <li class="card"> per publication). Each kind
// puts its card together from these (vacancy_views.cpp, resume_views.cpp, service_views.cpp).
#include <string>
#include <string_view>
#include <vector>

#include "web/views/layout.hpp"

namespace ejob::web::views {

// Public photo URLs: /media/<stem>-<variant>.
inline std::string PhotoUrl(const std::string& stem, const char* variant) {
    return "/media/" + stem + "-" + variant;
}

// The photo or logo thumbnail of a card, `size` pixels square, loaded lazily.
void CardImage(Html& h, const char* css_class, const std::string& stem, const char* size);
// The heading: a link to the publication, the matching words marked.
void CardTitle(Html& h, const std::string& url, std::string_view title, const std::vector<std::string>& terms);
// The line under the heading (company, name, category), the matching words marked.
void CardSubtitle(Html& h, std::string_view text, const std::vector<std::string>& terms);
// The facts line: the price or salary first, then `facts`, then when it was published.
void CardFacts(Html& h, const Frame& f, const Tr& tr, const std::string& price, const std::vector<std::string>& facts,
               domain::Millis published_at);
// On a search: the passage that matches, the matching words marked (nothing without terms or an excerpt).
void CardExcerpt(Html& h, std::string_view excerpt, const std::vector<std::string>& terms);

}  // namespace ejob::web::views
