// Two app servers on one database (as behind nginx): a change made through one is visible through the other at
// once, although both keep a page cache and a cache of published items; sessions and CSRF work on either node.
#include <gtest/gtest.h>

#include <thread>

#include "support/test_site.hpp"

namespace ejob::testing {
namespace {

// The number a detail page shows under "Views".
long ViewsShown(const std::string& html) {
    const std::string label = "<dt>Views</dt><dd>";
    auto at = html.find(label);
    return at == std::string::npos ? -1 : std::strtol(html.c_str() + at + label.size(), nullptr, 10);
}

TEST(Nodes, AChangeOnOneNodeClearsTheOtherNodesPageCache) {
    TestSite site;
    auto second = site.StartAnotherNode();
    Client on_a = site.NewClient();
    Client on_b(second->port());
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
    Client same_on_b(second->port());
    same_on_b.cookies = roaming.cookies;
    EXPECT_EQ(same_on_b.Get("/en/admin/moderation").status, 200);
    auto form = roaming.Get("/en/vacancies/new");
    auto sent = same_on_b.Post("/en/vacancies/new", fixtures::With(fixtures::VacancyForm("Sent to the other node"),
                                                                   "_csrf", CsrfToken(form.body)));
    EXPECT_EQ(sent.status, 303);
    second->Stop();
}

// Node B keeps the published items its detail pages showed; what happens to one on node A reaches B's detail pages
// and contact reveals within a tick. B's page cache is off, so only its item cache could be stale.
TEST(Nodes, DetailPagesOnTheOtherNodeFollowEditsStopsAndDeletions) {
    TestSite site;
    auto second = site.StartAnotherNode(0);
    Client owner = site.NewClient(), admin = site.NewClient();
    Client on_b(second->port());
    site.RegisterAndSignIn(owner, "owner@example.az");
    site.SignInAdmin(admin);
    const std::int64_t id = site.IdOfToken(site.Submit(owner, "/vacancies", fixtures::VacancyForm("Qaynaqçı")));
    site.Approve(admin, id);
    const std::string by_id = "/en/vacancies/" + std::to_string(id);
    const std::string base = "/en/account/publications/" + std::to_string(id);

    const std::string url = on_b.Get(by_id).Header("location");
    ASSERT_FALSE(url.empty());
    auto first = on_b.Get(url);
    ASSERT_EQ(first.status, 200);
    EXPECT_TRUE(Contains(first.body, "Qaynaqçı"));
    // Views counted on B show on B's next page at once (the item is in B's cache now).
    EXPECT_EQ(ViewsShown(on_b.Get(url).body), ViewsShown(first.body) + 1);

    // An approved edit: B's detail page shows the new text under the new address.
    auto edit = owner.Get(base + "/edit");
    ASSERT_EQ(owner
                  .Post(base + "/edit",
                        fixtures::With(fixtures::VacancyForm("Qaynaqçı-montajçı"), "_csrf", CsrfToken(edit.body)))
                  .status,
              303);
    EXPECT_TRUE(Contains(on_b.Get(url).body, "Qaynaqçı")) << "the approved text stays public while the edit waits";
    site.Approve(admin, id);
    std::string edited_url;
    EXPECT_TRUE(Eventually([&] {
        edited_url = on_b.Get(by_id).Header("location");
        return Contains(edited_url, "qaynaqci-montajci");
    })) << "node B still leads to the old text";
    EXPECT_TRUE(Contains(on_b.Get(edited_url).body, "Qaynaqçı-montajçı"));
    EXPECT_EQ(on_b.Get(url).status, 301) << "the old address leads to the new one";

    // Stopped on A: gone from B's detail page and its contact reveal; resumed: back.
    auto mine = owner.Get("/en/account");
    ASSERT_EQ(owner.Post(base + "/stop", {{"_csrf", CsrfToken(mine.body)}}).status, 303);
    EXPECT_TRUE(Eventually([&] { return on_b.Get(edited_url).status == 404; })) << "node B still shows it";
    auto reveal = on_b.Post(by_id + "/contacts", {{"_csrf", CsrfToken(first.body)}, {"token", "x"}});
    EXPECT_EQ(reveal.status, 404);
    ASSERT_EQ(owner.Post(base + "/resume", {{"_csrf", CsrfToken(mine.body)}}).status, 303);
    EXPECT_TRUE(Eventually([&] { return on_b.Get(edited_url).status == 200; })) << "node B does not show it again";

    // Deleted on A: B answers 404.
    auto review = admin.Get("/en/admin/publications/" + std::to_string(id));
    ASSERT_EQ(
        admin.Post("/en/admin/publications/" + std::to_string(id) + "/delete", {{"_csrf", CsrfToken(review.body)}})
            .status,
        303);
    EXPECT_TRUE(Eventually([&] { return on_b.Get(edited_url).status == 404; })) << "node B still shows it";
    second->Stop();
}

}  // namespace
}  // namespace ejob::testing
