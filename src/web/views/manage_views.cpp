// The owner's page of a publication (/manage/{token}): its status, the moderation result, edit and delete.
#include "domain/common/msgid.hpp"
#include "web/views/views.hpp"

namespace ejob::web::views {
namespace d = ejob::domain;

std::string ManagePage(const Frame& f, const ManageModel& m) {
    Tr tr(f.lang);
    const auto& p = m.publication;
    Html h;
    h.Element("h1", m.title);
    if (m.just_submitted) {
        h.Open("div", {{"class", "notice success"}, {"role", "status"}});
        h.Element("h2", tr("Thank you! Your publication was received."));
        h.Element("p", tr("A moderator will check it soon. Save this private link: with it you can see the status, "
                          "edit the publication or ask us to delete it. Anyone who has the link can do the same."));
        h.Open("p").Element("a", {{"href", m.manage_url}, {"class", "manage-link"}}, m.manage_url).Close("p");
        if (!p.owner_email.empty()) h.Element("p", tr("We also sent the link to your email."));
        h.Close("div");
    }
    if (m.just_edited)
        h.Element("p", {{"class", "notice success"}, {"role", "status"}},
                  tr("Your changes were received and will be checked by a moderator."));
    if (m.deletion_just_requested)
        h.Element("p", {{"class", "notice success"}, {"role", "status"}},
                  tr("Your request to delete the publication was sent to the administration."));

    h.Open("dl", {{"class", "facts-list"}});
    h.Element("dt", tr("Status"));
    const char* status = N_("Waiting for moderation");
    if (p.status == d::PublicationStatus::Published) status = N_("Published");
    if (p.status == d::PublicationStatus::Rejected) status = N_("Rejected");
    if (p.status == d::PublicationStatus::Stopped) status = N_("Stopped");
    h.Element("dd", {{"class", "status"}}, tr(status));
    if (p.published_at) h.Element("dt", tr("Published")).Element("dd", tr.Date(*p.published_at));
    h.Element("dt", tr("Views")).Element("dd", tr.Number(p.views));
    std::int64_t shown = 0;
    for (const auto& day : m.reveals) shown += day.count;
    h.Element("dt", tr("Contacts shown in the last 30 days"))
        .Element("dd", {{"class", "reveal-total"}}, tr.Number(shown));
    h.Close("dl");
    if (!m.reveals.empty()) {
        // Per day, never to whom: the site does not keep who asked.
        h.Open("table", {{"class", "table reveal-log"}});
        h.Element("caption", tr("Contacts shown per day (who asked is not kept)"));
        h.Open("thead").Open("tr");
        h.Element("th", {{"scope", "col"}}, tr("Day")).Element("th", {{"scope", "col"}}, tr("Times"));
        h.Close("tr").Close("thead").Open("tbody");
        for (const auto& day : m.reveals)
            h.Open("tr").Element("td", tr.Date(day.day)).Element("td", tr.Number(day.count)).Close("tr");
        h.Close("tbody").Close("table");
    }

    if (m.latest && m.latest->review == d::ReviewState::Rejected) {
        h.Open("div", {{"class", "notice error"}});
        h.Element("h2", p.status == d::PublicationStatus::Published ? tr("Your latest changes were rejected")
                                                                    : tr("The publication was rejected"));
        h.Open("p").Text(tr("Reason:")).Text(" ");
        h.Open("strong", {{"class", "reject-reason"}})
            .MultilineText(m.latest->reject_reason)
            .Close("strong")
            .Close("p");
        h.Element("p", tr("You can correct it and send it again."));
        h.Close("div");
    } else if (m.latest && p.status == d::PublicationStatus::Published) {
        h.Element("p", {{"class", "notice"}},
                  tr("Your latest changes are waiting for moderation; the approved version stays public meanwhile."));
    }
    if (!m.public_url.empty())
        h.Open("p").Element("a", {{"href", m.public_url}}, tr("Open the public page")).Close("p");
    if (p.deletion_requested_at)
        h.Element("p", {{"class", "notice"}}, tr("You asked the administration to delete this publication."));

    h.Open("div", {{"class", "actions"}});
    h.Element("a", {{"class", "button"}, {"href", L(f, "/manage/" + m.token + "/edit")}}, tr("Edit"));
    if (!p.deletion_requested_at) {
        h.Open("form", {{"method", "post"},
                        {"action", L(f, "/manage/" + m.token + "/delete")},
                        {"data-confirm", tr("Ask the administration to delete this publication?")}});
        h.Void("input", {{"type", "hidden"}, {"name", "_csrf"}, {"value", m.csrf}});
        h.Element("button", {{"type", "submit"}, {"class", "button button-danger"}}, tr("Ask to delete"));
        h.Close("form");
    }
    h.Close("div");
    if (m.attached)
        h.Element("p", {{"class", "notice success"}, {"role", "status"}},
                  tr("The publication is now in your account."));
    if (m.attach_needs_confirmation) {
        h.Open("p", {{"class", "hint"}}).Text(tr("Confirm your email address first, then attach publications."));
        h.Text(" ").Element("a", {{"href", L(f, "/account")}}, tr("My publications")).Close("p");
    }
    if (m.can_attach) {
        h.Open("form", {{"method", "post"}, {"action", L(f, "/manage/" + m.token + "/attach")}, {"class", "stack"}});
        h.Void("input", {{"type", "hidden"}, {"name", "_csrf"}, {"value", m.csrf}});
        h.Element("p", {{"class", "hint"}}, tr("Signed in: you can keep this publication in your account."));
        h.Element("button", {{"type", "submit"}, {"class", "button"}}, tr("Add to my account"));
        h.Close("form");
    }
    return Layout(f, {tr("Your publication"), "", true}, h.Take());
}

}  // namespace ejob::web::views
