// The sitemap and the RSS feed: only what is public, each publication under every language, text escaped.
#include <gtest/gtest.h>

#include "support/test_site.hpp"

namespace ejob::testing {
namespace {

class Feeds : public ::testing::Test {
  protected:
    TestSite site;
    Client visitor = site.NewClient();
    Client admin = site.NewClient();
};

size_t Count(const std::string& hay, const std::string& needle) {
    size_t n = 0;
    for (size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) ++n;
    return n;
}

TEST_F(Feeds, SitemapListsEveryPublishedKindInEveryLanguageWithItsAlternates) {
    std::int64_t vacancy = site.IdOfToken(site.SubmitVacancy(visitor, fixtures::VacancyForm("Baş mühasib")));
    std::int64_t resume = site.IdOfToken(site.Submit(visitor, "/resumes", fixtures::ResumeForm("Kassir")));
    std::int64_t service = site.IdOfToken(site.Submit(visitor, "/services", fixtures::ServiceForm("Kondisioner")));
    std::int64_t pending = site.IdOfToken(site.Submit(visitor, "/services", fixtures::ServiceForm("Saat təmiri")));
    site.SignInAdmin(admin);
    for (std::int64_t id : {vacancy, resume, service}) site.Approve(admin, id);

    auto r = visitor.Get("/sitemap.xml");
    ASSERT_EQ(r.status, 200);
    EXPECT_TRUE(Contains(r.Header("content-type"), "application/xml"));
    // Each publication: a <loc> in az, ru and en, each with the three alternates: 3 × (1 + 3) mentions.
    for (const std::string& path :
         {"/vacancies/" + std::to_string(vacancy) + "-", "/resumes/" + std::to_string(resume) + "-",
          "/services/" + std::to_string(service) + "-"}) {
        EXPECT_EQ(Count(r.body, path), 12u) << path;
        EXPECT_TRUE(Contains(r.body, "/ru" + path)) << path;
        EXPECT_TRUE(Contains(r.body, "hreflang=\"en\" href=\"")) << path;
    }
    EXPECT_EQ(Count(r.body, "<lastmod>"), 9u) << "the dated entries are the three publications in three languages";
    EXPECT_FALSE(Contains(r.body, "/services/" + std::to_string(pending) + "-")) << "a pending ad is not listed";
    EXPECT_EQ(Count(r.body, "<url>"), 4u * 3 + 9)
        << "home and the three lists in three languages, and the publications";
}

TEST_F(Feeds, FeedIsInItsLanguageAndEscapesTheText) {
    std::int64_t id = site.IdOfToken(site.SubmitVacancy(visitor, fixtures::VacancyForm("Satıcı & kassir")));
    site.SignInAdmin(admin);
    site.Approve(admin, id);

    auto ru = visitor.Get("/ru/feed.xml");
    ASSERT_EQ(ru.status, 200);
    EXPECT_TRUE(Contains(ru.Header("content-type"), "application/rss+xml"));
    EXPECT_TRUE(Contains(ru.body, "<language>ru</language>"));
    EXPECT_TRUE(Contains(ru.body, "Satıcı &amp; kassir"));
    EXPECT_FALSE(Contains(ru.body, "Satıcı & kassir"));
    EXPECT_TRUE(Contains(ru.body, "/ru/vacancies/" + std::to_string(id) + "-"));
    EXPECT_TRUE(Contains(ru.body, "<pubDate>")) << "items carry their publication date";

    auto az = visitor.Get("/feed.xml");
    EXPECT_TRUE(Contains(az.body, "<language>az</language>"));
    EXPECT_FALSE(Contains(az.body, "/ru/vacancies/")) << "the Azerbaijani feed links the Azerbaijani pages";
}

}  // namespace
}  // namespace ejob::testing
