// Mail that lets the owner act, and accounts without friction, through the real server: moderation mails carry a
// management link that works; confirming an address signs the person in; a signed-in person is not asked for an
// email; a confirmed account is offered (and only offered) its earlier publications, and nothing else attaches.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <regex>
#include <sstream>

#include "support/test_site.hpp"

namespace ejob::testing {
namespace {

const char* const kPassword = "long enough password";

class AccountsFriction : public ::testing::Test {
  protected:
    TestSite site;

    // Every mail to `to` whose text contains `marker`.
    std::vector<std::string> MailsTo(const std::string& to, const std::string& marker = "") {
        std::vector<std::string> out;
        for (const auto& f : site.MailFiles()) {
            std::string mail = ReadFile(f);
            if (Contains(mail, "To: " + to + "\r\n") && Contains(mail, marker)) out.push_back(mail);
        }
        return out;
    }
    // The one mail to `to` containing `marker`, and the management token in it.
    std::string ManageTokenInMail(const std::string& to, const std::string& marker, std::string* mail_out = nullptr) {
        auto mails = MailsTo(to, marker);
        EXPECT_EQ(mails.size(), 1u) << "mails to " << to << " with \"" << marker << "\"";
        if (mails.empty()) return {};
        if (mail_out) *mail_out = mails.front();
        std::smatch m;
        if (!std::regex_search(mails.front(), m, std::regex("/manage/([A-Za-z0-9_-]+)"))) return {};
        return m[1];
    }

    // Posts a vacancy through the form in language `prefix` ("/en", "/ru", "" for az); returns the manage token.
    std::string Post(Client& c, const std::string& prefix, const Form& fields) {
        auto page = c.Get(prefix + "/vacancies/new");
        Form form = fields;
        form.insert(form.begin(), {"_csrf", CsrfToken(page.body)});
        auto r = c.PostMultipart(prefix + "/vacancies/new", form, {});
        EXPECT_EQ(r.status, 303) << r.body.substr(0, 4000);
        std::smatch m;
        std::string location = r.Header("location");
        if (!std::regex_search(location, m, std::regex("/manage/([A-Za-z0-9_-]+)"))) return {};
        return m[1];
    }
    std::string PostAnonymously(const std::string& position, const std::string& owner_email) {
        Client anon = site.NewClient();
        return Post(anon, "/en", fixtures::With(fixtures::VacancyForm(position), "owner_email", owner_email));
    }

    void Register(Client& c, const std::string& email) {
        auto page = c.Get("/en/account/register");
        auto r = c.Post("/en/account/register",
                        {{"_csrf", CsrfToken(page.body)}, {"email", email}, {"password", kPassword}});
        ASSERT_EQ(r.status, 200) << r.body.substr(0, 2000);
    }
    void SignIn(Client& c, const std::string& email) {
        auto page = c.Get("/en/account/login");
        auto r =
            c.Post("/en/account/login", {{"_csrf", CsrfToken(page.body)}, {"email", email}, {"password", kPassword}});
        ASSERT_EQ(r.status, 303);
    }
    // Opens the confirmation link from the mail; returns the answer.
    HttpResult OpenConfirmation(Client& c, const std::string& email) {
        std::string token;
        std::smatch m;
        for (const auto& mail : MailsTo(email))
            if (std::regex_search(mail, m, std::regex("/account/confirm/([A-Za-z0-9_-]+)"))) token = m[1];
        EXPECT_FALSE(token.empty()) << "no confirmation link mailed to " << email;
        return c.Get("/en/account/confirm/" + token);
    }
    std::optional<std::int64_t> OwnerOf(std::int64_t id) {
        return site.site().db().ReadValue([&](storage::Conn& c) {
            return c.QueryOne("SELECT owner_account_id FROM publications WHERE id = ?", {id})->OptInt(0);
        });
    }
    std::string OwnerEmailOf(std::int64_t id) {
        return site.site().db().ReadValue([&](storage::Conn& c) {
            return c.QueryOne("SELECT owner_email FROM publications WHERE id = ?", {id})->Text(0);
        });
    }
    // The checkbox values of the attach offer on /account.
    static std::vector<std::string> Offered(const std::string& html) {
        std::vector<std::string> out;
        std::regex box("name=\"attach\" value=\"([0-9]+)\"");
        for (auto it = std::sregex_iterator(html.begin(), html.end(), box); it != std::sregex_iterator(); ++it)
            out.push_back((*it)[1]);
        return out;
    }
    // The part of "My publications" below the offer.
    static std::string OwnedPart(const std::string& html) {
        auto form_end = html.find("</section>", html.find("attach-earlier"));
        return form_end == std::string::npos || html.find("attach-earlier") == std::string::npos
                   ? html
                   : html.substr(form_end);
    }
};

TEST_F(AccountsFriction, ApprovalMailCarriesAFreshManagementLinkAndEveryEarlierLinkKeepsWorking) {
    std::string first = PostAnonymously("Baş mühasib", "owner@example.az");
    std::int64_t id = site.IdOfToken(first);
    ASSERT_NE(id, 0);
    Client admin = site.NewClient();
    site.SignInAdmin(admin);
    site.Approve(admin, id);

    std::string mail;
    std::string from_mail = ManageTokenInMail("owner@example.az", "approved your publication", &mail);
    ASSERT_FALSE(from_mail.empty()) << mail;
    EXPECT_NE(from_mail, first) << "a fresh link: only hashes are stored";
    EXPECT_TRUE(Contains(mail, "/vacancies/" + std::to_string(id))) << "and the public page";
    // One click from the mail: the manage page of this publication, published.
    Client owner = site.NewClient();
    auto page = owner.Get("/en/manage/" + from_mail);
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(Contains(page.body, "Baş mühasib"));
    EXPECT_TRUE(Contains(page.body, "class=\"status\">Published<"));
    EXPECT_TRUE(Contains(page.body, "/manage/" + from_mail + "/edit"));
    // The link from the submission page still works, and both act on the same publication.
    EXPECT_EQ(owner.Get("/en/manage/" + first).status, 200);
    auto edit = owner.Get("/en/manage/" + from_mail + "/edit");
    ASSERT_EQ(edit.status, 200);
    auto saved = owner.Post("/en/manage/" + from_mail + "/edit",
                            fixtures::With(FormFields(edit.body, "/edit"), "position", "Baş mühasib (ACCA)"));
    EXPECT_EQ(saved.status, 303) << saved.body.substr(0, 2000);
    EXPECT_TRUE(Contains(owner.Get("/en/manage/" + first).body, "Baş mühasib (ACCA)"));

    // Every link ends with the publication.
    auto review = admin.Get("/en/admin/moderation/" + std::to_string(id));
    ASSERT_EQ(
        admin.Post("/en/admin/publications/" + std::to_string(id) + "/delete", {{"_csrf", CsrfToken(review.body)}})
            .status,
        303);
    EXPECT_EQ(owner.Get("/en/manage/" + first).status, 404);
    EXPECT_EQ(owner.Get("/en/manage/" + from_mail).status, 404);
    EXPECT_EQ(site.CountRows("manage_tokens"), 0);
}

TEST_F(AccountsFriction, RejectionMailIsInTheOwnersLanguageQuotesTheReasonAndCarriesAWorkingLink) {
    Client anon = site.NewClient();
    std::string first =
        Post(anon, "/ru", fixtures::With(fixtures::VacancyForm("Бухгалтер"), "owner_email", "olga@example.ru"));
    std::int64_t id = site.IdOfToken(first);
    ASSERT_NE(id, 0);
    Client admin = site.NewClient();
    site.SignInAdmin(admin);  // the moderator works in English
    site.Reject(admin, id, "The phone number is incomplete.\nAdd the salary, please.");

    std::string mail;
    std::string token = ManageTokenInMail("olga@example.ru", "> The phone number is incomplete.", &mail);
    ASSERT_FALSE(token.empty()) << mail;
    EXPECT_TRUE(Contains(mail, "> Add the salary, please.")) << "every line of the reason is quoted";
    EXPECT_TRUE(Contains(mail, "Модератор не принял вашу публикацию")) << "in the language of the submission";
    EXPECT_TRUE(Contains(mail, "/ru/manage/" + token));
    EXPECT_NE(token, first);

    Client owner = site.NewClient();
    auto page = owner.Get("/ru/manage/" + token);
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(Contains(page.body, "The phone number is incomplete."));
    EXPECT_EQ(owner.Get("/ru/manage/" + first).status, 200) << "the first link still works";
    // Corrected through the mailed link: back to moderation.
    auto edit = owner.Get("/ru/manage/" + token + "/edit");
    ASSERT_EQ(edit.status, 200);
    auto saved = owner.Post("/ru/manage/" + token + "/edit",
                            fixtures::With(FormFields(edit.body, "/edit"), "phone", "+994 50 555 12 35"));
    EXPECT_EQ(saved.status, 303) << saved.body.substr(0, 2000);
    EXPECT_TRUE(Contains(admin.Get("/en/admin/moderation").body, "Бухгалтер"));
}

TEST_F(AccountsFriction, ConfirmingTheAddressSignsThePersonIn) {
    Client c = site.NewClient();
    Register(c, "Leyla@Example.az");
    EXPECT_EQ(c.Get("/en/account").status, 303) << "registering alone does not sign in";
    auto confirmed = OpenConfirmation(c, "leyla@example.az");
    EXPECT_EQ(confirmed.status, 303);
    EXPECT_EQ(confirmed.Header("location"), "/en/account?done=confirmed");
    auto account = c.Get("/en/account?done=confirmed");
    EXPECT_EQ(account.status, 200) << "signed in without typing the password";
    EXPECT_TRUE(Contains(account.body, "your email address is confirmed, and you are signed in"));
    EXPECT_TRUE(Contains(account.body, "Signed in as leyla@example.az"));
    EXPECT_FALSE(Contains(account.body, "Confirm your email address with the link"));
    // The link works once; a second use signs nobody in.
    Client other = site.NewClient();
    EXPECT_EQ(OpenConfirmation(other, "leyla@example.az").status, 404);
    EXPECT_EQ(other.Get("/en/account").status, 303);
}

TEST_F(AccountsFriction, ASignedInPersonIsNotAskedForAnEmailAndTheAccountAddressIsUsed) {
    Client c = site.NewClient();
    Register(c, "farid@example.az");
    SignIn(c, "farid@example.az");
    for (const char* kind : {"/en/vacancies/new", "/en/resumes/new", "/en/services/new"}) {
        auto form = c.Get(kind);
        ASSERT_EQ(form.status, 200) << kind;
        EXPECT_FALSE(Contains(form.body, "name=\"owner_email\"")) << kind << ": no email field";
        EXPECT_TRUE(Contains(form.body, "id=\"owner-email-note\""));
        EXPECT_TRUE(Contains(form.body, "<strong>farid@example.az</strong>")) << kind << ": the address that is used";
    }
    // Even a forged field is ignored: the account's address gets the link.
    std::string token =
        Post(c, "/en", fixtures::With(fixtures::VacancyForm("Sürücü"), "owner_email", "someone.else@example.az"));
    std::int64_t id = site.IdOfToken(token);
    ASSERT_NE(id, 0);
    EXPECT_EQ(OwnerEmailOf(id), "farid@example.az");
    EXPECT_EQ(MailsTo("someone.else@example.az").size(), 0u);
    EXPECT_EQ(ManageTokenInMail("farid@example.az", "A moderator will check your publication soon."), token);
    // An anonymous visitor is still asked (optionally).
    Client anon = site.NewClient();
    EXPECT_TRUE(Contains(anon.Get("/en/vacancies/new").body, "name=\"owner_email\""));
}

TEST_F(AccountsFriction, AConfirmedAccountIsOfferedOnlyItsUnownedEarlierPublicationsAndAttachesTheChosenOnes) {
    std::int64_t p1 = site.IdOfToken(PostAnonymously("Aşpaz", "Nigar@Example.az"));
    std::int64_t p2 = site.IdOfToken(PostAnonymously("Ofisiant", "nigar@example.az"));
    std::int64_t other = site.IdOfToken(PostAnonymously("Kuryer", "someone@example.az"));
    std::string taken_token = PostAnonymously("Barmen", "nigar@example.az");
    std::int64_t taken = site.IdOfToken(taken_token);
    // "Barmen" was taken into another account (that account had its management link).
    Client d = site.NewClient();
    Register(d, "darya@example.az");
    OpenConfirmation(d, "darya@example.az");
    auto manage = d.Get("/en/manage/" + taken_token);
    ASSERT_EQ(d.Post("/en/manage/" + taken_token + "/attach", {{"_csrf", CsrfToken(manage.body)}}).status, 303);
    Client admin = site.NewClient();
    site.SignInAdmin(admin);
    site.Approve(admin, p2);

    Client c = site.NewClient();
    Register(c, "nigar@example.az");
    SignIn(c, "nigar@example.az");
    EXPECT_TRUE(Offered(c.Get("/en/account").body).empty()) << "nothing is offered before the address is confirmed";
    ASSERT_EQ(OpenConfirmation(c, "nigar@example.az").status, 303);
    auto account = c.Get("/en/account");
    ASSERT_EQ(account.status, 200);
    auto offered = Offered(account.body);
    std::sort(offered.begin(), offered.end());
    EXPECT_EQ(offered, (std::vector<std::string>{std::to_string(p1), std::to_string(p2)}));
    EXPECT_TRUE(Contains(account.body, "Earlier publications with your email"));
    EXPECT_TRUE(Contains(account.body, "Aşpaz"));
    EXPECT_TRUE(Contains(account.body, "Ofisiant"));
    EXPECT_TRUE(Contains(account.body, "<td>Vacancy</td>"));
    EXPECT_TRUE(Contains(account.body, "<td>Published</td>")) << "Ofisiant was approved";
    EXPECT_TRUE(Contains(account.body, "<td>Waiting for moderation</td>"));
    EXPECT_FALSE(Contains(account.body, "Kuryer")) << "another email";
    EXPECT_FALSE(Contains(account.body, "Barmen")) << "already in another account";

    // Nothing chosen: said next to the list, nothing changes.
    auto none = c.Post("/en/account/attach", {{"_csrf", CsrfToken(account.body)}});
    EXPECT_EQ(none.status, 422);
    EXPECT_TRUE(Contains(none.body, "Choose at least one publication."));

    // The person chooses one of the two.
    auto attached = c.Post("/en/account/attach", {{"_csrf", CsrfToken(account.body)}, {"attach", std::to_string(p2)}});
    EXPECT_EQ(attached.status, 303);
    auto after = c.Get("/en/account?done=attached");
    EXPECT_TRUE(Contains(after.body, "The chosen publications are now in your account."));
    EXPECT_EQ(Offered(after.body), std::vector<std::string>{std::to_string(p1)});
    EXPECT_TRUE(Contains(OwnedPart(after.body), "Ofisiant")) << "under My publications";
    EXPECT_FALSE(Contains(OwnedPart(after.body), "Aşpaz")) << "not chosen, still only offered";
    EXPECT_TRUE(OwnerOf(p2).has_value());
    EXPECT_FALSE(OwnerOf(p1).has_value());
    EXPECT_EQ(OwnerOf(other), std::nullopt);
    EXPECT_NE(OwnerOf(taken), OwnerOf(p2));
}

TEST_F(AccountsFriction, AttachingWhatTheListDidNotOfferIsRefusedAndChangesNothing) {
    std::int64_t mine = site.IdOfToken(PostAnonymously("Aşpaz", "nigar@example.az"));
    std::int64_t foreign = site.IdOfToken(PostAnonymously("Kuryer", "someone@example.az"));
    std::string taken_token = PostAnonymously("Barmen", "nigar@example.az");
    std::int64_t taken = site.IdOfToken(taken_token);
    Client d = site.NewClient();
    Register(d, "darya@example.az");
    OpenConfirmation(d, "darya@example.az");
    auto manage = d.Get("/en/manage/" + taken_token);
    ASSERT_EQ(d.Post("/en/manage/" + taken_token + "/attach", {{"_csrf", CsrfToken(manage.body)}}).status, 303);
    auto darya = OwnerOf(taken);
    ASSERT_TRUE(darya.has_value());

    Client c = site.NewClient();
    Register(c, "nigar@example.az");
    OpenConfirmation(c, "nigar@example.az");
    auto account = c.Get("/en/account");
    std::string csrf = CsrfToken(account.body);
    auto forged = [&](Form form) {
        form.insert(form.begin(), {"_csrf", csrf});
        return c.Post("/en/account/attach", form);
    };
    // Someone else's email; someone else's account; a publication that does not exist; and a mix with an offered
    // one: each refused, and nothing at all attached.
    for (const Form& form :
         std::vector<Form>{{{"attach", std::to_string(foreign)}},
                           {{"attach", std::to_string(taken)}},
                           {{"attach", "999999"}},
                           {{"attach", std::to_string(mine)}, {"attach", std::to_string(foreign)}}}) {
        auto r = forged(form);
        EXPECT_EQ(r.status, 409) << form.back().second;
        EXPECT_TRUE(Contains(r.body, "cannot be attached to your account. Nothing was changed."));
    }
    EXPECT_EQ(OwnerOf(foreign), std::nullopt);
    EXPECT_EQ(OwnerOf(taken), darya);
    EXPECT_EQ(OwnerOf(mine), std::nullopt) << "all or nothing";
    // Without the CSRF token: refused before any work.
    EXPECT_EQ(c.Post("/en/account/attach", {{"attach", std::to_string(mine)}}).status, 403);
    EXPECT_EQ(OwnerOf(mine), std::nullopt);
    // Not signed in: refused.
    Client anon = site.NewClient();
    anon.Get("/en/account/login");
    EXPECT_EQ(anon.Post("/en/account/attach",
                        {{"_csrf", CsrfToken(anon.Get("/en/account/login").body)}, {"attach", std::to_string(mine)}})
                  .status,
              403);
    EXPECT_EQ(OwnerOf(mine), std::nullopt);
}

TEST_F(AccountsFriction, AnUnconfirmedAccountCannotAttachByEmail) {
    std::int64_t id = site.IdOfToken(PostAnonymously("Aşpaz", "nigar@example.az"));
    Client c = site.NewClient();
    Register(c, "nigar@example.az");
    SignIn(c, "nigar@example.az");
    auto account = c.Get("/en/account");
    auto r = c.Post("/en/account/attach", {{"_csrf", CsrfToken(account.body)}, {"attach", std::to_string(id)}});
    EXPECT_EQ(r.status, 403);
    EXPECT_EQ(OwnerOf(id), std::nullopt);
}

// An address given to an account by an email change was never proven: it must be confirmed before it is offered
// anything, or an account could collect someone else's anonymous publications by asking for their address.
TEST_F(AccountsFriction, AChangedEmailIsOfferedNothingUntilConfirmedAgain) {
    std::int64_t id = site.IdOfToken(PostAnonymously("Aşpaz", "victim@example.az"));
    Client c = site.NewClient();
    Register(c, "first@example.az");
    OpenConfirmation(c, "first@example.az");
    auto page = c.Get("/en/account");
    ASSERT_EQ(
        c.Post("/en/account/requests/email", {{"_csrf", CsrfToken(page.body)}, {"new_email", "victim@example.az"}})
            .status,
        303);
    Client admin = site.NewClient();
    site.SignInAdmin(admin);
    auto requests = admin.Get("/en/admin/requests");
    std::smatch m;
    ASSERT_TRUE(std::regex_search(requests.body, m, std::regex("/admin/requests/([0-9]+)/done")));
    ASSERT_EQ(
        admin.Post("/en/admin/requests/" + std::string(m[1]) + "/done", {{"_csrf", CsrfToken(requests.body)}}).status,
        303);
    auto account = c.Get("/en/account");
    EXPECT_TRUE(Contains(account.body, "Signed in as victim@example.az"));
    EXPECT_TRUE(Contains(account.body, "Confirm your email address with the link"));
    EXPECT_TRUE(Offered(account.body).empty());
    EXPECT_EQ(c.Post("/en/account/attach", {{"_csrf", CsrfToken(account.body)}, {"attach", std::to_string(id)}}).status,
              403);
    EXPECT_EQ(OwnerOf(id), std::nullopt);
}

}  // namespace
}  // namespace ejob::testing
