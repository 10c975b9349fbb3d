// Two app servers on one database (as behind nginx): a change made through one is visible through the other at
// once, although both keep a page cache; sessions and CSRF work on either node.
#include <gtest/gtest.h>

#include <thread>

#include "support/test_site.hpp"

namespace ejob::testing {
namespace {

TEST(Nodes, AChangeOnOneNodeClearsTheOtherNodesPageCache) {
    TestSite site;
    app::Config config = site.site().config();
    config.port = 0;
    config.base_url.clear();
    app::Site second(config);
    second.Start();
    Client on_a = site.NewClient();
    Client on_b(second.port());
    Client admin = site.NewClient();

    EXPECT_FALSE(Contains(on_b.Get("/en/vacancies").body, "Node test vacancy"));  // now cached on B
    site.SignInAdmin(admin);
    const std::int64_t id = site.IdOfToken(site.SubmitVacancy(on_a, fixtures::VacancyForm("Node test vacancy")));
    site.Approve(admin, id);

    bool seen = false;
    for (int i = 0; i < 20 && !seen; ++i) {  // at most 2 s; the nodes poll every 200 ms
        seen = Contains(on_b.Get("/en/vacancies").body, "Node test vacancy");
        if (!seen) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    EXPECT_TRUE(seen) << "node B still serves its old page";
    // B's lists in memory followed the change feed: its search finds the vacancy too.
    const std::string link = "/vacancies/" + std::to_string(id) + "-";
    EXPECT_TRUE(Contains(on_b.Get("/en/search?q=node+test").body, link));

    // Deleted on A: gone from B's lists and search within a tick.
    auto review = admin.Get("/en/admin/publications/" + std::to_string(id));
    ASSERT_EQ(
        admin.Post("/en/admin/publications/" + std::to_string(id) + "/delete", {{"_csrf", CsrfToken(review.body)}})
            .status,
        303);
    bool gone = false;
    for (int i = 0; i < 20 && !gone; ++i) {
        gone = !Contains(on_b.Get("/en/search?q=node+test").body, link);
        if (!gone) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    EXPECT_TRUE(gone) << "node B still finds the deleted vacancy";

    // A session started on A is valid on B, and a form from A can be sent to B.
    Client roaming = site.NewClient();
    site.SignInAdmin(roaming);
    Client same_on_b(second.port());
    same_on_b.cookies = roaming.cookies;
    EXPECT_EQ(same_on_b.Get("/en/admin/moderation").status, 200);
    auto form = roaming.Get("/en/vacancies/new");
    auto sent = same_on_b.Post("/en/vacancies/new", fixtures::With(fixtures::VacancyForm("Sent to the other node"),
                                                                   "_csrf", CsrfToken(form.body)));
    EXPECT_EQ(sent.status, 303);
    second.Stop();
}

}  // namespace
}  // namespace ejob::testing
