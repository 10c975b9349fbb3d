// Crawlers trapped and throttled, through the real server: the honeypot link is in every page but hidden, robots.txt
// disallows it, and an address that follows it is marked (the hardest reveal challenge, a small list budget); list
// and search pages have a budget per address (429 with Retry-After, page-cache hits counted, another address
// unaffected, a new window starts afresh); lists go at most `max_page` pages deep.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/test_site.hpp"

namespace ejob::testing {
namespace {

using domain::kMinute;

bool Contains(const std::string& s, const std::string& part) {
    return s.find(part) != std::string::npos;
}

Client From(TestSite& site, const char* address) {
    Client c = site.NewClient();
    c.from_address = address;
    return c;
}

TEST(Crawlers, TheHoneypotIsInEveryPageHiddenAndDisallowed) {
    TestSite site;
    Client visitor = site.NewClient();
    const auto robots = visitor.Get("/robots.txt").body;
    for (const char* path :
         {"Disallow: /all-listings\n", "Disallow: /ru/all-listings\n", "Disallow: /en/all-listings\n"})
        EXPECT_TRUE(Contains(robots, path)) << path;
    for (const char* page : {"/", "/en/vacancies", "/ru/search?q=m%C3%BChendis", "/en/rules", "/account/login"}) {
        auto body = visitor.Get(page).body;
        const std::string lang = std::string(page).starts_with("/en")   ? "/en"
                                 : std::string(page).starts_with("/ru") ? "/ru"
                                                                        : "";
        EXPECT_TRUE(Contains(body, "<a href=\"" + lang +
                                       "/all-listings\" class=\"hp\" aria-hidden=\"true\" tabindex=\"-1\" "
                                       "rel=\"nofollow\">"))
            << page;
    }
    // The page it leads to is plain, and kept out of indexes.
    auto trap = visitor.Get("/en/all-listings");
    EXPECT_EQ(trap.status, 200);
    EXPECT_TRUE(Contains(trap.body, "Nothing here"));
    EXPECT_TRUE(Contains(trap.body, "name=\"robots\" content=\"noindex\""));
}

TEST(Crawlers, AnAddressThatFollowsTheHoneypotGetsTheHardestChallengeAndASmallBudget) {
    TestSite site([](app::Config& c) {
        c.crawlers.trapped_requests_per_window = 3;
        c.reveal.base_difficulty = 8;
        c.reveal.max_difficulty = 20;
    });
    Client owner = site.NewClient(), admin = site.NewClient();
    const auto id = site.IdOfToken(site.SubmitVacancy(owner, fixtures::VacancyForm()));
    site.SignInAdmin(admin);
    site.Approve(admin, id);
    const std::string reveal = "/en/vacancies/" + std::to_string(id) + "/contacts";
    const Form json = {{"Accept", "application/json"}};

    Client person = From(site, "127.0.0.2"), robot = From(site, "127.0.0.3");
    EXPECT_EQ(person.Post(reveal, {}, json).status, 200) << "the first reveals are free";
    EXPECT_EQ(robot.Get("/en/all-listings").status, 200);
    auto asked = robot.Post(reveal, {}, json);
    ASSERT_EQ(asked.status, 202) << "a marked address gets a challenge at once";
    EXPECT_EQ(nlohmann::json::parse(asked.body)["difficulty"], 20) << "the hardest";
    EXPECT_EQ(person.Post(reveal, {}, json).status, 200) << "another address is not marked";

    // Its list budget is the trapped one (the mark is read at the first list page of each window).
    for (int i = 0; i < 3; ++i) EXPECT_EQ(robot.Get("/en/vacancies?page=1").status, 200) << i;
    auto refused = robot.Get("/en/vacancies");
    EXPECT_EQ(refused.status, 429);
    EXPECT_FALSE(refused.Header("retry-after").empty());
    for (int i = 0; i < 10; ++i) EXPECT_EQ(person.Get("/en/vacancies").status, 200) << i;

    // The mark lasts at least trap_hours (24), on every node: another node sees it too.
    site.clock().Advance(23 * domain::kHour);
    auto node = site.StartAnotherNode();
    Client robot_b(node->port());
    robot_b.from_address = "127.0.0.3";
    auto again = robot_b.Post(reveal, {}, json);
    ASSERT_EQ(again.status, 202);
    EXPECT_EQ(nlohmann::json::parse(again.body)["difficulty"], 20);
    // …and ends within twice that.
    site.clock().Advance(26 * domain::kHour);
    EXPECT_EQ(robot.Post(reveal, {}, json).status, 200);
}

TEST(Crawlers, TheListBudgetTripsAtItsFigureCountsCachedPagesAndEndsWithItsWindow) {
    TestSite site([](app::Config& c) {
        c.crawlers.requests_per_window = 8;
        c.crawlers.window = 10 * kMinute;
    });
    // Align the clock to the start of a window, so that the test's own steps stay in it.
    site.clock().Set(site.clock().Now() - site.clock().Now() % (10 * kMinute) + kMinute);
    Client crawler = From(site, "127.0.0.2");
    // The same list page again and again is served from the page cache from its second request on: it counts all
    // the same. The lists of every kind and the search share the budget; other pages are not counted.
    const char* pages[] = {"/en/vacancies", "/en/vacancies",  "/en/vacancies",  "/resumes",
                           "/ru/services",  "/en/search?q=x", "/en/search?q=x", "/en/vacancies?city=baku"};
    for (const char* p : pages) ASSERT_EQ(crawler.Get(p).status, 200) << p;
    EXPECT_EQ(crawler.Get("/en/rules").status, 200) << "not a list: not counted";
    EXPECT_EQ(crawler.Get("/").status, 200);
    auto refused = crawler.Get("/en/vacancies");
    EXPECT_EQ(refused.status, 429);
    EXPECT_EQ(refused.Header("retry-after"), std::to_string(9 * 60)) << "until the window ends";
    EXPECT_TRUE(Contains(refused.body, "Too many pages were asked for from your address"));
    EXPECT_TRUE(Contains(crawler.Get("/ru/search?q=x").body, "<h1>"));
    EXPECT_EQ(crawler.Get("/ru/search?q=x").status, 429) << "search too, in any language";

    Client other = From(site, "127.0.0.3");
    EXPECT_EQ(other.Get("/en/vacancies").status, 200) << "another address has its own budget";

    site.clock().Advance(9 * kMinute);
    EXPECT_EQ(crawler.Get("/en/vacancies").status, 200) << "a new window";
}

TEST(Crawlers, PeopleBrowsingWithTheDefaultsNeverMeetTheBudget) {
    TestSite site;
    Client person = site.NewClient();
    for (int i = 0; i < 300; ++i) {
        const std::string page = i % 3 == 0 ? "/en/vacancies" : i % 3 == 1 ? "/resumes?city=baku" : "/search?q=a";
        ASSERT_EQ(person.Get(page).status, 200) << i;
    }
}

TEST(Crawlers, ListsGoAtMostMaxPageDeepThenAskToNarrowTheFilters) {
    TestSite site([](app::Config& c) { c.crawlers.max_page = 2; });
    Client owner = site.NewClient(), admin = site.NewClient(), visitor = site.NewClient();
    const auto first = site.IdOfToken(site.SubmitVacancy(owner, fixtures::VacancyForm()));
    site.SignInAdmin(admin);
    site.Approve(admin, first);
    // 60 more vacancies (3 pages of 20), straight through the service.
    auto& vacancies = site.site().vacancies();
    const auto draft = domain::VacancyKind::ToDraft(*vacancies.ForModeration(first)->live);
    for (int i = 0; i < 60; ++i) {
        auto submitted = vacancies.Submit(draft);
        ASSERT_TRUE(submitted.ok());
        ASSERT_TRUE(vacancies.Approve(0, submitted->id, draft).ok());
    }

    auto second = visitor.Get("/en/vacancies?city=baku&page=2");
    ASSERT_EQ(second.status, 200);
    EXPECT_TRUE(Contains(second.body, "aria-current=\"page\">2</span>"));
    EXPECT_FALSE(Contains(second.body, "page=3")) << "no link past the deepest page";
    EXPECT_TRUE(Contains(second.body, "Only the first 2 pages are shown"));

    for (const char* deep : {"/en/vacancies?city=baku&page=3", "/en/search?q=m%C3%BChendis&page=3",
                             "/en/resumes?page=51", "/en/services?page=99999999999999999999"}) {
        auto r = visitor.Get(deep);
        EXPECT_EQ(r.status, 404) << deep;
        EXPECT_TRUE(Contains(r.body, "Narrow the filters")) << deep;
        EXPECT_TRUE(Contains(r.body, "Only the first 2 pages of results are shown")) << deep;
        EXPECT_TRUE(Contains(r.body, "name=\"robots\" content=\"noindex\"")) << deep;
    }
    EXPECT_TRUE(Contains(visitor.Get("/en/vacancies?city=baku&page=3").body,
                         "href=\"/en/vacancies?city=baku\">Back to the first page"));
}

}  // namespace
}  // namespace ejob::testing
