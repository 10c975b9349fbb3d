// Every page in every language, static files, health checks.
#include <gtest/gtest.h>

#include <regex>

#include "support/test_site.hpp"

namespace ejob::testing {
namespace {

TEST(Pages, EveryPageRendersInAllThreeLanguages) {
    TestSite site;
    Client visitor = site.NewClient();
    Client admin = site.NewClient();
    std::string token = site.SubmitVacancy(visitor, fixtures::VacancyForm());
    std::int64_t id = site.IdOfToken(token);
    site.SignInAdmin(admin);
    site.Approve(admin, id);
    std::string detail = "/vacancies/" + std::to_string(id) + "-muhendis-mexanik";
    const std::vector<std::string> pages = {"/",           "/vacancies",         "/vacancies?category=industry",
                                            detail,        "/vacancies/new",     "/search?q=muhendis",
                                            "/search",     "/search?q=qwertyzz", "/rules",
                                            "/privacy",    "/manage/" + token,   "/manage/" + token + "/edit",
                                            "/admin/login"};
    const std::vector<std::pair<std::string, std::string>> langs = {{"", "az"}, {"/ru", "ru"}, {"/en", "en"}};
    std::map<std::string, std::string> titles;
    for (const auto& [prefix, code] : langs) {
        for (const auto& p : pages) {
            auto r = visitor.Get(prefix + p);
            ASSERT_EQ(r.status, 200) << prefix + p;
            EXPECT_TRUE(Contains(r.body, "<html lang=\"" + code + "\">")) << prefix + p;
            EXPECT_TRUE(Contains(r.body, "hreflang=\"az\"")) << prefix + p;
            EXPECT_TRUE(Contains(r.body, "hreflang=\"ru\"")) << prefix + p;
            EXPECT_TRUE(Contains(r.body, "hreflang=\"en\"")) << prefix + p;
        }
        auto q = admin.Get(prefix + "/admin/moderation");
        EXPECT_EQ(q.status, 200);
        titles[code] = visitor.Get(prefix + "/vacancies").body;
    }
    // The navigation is really translated.
    EXPECT_TRUE(Contains(titles["en"], ">Vacancies<"));
    EXPECT_TRUE(Contains(titles["az"], ">Vakansiyalar<"));
    EXPECT_TRUE(Contains(titles["ru"], ">Вакансии<"));
    // The language switcher keeps the page and its query.
    auto r = visitor.Get("/ru/vacancies?category=it");
    EXPECT_TRUE(Contains(r.body, "href=\"/en/vacancies?category=it\""));
    EXPECT_TRUE(Contains(r.body, "href=\"/vacancies?category=it\""));
}

TEST(Pages, AmountsDatesAndPluralsFollowTheLanguage) {
    TestSite site;
    Client visitor = site.NewClient();
    Client admin = site.NewClient();
    site.SignInAdmin(admin);
    for (int i = 0; i < 2; ++i) {
        auto form = fixtures::With(fixtures::VacancyForm("Mühasib " + std::to_string(i)), "salary_min", "12500");
        form = fixtures::With(form, "salary_max", "13000");
        site.Approve(admin, site.IdOfToken(site.SubmitVacancy(visitor, form)));
    }
    auto en = visitor.Get("/en/vacancies").body;
    EXPECT_TRUE(Contains(en, "12,500–13,000")) << "English thousands separator";
    EXPECT_TRUE(Contains(en, "2 vacancies found"));
    auto ru = visitor.Get("/ru/vacancies").body;
    EXPECT_TRUE(Contains(ru, "12\u00a0500–13\u00a0000"));
    EXPECT_TRUE(Contains(ru, "Найдено 2 вакансии") || Contains(ru, "2 вакансии"));
}

TEST(Pages, StaticFilesAreFingerprintedAndCachedForAYear) {
    TestSite site;
    Client visitor = site.NewClient();
    auto home = visitor.Get("/");
    std::smatch m;
    std::string body = home.body;
    ASSERT_TRUE(std::regex_search(body, m, std::regex("/static/css/site\\.[0-9a-f]{8}\\.css")));
    auto css = visitor.Get(m[0]);
    EXPECT_EQ(css.status, 200);
    EXPECT_EQ(css.Header("content-type"), "text/css; charset=utf-8");
    EXPECT_TRUE(Contains(css.Header("cache-control"), "max-age=31536000"));
    EXPECT_TRUE(Contains(css.Header("cache-control"), "immutable"));
    std::string etag = css.Header("etag");
    ASSERT_FALSE(etag.empty());
    EXPECT_EQ(visitor.Get(m[0], {{"If-None-Match", etag}}).status, 304);
    auto gz = visitor.Get(m[0], {{"Accept-Encoding", "gzip"}});
    EXPECT_EQ(gz.Header("content-encoding"), "gzip");
    EXPECT_LT(gz.body.size(), css.body.size());
    EXPECT_EQ(visitor.Get("/static/../CMakeLists.txt").status, 404);
    EXPECT_EQ(visitor.Get("/static/css/nothing.css").status, 404);
}

TEST(Pages, HealthAndReadiness) {
    TestSite site;
    Client c = site.NewClient();
    EXPECT_EQ(c.Get("/healthz").status, 200);
    EXPECT_EQ(c.Get("/readyz").status, 200);
    EXPECT_EQ(c.Get("/robots.txt").status, 200);
    EXPECT_TRUE(Contains(c.Get("/robots.txt").body, "Disallow: /manage/"));
}

TEST(Pages, PublicPagesAreServedFromCacheAndInvalidatedOnChange) {
    TestSite site;
    Client visitor = site.NewClient();
    Client admin = site.NewClient();
    visitor.Get("/en/vacancies");  // kept from its second request on
    auto first = visitor.Get("/en/vacancies");
    std::string etag = first.Header("etag");
    ASSERT_FALSE(etag.empty());
    EXPECT_EQ(visitor.Get("/en/vacancies", {{"If-None-Match", etag}}).status, 304);
    site.SignInAdmin(admin);
    site.Approve(admin, site.IdOfToken(site.SubmitVacancy(visitor, fixtures::VacancyForm("Barista"))));
    auto after = visitor.Get("/en/vacancies", {{"If-None-Match", etag}});
    EXPECT_EQ(after.status, 200);
    EXPECT_TRUE(Contains(after.body, "Barista"));
}

}  // namespace
}  // namespace ejob::testing
