#include "web/views/components/detail_parts.hpp"

namespace ejob::web::views {

FactsList::FactsList(Html& h, const Tr& tr) : h_(h), tr_(tr) {
    h_.Open("dl", {{"class", "facts-list"}});
}

FactsList& FactsList::Add(const char* label_msgid, const std::string& value) {
    if (!value.empty()) h_.Element("dt", tr_(label_msgid)).Element("dd", value);
    return *this;
}

void FactsList::Close() {
    h_.Close("dl");
}

void ProseSection(Html& h, const Tr& tr, const char* heading_msgid, const std::string& text) {
    h.Element("h2", tr(heading_msgid));
    h.Open("p", {{"class", "prose"}}).MultilineText(text).Close("p");
}

}  // namespace ejob::web::views
