#include "web/views/components/rules_list.hpp"

namespace ejob::web::views {

void RulesList(Html& h, const std::vector<domain::NumberedRule>& rules) {
    h.Open("ol", {{"class", "rules-list"}});
    for (const auto& rule : rules) h.Element("li", rule.text);
    h.Close("ol");
}

void LastUpdated(Html& h, const Tr& tr, domain::Millis at) {
    h.Open("p", {{"class", "updated muted"}}).Text(tr("Last updated:")).Text(" ");
    h.Element("time", {{"datetime", tr.IsoDate(at)}}, tr.Date(at)).Close("p");
}

void DocumentDatesBlock(Html& h, const Frame& f, const Tr& tr, const DocumentDates& d) {
    LastUpdated(h, tr, d.current.published_at);
    if (d.earlier.empty()) return;
    h.Open("details", {{"class", "earlier-versions"}});
    h.Element("summary", tr("Earlier versions"));
    h.Open("ul");
    for (const auto& v : d.earlier) {
        std::string label = std::to_string(v.version);
        label += '|';
        label += tr.Date(v.published_at);
        h.Open("li")
            .Element("a", {{"href", L(f, d.version_url + std::to_string(v.version))}}, tr.Fmt("Version {}, {}", label))
            .Close("li");
    }
    h.Close("ul").Close("details");
}

void ProseBody(Html& h, const std::vector<domain::ProseBlock>& blocks) {
    using T = domain::ProseBlock::Type;
    bool in_list = false;
    for (const auto& b : blocks) {
        if (in_list && b.type != T::ListItem) {
            h.Close("ul");
            in_list = false;
        }
        if (b.type == T::Heading) {
            h.Element("h2", b.text);
        } else if (b.type == T::Paragraph) {
            h.Element("p", b.text);
        } else {
            if (!in_list) h.Open("ul");
            in_list = true;
            h.Element("li", b.text);
        }
    }
    if (in_list) h.Close("ul");
}

}  // namespace ejob::web::views
