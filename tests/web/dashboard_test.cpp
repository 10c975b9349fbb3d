// The staff dashboard at /admin through the real server, on both backends: what waits per kind and for how long,
// decisions per day, open requests, the latest retention run; moderators see the moderation figures only.
#include <gtest/gtest.h>

#include <ctime>

#include "domain/accounts/account.hpp"
#include "domain/moderation/dashboard.hpp"
#include "support/test_site.hpp"

namespace ejob::testing {
namespace {

using domain::kDay;
using domain::kHour;

class Dashboard : public ::testing::Test {
  protected:
    TestSite site;
    Client admin = site.NewClient(), owner = site.NewClient();
    void SetUp() override { site.SignInAdmin(admin); }
    std::string Page() {
        auto page = admin.Get("/en/admin");
        EXPECT_EQ(page.status, 200);
        return page.body;
    }
    // The figure shown on the card of a kind ("Vacancies") and what it says of the oldest.
    std::string Card(const std::string& body, const std::string& kind) {
        auto at = body.find(">" + kind + "</a>", body.find("dashboard-cards"));
        if (at == std::string::npos) return {};
        at = body.rfind("<li", at);
        return body.substr(at, body.find("</li>", at) - at);
    }
};

TEST_F(Dashboard, ShowsWhatWaitsPerKindAndHowLongTheOldestHasWaited) {
    site.SubmitVacancy(owner, fixtures::VacancyForm("Dülgər"));
    site.clock().Advance(3 * kHour);
    site.SubmitVacancy(owner, fixtures::VacancyForm("Bənna"));
    site.Submit(owner, "/services", fixtures::ServiceForm("Santexnik"));
    site.clock().Advance(10 * domain::kMinute);
    site.SignInAdmin(admin);

    auto body = Page();
    const auto vacancies = Card(body, "Vacancies");
    EXPECT_TRUE(Contains(vacancies, "<p class=\"figure\">2</p>")) << vacancies;
    EXPECT_TRUE(Contains(vacancies, "3 hours")) << vacancies;
    EXPECT_TRUE(Contains(vacancies, "href=\"/en/admin/moderation?kind=vacancy\"")) << vacancies;
    EXPECT_TRUE(Contains(Card(body, "Self-employment"), "10 minutes"));
    EXPECT_TRUE(Contains(Card(body, "Resumes"), "<p class=\"figure\">0</p>"));
    EXPECT_TRUE(Contains(Card(body, "Resumes"), "nothing waits"));

    site.clock().Advance(2 * kDay);
    site.SignInAdmin(admin);
    EXPECT_TRUE(Contains(Card(Page(), "Vacancies"), "2 days"));
}

TEST_F(Dashboard, CountsDecisionsPerBakuDay) {
    const auto a = site.IdOfToken(site.SubmitVacancy(owner, fixtures::VacancyForm("Aşpaz")));
    const auto b = site.IdOfToken(site.SubmitVacancy(owner, fixtures::VacancyForm("Ofisiant")));
    const auto c = site.IdOfToken(site.SubmitVacancy(owner, fixtures::VacancyForm("Barmen")));
    site.Approve(admin, a);
    site.Reject(admin, b, "Təkrar elan.");
    site.clock().Advance(kDay);
    site.SignInAdmin(admin);
    site.Approve(admin, c);

    auto body = Page();
    auto row = [&](domain::Millis at) {
        domain::Millis day = domain::BakuDayStart(at);
        std::time_t secs = static_cast<std::time_t>(day / 1000 + 4 * 3600);
        std::tm tm{};
        gmtime_r(&secs, &tm);
        char iso[16];
        std::strftime(iso, sizeof iso, "%Y-%m-%d", &tm);
        auto start = body.find(std::string("<time datetime=\"") + iso + "\">", body.find("<tbody>"));
        return start == std::string::npos ? std::string() : body.substr(start, body.find("</tr>", start) - start);
    };
    const auto today = row(site.clock().Now()), yesterday = row(site.clock().Now() - kDay);
    EXPECT_TRUE(Contains(today, "<td>1</td><td>0</td>")) << today;
    EXPECT_TRUE(Contains(yesterday, "<td>1</td><td>1</td>")) << yesterday;
    EXPECT_TRUE(Contains(body, "<svg class=\"chart\" role=\"img\"")) << "a chart beside the table";
}

TEST_F(Dashboard, ShowsOpenRequestsAndTheLatestRetentionRunToAdministrators) {
    EXPECT_TRUE(Contains(Page(), "Retention has not run yet."));
    const auto id = site.IdOfToken(site.SubmitVacancy(owner, fixtures::VacancyForm("Köhnə")));
    site.Approve(admin, id);
    site.clock().Advance(184 * kDay);
    EXPECT_EQ(site.site().Purge().publications, 1);
    site.SignInAdmin(admin);
    auto body = Page();
    EXPECT_TRUE(Contains(body, "<li>Publications deleted: 1</li>")) << body.substr(body.find("Retention"), 800);
    EXPECT_TRUE(Contains(body, "0 open requests"));
    EXPECT_TRUE(Contains(body, "href=\"/en/admin/requests\""));
}

TEST_F(Dashboard, AModeratorSeesTheModerationFiguresOnlyAndAVisitorNone) {
    Client moderator = site.NewClient(), visitor = site.NewClient();
    site.SignInModerator(moderator, "mod@example.az");
    auto page = moderator.Get("/en/admin");
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(Contains(page.body, "Waiting for moderation"));
    EXPECT_TRUE(Contains(page.body, "Decisions of the last two weeks"));
    EXPECT_FALSE(Contains(page.body, "/en/admin/requests"));
    EXPECT_FALSE(Contains(page.body, "Retention"));
    EXPECT_NE(visitor.Get("/en/admin").status, 200);
}

}  // namespace
}  // namespace ejob::testing
