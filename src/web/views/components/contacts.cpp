#include "web/views/components/contacts.hpp"

namespace ejob::web::views {

void ContactsSection(Html& h, const Frame& f, const ContactsModel& m) {
    Tr tr(f.lang);
    h.Open("section", {{"class", "contacts"}, {"aria-labelledby", "contacts-h"}});
    h.Element("h2", {{"id", "contacts-h"}}, tr("Contacts"));
    h.Open("div", {{"id", "contacts-box"}, {"aria-live", "polite"}});
    if (m.hidden) {
        h.Element("p", tr("The author chose not to show contacts on the site."));
    } else if (m.shown) {
        h.Open("dl", {{"class", "facts-list"}});
        for (const auto& line : *m.shown) {
            h.Element("dt", line.label).Open("dd");
            if (line.href.empty())
                h.Text(line.value);
            else
                h.Element("a", {{"href", line.href}, {"rel", "nofollow noopener"}}, line.value);
            h.Close("dd");
        }
        h.Close("dl");
    } else if (m.needs_sign_in) {
        h.Element("p", {{"class", "notice"}}, tr("The author shows contacts to signed-in users only."));
    } else {
        if (!m.error.empty())
            h.Element("p", {{"class", m.challenge.empty() ? "error" : "notice"}, {"role", "alert"}},
                      tr.Fmt(m.error.c_str(), m.error_arg));
        h.Open("form", {{"method", "post"}, {"action", m.action}, {"class", "reveal"}, {"data-reveal", ""}});
        if (!m.challenge.empty()) h.Void("input", {{"type", "hidden"}, {"name", "challenge"}, {"value", m.challenge}});
        h.Element("button", {{"type", "submit"}, {"class", "button"}}, tr("Show contacts"));
        h.Close("form");
        h.Element("p", {{"class", "muted"}}, tr("Contacts are shown on request to protect them from spam robots."));
    }
    h.Close("div").Close("section");
}

}  // namespace ejob::web::views
