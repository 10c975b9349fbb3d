#pragma once
// Search results show the words that match the query marked.
#include <string>
#include <string_view>
#include <vector>

#include "web/html.hpp"

namespace ejob::web::views {

// `text` with the words that match the search terms in <mark> (folded the way search folds them: "muhendis" marks
// "mühəndis"); with no terms, the text as it is.
void Highlighted(Html& h, std::string_view text, const std::vector<std::string>& terms);

}  // namespace ejob::web::views
