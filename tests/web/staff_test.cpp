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
    EXPECT_EQ(second.Get("/en/admin/staff").status, 200) << "the new administrator administers";
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

}  // namespace
}  // namespace ejob::testing
