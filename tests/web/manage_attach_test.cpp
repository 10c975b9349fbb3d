// "Add to my account" on the management page is offered only where it works: to a confirmed account, for a
// publication that is in no account yet. An unconfirmed account is told to confirm first instead of being given a
// button that ends on "access denied"; an account that does not own an attached publication is not offered it.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <sstream>

#include "support/test_site.hpp"

namespace ejob::testing {
namespace {

class ManageAttach : public ::testing::Test {
  protected:
    TestSite site;

    void RegisterAndSignIn(Client& c, const std::string& email) {
        auto page = c.Get("/en/account/register");
        ASSERT_EQ(c.Post("/en/account/register",
                         {{"_csrf", CsrfToken(page.body)}, {"email", email}, {"password", "long enough password"}})
                      .status,
                  200);
        auto login = c.Get("/en/account/login");
        ASSERT_EQ(c.Post("/en/account/login",
                         {{"_csrf", CsrfToken(login.body)}, {"email", email}, {"password", "long enough password"}})
                      .status,
                  303);
    }

    void Confirm(Client& c, const std::string& email) {
        std::string token;
        for (const auto& f : site.MailFiles()) {
            std::smatch m;
            std::string mail = ReadFile(f);
            if (Contains(mail, "To: " + email) &&
                std::regex_search(mail, m, std::regex("/account/confirm/([A-Za-z0-9_-]+)")))
                token = m[1];
        }
        ASSERT_FALSE(token.empty());
        ASSERT_EQ(c.Get("/en/account/confirm/" + token).status, 303) << "confirmed and signed in";
    }
};

TEST_F(ManageAttach, OfferedOnlyToAConfirmedAccountForAPublicationInNoAccount) {
    Client anon = site.NewClient();
    std::string token = site.Submit(anon, "/vacancies", fixtures::VacancyForm("Ofisiant"));
    const std::string manage = "/en/manage/" + token;
    EXPECT_FALSE(Contains(anon.Get(manage).body, "/attach")) << "not signed in: nothing to attach to";

    Client c = site.NewClient();
    RegisterAndSignIn(c, "attach@example.az");
    auto unconfirmed = c.Get(manage);
    EXPECT_EQ(unconfirmed.status, 200);
    EXPECT_FALSE(Contains(unconfirmed.body, "/attach")) << "no button that would answer 403";
    EXPECT_TRUE(Contains(unconfirmed.body, "Confirm your email address first, then attach publications."));
    EXPECT_TRUE(Contains(c.Get("/ru/manage/" + token).body, "Сначала подтвердите адрес")) << "the notice is translated";

    Confirm(c, "attach@example.az");
    auto confirmed = c.Get(manage);
    EXPECT_TRUE(Contains(confirmed.body, "/attach"));
    EXPECT_FALSE(Contains(confirmed.body, "Confirm your email address first"));
    ASSERT_EQ(c.Post(manage + "/attach", {{"_csrf", CsrfToken(confirmed.body)}}).status, 303);
    EXPECT_FALSE(Contains(c.Get(manage).body, "/attach")) << "already in this account";

    // Someone else with the link and a confirmed account: not offered a takeover that would answer 409.
    Client other = site.NewClient();
    RegisterAndSignIn(other, "other@example.az");
    Confirm(other, "other@example.az");
    auto page = other.Get(manage);
    EXPECT_EQ(page.status, 200);
    EXPECT_FALSE(Contains(page.body, "/attach"));
    EXPECT_EQ(other.Post(manage + "/attach", {{"_csrf", CsrfToken(page.body)}}).status, 409) << "still refused";
}

}  // namespace
}  // namespace ejob::testing
