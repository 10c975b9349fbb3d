// Staff roles through the real server: every staff page checked by role on the server (visitor, user, moderator,
// administrator × every /admin route), the staff page's forms, and a role change that ends the account's sessions.
#include <gtest/gtest.h>

#include <regex>

#include "support/test_site.hpp"
#include "web/router.hpp"

namespace ejob::testing {
namespace {

constexpr const char* kModEmail = "moderator@test.local";
constexpr const char* kModPassword = "moderator password 1";

class Staff : public ::testing::Test {
  protected:
    void SignInStaff(Client& c, const std::string& email, const std::string& password) {
        auto form = c.Get("/en/admin/login");
        auto r = c.Post("/en/admin/login", {{"_csrf", CsrfToken(form.body)}, {"email", email}, {"password", password}});
        ASSERT_EQ(r.status, 303) << r.body.substr(0, 2000);
    }
    void AddModerator() { ASSERT_TRUE(site.site().accounts().CreateStaff(kModEmail, kModPassword, "moderator").ok()); }
    TestSite site;
};

// Where a route with {parameters} is asked for: ids that do not exist, so that passing the role check shows as 404
// (or a form's 422), never as a change.
std::string Concrete(std::string pattern) {
    pattern = std::regex_replace(pattern, std::regex(R"(\{id\})"), "999999");
    return std::regex_replace(pattern, std::regex(R"(\{file\})"), "999999-640.webp");
}

TEST_F(Staff, EveryStaffRouteIsCheckedByRoleOnTheServer) {
    Client visitor = site.NewClient(), user = site.NewClient(), moderator = site.NewClient(), admin = site.NewClient();
    site.RegisterAndSignIn(user, "user@example.az");
    AddModerator();
    SignInStaff(moderator, kModEmail, kModPassword);
    site.SignInAdmin(admin);

    int checked = 0;
    for (const auto& route : web::Routes()) {
        const std::string pattern = route.pattern;
        if (!pattern.starts_with("/admin") || pattern == "/admin/login") continue;
        const bool admin_only = route.flags & web::kAdmin;
        ASSERT_TRUE(admin_only || (route.flags & web::kStaff)) << pattern << " is open to everyone";
        const std::string path = "/en" + Concrete(pattern);
        const bool post = std::string(route.method) == "POST";
        auto ask = [&](Client& c) {
            return post ? c.Post(path, {{"_csrf", CsrfToken(c.Get("/en/vacancies/new").body)}}) : c.Get(path);
        };
        for (Client* outsider : {&visitor, &user}) {
            auto r = ask(*outsider);
            if (post) {
                EXPECT_EQ(r.status, 403) << pattern;
            } else {
                EXPECT_EQ(r.status, 303) << pattern;
                EXPECT_EQ(r.Header("location"), "/en/admin/login") << pattern;
            }
        }
        auto as_moderator = ask(moderator);
        if (admin_only) {
            EXPECT_EQ(as_moderator.status, 403) << pattern;
            EXPECT_TRUE(Contains(as_moderator.body, "Only administrators may do this.")) << pattern;
        } else {
            EXPECT_NE(as_moderator.status, 403) << pattern;
            EXPECT_NE(as_moderator.Header("location"), "/en/admin/login") << pattern;
        }
        auto as_admin = ask(admin);
        EXPECT_NE(as_admin.status, 403) << pattern;
        EXPECT_NE(as_admin.Header("location"), "/en/admin/login") << pattern;
        ++checked;
    }
    EXPECT_GE(checked, 13);
}

TEST_F(Staff, AModeratorModeratesButNeitherDeletesNorManagesStaff) {
    AddModerator();
    Client visitor = site.NewClient(), moderator = site.NewClient();
    const std::int64_t id = site.IdOfToken(site.SubmitVacancy(visitor, fixtures::VacancyForm("Dülgər")));
    SignInStaff(moderator, kModEmail, kModPassword);
    auto queue = moderator.Get("/en/admin/moderation");
    EXPECT_TRUE(Contains(queue.body, "Dülgər"));
    EXPECT_FALSE(Contains(queue.body, "/admin/staff")) << "no staff link in a moderator's menu";
    EXPECT_FALSE(Contains(queue.body, "/admin/requests"));
    auto review = moderator.Get("/en/admin/moderation/" + std::to_string(id));
    EXPECT_FALSE(Contains(review.body, "/delete")) << "no delete button for a moderator";
    site.Approve(moderator, id);
    EXPECT_EQ(visitor.Get("/en/vacancies/" + std::to_string(id)).status, 301) << "public after the approval";
    auto del =
        moderator.Post("/en/admin/publications/" + std::to_string(id) + "/delete", {{"_csrf", CsrfToken(review.body)}});
    EXPECT_EQ(del.status, 403);
    EXPECT_EQ(site.CountRows("publications"), 1);
}

TEST_F(Staff, AnAdministratorAddsStaffWithTranslatedErrorsNextToTheFields) {
    Client admin = site.NewClient();
    site.SignInAdmin(admin);
    auto page = admin.Get("/admin/staff");
    ASSERT_EQ(page.status, 200);
    auto bad = admin.Post(
        "/admin/staff",
        {{"_csrf", CsrfToken(page.body)}, {"email", "not-an-email"}, {"password", "short"}, {"role", "moderator"}});
    EXPECT_EQ(bad.status, 422);
    EXPECT_TRUE(Contains(bad.body, "aria-invalid=\"true\""));
    EXPECT_TRUE(Contains(bad.body, "value=\"not-an-email\"")) << "what was typed comes back";
    EXPECT_FALSE(Contains(bad.body, "Enter a valid email address.")) << "in Azerbaijani, not English";
    auto no_role = admin.Post("/en/admin/staff", {{"_csrf", CsrfToken(page.body)},
                                                  {"email", "new@example.az"},
                                                  {"password", "a long enough password"},
                                                  {"role", "user"}});
    EXPECT_EQ(no_role.status, 422) << "the staff form makes staff only";
    auto added = admin.Post("/en/admin/staff", {{"_csrf", CsrfToken(page.body)},
                                                {"email", "New.Admin@example.az"},
                                                {"password", "a long enough password"},
                                                {"role", "admin"}});
    ASSERT_EQ(added.status, 303);
    auto list = admin.Get(added.Header("location"));
    EXPECT_TRUE(Contains(list.body, "The staff account was created."));
    EXPECT_TRUE(Contains(list.body, "new.admin@example.az"));
    auto again = admin.Post("/en/admin/staff", {{"_csrf", CsrfToken(page.body)},
                                                {"email", "new.admin@example.az"},
                                                {"password", "another long password"},
                                                {"role", "moderator"}});
    EXPECT_EQ(again.status, 422);
    EXPECT_TRUE(Contains(again.body, "An account with this email already exists."));
    Client second = site.NewClient();
    SignInStaff(second, "new.admin@example.az", "a long enough password");
    auto first_page = second.Get("/en/admin/staff");
    EXPECT_EQ(first_page.status, 303) << "a new administrator sets up the second factor first";
    EXPECT_EQ(first_page.Header("location"), "/en/admin/security");
}

TEST_F(Staff, ARoleChangeEndsTheAccountsSessionsAndNobodyChangesTheirOwn) {
    AddModerator();
    Client admin = site.NewClient(), moderator = site.NewClient();
    site.SignInAdmin(admin);
    SignInStaff(moderator, kModEmail, kModPassword);
    ASSERT_EQ(moderator.Get("/en/admin/moderation").status, 200);
    auto page = admin.Get("/en/admin/staff");
    const std::string csrf = CsrfToken(page.body);

    auto own = admin.Post("/en/admin/staff/role",
                          {{"_csrf", csrf}, {"account_email", TestSite::kAdminEmail}, {"new_role", "user"}});
    EXPECT_EQ(own.status, 422);
    EXPECT_TRUE(Contains(own.body, "You cannot change your own role."));
    auto nobody = admin.Post("/en/admin/staff/role",
                             {{"_csrf", csrf}, {"account_email", "nobody@example.az"}, {"new_role", "moderator"}});
    EXPECT_EQ(nobody.status, 422);
    EXPECT_TRUE(Contains(nobody.body, "There is no account with this email."));

    auto demoted =
        admin.Post("/en/admin/staff/role", {{"_csrf", csrf}, {"account_email", kModEmail}, {"new_role", "user"}});
    ASSERT_EQ(demoted.status, 303);
    auto after = moderator.Get("/en/admin/moderation");
    EXPECT_EQ(after.status, 303) << "the session ended with the role";
    EXPECT_EQ(after.Header("location"), "/en/admin/login");
    auto as_user = moderator.Get("/en/admin/login");
    auto refused = moderator.Post(
        "/en/admin/login", {{"_csrf", CsrfToken(as_user.body)}, {"email", kModEmail}, {"password", kModPassword}});
    EXPECT_EQ(refused.status, 422) << "a user does not sign in to the administration";
    EXPECT_FALSE(Contains(admin.Get("/en/admin/staff").body, kModEmail));
}

// Growing delays instead of a lock-out: a stranger's wrong passwords delay the stranger (and any browser the account
// never signed in from), while the administrator's own browser still signs in with the password and the code.
TEST_F(Staff, AStrangersWrongPasswordsDoNotStopTheAdministratorsOwnBrowser) {
    Client admin = site.NewClient(), stranger = site.NewClient();
    site.SignInAdmin(admin);  // this browser is now trusted for the account (a signed cookie)
    auto attempt = [&](Client& c, const std::string& password, const std::string& code = "") {
        auto form = c.Get("/en/vacancies/new");  // any form: the signed-in administrator is sent on from the login
        return c.Post("/en/admin/login", {{"_csrf", CsrfToken(form.body)},
                                          {"email", TestSite::kAdminEmail},
                                          {"password", password},
                                          {"code", code}});
    };
    for (int i = 0; i < 5; ++i) EXPECT_EQ(attempt(stranger, "guess " + std::to_string(i)).status, 422) << i;
    EXPECT_EQ(attempt(stranger, "guess 5").status, 422) << "the 6th failure is answered, then the delays start";
    auto waiting = attempt(stranger, TestSite::kAdminPassword);
    EXPECT_EQ(waiting.status, 429) << "even the right password waits in a stranger's browser";
    EXPECT_TRUE(Contains(waiting.body, "Too many sign-in attempts."));
    site.clock().Advance(domain::kSecond);
    EXPECT_EQ(attempt(stranger, "guess 6").status, 422) << "after 1 s one more try";
    site.clock().Advance(domain::kSecond);
    EXPECT_EQ(attempt(stranger, "guess 7").status, 429) << "then 2 s: the delay doubles";

    // The administrator's browser, meanwhile: the right password and a fresh code sign in.
    site.clock().Advance(30 * domain::kSecond);
    const std::string code = CurrentTotp(site.admin_totp_secret(), site.clock().Now());
    EXPECT_EQ(attempt(admin, TestSite::kAdminPassword, code).status, 303);
    EXPECT_EQ(admin.Get("/en/admin/moderation").status, 200);
    // A code is good once.
    Client again = site.NewClient();
    EXPECT_EQ(attempt(again, TestSite::kAdminPassword, code).status, 422);
}

TEST_F(Staff, AnAdministratorSetsUpTheSecondFactorWithAQrCodeAndThenNeedsACode) {
    ASSERT_TRUE(site.site().accounts().CreateStaff("second@test.local", "second admin password", "admin").ok());
    Client c = site.NewClient();
    SignInStaff(c, "second@test.local", "second admin password");
    EXPECT_EQ(c.Get("/en/admin/moderation").Header("location"), "/en/admin/security") << "nothing before the setup";
    auto queue_post = c.Post("/en/admin/staff", {{"_csrf", CsrfToken(c.Get("/en/vacancies/new").body)}});
    EXPECT_EQ(queue_post.status, 403);
    auto page = c.Get("/en/admin/security");
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(Contains(page.body, "<svg")) << "a QR code drawn on the server";
    std::smatch m;
    ASSERT_TRUE(std::regex_search(page.body, m, std::regex(R"re(name="secret" value="([A-Z2-7]+)")re")));
    const std::string secret = m[1];
    EXPECT_EQ(secret.size(), 32u) << "160 bits";
    EXPECT_TRUE(Contains(page.body, secret)) << "the key is also shown as text";
    std::smatch sig;
    ASSERT_TRUE(std::regex_search(page.body, sig, std::regex(R"re(name="signature" value="([^"]+)")re")));
    const std::string csrf = CsrfToken(page.body);

    auto wrong = c.Post("/en/admin/security/totp",
                        {{"_csrf", csrf}, {"secret", secret}, {"signature", sig[1]}, {"code", "000000"}});
    EXPECT_EQ(wrong.status, 422);
    EXPECT_TRUE(Contains(wrong.body, "The code is wrong."));
    EXPECT_TRUE(Contains(wrong.body, secret)) << "the same key again: the app that scanned it keeps working";
    auto forged = c.Post("/en/admin/security/totp",
                         {{"_csrf", csrf},
                          {"secret", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"},
                          {"signature", sig[1]},
                          {"code", CurrentTotp("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", site.clock().Now())}});
    EXPECT_EQ(forged.status, 422) << "only a key the site offered is taken";
    auto done = c.Post("/en/admin/security/totp", {{"_csrf", csrf},
                                                   {"secret", secret},
                                                   {"signature", sig[1]},
                                                   {"code", CurrentTotp(secret, site.clock().Now())}});
    ASSERT_EQ(done.status, 200);
    std::vector<std::string> recovery;
    const std::regex code_re(R"re(<code>([a-z2-9]{5}-[a-z2-9]{5})</code>)re");
    for (std::sregex_iterator it(done.body.begin(), done.body.end(), code_re), end; it != end; ++it)
        recovery.push_back((*it)[1]);
    EXPECT_EQ(recovery.size(), 10u);
    EXPECT_EQ(c.Get("/en/admin/moderation").status, 200) << "the administration opens now";

    auto attempt = [&](const std::string& code) {
        Client fresh = site.NewClient();
        auto form = fresh.Get("/en/admin/login");
        return fresh
            .Post("/en/admin/login", {{"_csrf", CsrfToken(form.body)},
                                      {"email", "second@test.local"},
                                      {"password", "second admin password"},
                                      {"code", code}})
            .status;
    };
    EXPECT_EQ(attempt(""), 422) << "the password alone no longer signs in";
    EXPECT_EQ(attempt(CurrentTotp(secret, site.clock().Now())), 422) << "the setup's code was used";
    site.clock().Advance(30 * domain::kSecond);
    EXPECT_EQ(attempt(CurrentTotp(secret, site.clock().Now() - 30 * domain::kSecond)), 422) << "an older code";
    EXPECT_EQ(attempt(CurrentTotp(secret, site.clock().Now())), 303);
    ASSERT_FALSE(recovery.empty());
    EXPECT_EQ(attempt(recovery[3]), 303) << "a recovery code instead of the app";
    EXPECT_EQ(attempt(recovery[3]), 422) << "once";

    // A new set of recovery codes, for a current code from the app; the old set stops working.
    site.clock().Advance(30 * domain::kSecond);
    auto security = c.Get("/en/admin/security");
    ASSERT_TRUE(Contains(security.body, "Make new recovery codes")) << "offered once the second factor is on";
    auto refused = c.Post("/en/admin/security/recovery-codes", {{"_csrf", CsrfToken(security.body)}, {"code", "123"}});
    EXPECT_EQ(refused.status, 422);
    EXPECT_TRUE(Contains(refused.body, "The code is wrong."));
    auto renewed = c.Post("/en/admin/security/recovery-codes",
                          {{"_csrf", CsrfToken(security.body)}, {"code", CurrentTotp(secret, site.clock().Now())}});
    ASSERT_EQ(renewed.status, 200);
    EXPECT_TRUE(Contains(renewed.body, "New recovery codes are made. The old ones no longer work."));
    std::vector<std::string> fresh_codes;
    for (std::sregex_iterator it(renewed.body.begin(), renewed.body.end(), code_re), end; it != end; ++it)
        fresh_codes.push_back((*it)[1]);
    ASSERT_EQ(fresh_codes.size(), 10u);
    EXPECT_EQ(attempt(recovery[4]), 422) << "an old code no longer signs in";
    EXPECT_EQ(attempt(fresh_codes[0]), 303);
    EXPECT_EQ(c.Post("/en/admin/security/recovery-codes",
                     {{"_csrf", CsrfToken(security.body)}, {"code", CurrentTotp(secret, site.clock().Now())}})
                  .status,
              422)
        << "the app's code is good once";
}

}  // namespace
}  // namespace ejob::testing
