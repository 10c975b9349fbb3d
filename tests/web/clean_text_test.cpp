// Invisible formatting and odd email addresses, through the real server: a title is stored and shown as its letters
// read, and an address with a "?" or quotes is refused.
#include <gtest/gtest.h>

#include "support/test_site.hpp"

namespace ejob::testing {
namespace {

class CleanText : public ::testing::Test {
  protected:
    TestSite site;
    Client visitor = site.NewClient();
    Client admin = site.NewClient();
};

TEST_F(CleanText, ATitleWithBidiControlsIsStoredAndShownWithoutThem) {
    // U+202E would show "Mühasib (kassir)" reversed after it; U+200E and U+2066/U+2069 are invisible too.
    Form form = fixtures::VacancyForm("Mühasib \u202E(kassir)\u200E", "\u2066Xəzər\u200B Tikinti MMC\u2069");
    const std::string token = site.SubmitVacancy(visitor, form);
    ASSERT_FALSE(token.empty());
    const std::int64_t id = site.IdOfToken(token);
    site.SignInAdmin(admin);
    site.Approve(admin, id);

    auto moved = visitor.Get("/en/vacancies/" + std::to_string(id));  // to the address with the title's slug
    ASSERT_EQ(moved.status, 301);
    EXPECT_EQ(moved.Header("location").find("/en/vacancies/" + std::to_string(id) + "-muhasib-kassir"), 0u)
        << moved.Header("location");
    auto page = visitor.Get(moved.Header("location"));
    ASSERT_EQ(page.status, 200);
    auto manage = visitor.Get("/en/manage/" + token);
    EXPECT_TRUE(Contains(page.body, "Xəzər Tikinti MMC"));
    for (const std::string& text : {page.body, manage.body, visitor.Get("/en/vacancies").body}) {
        EXPECT_TRUE(Contains(text, "Mühasib (kassir)"));
        for (const char* hidden : {"\u202E", "\u200E", "\u2066", "\u2069", "\u200B"})
            EXPECT_FALSE(Contains(text, hidden));
    }
    for (const char* hidden : {"\u202E", "\u200E", "\u2066", "\u200B"})
        EXPECT_EQ(site.WhereHeld(hidden), "") << "stored";
}

TEST_F(CleanText, EmailsWithQuestionMarksQuotesOrSpacesAreRefused) {
    for (const char* bad : {"hr?subject=x@firma.az", "\"hr\"@firma.az", "h r@firma.az"}) {
        auto page = visitor.Get("/en/vacancies/new");
        Form form = fixtures::With(fixtures::VacancyForm(), "email", bad);
        form.insert(form.begin(), {"_csrf", CsrfToken(page.body)});
        auto r = visitor.Post("/en/vacancies/new", form);
        EXPECT_NE(r.status, 303) << bad;
        EXPECT_TRUE(Contains(r.body, "Enter a valid email address.")) << bad;
    }
    EXPECT_EQ(site.CountRows("publications"), 0);
    auto page = visitor.Get("/en/account/register");
    auto r = visitor.Post(
        "/en/account/register",
        {{"_csrf", CsrfToken(page.body)}, {"email", "new?user@example.az"}, {"password", "long enough password"}});
    EXPECT_TRUE(Contains(r.body, "Enter a valid email address."));
    EXPECT_EQ(site.CountRows("accounts"), 0);
}

}  // namespace
}  // namespace ejob::testing
