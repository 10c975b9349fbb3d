// Security properties through the real server: CSRF, body limits, escaping, headers, odd input, rate limits.
#include <gtest/gtest.h>

#include "domain/accounts/account.hpp"
#include "support/test_site.hpp"

namespace ejob::testing {
namespace {

class Security : public ::testing::Test {
  protected:
    TestSite site;
    Client visitor = site.NewClient();
    Client admin = site.NewClient();
};

TEST_F(Security, StateChangesWithoutAValidCsrfTokenAreRefusedAndStoreNothing) {
    visitor.Get("/en/vacancies/new");  // gets the CSRF cookie
    auto missing = visitor.Post("/en/vacancies/new", fixtures::VacancyForm());
    EXPECT_EQ(missing.status, 403);
    auto wrong = visitor.Post("/en/vacancies/new", fixtures::With(fixtures::VacancyForm(), "_csrf", "forged"));
    EXPECT_EQ(wrong.status, 403);
    // A valid token with another visitor's cookie does not pass either.
    Client other = site.NewClient();
    std::string others_token = CsrfToken(other.Get("/en/vacancies/new").body);
    auto swapped = visitor.Post("/en/vacancies/new", fixtures::With(fixtures::VacancyForm(), "_csrf", others_token));
    EXPECT_EQ(swapped.status, 403);
    EXPECT_EQ(site.CountRows("publications"), 0);

    // Cross-site origin with a valid token is refused too.
    std::string token = CsrfToken(visitor.Get("/en/vacancies/new").body);
    auto cross = visitor.Post("/en/vacancies/new", fixtures::With(fixtures::VacancyForm(), "_csrf", token),
                              {{"Origin", "https://evil.example"}});
    EXPECT_EQ(cross.status, 403);
    EXPECT_EQ(site.CountRows("publications"), 0);

    // Admin actions and sign-in need the token as well.
    EXPECT_EQ(admin.Post("/en/admin/login", {{"email", "a@b.cd"}, {"password", "whatever12345"}}).status, 403);
}

TEST_F(Security, OversizeBodyGets413WithoutBeingStored) {
    std::string token = CsrfToken(visitor.Get("/en/vacancies/new").body);
    Form form = fixtures::With(fixtures::VacancyForm(), "_csrf", token);
    form = fixtures::With(form, "description", std::string(2 * 1024 * 1024, 'a'));
    auto r = visitor.Post("/en/vacancies/new", form);
    EXPECT_EQ(r.status, 413);
    EXPECT_EQ(r.Header("x-content-type-options"), "nosniff");
    EXPECT_EQ(site.CountRows("publications"), 0);

    // Chunked, without a length: still refused.
    std::string chunk(64 * 1024, 'b');
    std::string raw =
        "POST /en/vacancies/new HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n"
        "Content-Type: application/x-www-form-urlencoded\r\nConnection: close\r\n\r\n";
    char size[16];
    std::snprintf(size, sizeof size, "%zx\r\n", chunk.size());
    for (int i = 0; i < 40; ++i) raw += size + chunk + "\r\n";
    raw += "0\r\n\r\n";
    EXPECT_EQ(visitor.Raw(raw).status, 413);
}

TEST_F(Security, HugeHeadersAreRefused) {
    std::string raw = "GET /en/ HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + std::string(64 * 1024, 'x') +
                      "\r\nConnection: close\r\n\r\n";
    int status = visitor.Raw(raw).status;
    EXPECT_TRUE(status == 431 || status == 413 || status == 400) << status;
}

TEST_F(Security, EveryFieldIsEscapedEverywhere) {
    const std::vector<std::string> payloads = {
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",      "'><svg onload=alert(1)>",
        "javascript:alert(1)",       "</textarea><script>alert(2)</script>", "<!--",
        "{{7*7}}<b>bold</b>",
    };
    site.SignInAdmin(admin);
    for (const auto& p : payloads) {
        Form form = fixtures::VacancyForm("Mühasib " + p, "Şirkət " + p);
        for (const char* field : {"address", "schedule", "requirements", "description", "contact_person"})
            form = fixtures::With(form, field, std::string("Mətn ") + p);
        std::string token = site.SubmitVacancy(visitor, form);
        ASSERT_FALSE(token.empty()) << p;
        std::int64_t id = site.IdOfToken(token);
        site.Approve(admin, id);
        auto detail = visitor.Get("/en/vacancies/" + std::to_string(id));
        std::string url = detail.Header("location");
        for (const std::string& page :
             {visitor.Get("/en/manage/" + token).body, visitor.Get("/en/manage/" + token + "/edit").body,
              visitor.Get(url).body, visitor.Get("/en/vacancies").body, visitor.Get("/en/search?q=muhasib").body,
              admin.Get("/en/admin/moderation").body, visitor.Get("/en/feed.xml").body}) {
            EXPECT_FALSE(Contains(page, "<script>alert")) << p;
            EXPECT_FALSE(Contains(page, "<img src=x")) << p;
            EXPECT_FALSE(Contains(page, "<svg onload")) << p;
            EXPECT_FALSE(Contains(page, "<b>bold</b>")) << p;
            EXPECT_FALSE(Contains(page, "</textarea><script>")) << p;
        }
    }
    // Invalid-input re-render escapes too.
    std::string token = CsrfToken(visitor.Get("/en/vacancies/new").body);
    auto r = visitor.Post("/en/vacancies/new",
                          fixtures::With(fixtures::With(fixtures::VacancyForm(), "company", "\"><script>x</script>"),
                                         "_csrf", token + "x"));
    EXPECT_FALSE(Contains(r.body, "<script>x</script>"));
    auto q = visitor.Get("/en/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
    EXPECT_EQ(q.status, 200);
    EXPECT_FALSE(Contains(q.body, "<script>alert(1)"));
}

TEST_F(Security, ApplyUrlOnlyAcceptsWebAddresses) {
    std::string token = CsrfToken(visitor.Get("/en/vacancies/new").body);
    auto r = visitor.Post("/en/vacancies/new", fixtures::With(fixtures::With(fixtures::VacancyForm(), "apply_url",
                                                                             "javascript:alert(1)//https://x.az"),
                                                              "_csrf", token));
    EXPECT_EQ(r.status, 422);
    EXPECT_EQ(site.CountRows("publications"), 0);
}

TEST_F(Security, SecurityHeadersOnEveryResponse) {
    for (const char* url : {"/", "/en/vacancies", "/no-such-page", "/healthz", "/en/vacancies/new"}) {
        auto r = visitor.Get(url);
        EXPECT_TRUE(Contains(r.Header("content-security-policy"), "script-src 'self'")) << url;
        EXPECT_TRUE(Contains(r.Header("content-security-policy"), "frame-ancestors 'none'")) << url;
        EXPECT_EQ(r.Header("x-content-type-options"), "nosniff") << url;
        EXPECT_EQ(r.Header("x-frame-options"), "DENY") << url;
        EXPECT_EQ(r.Header("referrer-policy"), "strict-origin-when-cross-origin") << url;
        EXPECT_FALSE(r.Header("permissions-policy").empty()) << url;
        EXPECT_TRUE(r.Header("server").empty()) << url;
    }
    Client fresh = site.NewClient();
    auto form = fresh.Get("/en/vacancies/new");
    EXPECT_EQ(form.Header("cache-control"), "private, no-store");
    auto cookie = form.Header("set-cookie");
    EXPECT_TRUE(Contains(cookie, "HttpOnly"));
    EXPECT_TRUE(Contains(cookie, "SameSite=Lax"));
}

// Pages whose URL holds a secret token keep it from other sites, but their own forms must still post: Chromium sends
// `Origin: null` from a page served with `no-referrer`, which is what broke every form on those pages.
TEST_F(Security, TokenPagesKeepTheirUrlOnTheSiteAndTheirFormsStillPost) {
    std::string token = site.SubmitVacancy(visitor, fixtures::VacancyForm("Kuryer"));
    for (const std::string& url : {"/en/manage/" + token, "/en/manage/" + token + "/edit"}) {
        auto page = visitor.Get(url);
        ASSERT_EQ(page.status, 200) << url;
        auto [first, last] = page.headers.equal_range("referrer-policy");
        ASSERT_NE(first, last) << url;
        EXPECT_EQ(first->second, "same-origin") << url;
        EXPECT_EQ(std::next(first), last) << "one Referrer-Policy only: " << url;
    }
    // A post from the edit page, with the Origin the browser sends, is saved.
    auto edit = visitor.Get("/en/manage/" + token + "/edit");
    Form form = fixtures::With(fixtures::VacancyForm("Kuryer (gündəlik)"), "_csrf", CsrfToken(edit.body));
    EXPECT_EQ(visitor.Post("/en/manage/" + token + "/edit", form).status, 303);

    // The same form from another site, or from an opaque origin, is refused and changes nothing.
    for (const std::string& origin :
         {std::string("null"), std::string("https://evil.example"), std::string("http://127.0.0.1.evil.example")}) {
        edit = visitor.Get("/en/manage/" + token + "/edit");
        form = fixtures::With(fixtures::VacancyForm("Hacked " + origin), "_csrf", CsrfToken(edit.body));
        EXPECT_EQ(visitor.Post("/en/manage/" + token + "/edit", form, {{"Origin", origin}}).status, 403) << origin;
        auto del =
            visitor.Post("/en/manage/" + token + "/delete", {{"_csrf", CsrfToken(edit.body)}}, {{"Origin", origin}});
        EXPECT_EQ(del.status, 403) << origin;
    }
    auto manage = visitor.Get("/en/manage/" + token);
    EXPECT_FALSE(Contains(manage.body, "Hacked"));
    EXPECT_FALSE(Contains(manage.body, "You asked the administration to delete"));
}

TEST_F(Security, OddSearchInputNeverBreaksTheServer) {
    const std::vector<std::string> queries = {"%22",
                                              "%22%22%22",
                                              "AND",
                                              "OR+NOT",
                                              "*",
                                              "NEAR(a+b)",
                                              "a%22+OR+%22b",
                                              "%28%28%28",
                                              "-",
                                              "%5E",
                                              "col%3Aval",
                                              "%FF%FE%FD",
                                              "%C3%28",
                                              "%ED%A0%80",
                                              "%00",
                                              "%E2%80%AE",
                                              std::string(10 * 1024, 'a'),
                                              "m%C3%BC" + std::string(3000, '+') + "h"};
    for (const auto& q : queries) {
        auto r = visitor.Get("/en/search?q=" + q);
        EXPECT_LT(r.status, 500) << q.substr(0, 40);
        EXPECT_EQ(r.status, 200) << q.substr(0, 40);
        auto list = visitor.Get("/en/vacancies?q=" + q + "&category=%27&page=-1&min_salary=abc&posted=99");
        EXPECT_EQ(list.status, 200) << q.substr(0, 40);
    }
}

TEST_F(Security, SignInRotatesTheSessionAndSignOutEndsIt) {
    // A session id planted before sign-in (fixation) is not the one the server issues.
    const std::string planted = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    admin.cookies["ejob_session"] = planted;
    site.SignInAdmin(admin);
    std::string first = admin.cookies["ejob_session"];
    ASSERT_FALSE(first.empty());
    EXPECT_NE(first, planted);
    EXPECT_EQ(admin.Get("/en/admin/moderation").status, 200);
    Client second_device = site.NewClient();
    site.SignInAdmin(second_device);
    EXPECT_NE(second_device.cookies["ejob_session"], first);

    // Sign-out (the header menu's, the same for staff and users) ends the session: replaying the old cookie leads
    // to the sign-in page.
    Client thief = site.NewClient();
    thief.cookies["ejob_session"] = first;
    EXPECT_EQ(thief.Get("/en/admin/moderation").status, 200);
    auto page = admin.Get("/en/admin/moderation");
    EXPECT_EQ(admin.Post("/en/account/logout", {{"_csrf", CsrfToken(page.body)}}).status, 303);
    EXPECT_EQ(thief.Get("/en/admin/moderation").status, 303);
    EXPECT_EQ(admin.Get("/en/admin/moderation").status, 303);
    // Visitors never reach the queue.
    EXPECT_EQ(visitor.Get("/en/admin/moderation").status, 303);
    EXPECT_EQ(visitor.Post("/en/admin/moderation/1/approve", {}).status, 403);
}

TEST_F(Security, TooManyFormFieldsAreRefused) {
    Form form;
    for (int i = 0; i < 300; ++i) form.emplace_back('f' + std::to_string(i), "x");
    EXPECT_EQ(visitor.Post("/en/vacancies/new", form).status, 413);
}

}  // namespace
}  // namespace ejob::testing
