#include "web/views/staff_views.hpp"

#include "domain/common/msgid.hpp"

namespace ejob::web::views {
namespace d = ejob::domain;

namespace {

const std::vector<d::Option> kStaffRoles = {{"moderator", N_("Moderator: moderates publications")},
                                            {"admin", N_("Administrator: also manages staff, users and requests")}};
const std::vector<d::Option> kEveryRole = {
    {"moderator", N_("Moderator")}, {"admin", N_("Administrator")}, {"user", N_("User (not staff)")}};

const char* RoleName(const std::string& role) {
    if (role == d::roles::kAdmin) return N_("Administrator");
    if (role == d::roles::kModerator) return N_("Moderator");
    return N_("User (not staff)");
}

}  // namespace

std::string StaffPage(const Frame& f, const StaffModel& m) {
    Tr tr(f.lang);
    Html h;
    h.Element("h1", tr("Staff"));
    if (!m.notice.empty()) h.Element("p", {{"class", "notice success"}, {"role", "status"}}, tr(m.notice.c_str()));

    h.Open("table", {{"class", "table"}}).Element("caption", tr("Administrators and moderators"));
    h.Open("thead").Open("tr");
    for (const char* col : {N_("Email"), N_("Role"), N_("Since"), N_("Change the role")})
        h.Element("th", {{"scope", "col"}}, tr(col));
    h.Close("tr").Close("thead").Open("tbody");
    for (const auto& a : m.staff) {
        h.Open("tr").Element("td", a.email).Element("td", tr(RoleName(a.role))).Element("td", tr.Date(a.created_at));
        h.Open("td");
        if (a.id == m.me) {
            h.Text(tr("you"));
        } else {
            const std::string id = "role-" + std::to_string(a.id);
            h.Open("form", {{"method", "post"}, {"action", L(f, "/admin/staff/role")}, {"class", "inline"}});
            CsrfField(h, m.csrf);
            h.Void("input", {{"type", "hidden"}, {"name", "account_email"}, {"value", a.email}});
            h.Element("label", {{"for", id}, {"class", "visually-hidden"}}, tr.Fmt("Role of {}", a.email));
            h.Open("select", {{"id", id}, {"name", "new_role"}});
            for (const auto& o : kEveryRole) {
                const std::string code(o.code);
                h.Element("option", {{"value", code}, Flag("selected", code == a.role)},
                          tr(std::string(o.name).c_str()));
            }
            h.Close("select");
            h.Element("button", {{"type", "submit"}, {"class", "button button-small"}}, tr("Save"));
            h.Close("form");
        }
        h.Close("td").Close("tr");
    }
    h.Close("tbody").Close("table");

    const Errors none;
    const Errors& add_errors = m.form == "add" ? m.errors : none;
    h.Open("section", {{"aria-labelledby", "add-staff"}});
    h.Element("h2", {{"id", "add-staff"}}, tr("Add a staff account"));
    h.Open("form",
           {{"method", "post"}, {"action", L(f, "/admin/staff")}, {"class", "stack narrow"}, Flag("novalidate")});
    CsrfField(h, m.csrf);
    ErrorSummary(h, tr, add_errors);
    Input(h, tr, add_errors, {"email", N_("Email"), nullptr, true}, m.form == "add" ? m.email : "", "email",
          "autocomplete", "off");
    Input(h, tr, add_errors,
          {"password", N_("Password"), N_("At least 10 characters. Give it to the person in private."), true}, "",
          "password", "autocomplete", "new-password");
    RadioGroup(h, tr, add_errors, "role", N_("Role"), kStaffRoles, m.form == "add" ? m.role : "moderator");
    h.Element("button", {{"type", "submit"}, {"class", "button button-primary"}}, tr("Add"));
    h.Close("form").Close("section");

    const Errors& role_errors = m.form == "role" ? m.errors : none;
    h.Open("section", {{"aria-labelledby", "give-role"}});
    h.Element("h2", {{"id", "give-role"}}, tr("Give a registered account a role"));
    h.Open("form",
           {{"method", "post"}, {"action", L(f, "/admin/staff/role")}, {"class", "stack narrow"}, Flag("novalidate")});
    CsrfField(h, m.csrf);
    ErrorSummary(h, tr, role_errors);
    Input(h, tr, role_errors, {"account_email", N_("Email of the account"), nullptr, true},
          m.form == "role" ? m.email : "", "email", "autocomplete", "off");
    RadioGroup(h, tr, role_errors, "new_role", N_("Role"), kEveryRole, m.form == "role" ? m.role : "moderator",
               N_("The account is signed out everywhere; the new role holds from its next sign-in."));
    h.Element("button", {{"type", "submit"}, {"class", "button"}}, tr("Save"));
    h.Close("form").Close("section");
    return Layout(f, {tr("Staff"), "", true}, h.Take());
}

std::string SecurityPage(const Frame& f, const SecurityModel& m) {
    Tr tr(f.lang);
    Html h;
    h.Element("h1", tr("Sign-in security"));
    if (!m.recovery_codes.empty()) {
        h.Element("p", {{"class", "notice success"}, {"role", "status"}},
                  m.renewed ? tr("New recovery codes are made. The old ones no longer work.")
                            : tr("The second factor is set up. From now on you sign in with a code from the app."));
        h.Element("h2", tr("Recovery codes"));
        h.Element("p", tr("Each code signs you in once instead of the app's code, if the phone is lost. Write them "
                          "down or print them now: they are not shown again."));
        h.Open("ul", {{"class", "recovery-codes"}, {"aria-label", tr("Recovery codes")}});
        for (const auto& c : m.recovery_codes) h.Open("li").Element("code", c).Close("li");
        h.Close("ul");
        h.Open("p").Element("a", {{"href", L(f, "/admin/moderation")}}, tr("Go to the moderation queue")).Close("p");
        return Layout(f, {tr("Sign-in security"), "", true}, h.Take());
    }
    if (m.enabled) {
        h.Element("p", tr("The second factor is on: you sign in with your password and a code from the app."));
        h.Element("h2", tr("Recovery codes"));
        h.Element("p", tr("Used some of your recovery codes, or lost the paper? Make a new set: the old codes stop "
                          "working."));
        h.Open("form", {{"method", "post"},
                        {"action", L(f, "/admin/security/recovery-codes")},
                        {"class", "stack narrow"},
                        Flag("novalidate")});
        CsrfField(h, m.csrf);
        ErrorSummary(h, tr, m.errors);
        Input(h, tr, m.errors, {"code", N_("The six digits the app shows now"), nullptr, true}, "", "text",
              "autocomplete", "one-time-code");
        h.Element("button", {{"type", "submit"}, {"class", "button"}}, tr("Make new recovery codes"));
        h.Close("form");
        return Layout(f, {tr("Sign-in security"), "", true}, h.Take());
    }
    if (m.required)
        h.Element("p", {{"class", "notice"}, {"role", "status"}},
                  tr("Administrators sign in with a second factor. Set it up to continue."));
    h.Open(
        "form",
        {{"method", "post"}, {"action", L(f, "/admin/security/totp")}, {"class", "stack narrow"}, Flag("novalidate")});
    CsrfField(h, m.csrf);
    if (!m.message.empty()) h.Element("p", {{"class", "error-summary"}, {"role", "alert"}}, tr(m.message.c_str()));
    ErrorSummary(h, tr, m.errors);
    h.Element("p",
              tr("1. Scan this code with an authenticator app (for example FreeOTP, Aegis or Google Authenticator):"));
    h.TrustedRaw(m.qr_svg);
    h.Open("p")
        .Text(tr("Or enter this key by hand: "))
        .Element("code", {{"class", "totp-secret"}}, m.secret)
        .Close("p");
    h.Void("input", {{"type", "hidden"}, {"name", "secret"}, {"value", m.secret}});
    h.Void("input", {{"type", "hidden"}, {"name", "signature"}, {"value", m.signature}});
    Input(h, tr, m.errors, {"code", N_("2. The six digits the app shows now"), nullptr, true}, "", "text",
          "autocomplete", "one-time-code");
    h.Element("button", {{"type", "submit"}, {"class", "button button-primary"}}, tr("Turn on the second factor"));
    h.Close("form");
    return Layout(f, {tr("Sign-in security"), "", true}, h.Take());
}

}  // namespace ejob::web::views
