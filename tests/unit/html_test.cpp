#include <gtest/gtest.h>

#include "web/html.hpp"
#include "web/i18n.hpp"

namespace ejob::web {
namespace {

TEST(Html, EscapesTextAndAttributes) {
    Html h;
    h.Open("a", {{"title", "\"><script>"}, {"href", "/x?a=1&b=2"}}).Text("<b>&'").Close("a");
    EXPECT_EQ(h.str(), "<a title=\"&quot;&gt;&lt;script&gt;\" href=\"/x?a=1&amp;b=2\">&lt;b&gt;&amp;&#39;</a>");
}

TEST(Html, UrlAttributesOnlyAllowSafeSchemes) {
    EXPECT_EQ(SafeUrl("javascript:alert(1)"), "#");
    EXPECT_EQ(SafeUrl("JaVaScRiPt:alert(1)"), "#");
    EXPECT_EQ(SafeUrl("data:text/html,x"), "#");
    EXPECT_EQ(SafeUrl("//evil.example/x"), "#");
    EXPECT_EQ(SafeUrl("https://ejob.az/x"), "https://ejob.az/x");
    EXPECT_EQ(SafeUrl("tel:+994501234567"), "tel:+994501234567");
    EXPECT_EQ(SafeUrl("/vacancies?q=a:b"), "/vacancies?q=a:b");
    Html h;
    h.Void("a", {{"href", "javascript:alert(1)"}});
    EXPECT_EQ(h.str(), "<a href=\"#\">");
}

TEST(Html, JsonDataCannotCloseTheScript) {
    Html h;
    h.JsonData("d", "{\"x\":\"</script><script>alert(1)</script>\"}");
    EXPECT_EQ(h.str().find("</script><script>"), std::string::npos);
}

TEST(Html, BooleanAttributes) {
    Html h;
    h.Void("input", {{"name", "x"}, Flag("required"), Flag("checked", false)});
    EXPECT_EQ(h.str(), "<input name=\"x\" required>");
}

class I18n : public ::testing::Test {
  protected:
    static void SetUpTestSuite() { LoadCatalogs(); }
};

TEST_F(I18n, PluralFormsFollowEachLanguage) {
    Tr ru(Lang::Ru), en(Lang::En);
    EXPECT_EQ(en.N("{} vacancy", "{} vacancies", 1), "1 vacancy");
    EXPECT_EQ(en.N("{} vacancy", "{} vacancies", 21), "21 vacancies");
    // Russian has three forms: 1 / 2–4 / 5–20.
    std::string one = ru.N("{} vacancy", "{} vacancies", 21);
    std::string few = ru.N("{} vacancy", "{} vacancies", 3);
    std::string many = ru.N("{} vacancy", "{} vacancies", 11);
    EXPECT_NE(one, "21 vacancies");
    EXPECT_NE(one.substr(3), few.substr(2));
    EXPECT_NE(few.substr(2), many.substr(3));
}

TEST_F(I18n, NumbersMoneyAndDates) {
    Tr az(Lang::Az), en(Lang::En), ru(Lang::Ru);
    EXPECT_EQ(en.Number(1234567), "1,234,567");
    EXPECT_EQ(az.Number(12500), "12\u00a0500");
    EXPECT_EQ(en.Number(1500), "1500");
    EXPECT_EQ(az.Money(150050), "1500,50\u00a0AZN");
    domain::Millis nov29 = 1795910400000;  // 2026-11-29 00:00 UTC
    EXPECT_EQ(en.Date(nov29), "November 29, 2026");
    EXPECT_NE(ru.Date(nov29), "29 November 2026");
    EXPECT_NE(az.Date(nov29), "29 November 2026");
    EXPECT_EQ(az.IsoDate(nov29), "2026-11-29");
}

}  // namespace
}  // namespace ejob::web
