// Contacts that cannot be harvested, through the real server: never in a page; the first reveals free; then a
// signed, single-use challenge (a proof of work for the script, a wait without it); each quota trips at its
// configured figure and ends with its window; owners see how many times their contacts were shown.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>

#include "domain/antiscrape/reveal_guard.hpp"
#include "security/sodium.hpp"
#include "support/test_site.hpp"

namespace ejob::testing {
namespace {

using domain::kMinute;
using domain::kSecond;
const Form kJson = {{"Accept", "application/json"}};

bool Contains(const std::string& s, const std::string& part) {
    return s.find(part) != std::string::npos;
}

// A site whose [reveal] section is `policy`, with one published vacancy; `path` is its contacts URL.
struct RevealSite {
    explicit RevealSite(domain::RevealPolicy policy)
        : site([policy](app::Config& c) { c.reveal = policy; }), owner(site.NewClient()), admin(site.NewClient()) {
        token = site.SubmitVacancy(owner, fixtures::VacancyForm());
        id = site.IdOfToken(token);
        site.SignInAdmin(admin);
        site.Approve(admin, id);
        path = "/en/vacancies/" + std::to_string(id) + "/contacts";
    }
    TestSite site;
    Client owner, admin;
    std::string token, path;
    std::int64_t id = 0;
};

domain::RevealPolicy Open() {
    domain::RevealPolicy p;
    p.per_ip = p.per_subnet = p.per_session = p.per_account = {1000, 10 * kMinute};
    p.free_reveals = 1000;
    return p;
}

std::string Solve(const std::string& challenge, int difficulty) {
    security::SodiumDigest digest;
    for (int n = 0;; ++n)
        if (domain::RevealGuard::Solves(digest, challenge, std::to_string(n), difficulty)) return std::to_string(n);
}

TEST(Reveal, ContactsAreInNoPageAndTheFirstRevealsNeedNoChallenge) {
    RevealSite s(domain::RevealPolicy{});
    Client visitor = s.site.NewClient();
    auto page = visitor.Get("/en/vacancies/" + std::to_string(s.id) + "-muhendis-mexanik");
    ASSERT_EQ(page.status, 200);
    for (const std::string& url : {page.body, visitor.Get("/en/vacancies").body, visitor.Get("/en/feed.xml").body,
                                   visitor.Get("/sitemap.xml").body}) {
        EXPECT_FALSE(Contains(url, "555 12 34"));
        EXPECT_FALSE(Contains(url, "hr@xezer-tikinti.az"));
    }
    EXPECT_FALSE(Contains(page.body, "name=\"challenge\"")) << "the cached page carries no token to replay";
    auto html = visitor.Post(s.path, {});
    EXPECT_EQ(html.status, 200);
    EXPECT_TRUE(Contains(html.body, "+994 50 555 12 34"));
    auto json = visitor.Post(s.path, {}, kJson);
    EXPECT_EQ(json.status, 200);
    EXPECT_TRUE(Contains(json.body, "hr@xezer-tikinti.az"));
}

TEST(Reveal, PastTheFreeRevealsAProofOfWorkIsAskedAndIsGoodOnce) {
    auto policy = Open();
    policy.free_reveals = 1;
    policy.base_difficulty = 10;
    policy.per_ip = {4, 10 * kMinute};
    RevealSite s(policy);
    Client visitor = s.site.NewClient();
    ASSERT_EQ(visitor.Post(s.path, {}, kJson).status, 200);  // 1 of 4

    auto asked = visitor.Post(s.path, {}, kJson);
    ASSERT_EQ(asked.status, 202) << asked.body;
    auto challenge = nlohmann::json::parse(asked.body);
    const std::string token = challenge["challenge"];
    EXPECT_EQ(challenge["difficulty"], 10);
    EXPECT_FALSE(Contains(asked.body, "555 12 34"));
    const std::string answer = Solve(token, 10);

    // Forged, for another publication, or without the work: refused, and nothing counted.
    std::string forged = token;
    forged[forged.find('.') + 1] = '0';
    EXPECT_EQ(visitor.Post(s.path, {{"challenge", forged}, {"solution", answer}}, kJson).status, 403);
    std::string other = s.site.SubmitVacancy(s.owner, fixtures::VacancyForm("Elektrik", "Gəncə Enerji"));
    s.site.Approve(s.admin, s.site.IdOfToken(other));
    EXPECT_EQ(visitor
                  .Post("/en/vacancies/" + std::to_string(s.site.IdOfToken(other)) + "/contacts",
                        {{"challenge", token}, {"solution", answer}}, kJson)
                  .status,
              403);

    auto shown = visitor.Post(s.path, {{"challenge", token}, {"solution", answer}}, kJson);
    EXPECT_EQ(shown.status, 200);  // 2 of 4
    EXPECT_TRUE(Contains(shown.body, "hr@xezer-tikinti.az"));
    for (int i = 0; i < 3; ++i) {
        auto replay = visitor.Post(s.path, {{"challenge", token}, {"solution", answer}}, kJson);
        EXPECT_EQ(replay.status, 409) << "a replayed answer";
        EXPECT_FALSE(Contains(replay.body, "555 12 34"));
    }
    // The replays counted in no quota: two more reveals are left.
    for (int i = 0; i < 2; ++i) {
        auto c = nlohmann::json::parse(visitor.Post(s.path, {}, kJson).body);
        std::string t = c["challenge"];
        EXPECT_EQ(visitor.Post(s.path, {{"challenge", t}, {"solution", Solve(t, c["difficulty"])}}, kJson).status, 200);
    }
    EXPECT_EQ(visitor.Post(s.path, {}, kJson).status, 429);

    // An answer that comes after the challenge expired gets a new challenge.
    RevealSite late(policy);
    Client slow = late.site.NewClient();
    slow.Post(late.path, {}, kJson);
    auto c = nlohmann::json::parse(slow.Post(late.path, {}, kJson).body);
    late.site.clock().Advance(policy.challenge_lifetime + kSecond);
    std::string t = c["challenge"];
    EXPECT_EQ(slow.Post(late.path, {{"challenge", t}, {"solution", Solve(t, 10)}}, kJson).status, 202);
}

TEST(Reveal, WithoutJavaScriptTheChallengeIsAShortWait) {
    auto policy = Open();
    policy.free_reveals = 0;
    policy.base_wait = 3 * kSecond;
    RevealSite s(policy);
    Client visitor = s.site.NewClient();
    auto wait = visitor.Post(s.path, {});
    ASSERT_EQ(wait.status, 200);
    EXPECT_FALSE(Contains(wait.body, "555 12 34"));
    EXPECT_TRUE(Contains(wait.body, "please wait 3 seconds")) << wait.body.substr(0, 3000);
    Form form = FormFields(wait.body, "/contacts");
    ASSERT_FALSE(InputValue(wait.body, "challenge").empty());

    auto early = visitor.Post(s.path, form);
    EXPECT_TRUE(Contains(early.body, "A few more seconds"));
    EXPECT_FALSE(Contains(early.body, "555 12 34"));
    s.site.clock().Advance(3 * kSecond);
    auto shown = visitor.Post(s.path, form);
    EXPECT_EQ(shown.status, 200);
    EXPECT_TRUE(Contains(shown.body, "+994 50 555 12 34"));
    EXPECT_EQ(visitor.Post(s.path, form).status, 409) << "the same form again";
}

TEST(Reveal, EachQuotaTripsAtItsFigureAndEndsWithItsWindow) {
    // Per address: 3 in 10 minutes; a 429 says when to try again.
    {
        auto policy = Open();
        policy.per_ip = {3, 10 * kMinute};
        RevealSite s(policy);
        Client visitor = s.site.NewClient();
        for (int i = 0; i < 3; ++i) ASSERT_EQ(visitor.Post(s.path, {}).status, 200) << i;
        auto over = visitor.Post(s.path, {});
        EXPECT_EQ(over.status, 429);
        EXPECT_FALSE(Contains(over.body, "555 12 34"));
        EXPECT_TRUE(Contains(over.body, "You can ask again in"));
        const int retry = std::stoi(over.Header("retry-after"));
        EXPECT_GT(retry, 0);
        EXPECT_LE(retry, 600);
        auto json = visitor.Post(s.path, {}, kJson);
        EXPECT_EQ(json.status, 429);
        EXPECT_TRUE(Contains(nlohmann::json::parse(json.body)["error"].get<std::string>(), "You can ask again in"));
        Client other = s.site.NewClient();
        other.from_address = "127.0.0.2";
        EXPECT_EQ(other.Post(s.path, {}).status, 200) << "another address has its own quota";
        s.site.clock().Advance(retry * kSecond);
        EXPECT_EQ(visitor.Post(s.path, {}).status, 200) << "a new window";
    }
    // Per network (/24): 4, whatever the address in it.
    {
        auto policy = Open();
        policy.per_subnet = {4, 10 * kMinute};
        RevealSite s(policy);
        for (const char* from : {"127.0.0.3", "127.0.0.4", "127.0.0.5", "127.0.0.6"}) {
            Client c = s.site.NewClient();
            c.from_address = from;
            ASSERT_EQ(c.Post(s.path, {}).status, 200) << from;
        }
        Client next = s.site.NewClient();
        next.from_address = "127.0.0.7";
        EXPECT_EQ(next.Post(s.path, {}).status, 429);
    }
    // Per browser session: 2, even from another address.
    {
        auto policy = Open();
        policy.per_session = {2, 10 * kMinute};
        RevealSite s(policy);
        Client visitor = s.site.NewClient();
        visitor.Get("/en/account/login");  // a page with a form gives the browser its session's cookie
        ASSERT_FALSE(visitor.cookies.empty());
        ASSERT_EQ(visitor.Post(s.path, {}).status, 200);
        visitor.from_address = "127.0.0.8";
        ASSERT_EQ(visitor.Post(s.path, {}).status, 200);
        visitor.from_address = "127.0.0.9";
        EXPECT_EQ(visitor.Post(s.path, {}).status, 429);
    }
    // Signed in: per account, more than an anonymous address gets.
    {
        auto policy = Open();
        policy.per_ip = {2, 10 * kMinute};
        policy.per_account = {4, 10 * kMinute};
        RevealSite s(policy);
        Client member = s.site.NewClient();
        member.from_address = "127.0.0.10";
        s.site.RegisterAndSignIn(member, "reader@example.az");
        for (int i = 0; i < 4; ++i) ASSERT_EQ(member.Post(s.path, {}).status, 200) << i;
        EXPECT_EQ(member.Post(s.path, {}).status, 429);
    }
}

TEST(Reveal, OwnersSeeHowManyTimesTheirContactsWereShownPerDay) {
    RevealSite s(Open());
    Client visitor = s.site.NewClient();
    for (int i = 0; i < 3; ++i) ASSERT_EQ(visitor.Post(s.path, {}).status, 200);
    auto manage = s.owner.Get("/en/manage/" + s.token);
    std::smatch m;
    ASSERT_TRUE(std::regex_search(manage.body, m, std::regex("class=\"reveal-total\">([0-9]+)<")));
    EXPECT_EQ(m[1], "3");
    EXPECT_TRUE(Contains(manage.body, "class=\"table reveal-log\""));
    const auto table = manage.body.substr(manage.body.find("reveal-log"));
    EXPECT_FALSE(Contains(table.substr(0, table.find("</table>")), "127.0.0.1")) << "never who asked";
}

}  // namespace
}  // namespace ejob::testing
