#include "web/views/components/highlight.hpp"

#include "domain/text/text.hpp"

namespace ejob::web::views {

void Highlighted(Html& h, std::string_view text, const std::vector<std::string>& terms) {
    size_t at = 0;
    for (auto [b, e] : domain::text::MatchRanges(text, terms)) {
        h.Text(text.substr(at, b - at));
        h.Element("mark", text.substr(b, e - b));
        at = e;
    }
    h.Text(text.substr(at));
}

}  // namespace ejob::web::views
