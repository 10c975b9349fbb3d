// Accounts through the real server: registration, sign-in, sessions, password reset, enumeration, rate limits,
// and the owner's control of publications — including the IDOR matrix.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <sstream>

#include "domain/accounts/account.hpp"
#include "support/test_site.hpp"

namespace ejob::testing {
namespace {

class Accounts : public ::testing::Test {
  protected:
    TestSite site;

    // The newest mail to `to`, and the first link in it matching `pattern`.
    std::string LinkFromMail(const std::string& to, const std::string& pattern) {
        std::string found;
        auto newest = std::filesystem::file_time_type::min();
        for (const auto& f : site.MailFiles()) {
            std::string mail = ReadFile(f);
            if (!Contains(mail, "To: " + to)) continue;
            std::smatch m;
            if (std::regex_search(mail, m, std::regex(pattern)) && std::filesystem::last_write_time(f) >= newest) {
                newest = std::filesystem::last_write_time(f);
                found = m[1];
            }
        }
        return found;
    }

    void Register(Client& c, const std::string& email, const std::string& password = "long enough password") {
        auto page = c.Get("/en/account/register");
        auto r =
            c.Post("/en/account/register", {{"_csrf", CsrfToken(page.body)}, {"email", email}, {"password", password}});
        ASSERT_EQ(r.status, 200) << r.body.substr(0, 2000);
    }

    int SignIn(Client& c, const std::string& email, const std::string& password = "long enough password",
               const Form& headers = {}) {
        auto page = c.Get("/en/account/login");
        return c
            .Post("/en/account/login", {{"_csrf", CsrfToken(page.body)}, {"email", email}, {"password", password}},
                  headers)
            .status;
    }

    void Confirm(Client& c, const std::string& email) {
        std::string token = LinkFromMail(email, "/account/confirm/([A-Za-z0-9_-]+)");
        ASSERT_FALSE(token.empty());
        ASSERT_EQ(c.Get("/en/account/confirm/" + token).status, 303) << "confirmed and signed in";
    }
};

TEST_F(Accounts, RegisterConfirmSignInAndOut) {
    Client c = site.NewClient();
    Register(c, "Leyla@Example.az");
    EXPECT_EQ(SignIn(c, "leyla@example.az", "wrong password!!"), 422);
    EXPECT_EQ(SignIn(c, "leyla@example.az"), 303) << "an unconfirmed account can sign in";
    auto account = c.Get("/en/account");
    EXPECT_EQ(account.status, 200);
    EXPECT_TRUE(Contains(account.body, "Confirm your email address"));
    Confirm(c, "leyla@example.az");
    EXPECT_FALSE(Contains(c.Get("/en/account").body, "Confirm your email address"));
    EXPECT_EQ(c.Post("/en/account/logout", {{"_csrf", CsrfToken(account.body)}}).status, 303);
    EXPECT_EQ(c.Get("/en/account").status, 303) << "signed out";
}

TEST_F(Accounts, PasswordRulesAreExplainedNextToTheField) {
    Client c = site.NewClient();
    auto page = c.Get("/en/account/register");
    auto short_pw =
        c.Post("/en/account/register", {{"_csrf", CsrfToken(page.body)}, {"email", "a@b.az"}, {"password", "short"}});
    EXPECT_EQ(short_pw.status, 422);
    EXPECT_TRUE(Contains(short_pw.body, "at least 10 characters"));
    auto same = c.Post("/en/account/register",
                       {{"_csrf", CsrfToken(page.body)}, {"email", "samesame@b.az"}, {"password", "SameSame@b.az"}});
    EXPECT_EQ(same.status, 422);
    EXPECT_TRUE(Contains(same.body, "must not be your email"));
    auto long_pw = c.Post("/en/account/register",
                          {{"_csrf", CsrfToken(page.body)}, {"email", "c@b.az"}, {"password", std::string(129, 'x')}});
    EXPECT_EQ(long_pw.status, 422);
    EXPECT_EQ(site.CountRows("accounts"), 0);
}

TEST_F(Accounts, PasswordsAreStoredAsArgon2id) {
    Client c = site.NewClient();
    Register(c, "hash@example.az", "correct horse battery staple");
    auto hash = site.site().db().ReadValue(
        [](storage::Conn& conn) { return conn.QueryOne("SELECT password_hash FROM accounts")->Text(0); });
    EXPECT_EQ(hash.rfind("$argon2id$v=19$m=19456,t=2,p=1$", 0), 0u) << hash;
    EXPECT_FALSE(Contains(hash, "horse"));
}

TEST_F(Accounts, AnswersDoNotRevealWhichEmailsExist) {
    Client c = site.NewClient();
    Register(c, "known@example.az");
    size_t mails = site.MailFiles().size();
    // Register again with the same email: the same page; the owner gets a notice instead of a second account.
    auto page = c.Get("/en/account/register");
    auto again =
        c.Post("/en/account/register",
               {{"_csrf", CsrfToken(page.body)}, {"email", "known@example.az"}, {"password", "another long password"}});
    auto fresh =
        c.Post("/en/account/register",
               {{"_csrf", CsrfToken(page.body)}, {"email", "fresh@example.az"}, {"password", "another long password"}});
    EXPECT_EQ(again.status, fresh.status);
    auto body_of = [](std::string b) { return b.substr(b.find("<main"), b.find("</main>") - b.find("<main")); };
    EXPECT_EQ(body_of(again.body), body_of(fresh.body));
    EXPECT_EQ(site.CountRows("accounts"), 2);
    EXPECT_EQ(site.MailFiles().size(), mails + 2);
    // Sign-in: the same message for a wrong password and an unknown email.
    Client a = site.NewClient(), b = site.NewClient();
    auto pa = a.Get("/en/account/login");
    auto wrong =
        a.Post("/en/account/login",
               {{"_csrf", CsrfToken(pa.body)}, {"email", "known@example.az"}, {"password", "not the password"}});
    auto pb = b.Get("/en/account/login");
    auto unknown =
        b.Post("/en/account/login",
               {{"_csrf", CsrfToken(pb.body)}, {"email", "nobody@example.az"}, {"password", "not the password"}});
    EXPECT_EQ(wrong.status, unknown.status);
    auto without_token = [&](const std::string& b) {
        auto out = std::regex_replace(body_of(b), std::regex("name=\"_csrf\" value=\"[^\"]*\""), "");
        return std::regex_replace(out, std::regex("value=\"[a-z]+@example.az\""), "");
    };
    EXPECT_EQ(without_token(wrong.body), without_token(unknown.body));
    // Reset: the same page for both.
    auto pr = c.Get("/en/account/password-reset");
    auto r1 = c.Post("/en/account/password-reset", {{"_csrf", CsrfToken(pr.body)}, {"email", "known@example.az"}});
    auto r2 = c.Post("/en/account/password-reset", {{"_csrf", CsrfToken(pr.body)}, {"email", "nobody@example.az"}});
    EXPECT_EQ(r1.status, r2.status);
    EXPECT_EQ(body_of(r1.body), body_of(r2.body));
}

TEST_F(Accounts, ResetLinkIsSingleUseExpiresAfterAnHourAndEndsOtherSessions) {
    Client laptop = site.NewClient(), phone = site.NewClient();
    Register(laptop, "reset@example.az");
    ASSERT_EQ(SignIn(laptop, "reset@example.az"), 303);
    ASSERT_EQ(SignIn(phone, "reset@example.az"), 303);
    auto pr = laptop.Get("/en/account/password-reset");
    laptop.Post("/en/account/password-reset", {{"_csrf", CsrfToken(pr.body)}, {"email", "reset@example.az"}});
    std::string token = LinkFromMail("reset@example.az", "/account/password-reset/([A-Za-z0-9_-]+)");
    ASSERT_FALSE(token.empty());
    auto form = laptop.Get("/en/account/password-reset/" + token);
    auto weak =
        laptop.Post("/en/account/password-reset/" + token, {{"_csrf", CsrfToken(form.body)}, {"password", "short"}});
    EXPECT_EQ(weak.status, 422) << "a refused password keeps the link usable";
    auto ok = laptop.Post("/en/account/password-reset/" + token,
                          {{"_csrf", CsrfToken(form.body)}, {"password", "a brand new password"}});
    EXPECT_EQ(ok.status, 200);
    EXPECT_EQ(phone.Get("/en/account").status, 303) << "other sessions ended";
    auto reuse = laptop.Post("/en/account/password-reset/" + token,
                             {{"_csrf", CsrfToken(form.body)}, {"password", "yet another password"}});
    EXPECT_EQ(reuse.status, 404) << "single use";
    EXPECT_EQ(SignIn(phone, "reset@example.az", "a brand new password"), 303);

    // A second link, used after an hour: expired (the site's clock is moved, not slept).
    auto pr2 = phone.Get("/en/account/password-reset");
    phone.Post("/en/account/password-reset", {{"_csrf", CsrfToken(pr2.body)}, {"email", "reset@example.az"}});
    std::string late = LinkFromMail("reset@example.az", "/account/password-reset/([A-Za-z0-9_-]+)");
    ASSERT_NE(late, token);
    site.clock().Advance(domain::kHour + domain::kMinute);
    auto f2 = phone.Get("/en/account/password-reset/" + late);
    EXPECT_EQ(phone
                  .Post("/en/account/password-reset/" + late,
                        {{"_csrf", CsrfToken(f2.body)}, {"password", "too late password"}})
                  .status,
              404);
}

TEST_F(Accounts, SessionIdChangesAtSignInAndAStolenPreLoginCookieIsUseless) {
    Client victim = site.NewClient();
    Register(victim, "victim@example.az");
    victim.cookies["ejob_session"] = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";  // planted by an attacker
    victim.Get("/en/account/login");
    auto before = victim.cookies;
    ASSERT_EQ(SignIn(victim, "victim@example.az"), 303);
    EXPECT_NE(victim.cookies["ejob_session"], before["ejob_session"]);
    Client attacker = site.NewClient();
    attacker.cookies = before;  // every cookie the victim had before signing in
    EXPECT_EQ(attacker.Get("/en/account").status, 303);
    // Sign-out, then replay of the signed-in cookie: refused.
    Client thief = site.NewClient();
    thief.cookies["ejob_session"] = victim.cookies["ejob_session"];
    EXPECT_EQ(thief.Get("/en/account").status, 200);
    auto page = victim.Get("/en/account");
    victim.Post("/en/account/logout", {{"_csrf", CsrfToken(page.body)}});
    EXPECT_EQ(thief.Get("/en/account").status, 303);
}

TEST_F(Accounts, SessionsExpireWhenIdleAndAbsolutely) {
    Client c = site.NewClient();
    Register(c, "idle@example.az");
    ASSERT_EQ(SignIn(c, "idle@example.az"), 303);
    site.clock().Advance(domain::AccountService::kIdleTimeout + domain::kMinute);
    EXPECT_EQ(c.Get("/en/account").status, 303);
    ASSERT_EQ(SignIn(c, "idle@example.az"), 303);
    for (int i = 0; i < 8; ++i) {  // active every 100 minutes, never idle for 2 hours…
        site.clock().Advance(100 * domain::kMinute);
        c.Get("/en/account");
    }
    EXPECT_EQ(c.Get("/en/account").status, 303) << "…but 12 hours is the most";
}

TEST_F(Accounts, CsrfIsRequiredOnSignInSignOutAndOwnerActions) {
    Client c = site.NewClient();
    Register(c, "csrf@example.az");
    c.Get("/en/account/login");
    EXPECT_EQ(c.Post("/en/account/login", {{"email", "csrf@example.az"}, {"password", "long enough password"}}).status,
              403);
    ASSERT_EQ(SignIn(c, "csrf@example.az"), 303);
    std::string token = site.Submit(c, "/vacancies", fixtures::VacancyForm("Aşpaz"));
    std::int64_t id = site.IdOfToken(token);
    for (const char* action : {"stop", "resume", "delete"})
        EXPECT_EQ(c.Post("/en/account/publications/" + std::to_string(id) + "/" + action, {}).status, 403) << action;
    EXPECT_EQ(c.Post("/en/account/requests/delete", {}).status, 403);
    EXPECT_EQ(c.Post("/en/account/logout", {}).status, 403);
    EXPECT_EQ(c.Get("/en/account").status, 200) << "still signed in";
}

TEST_F(Accounts, RateLimitsTripPerAccountAndPerIp) {
    Client c = site.NewClient();
    Register(c, "target@example.az");
    // One account from many addresses: after 5 failures every browser the account has not signed in from waits,
    // whatever the address (1 s after the 6th failure, 2 s after the 7th, … up to 15 minutes).
    Client attacker = site.NewClient();
    int last = 0;
    for (int i = 0; i < 7; ++i) last = SignIn(attacker, "target@example.az", "guess number " + std::to_string(i));
    EXPECT_EQ(last, 429);
    Client other_ip = site.NewClient();
    EXPECT_EQ(SignIn(other_ip, "target@example.az"), 429) << "a new browser waits too";
    // A locked-out user can still reset the password.
    auto pr = other_ip.Get("/en/account/password-reset");
    other_ip.Post("/en/account/password-reset", {{"_csrf", CsrfToken(pr.body)}, {"email", "target@example.az"}});
    std::string token = LinkFromMail("target@example.az", "/account/password-reset/([A-Za-z0-9_-]+)");
    ASSERT_FALSE(token.empty());
    auto form = other_ip.Get("/en/account/password-reset/" + token);
    EXPECT_EQ(other_ip
                  .Post("/en/account/password-reset/" + token,
                        {{"_csrf", CsrfToken(form.body)}, {"password", "fresh long password"}})
                  .status,
              200);
    EXPECT_EQ(SignIn(other_ip, "target@example.az", "fresh long password"), 303);

    // Many accounts from one address: the address is limited.
    site.clock().Advance(domain::kHour);
    Client sprayer = site.NewClient();
    for (int i = 0; i < 22; ++i)
        last = SignIn(sprayer, "user" + std::to_string(i) + "@example.az", "some password here");
    EXPECT_EQ(last, 429);
}

// The IDOR matrix: anonymous visitor, user A (owner), user B, admin × every owner action on A's publication.
TEST_F(Accounts, OnlyTheOwnerControlsAPublication) {
    Client owner = site.NewClient(), other = site.NewClient(), admin = site.NewClient(), anon = site.NewClient();
    Register(owner, "a@example.az");
    Register(other, "b@example.az");
    ASSERT_EQ(SignIn(owner, "a@example.az"), 303);
    ASSERT_EQ(SignIn(other, "b@example.az"), 303);
    site.SignInAdmin(admin);
    std::string token = site.Submit(owner, "/vacancies", fixtures::VacancyForm("Baş aşpaz"));
    std::int64_t id = site.IdOfToken(token);
    site.Approve(admin, id);
    std::string base = "/en/account/publications/" + std::to_string(id);

    for (Client* who : {&other, &admin}) {
        auto page = who->Get("/en/account");
        std::string csrf = CsrfToken(page.body);
        EXPECT_EQ(who->Get(base + "/edit").status, 404);
        EXPECT_EQ(who->Post(base + "/stop", {{"_csrf", csrf}}).status, 404);
        EXPECT_EQ(who->Post(base + "/resume", {{"_csrf", csrf}}).status, 404);
        EXPECT_EQ(who->Post(base + "/delete", {{"_csrf", csrf}}).status, 404);
        EXPECT_EQ(who->Post(base + "/edit", fixtures::With(fixtures::VacancyForm("Hacked"), "_csrf", csrf)).status,
                  404);
        EXPECT_FALSE(Contains(page.body, "Baş aşpaz")) << "not in someone else's list";
    }
    EXPECT_EQ(anon.Get(base + "/edit").status, 303);
    EXPECT_EQ(anon.Post(base + "/stop", {}).status, 403);
    EXPECT_EQ(site.CountRows("publication_versions"), 1) << "nobody else changed anything";
    // Nobody but the owner (and the admin, through moderation) sees the manage page without the link.
    EXPECT_EQ(other.Get("/en/manage/" + std::string(43, 'A')).status, 404);

    // The owner succeeds: stop, and it is gone from every public surface in the same second.
    auto mine = owner.Get("/en/account");
    EXPECT_TRUE(Contains(mine.body, "Baş aşpaz"));
    std::string url = anon.Get("/en/vacancies/" + std::to_string(id)).Header("location");
    ASSERT_FALSE(url.empty());
    EXPECT_TRUE(Contains(anon.Get("/en/vacancies").body, "Baş aşpaz")) << "cached list before the stop";
    EXPECT_EQ(owner.Post(base + "/stop", {{"_csrf", CsrfToken(mine.body)}}).status, 303);
    EXPECT_FALSE(Contains(anon.Get("/en/vacancies").body, "Baş aşpaz"));
    EXPECT_FALSE(Contains(anon.Get("/en/search?q=aspaz").body, "/vacancies/" + std::to_string(id)));
    EXPECT_EQ(anon.Get(url).status, 404);
    EXPECT_FALSE(Contains(anon.Get("/sitemap.xml").body, url.substr(3)));
    EXPECT_FALSE(Contains(anon.Get("/en/feed.xml").body, "Baş aşpaz"));
    EXPECT_TRUE(Contains(owner.Get("/en/account").body, "Stopped"));
    // And back.
    EXPECT_EQ(owner.Post(base + "/resume", {{"_csrf", CsrfToken(mine.body)}}).status, 303);
    EXPECT_EQ(anon.Get(url).status, 200);
    // Edit goes to moderation while the approved text stays.
    auto edit = owner.Get(base + "/edit");
    EXPECT_EQ(edit.status, 200);
    EXPECT_EQ(owner
                  .Post(base + "/edit", fixtures::With(fixtures::VacancyForm("Baş aşpaz (İtaliya mətbəxi)"), "_csrf",
                                                       CsrfToken(edit.body)))
                  .status,
              303);
    EXPECT_TRUE(Contains(anon.Get(url).body, "Baş aşpaz"));
    EXPECT_TRUE(Contains(admin.Get("/en/admin/moderation").body, "İtaliya mətbəxi"));
    // Deletion request reaches the administration.
    EXPECT_EQ(owner.Post(base + "/delete", {{"_csrf", CsrfToken(mine.body)}}).status, 303);
    EXPECT_TRUE(Contains(admin.Get("/en/admin/moderation").body, "Requests to delete"));
}

TEST_F(Accounts, AnonymousPublicationCanBeAttachedOnlyToAConfirmedAccount) {
    Client anon = site.NewClient();
    std::string token = site.Submit(anon, "/vacancies", fixtures::VacancyForm("Ofisiant"));
    Client c = site.NewClient();
    Register(c, "attach@example.az");
    ASSERT_EQ(SignIn(c, "attach@example.az"), 303);
    auto page = c.Get("/en/manage/" + token);
    EXPECT_FALSE(Contains(page.body, "/attach")) << "not offered before the address is confirmed";
    EXPECT_EQ(c.Post("/en/manage/" + token + "/attach", {{"_csrf", CsrfToken(page.body)}}).status, 403)
        << "not confirmed";
    EXPECT_FALSE(Contains(c.Get("/en/account").body, "Ofisiant"));
    Confirm(c, "attach@example.az");
    EXPECT_EQ(c.Post("/en/manage/" + token + "/attach", {{"_csrf", CsrfToken(page.body)}}).status, 303);
    EXPECT_TRUE(Contains(c.Get("/en/account").body, "Ofisiant"));
    // Another account cannot take it over with the link.
    Client d = site.NewClient();
    Register(d, "thief@example.az");
    ASSERT_EQ(SignIn(d, "thief@example.az"), 303);
    Confirm(d, "thief@example.az");
    auto p2 = d.Get("/en/manage/" + token);
    EXPECT_EQ(d.Post("/en/manage/" + token + "/attach", {{"_csrf", CsrfToken(p2.body)}}).status, 409);
}

TEST_F(Accounts, EmailChangeAndAccountDeletionAreCarriedOutByAnAdmin) {
    Client c = site.NewClient(), admin = site.NewClient();
    Register(c, "old@example.az");
    ASSERT_EQ(SignIn(c, "old@example.az"), 303);
    std::string token = site.Submit(c, "/services", fixtures::ServiceForm());
    auto page = c.Get("/en/account");
    EXPECT_EQ(
        c.Post("/en/account/requests/email", {{"_csrf", CsrfToken(page.body)}, {"new_email", "not an email"}}).status,
        422);
    EXPECT_EQ(
        c.Post("/en/account/requests/email", {{"_csrf", CsrfToken(page.body)}, {"new_email", "new@example.az"}}).status,
        303);
    EXPECT_TRUE(Contains(c.Get("/en/account").body, "new@example.az"));
    site.SignInAdmin(admin);
    auto requests = admin.Get("/en/admin/requests");
    std::smatch m;
    ASSERT_TRUE(std::regex_search(requests.body, m, std::regex("/admin/requests/([0-9]+)/done")));
    EXPECT_EQ(
        admin.Post("/en/admin/requests/" + std::string(m[1]) + "/done", {{"_csrf", CsrfToken(requests.body)}}).status,
        303);
    Client fresh = site.NewClient();
    EXPECT_EQ(SignIn(fresh, "new@example.az"), 303);

    // Export: everything the account has, as JSON.
    auto data = c.Get("/en/account/export");
    EXPECT_EQ(data.status, 200);
    EXPECT_TRUE(Contains(data.Header("content-type"), "application/json"));
    EXPECT_TRUE(Contains(data.body, "Santexnik xidməti"));
    EXPECT_TRUE(Contains(data.body, "new@example.az"));

    auto again = c.Get("/en/account");
    EXPECT_EQ(c.Post("/en/account/requests/delete", {{"_csrf", CsrfToken(again.body)}}).status, 303);
    requests = admin.Get("/en/admin/requests");
    ASSERT_TRUE(std::regex_search(requests.body, m, std::regex("/admin/requests/([0-9]+)/done")));
    EXPECT_EQ(
        admin.Post("/en/admin/requests/" + std::string(m[1]) + "/done", {{"_csrf", CsrfToken(requests.body)}}).status,
        303);
    EXPECT_EQ(site.CountRows("publications"), 0) << "the account's publications are gone";
    EXPECT_EQ(site.CountRows("accounts"), 1) << "only the admin is left";
    EXPECT_EQ(c.Get("/en/account").status, 303);
    EXPECT_EQ(site.IdOfToken(token), 0);
}

}  // namespace
}  // namespace ejob::testing
