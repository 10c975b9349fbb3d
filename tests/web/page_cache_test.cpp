// The page cache through the real server: one entry per page a visitor can actually get, whatever a crawler adds
// to the URL; a page is kept from its second request on; errors never kept.
#include <gtest/gtest.h>

#include "support/test_site.hpp"
#include "web/page_cache.hpp"

namespace ejob::testing {
namespace {

class PageCacheKeys : public ::testing::Test {
  protected:
    void SetUp() override {
        site.SignInAdmin(admin);
        site.Approve(admin, site.IdOfToken(site.SubmitVacancy(visitor, fixtures::VacancyForm("Mühəndis-mexanik"))));
        site.Approve(admin, site.IdOfToken(site.SubmitVacancy(visitor, fixtures::VacancyForm("Satış məsləhətçisi"))));
    }
    size_t Entries() { return site.site().page_cache().entries(); }

    TestSite site;
    Client visitor = site.NewClient();
    Client admin = site.NewClient();
    Client crawler = site.NewClient();  // no cookies at all
};

TEST_F(PageCacheKeys, ParametersThePageDoesNotReadNeitherBypassNorFillTheCache) {
    const size_t before = Entries();
    crawler.Get("/vacancies?q=mexanik&city=baku");
    EXPECT_EQ(Entries(), before) << "a page asked for once is not kept";
    auto first = crawler.Get("/vacancies?q=mexanik&city=baku");
    ASSERT_EQ(first.status, 200);
    ASSERT_NE(first.Header("etag"), "");
    const size_t after_first = Entries();
    EXPECT_EQ(after_first, before + 1) << "asked for again, it is kept";
    for (const char* variant : {"/vacancies?q=mexanik&city=baku&x=1", "/vacancies?x=2&city=baku&q=mexanik",
                                "/vacancies?utm_source=spam&q=mexanik&city=baku&page=",
                                "/vacancies?city=baku&q=mexanik", "/vacancies?q=mexanik&q=other&city=baku"}) {
        auto r = crawler.Get(variant);
        EXPECT_EQ(r.status, 200) << variant;
        EXPECT_EQ(r.Header("etag"), first.Header("etag")) << variant;
        EXPECT_EQ(r.body, first.body) << variant;
        // Nothing of the junk reaches the page (e.g. its language links).
        EXPECT_FALSE(Contains(r.body, "utm_source")) << variant;
        EXPECT_FALSE(Contains(r.body, "x=2")) << variant;
    }
    EXPECT_EQ(Entries(), after_first);

    // A parameter the page reads is a different page.
    crawler.Get("/vacancies?q=satis&city=baku");
    auto sales = crawler.Get("/vacancies?q=satis&city=baku");
    EXPECT_EQ(sales.status, 200);
    EXPECT_TRUE(Contains(sales.body, "məsləhətçisi"));  // "Satış" is highlighted
    EXPECT_FALSE(Contains(sales.body, "Mühəndis-mexanik"));
    EXPECT_EQ(Entries(), after_first + 1);
}

TEST_F(PageCacheKeys, DetailAndSearchPagesIgnoreForeignParametersToo) {
    crawler.Get("/en/search?q=mexanik");
    auto search = crawler.Get("/en/search?q=mexanik");
    ASSERT_EQ(search.status, 200);
    const size_t entries = Entries();
    for (int i = 0; i < 20; ++i) EXPECT_EQ(crawler.Get("/en/search?q=mexanik&n=" + std::to_string(i)).status, 200);
    EXPECT_EQ(Entries(), entries);
    EXPECT_EQ(crawler.Get("/en/search?q=mexanik&kind=resume").status, 200);
    EXPECT_EQ(crawler.Get("/en/search?q=mexanik&kind=resume").status, 200);
    EXPECT_EQ(Entries(), entries + 1);
}

TEST_F(PageCacheKeys, NotFoundPagesAreNotKept) {
    crawler.Get("/");
    const size_t entries = Entries();
    for (int i = 0; i < 10; ++i) {
        auto r = crawler.Get("/vacancies/" + std::to_string(900000 + i) + "-nothing");
        EXPECT_EQ(r.status, 404);
        EXPECT_EQ(r.Header("etag"), "");
        EXPECT_EQ(r.Header("cache-control"), "private, no-store");
    }
    EXPECT_EQ(Entries(), entries);
}

}  // namespace
}  // namespace ejob::testing
