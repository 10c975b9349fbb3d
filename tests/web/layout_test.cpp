// What every page carries for people and search engines: absolute canonical and alternate links, a meaningful
// description, a header menu that works without JavaScript, and list filters that fold into a panel.
#include <gtest/gtest.h>

#include <regex>

#include "support/test_site.hpp"

namespace ejob::testing {
namespace {

// The href of <link rel="canonical"> (or of the alternate for `hreflang`).
std::string LinkHref(const std::string& html, const std::string& rel, const std::string& hreflang = "") {
    std::string pattern =
        "<link rel=\"" + rel + "\"" + (hreflang.empty() ? "" : " hreflang=\"" + hreflang + "\"") + " href=\"([^\"]*)\"";
    std::smatch m;
    return std::regex_search(html, m, std::regex(pattern)) ? std::string(m[1]) : std::string();
}

std::string MetaDescription(const std::string& html) {
    std::smatch m;
    return std::regex_search(html, m, std::regex("<meta name=\"description\" content=\"([^\"]*)\">"))
               ? std::string(m[1])
               : std::string();
}

// The markup between the first `open` at or after `from` and the `close` after it.
std::string Between(const std::string& html, const std::string& open, const std::string& close) {
    size_t b = html.find(open);
    if (b == std::string::npos) return {};
    size_t e = html.find(close, b);
    return e == std::string::npos ? std::string() : html.substr(b, e + close.size() - b);
}

class Layout : public ::testing::Test {
  protected:
    TestSite site;
    Client visitor = site.NewClient();
    Client admin = site.NewClient();

    std::string PublishedVacancy(const Form& form) {
        site.SignInAdmin(admin);
        std::int64_t id = site.IdOfToken(site.SubmitVacancy(visitor, form));
        site.Approve(admin, id);
        return visitor.Get("/en/vacancies/" + std::to_string(id)).Header("location").substr(3);
    }
};

TEST_F(Layout, CanonicalAndLanguageAlternatesAreAbsoluteUrls) {
    auto page = visitor.Get("/ru/vacancies?category=it");
    std::string canonical = LinkHref(page.body, "canonical");
    std::smatch m;
    ASSERT_TRUE(std::regex_match(canonical, m, std::regex("(https?://[^/\"]+)/ru/vacancies\\?category=it")))
        << canonical;
    const std::string base = m[1];
    EXPECT_EQ(LinkHref(page.body, "alternate", "az"), base + "/vacancies?category=it");
    EXPECT_EQ(LinkHref(page.body, "alternate", "ru"), base + "/ru/vacancies?category=it");
    EXPECT_EQ(LinkHref(page.body, "alternate", "en"), base + "/en/vacancies?category=it");
    EXPECT_EQ(LinkHref(page.body, "alternate", "x-default"), base + "/vacancies?category=it");

    auto home = visitor.Get("/en");
    EXPECT_EQ(LinkHref(home.body, "canonical"), base + "/en");
    EXPECT_EQ(LinkHref(home.body, "alternate", "az"), base + "/");
    EXPECT_EQ(LinkHref(home.body, "alternate", "ru"), base + "/ru");
}

TEST_F(Layout, PublicPagesDescribeThemselvesInTheirLanguage) {
    std::string detail = PublishedVacancy(fixtures::With(
        fixtures::VacancyForm("Logist"), "description",
        "Anbar \"Xəzər\" <b>logistika</b> mərkəzində yüklərin qəbulu və göndərilməsi. " + std::string(300, 'x')));
    for (const char* prefix : {"", "/ru", "/en"}) {
        for (const std::string p : {"/", "/vacancies", "/resumes", "/services", "/post", "/rules", "/privacy",
                                    "/search", "/search?q=logist"}) {
            auto r = visitor.Get(prefix + p);
            ASSERT_EQ(r.status, 200) << prefix + p;
            EXPECT_GE(MetaDescription(r.body).size(), 30u) << prefix + p;
        }
    }
    // Lists say what they hold and how many.
    EXPECT_EQ(MetaDescription(visitor.Get("/en/vacancies").body),
              "Vacancies. 1 current vacancy, every one checked by a moderator.");
    EXPECT_TRUE(Contains(MetaDescription(visitor.Get("/ru/vacancies").body), "1 актуальная вакансия"));
    EXPECT_TRUE(Contains(MetaDescription(visitor.Get("/resumes").body), "0 CV-si"));
    EXPECT_TRUE(Contains(MetaDescription(visitor.Get("/en/services").body), "0 ads by self-employed people"));
    EXPECT_NE(MetaDescription(visitor.Get("/en/rules").body), MetaDescription(visitor.Get("/en/privacy").body));
    EXPECT_NE(MetaDescription(visitor.Get("/en/rules").body), MetaDescription(visitor.Get("/ru/rules").body));

    // A detail page quotes its own text, escaped and shortened.
    std::string d = MetaDescription(visitor.Get("/en" + detail).body);
    EXPECT_TRUE(Contains(d, "Anbar &quot;Xəzər&quot; &lt;b&gt;logistika&lt;/b&gt; mərkəzində")) << d;
    EXPECT_LT(d.size(), 250u) << d;
}

TEST_F(Layout, ListFiltersFoldIntoAPanelThatNeedsNoScript) {
    const std::vector<std::pair<std::string, std::string>> langs = {
        {"", "Filtrlər"}, {"/ru", "Фильтры"}, {"/en", "Filters"}};
    for (const auto& [prefix, label] : langs) {
        for (const std::string list : {"/vacancies", "/resumes", "/services"}) {
            auto r = visitor.Get(prefix + list + "?city=baku");
            ASSERT_EQ(r.status, 200);
            std::string panel = Between(r.body, "<details class=\"filters-panel\">", "</details>");
            ASSERT_FALSE(panel.empty()) << prefix + list;
            EXPECT_TRUE(Contains(panel, "<summary>" + label + "</summary>")) << prefix + list;
            // The whole filter form is inside the panel, so opening it is all a visitor needs to do.
            std::string form = Between(panel, "<form class=\"filters\"", "</form>");
            EXPECT_TRUE(Contains(form, "action=\"" + prefix + list + "\"")) << prefix + list;
            EXPECT_TRUE(Contains(form, "<button type=\"submit\"")) << prefix + list;
            EXPECT_TRUE(Contains(form, "name=\"city\"")) << prefix + list;
        }
    }
}

TEST_F(Layout, HeaderMenuHoldsTheLanguageSwitchAndSignOut) {
    auto anonymous = visitor.Get("/en/rules");
    std::string menu = Between(anonymous.body, "<details class=\"menu\">", "</details>");
    ASSERT_FALSE(menu.empty());
    EXPECT_TRUE(Contains(menu, "href=\"/ru/rules\""));
    EXPECT_TRUE(Contains(menu, "href=\"/rules\""));
    EXPECT_TRUE(Contains(menu, "href=\"/en/account/login\""));
    EXPECT_FALSE(Contains(menu, "/account/logout"));

    Client member = site.NewClient();
    auto reg = member.Get("/en/account/register");
    ASSERT_EQ(
        member
            .Post("/en/account/register",
                  {{"_csrf", CsrfToken(reg.body)}, {"email", "nigar@example.az"}, {"password", "long enough password"}})
            .status,
        200);
    auto login = member.Get("/en/account/login");
    ASSERT_EQ(member
                  .Post("/en/account/login", {{"_csrf", CsrfToken(login.body)},
                                              {"email", "nigar@example.az"},
                                              {"password", "long enough password"}})
                  .status,
              303);
    auto page = member.Get("/ru/vacancies");
    menu = Between(page.body, "<details class=\"menu\">", "</details>");
    std::string sign_out =
        Between(menu, "<form class=\"sign-out\" method=\"post\" action=\"/ru/account/logout\">", "</form>");
    ASSERT_FALSE(sign_out.empty()) << menu;
    EXPECT_TRUE(Contains(sign_out, ">Выйти<")) << sign_out;
    // The button in the menu really signs out.
    EXPECT_EQ(member.Post("/ru/account/logout", {{"_csrf", CsrfToken(sign_out)}}).status, 303);
    EXPECT_EQ(member.Get("/en/account").status, 303);
    EXPECT_FALSE(Contains(member.Get("/en/rules").body, "/account/logout"));
}

}  // namespace
}  // namespace ejob::testing
