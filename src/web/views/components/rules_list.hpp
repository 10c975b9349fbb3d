#pragma once
// The numbered form-submission rules of a kind, as on its form and on /rules.
#include <string_view>

#include "web/html.hpp"
#include "web/i18n.hpp"

namespace ejob::web::views {

// The rules of `kind` ("vacancy", "resume", "service") as an <ol>; a rejection cites a rule by its number here.
void RulesList(Html& h, const Tr& tr, std::string_view kind);

}  // namespace ejob::web::views
