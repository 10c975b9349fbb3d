// Pieces every kind of publication shows the same way.
#include "domain/common/msgid.hpp"
#include "web/views/form_fields.hpp"
#include "web/views/views.hpp"

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
        if (!m.error.empty()) h.Element("p", {{"class", "error"}, {"role", "alert"}}, tr(m.error.c_str()));
        h.Open("form", {{"method", "post"}, {"action", m.action}, {"class", "reveal"}, {"data-reveal", ""}});
        h.Void("input", {{"type", "hidden"}, {"name", "token"}, {"value", m.reveal_token}});
        h.Element("button", {{"type", "submit"}, {"class", "button"}}, tr("Show contacts"));
        h.Close("form");
        h.Element("p", {{"class", "muted"}}, tr("Contacts are shown on request to protect them from spam robots."));
    }
    h.Close("div").Close("section");
}

}  // namespace ejob::web::views

namespace ejob::web::views {
namespace d = ejob::domain;

// One control for everyone who edits a publication — the owner (management link, My publications) and the
// moderator (review page): each stored photo or logo with a "Remove" box; what is not ticked stays.
void CurrentPhotos(Html& h, const Tr& tr, const std::vector<std::string>& stems, const std::string& url_prefix) {
    if (stems.empty()) return;
    h.Open("fieldset", {{"class", "current-photos"}});
    h.Element("legend", tr("Uploaded photos: tick a photo to remove it"));
    h.Open("ul", {{"class", "photo-grid"}});
    int i = 0;
    for (const auto& stem : stems) {
        std::string id = "f-photo-" + std::to_string(i++);
        h.Open("li");
        std::string src = url_prefix + stem + "-thumb.webp";
        h.Void("img", {{"src", src}, {"alt", tr("Photo")}, {"width", "160"}, {"loading", "lazy"}});
        h.Open("div", {{"class", "checkbox"}});
        h.Void("input", {{"id", id}, {"type", "checkbox"}, {"name", "remove_photo"}, {"value", stem}});
        h.Element("label", {{"for", id}}, tr("Remove"));
        h.Close("div").Close("li");
    }
    h.Close("ul").Close("fieldset");
}

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
    h.Close("dl");

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
