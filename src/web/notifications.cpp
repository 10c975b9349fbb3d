#include "web/notifications.hpp"

#include "web/i18n.hpp"

namespace ejob::web {

namespace {
Lang LangOf(const domain::Publication& p) {
    return ParseLang(p.lang).value_or(Lang::Az);
}
// An email address put in place of "{}" as it is (Tr::Fmt would read a "|" in it as a second value).
std::string WithAddress(std::string text, std::string_view address) {
    if (auto at = text.find("{}"); at != std::string::npos) text.replace(at, 2, address);
    return text;
}
// Two values for the two "{}" of `text`, each put in as it is.
std::string WithTwo(std::string text, std::string_view first, std::string_view second) {
    auto a = text.find("{}");
    auto b = a == std::string::npos ? a : text.find("{}", a + 2);
    if (b != std::string::npos) text.replace(b, 2, second);
    if (a != std::string::npos) text.replace(a, 2, first);
    return text;
}
std::string PathOf(const domain::Publication& p) {
    if (p.kind == "resume") return "/resumes/";
    if (p.kind == "service") return "/services/";
    return "/vacancies/";
}
}  // namespace

std::string MailNotifier::ManageLink(const Tr& tr, std::string_view token) const {
    return base_url_ + std::string(UrlPrefix(tr.lang())) + "/manage/" + std::string(token);
}

void MailNotifier::ManageLinkCreated(const domain::Publication& p, std::string_view title, std::string_view token) {
    Tr tr(LangOf(p));
    domain::MailMessage m;
    m.to = p.owner_email;
    m.publication_id = p.id;
    m.subject = tr.Fmt("Your publication \"{}\" was received", title);
    m.body = std::string(tr("Thank you! A moderator will check your publication soon.")) + "\n\n" +
             tr("With this private link you can see its status, edit it or ask us to delete it:") + "\n" +
             ManageLink(tr, token) + "\n\n" +
             tr("Keep the link secret: anyone who has it can manage the publication.") + "\n";
    queue_.Enqueue(m);
}

void MailNotifier::Approved(const domain::Publication& p, std::string_view title, std::string_view token) {
    if (p.owner_email.empty()) return;
    Tr tr(LangOf(p));
    domain::MailMessage m;
    m.to = p.owner_email;
    m.publication_id = p.id;
    m.subject = tr.Fmt("Your publication \"{}\" is on the site", title);
    m.body = std::string(tr("A moderator approved your publication and it is now on the site.")) + "\n" + base_url_ +
             std::string(UrlPrefix(tr.lang())) + PathOf(p) + std::to_string(p.id) + "\n\n" +
             tr("With your private link you can edit the publication or ask us to delete it:") + "\n" +
             ManageLink(tr, token) + "\n\n" +
             tr("Keep the link secret: anyone who has it can manage the publication.") + "\n";
    m.required = true;  // see MailMessage::required
    queue_.Enqueue(m);
}

void MailNotifier::Rejected(const domain::Publication& p, std::string_view title, std::string_view reason,
                            std::string_view token) {
    if (p.owner_email.empty()) return;
    Tr tr(LangOf(p));
    // The moderator's words, quoted line by line as mail programs show a quotation.
    std::string quoted;
    size_t start = 0;
    while (start <= reason.size()) {
        size_t end = reason.find('\n', start);
        if (end == std::string_view::npos) end = reason.size();
        std::string_view line = reason.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        quoted += "> " + std::string(line) + "\n";
        start = end + 1;
    }
    domain::MailMessage m;
    m.to = p.owner_email;
    m.publication_id = p.id;
    m.subject = tr.Fmt("Your publication \"{}\" was not accepted", title);
    m.body = std::string(tr("A moderator did not accept your publication. Reason:")) + "\n\n" + quoted + "\n" +
             tr("Correct the publication through your private link and it goes to moderation again:") + "\n" +
             ManageLink(tr, token) + "\n\n" +
             tr("Keep the link secret: anyone who has it can manage the publication.") + "\n";
    m.required = true;  // see MailMessage::required
    queue_.Enqueue(m);
}

// The retention rules delete the publication within the week: the owner hears of the date once.
void MailNotifier::DeletionSoon(const domain::DeletionWarning& w) {
    if (w.email.empty()) return;
    Tr tr(ParseLang(w.lang).value_or(Lang::Az));
    const std::string site = base_url_ + std::string(UrlPrefix(tr.lang()));
    domain::MailMessage m;
    m.to = w.email;
    m.publication_id = w.id;
    std::string title = w.title;
    for (char& c : title)
        if (c == '\r' || c == '\n') c = ' ';
    m.subject = WithTwo(tr("Your publication \"{}\" will be deleted on {}"), title, tr.Date(w.due));
    m.body =
        WithTwo(tr("Your publication \"{}\" will be deleted on {}, together with its photos."), title, tr.Date(w.due)) +
        "\n\n" +
        tr("As our privacy policy says, publications are kept for about six months, and for a month after they "
           "are stopped or rejected; then they are deleted completely.") +
        "\n" + site + "/privacy\n\n" + tr("If it is still needed, you can post it again as a new publication:") + "\n" +
        site + "/post\n";
    m.required = true;  // see MailMessage::required
    queue_.Enqueue(m);
}

void MailNotifier::ConfirmEmail(const domain::Account& a, std::string_view token) {
    Tr tr(ParseLang(a.lang).value_or(Lang::Az));
    domain::MailMessage m;
    m.to = a.email;
    m.account_id = a.id;
    m.subject = tr("Confirm your email address on ejob.az");
    m.body = std::string(tr("Open this link to confirm your email address (valid for 7 days):")) + "\n" + base_url_ +
             std::string(UrlPrefix(tr.lang())) + "/account/confirm/" + std::string(token) + "\n\n" +
             tr("If you did not register on ejob.az, ignore this message.") + "\n";
    m.required = true;  // see MailMessage::required
    queue_.Enqueue(m);
}

void MailNotifier::AlreadyRegistered(const domain::Account& a) {
    Tr tr(ParseLang(a.lang).value_or(Lang::Az));
    domain::MailMessage m;
    m.to = a.email;
    m.account_id = a.id;
    m.subject = tr("Someone tried to register with your email on ejob.az");
    m.body = std::string(tr("Your email address already has an account. If it was you, sign in, or set a new "
                            "password if you forgot it:")) +
             "\n" + base_url_ + std::string(UrlPrefix(tr.lang())) + "/account/password-reset\n\n" +
             tr("If it was not you, you do not need to do anything.") + "\n";
    queue_.Enqueue(m);
}

void MailNotifier::PasswordReset(const domain::Account& a, std::string_view token) {
    Tr tr(ParseLang(a.lang).value_or(Lang::Az));
    domain::MailMessage m;
    m.to = a.email;
    m.account_id = a.id;
    m.subject = tr("Set a new password on ejob.az");
    m.body = std::string(tr("Open this link within an hour to set a new password. It works once:")) + "\n" + base_url_ +
             std::string(UrlPrefix(tr.lang())) + "/account/password-reset/" + std::string(token) + "\n\n" +
             tr("If you did not ask for it, ignore this message; your password stays the same.") + "\n";
    m.required = true;  // see MailMessage::required
    queue_.Enqueue(m);
}

// The administration changed the account's address: the old address hears of it (in case it was not the owner's
// wish), the new one gets how to sign in and, when it is unconfirmed, the link to confirm it.
void MailNotifier::EmailChanged(const domain::Account& a, std::string_view old_email, std::string_view confirm_token) {
    Tr tr(ParseLang(a.lang).value_or(Lang::Az));
    const std::string site = base_url_ + std::string(UrlPrefix(tr.lang()));
    domain::MailMessage to_old;
    to_old.to = std::string(old_email);
    to_old.account_id = a.id;
    to_old.subject = tr("The email address of your ejob.az account was changed");
    to_old.body =
        WithAddress(tr("The administration of ejob.az changed the email address of your account to {}."), a.email);
    to_old.body.append("\n").append(tr("From now on, the account signs in with the new address."));
    to_old.body.append("\n\n").append(tr("If you did not ask for this change, contact the administration of ejob.az."));
    to_old.body.append("\n");
    to_old.required = true;  // see MailMessage::required
    queue_.Enqueue(to_old);

    domain::MailMessage to_new;
    to_new.to = a.email;
    to_new.account_id = a.id;
    to_new.subject = tr("Your ejob.az account now uses this email address");
    to_new.body = WithAddress(tr("The administration of ejob.az changed the email address of your account, which was "
                                 "{}, to this address."),
                              old_email);
    to_new.body.append("\n").append(tr("Sign in with this address:")).append("\n");
    to_new.body.append(site).append("/account/login\n");
    if (!confirm_token.empty()) {
        to_new.body.append("\n").append(tr("Open this link to confirm your email address (valid for 7 days):"));
        to_new.body.append("\n").append(site).append("/account/confirm/").append(confirm_token).append("\n");
    }
    to_new.body.append("\n").append(tr("If you do not know this account, contact the administration of ejob.az."));
    to_new.body.append("\n");
    to_new.required = true;  // see MailMessage::required
    queue_.Enqueue(to_new);
}

}  // namespace ejob::web
