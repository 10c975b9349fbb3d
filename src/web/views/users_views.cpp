// The administrators' users console: search by email with a table of accounts, and the page of one account.
#include "web/views/users_views.hpp"

#include "domain/common/msgid.hpp"
#include "web/views/components/pagination.hpp"
#include "web/views/components/publication_labels.hpp"

namespace ejob::web::views {
namespace d = ejob::domain;

namespace {

const char* RoleName(const std::string& role) {
    if (role == d::roles::kAdmin) return N_("Administrator");
    if (role == d::roles::kModerator) return N_("Moderator");
    return N_("User");
}

// A date in a <time> element.
void Date(Html& h, const Tr& tr, d::Millis at) {
    h.Element("time", {{"datetime", tr.IsoDate(at)}}, tr.Date(at));
}

void DateCell(Html& h, const Tr& tr, const std::optional<d::Millis>& at) {
    h.Open("td");
    if (at) Date(h, tr, *at);
    h.Close("td");
}

std::string UserPath(std::int64_t id) {
    return "/admin/users/" + std::to_string(id);
}

}  // namespace

std::string UsersPage(const Frame& f, const UsersModel& m) {
    Tr tr(f.lang);
    Html h;
    h.Element("h1", tr("Users"));
    if (!m.notice.empty()) h.Element("p", {{"class", "notice success"}, {"role", "status"}}, tr(m.notice.c_str()));
    h.Open("form", {{"class", "search-big"}, {"method", "get"}, {"action", L(f, "/admin/users")}, {"role", "search"}});
    h.Element("label", {{"for", "f-q"}}, tr("Email, or a part of it"));
    h.Open("div", {{"class", "search-row"}});
    h.Void("input", {{"id", "f-q"}, {"type", "search"}, {"name", "q"}, {"value", m.q}, {"maxlength", "200"}});
    h.Element("button", {{"type", "submit"}, {"class", "button"}}, tr("Find"));
    h.Close("div").Close("form");

    const auto& found = m.found;
    h.Element("p", {{"role", "status"}}, tr.N("{} account found.", "{} accounts found.", found.total));
    if (!found.accounts.empty()) {
        h.Open("table", {{"class", "table users"}});
        h.Element("caption", {{"class", "visually-hidden"}}, tr("Accounts"));
        h.Open("thead").Open("tr");
        for (const char* col :
             {N_("Email"), N_("Role"), N_("Registered"), N_("Email confirmed"), N_("Blocked"), N_("Publications")})
            h.Element("th", {{"scope", "col"}}, tr(col));
        h.Close("tr").Close("thead").Open("tbody");
        for (const auto& l : found.accounts) {
            const auto& a = l.account;
            h.Open("tr");
            h.Open("th", {{"scope", "row"}}).Element("a", {{"href", L(f, UserPath(a.id))}}, a.email).Close("th");
            h.Element("td", tr(RoleName(a.role)));
            DateCell(h, tr, a.created_at);
            h.Element("td", a.confirmed_at ? tr("yes") : tr("no"));
            if (a.blocked_at) {
                h.Open("td").Element("strong", tr("blocked")).Text(" ");
                Date(h, tr, *a.blocked_at);
                h.Close("td");
            } else {
                h.Element("td", tr("no"));
            }
            h.Element("td", tr.Number(l.publications));
            h.Close("tr");
        }
        h.Close("tbody").Close("table");
    }
    Pagination(h, f, m.page_link_base, found.page, found.pages);
    return Layout(f, {tr("Users"), "", true}, h.Take());
}

namespace {

void Facts(Html& h, const Tr& tr, const d::Account& a) {
    h.Open("dl", {{"class", "facts-list"}});
    h.Element("dt", tr("Email")).Element("dd", a.email);
    h.Element("dt", tr("Role")).Element("dd", tr(RoleName(a.role)));
    h.Element("dt", tr("Registered")).Open("dd");
    Date(h, tr, a.created_at);
    h.Close("dd");
    h.Element("dt", tr("Email confirmed")).Open("dd");
    if (a.confirmed_at)
        Date(h, tr, *a.confirmed_at);
    else
        h.Text(tr("no"));
    h.Close("dd");
    auto lang = ParseLang(a.lang);
    h.Element("dt", tr("Language of mail")).Element("dd", lang ? std::string(NativeName(*lang)) : a.lang);
    h.Element("dt", tr("Blocked")).Open("dd");
    if (a.blocked_at)
        Date(h, tr, *a.blocked_at);
    else
        h.Text(tr("no"));
    h.Close("dd");
    h.Close("dl");
}

// Every publication of the account, whatever its kind and status, each linked to its moderation page.
void Publications(Html& h, const Frame& f, const Tr& tr, const std::vector<d::OwnedItem>& items) {
    h.Open("section", {{"aria-labelledby", "publications-h"}});
    h.Element("h2", {{"id", "publications-h"}}, tr("Publications"));
    if (items.empty()) {
        h.Element("p", tr("No publications."));
        h.Close("section");
        return;
    }
    h.Open("table", {{"class", "table"}});
    h.Element("caption", {{"class", "visually-hidden"}}, tr("Publications of the account"));
    h.Open("thead").Open("tr");
    for (const char* col : {N_("Publication"), N_("Kind"), N_("Status"), N_("Submitted"), N_("Published")})
        h.Element("th", {{"scope", "col"}}, tr(col));
    h.Close("tr").Close("thead").Open("tbody");
    for (const auto& it : items) {
        h.Open("tr");
        h.Open("td").Element("a", {{"href", L(f, "/admin/moderation/" + std::to_string(it.id))}}, it.title);
        h.Close("td");
        h.Element("td", tr(KindName(it.kind)));
        h.Open("td").Text(tr(StatusName(it.status)));
        if (it.stopped_by_block) h.Text(" ").Element("span", {{"class", "badge"}}, tr("by the block"));
        if (it.edit_pending && it.status != d::PublicationStatus::Pending)
            h.Text(" ").Element("span", {{"class", "badge"}}, tr("edit waiting for moderation"));
        if (it.deletion_requested_at) h.Text(" ").Element("span", {{"class", "badge"}}, tr("deletion requested"));
        h.Close("td");
        DateCell(h, tr, it.created_at);
        DateCell(h, tr, it.published_at);
        h.Close("tr");
    }
    h.Close("tbody").Close("table");
    h.Close("section");
}

void Requests(Html& h, const Tr& tr, const std::vector<d::AccountRequest>& requests) {
    h.Open("section", {{"aria-labelledby", "requests-h"}});
    h.Element("h2", {{"id", "requests-h"}}, tr("Account requests"));
    if (requests.empty()) h.Element("p", tr("No requests."));
    h.Open("ul", {{"class", "plain"}});
    for (const auto& r : requests) {
        std::string what = r.kind == "email_change" ? tr.Fmt("Change the email to {}", r.new_email)
                                                    : std::string(tr("Delete the account"));
        const char* status = r.status == "done" ? N_("done") : r.status == "refused" ? N_("refused") : N_("waiting");
        h.Open("li");
        Date(h, tr, r.created_at);
        h.Text(" — " + what + " — ").Element("strong", tr(status)).Close("li");
    }
    h.Close("ul");
    h.Close("section");
}

}  // namespace

std::string UserPage(const Frame& f, const UserModel& m) {
    Tr tr(f.lang);
    Html h;
    const auto& a = m.overview.account;
    const std::string base = UserPath(a.id);
    const bool me = a.id == m.me;
    h.Open("p").Element("a", {{"href", L(f, "/admin/users")}}, tr("All users")).Close("p");
    h.Element("h1", a.email);
    if (!m.notice.empty()) h.Element("p", {{"class", "notice success"}, {"role", "status"}}, tr(m.notice.c_str()));
    if (a.blocked_at)
        h.Element("p", {{"class", "notice error"}},
                  tr("This account is blocked: it cannot sign in, and none of its publications is public."));
    Facts(h, tr, a);
    Publications(h, f, tr, m.overview.publications);
    Requests(h, tr, m.overview.requests);

    h.Open("section", {{"aria-labelledby", "actions-h"}});
    h.Element("h2", {{"id", "actions-h"}}, tr("What to do with the account"));
    if (me) h.Element("p", {{"class", "hint"}}, tr("This is your own account: you neither block nor delete it."));
    if (!me && a.blocked_at) {
        h.Open("form", {{"method", "post"}, {"action", L(f, base + "/unblock")}, {"class", "stack narrow"}});
        CsrfField(h, m.csrf);
        h.Element("p", {{"class", "hint"}},
                  tr("The account may sign in again, and the publications that the block stopped are public again."));
        h.Element("button", {{"type", "submit"}, {"class", "button"}}, tr("Unblock"));
        h.Close("form");
    } else if (!me) {
        h.Open("form", {{"method", "post"}, {"action", L(f, base + "/block")}, {"class", "stack narrow"}});
        CsrfField(h, m.csrf);
        h.Element("p", {{"class", "hint"}},
                  tr("The account is signed out at once and cannot sign in; its published publications leave the "
                     "site until you unblock it."));
        h.Element("button", {{"type", "submit"}, {"class", "button button-danger"}}, tr("Block"));
        h.Close("form");
    }

    h.Open("form", {{"method", "post"},
                    {"action", L(f, base + "/email")},
                    {"class", "stack narrow"},
                    {"aria-labelledby", "email-h"},
                    Flag("novalidate")});
    h.Element("h3", {{"id", "email-h"}}, tr("Change the email address"));
    CsrfField(h, m.csrf);
    ErrorSummary(h, tr, m.email_errors);
    Input(h, tr, m.email_errors,
          {"email", N_("New email address"),
           N_("A notice goes to the old and to the new address. The new address counts as unconfirmed until its "
              "owner opens the link sent to it."),
           true},
          m.new_email, "email", "autocomplete", "off");
    h.Element("button", {{"type", "submit"}, {"class", "button"}}, tr("Change the email"));
    h.Close("form");

    if (!me) {
        h.Open("form", {{"method", "post"},
                        {"action", L(f, base + "/delete")},
                        {"class", "stack narrow"},
                        {"aria-labelledby", "delete-h"}});
        h.Element("h3", {{"id", "delete-h"}}, tr("Delete the account"));
        CsrfField(h, m.csrf);
        ErrorSummary(h, tr, m.delete_errors);
        CheckboxField(h, tr, m.delete_errors,
                      {"confirm", N_("Delete this account for good, with all its publications and their photos"),
                       N_("This cannot be undone.")},
                      false);
        h.Element("button", {{"type", "submit"}, {"class", "button button-danger"}}, tr("Delete for good"));
        h.Close("form");
    }
    h.Close("section");
    return Layout(f, {tr("Users"), "", true}, h.Take());
}

}  // namespace ejob::web::views
