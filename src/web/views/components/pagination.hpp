#pragma once
// Page links under a result list.
#include <string>

#include "web/views/layout.hpp"

namespace ejob::web::views {

// "← Previous 1 … 4 5 [6] 7 8 … 20 Next →"; nothing when there is one page. `base` is the list's path and query
// without page=.
void Pagination(Html& h, const Frame& f, const std::string& base, int page, int pages);

}  // namespace ejob::web::views
