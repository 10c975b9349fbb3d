#include "web/views/account_views.hpp"

#include "domain/common/msgid.hpp"
#include "domain/retention/retention.hpp"
#include "web/views/components/publication_labels.hpp"

namespace ejob::web::views {
namespace d = ejob::domain;

namespace {

void Message(Html& h, const Tr& tr, const std::string& msgid, const std::string& arg = {}) {
    if (!msgid.empty())
        h.Element("p", {{"class", "error-summary"}, {"role", "alert"}, {"id", "form-message"}},
                  tr.Fmt(msgid.c_str(), arg));
}

void EmailField(Html& h, const Tr& tr, const CredentialsModel& m, const char* autocomplete) {
    Input(h, tr, m.errors, {"email", N_("Email"), nullptr, true}, m.email, "email", "autocomplete", autocomplete);
}

void PasswordField(Html& h, const Tr& tr, const Errors& errors, const char* label, const char* autocomplete,
                   const char* hint = nullptr) {
    Input(h, tr, errors, {"password", label, hint, true}, "", "password", "autocomplete", autocomplete);
}

// The publications posted earlier without an account under this address: the person ticks the ones to take in.
void EarlierPublicationsOffer(Html& h, const Frame& f, const Tr& tr, const MyAccountModel& m) {
    if (m.earlier.empty()) return;
    h.Open("section", {{"class", "notice"}, {"aria-labelledby", "earlier-heading"}});
    h.Element("h2", {{"id", "earlier-heading"}}, tr("Earlier publications with your email"));
    h.Element("p", tr.Fmt("These were posted without an account with the address {}. Choose the ones to keep in "
                          "your account:",
                          m.user.email));
    if (!m.attach_message.empty())
        h.Element("p", {{"class", "error-summary"}, {"role", "alert"}}, tr(m.attach_message.c_str()));
    const auto* error = ErrorFor(m.attach_errors, "attach");
    if (error)
        h.Element("p", {{"class", "field-error"}, {"id", "attach-error"}, {"role", "alert"}},
                  tr(error->message.c_str()));
    h.Open("form", {{"method", "post"}, {"action", L(f, "/account/attach")}, {"id", "attach-earlier"}});
    CsrfField(h, m.csrf);
    h.Open("table", {{"class", "table"}});
    h.Element("caption", {{"class", "visually-hidden"}}, tr("Earlier publications with your email"));
    h.Open("thead").Open("tr");
    for (const char* col : {N_("Attach"), N_("Publication"), N_("Kind"), N_("Date"), N_("Status")})
        h.Element("th", {{"scope", "col"}}, tr(col));
    h.Close("tr").Close("thead").Open("tbody");
    for (const auto& it : m.earlier) {
        std::string id = "attach-" + std::to_string(it.id);
        h.Open("tr");
        h.Open("td").Void("input", {{"type", "checkbox"},
                                    {"name", "attach"},
                                    {"value", std::to_string(it.id)},
                                    {"id", id},
                                    {"aria-describedby", "attach-error", error != nullptr}});
        h.Close("td");
        h.Open("td").Element("label", {{"for", id}}, it.title).Close("td");
        h.Element("td", tr(KindName(it.kind)));
        h.Element("td", tr.Date(it.created_at));
        h.Element("td", tr(StatusName(it.status)));
        h.Close("tr");
    }
    h.Close("tbody").Close("table");
    h.Element("button", {{"type", "submit"}, {"class", "button button-primary"}}, tr("Attach the chosen ones"));
    h.Close("form");
    h.Close("section");
}

std::string PathOf(const std::string& kind) {
    if (kind == "resume") return "/resumes/";
    if (kind == "service") return "/services/";
    return "/vacancies/";
}

}  // namespace

std::string MessagePage(const Frame& f, const char* title, const char* text, const std::string& link,
                        const char* link_label, int noindex) {
    Tr tr(f.lang);
    Html h;
    h.Element("h1", tr(title));
    h.Element("p", {{"role", "status"}}, tr(text));
    if (!link.empty() && link_label)
        h.Open("p").Element("a", {{"class", "button"}, {"href", link}}, tr(link_label)).Close("p");
    return Layout(f, {tr(title), "", noindex != 0}, h.Take());
}

std::string RegisterPage(const Frame& f, const CredentialsModel& m) {
    Tr tr(f.lang);
    Html h;
    h.Element("h1", tr("Create an account"));
    h.Element("p", tr("An account is optional: you can publish without one. With an account you see all your "
                      "publications in one place, stop and resume them, and ask for their deletion."));
    ErrorSummary(h, tr, m.errors);
    Message(h, tr, m.message, m.message_arg);
    h.Open("form",
           {{"method", "post"}, {"action", L(f, "/account/register")}, {"class", "stack narrow"}, {"novalidate", ""}});
    CsrfField(h, m.csrf);
    EmailField(h, tr, m, "email");
    PasswordField(h, tr, m.errors, N_("Password"), "new-password",
                  N_("At least 10 characters. A few unrelated words are easy to remember and hard to guess."));
    h.Element("button", {{"type", "submit"}, {"class", "button button-primary"}}, tr("Create the account"));
    h.Close("form");
    h.Open("p")
        .Text(tr("Already registered?"))
        .Text(" ")
        .Element("a", {{"href", L(f, "/account/login")}}, tr("Sign in"))
        .Close("p");
    return Layout(f, {tr("Create an account"), "", true}, h.Take());
}

std::string LoginPage(const Frame& f, const CredentialsModel& m) {
    Tr tr(f.lang);
    Html h;
    h.Element("h1", tr("Sign in"));
    ErrorSummary(h, tr, m.errors);
    Message(h, tr, m.message, m.message_arg);
    h.Open("form",
           {{"method", "post"}, {"action", L(f, "/account/login")}, {"class", "stack narrow"}, {"novalidate", ""}});
    CsrfField(h, m.csrf);
    EmailField(h, tr, m, "username");
    PasswordField(h, tr, {}, N_("Password"), "current-password");
    h.Element("button", {{"type", "submit"}, {"class", "button button-primary"}}, tr("Sign in"));
    h.Close("form");
    h.Open("ul", {{"class", "plain"}});
    h.Open("li").Element("a", {{"href", L(f, "/account/password-reset")}}, tr("Forgot your password?")).Close("li");
    h.Open("li").Element("a", {{"href", L(f, "/account/register")}}, tr("Create an account")).Close("li");
    h.Close("ul");
    return Layout(f, {tr("Sign in"), "", true}, h.Take());
}

std::string ResetRequestPage(const Frame& f, const CredentialsModel& m) {
    Tr tr(f.lang);
    Html h;
    h.Element("h1", tr("Forgot your password?"));
    h.Element("p",
              tr("Enter the email of your account. If it has an account, we send it a link to set a new password."));
    Message(h, tr, m.message, m.message_arg);
    ErrorSummary(h, tr, m.errors);
    h.Open("form", {{"method", "post"},
                    {"action", L(f, "/account/password-reset")},
                    {"class", "stack narrow"},
                    {"novalidate", ""}});
    CsrfField(h, m.csrf);
    EmailField(h, tr, m, "email");
    h.Element("button", {{"type", "submit"}, {"class", "button button-primary"}}, tr("Send the link"));
    h.Close("form");
    return Layout(f, {tr("Forgot your password?"), "", true}, h.Take());
}

std::string NewPasswordPage(const Frame& f, const CredentialsModel& m) {
    Tr tr(f.lang);
    Html h;
    h.Element("h1", tr("Set a new password"));
    ErrorSummary(h, tr, m.errors);
    Message(h, tr, m.message, m.message_arg);
    h.Open("form", {{"method", "post"}, {"action", m.action}, {"class", "stack narrow"}, {"novalidate", ""}});
    CsrfField(h, m.csrf);
    PasswordField(h, tr, m.errors, N_("New password"), "new-password", N_("At least 10 characters."));
    h.Element("button", {{"type", "submit"}, {"class", "button button-primary"}}, tr("Save the password"));
    h.Close("form");
    return Layout(f, {tr("Set a new password"), "", true}, h.Take());
}

std::string MyAccountPage(const Frame& f, const MyAccountModel& m) {
    Tr tr(f.lang);
    Html h;
    h.Element("h1", tr("My publications"));
    h.Element("p", {{"class", "muted"}}, tr.Fmt("Signed in as {}", m.user.email));
    if (!m.notice.empty()) h.Element("p", {{"class", "notice success"}, {"role", "status"}}, tr(m.notice.c_str()));
    if (!m.user.confirmed) {
        h.Open("div", {{"class", "notice"}});
        h.Element("p", tr("Confirm your email address with the link we sent you. Until then you cannot attach "
                          "publications that you posted without an account."));
        h.Open("form", {{"method", "post"}, {"action", L(f, "/account/resend-confirmation")}});
        CsrfField(h, m.csrf);
        h.Element("button", {{"type", "submit"}, {"class", "button button-small"}}, tr("Send the link again"));
        h.Close("form").Close("div");
    }
    EarlierPublicationsOffer(h, f, tr, m);
    h.Open("p").Element("a", {{"class", "button"}, {"href", L(f, "/post")}}, tr("Post an ad")).Close("p");
    if (m.items.empty()) {
        h.Element("p", tr("You have no publications yet. Publications you post while signed in appear here; "
                          "others can be attached through their private management link."));
    } else {
        const d::RetentionPolicy& retention = m.retention;
        h.Open("table", {{"class", "table"}});
        h.Element("caption", {{"class", "visually-hidden"}}, tr("My publications"));
        h.Open("thead").Open("tr");
        for (const char* col : {N_("Publication"), N_("Status"), N_("Views"), N_("Contacts shown, 30 days"),
                                N_("Published"), N_("Deleted on"), N_("Actions")})
            h.Element("th", {{"scope", "col"}}, tr(col));
        h.Close("tr").Close("thead").Open("tbody");
        for (const auto& it : m.items) {
            std::string base = "/account/publications/" + std::to_string(it.id);
            h.Open("tr");
            h.Open("td");
            h.Element("span", {{"class", "muted"}}, tr(KindName(it.kind))).Void("br");
            if (it.status == d::PublicationStatus::Published)
                h.Element("a", {{"href", L(f, PathOf(it.kind) + std::to_string(it.id) + "-" + it.slug)}}, it.title);
            else
                h.Text(it.title);
            h.Close("td");
            h.Open("td").Element("span", {{"class", "status"}}, tr(StatusName(it.status)));
            if (it.edit_pending && it.status != d::PublicationStatus::Pending)
                h.Void("br").Text(tr("changes wait for moderation"));
            if (it.edit_rejected) h.Void("br").Text(tr("latest changes rejected"));
            if (it.deletion_requested_at) h.Void("br").Text(tr("deletion requested"));
            h.Close("td");
            h.Element("td", tr.Number(it.views));
            auto shown = m.reveals.find(it.id);
            h.Element("td", tr.Number(shown == m.reveals.end() ? 0 : shown->second));
            h.Element("td", it.published_at ? tr.Date(*it.published_at) : std::string("—"));
            auto due = retention.DueForDeletion(it.status, it.published_at, it.stopped_at);
            h.Element("td", due ? tr.Date(*due) : std::string("—"));
            h.Open("td").Open("div", {{"class", "actions"}});
            h.Element("a", {{"href", L(f, base + "/edit")}}, tr("Edit"));
            auto button = [&](const char* action, const char* label, const char* confirm) {
                h.Open("form",
                       {{"method", "post"},
                        {"action", L(f, base + "/" + action)},
                        {"data-confirm", confirm ? std::string(tr(confirm)) : std::string(), confirm != nullptr}});
                CsrfField(h, m.csrf);
                h.Element("button", {{"type", "submit"}, {"class", "link-button"}}, tr(label));
                h.Close("form");
            };
            if (it.status == d::PublicationStatus::Published) button("stop", N_("Stop"), nullptr);
            if (it.status == d::PublicationStatus::Stopped) button("resume", N_("Publish again"), nullptr);
            if (!it.deletion_requested_at)
                button("delete", N_("Ask to delete"), N_("Ask the administration to delete this publication?"));
            h.Close("div").Close("td");
            h.Close("tr");
        }
        h.Close("tbody").Close("table");
    }

    h.Element("h2", tr("Requests to the administration"));
    h.Element("p", tr("The email address of an account is changed, and an account is deleted with all its data, "
                      "by the administration at your request."));
    ErrorSummary(h, tr, m.errors);
    h.Open("form", {{"method", "post"}, {"action", L(f, "/account/requests/email")}, {"class", "stack narrow"}});
    CsrfField(h, m.csrf);
    Input(h, tr, m.errors, {"new_email", N_("New email address"), nullptr, true}, m.new_email, "email", "autocomplete",
          "email");
    h.Element("button", {{"type", "submit"}, {"class", "button"}}, tr("Ask to change the email"));
    h.Close("form");
    h.Open("form", {{"method", "post"},
                    {"action", L(f, "/account/requests/delete")},
                    {"class", "stack narrow"},
                    {"data-confirm", tr("Ask the administration to delete your account and all its data?")}});
    CsrfField(h, m.csrf);
    h.Element("button", {{"type", "submit"}, {"class", "button button-danger"}}, tr("Ask to delete my account"));
    h.Close("form");
    if (!m.requests.empty()) {
        h.Open("ul", {{"class", "plain"}});
        for (const auto& r : m.requests) {
            std::string what = r.kind == "email_change" ? tr.Fmt("Change the email to {}", r.new_email)
                                                        : std::string(tr("Delete the account"));
            const char* status = r.status == "done"      ? N_("done")
                                 : r.status == "refused" ? N_("refused")
                                                         : N_("waiting");
            h.Open("li").Text(tr.Date(r.created_at) + " — " + what + " — ").Element("strong", tr(status)).Close("li");
        }
        h.Close("ul");
    }
    h.Element("h2", tr("Your data"));
    h.Open("p")
        .Element("a", {{"href", L(f, "/account/export")}, {"download", "ejob-data.json"}},
                 tr("Download all your data (JSON)"))
        .Close("p");
    return Layout(f, {tr("My publications"), "", true}, h.Take());
}

std::string AdminRequestsPage(const Frame& f, const AdminRequestsModel& m) {
    Tr tr(f.lang);
    Html h;
    h.Element("h1", tr("Account requests"));
    if (!m.notice.empty()) h.Element("p", {{"class", "notice"}, {"role", "status"}}, tr(m.notice.c_str()));
    if (m.requests.empty()) h.Element("p", tr("No requests are waiting."));
    h.Open("ul", {{"class", "plain"}});
    for (const auto& r : m.requests) {
        std::string what = r.kind == "email_change" ? tr.Fmt("Change the email to {}", r.new_email)
                                                    : std::string(tr("Delete the account"));
        h.Open("li").Open("strong");
        h.Element("a", {{"href", L(f, "/admin/users/" + std::to_string(r.account_id))}}, r.account_email);
        h.Close("strong").Text(" — " + what + " — " + tr.Date(r.created_at) + " ");
        for (const auto& [action, label] : {std::pair{"done", N_("Carry out")}, std::pair{"refuse", N_("Refuse")}}) {
            h.Open("form", {{"method", "post"},
                            {"action", L(f, "/admin/requests/" + std::to_string(r.id) + "/" + action)},
                            {"class", "inline"}});
            CsrfField(h, m.csrf);
            h.Element("button", {{"type", "submit"}, {"class", "button button-small"}}, tr(label));
            h.Close("form");
        }
        h.Close("li");
    }
    h.Close("ul");
    return Layout(f, {tr("Account requests"), "", true}, h.Take());
}

}  // namespace ejob::web::views
