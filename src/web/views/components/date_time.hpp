#pragma once
// A moment as staff pages show it: "4 December 2026, 09:05" in Baku time, in a <time> element.
#include "domain/common/clock.hpp"
#include "web/html.hpp"
#include "web/i18n.hpp"

namespace ejob::web::views {

void DateTime(Html& h, const Tr& tr, domain::Millis at);

}  // namespace ejob::web::views
