// The paths of secret links, as the logs show them: every route with a token has it left out.
#include <gtest/gtest.h>

#include <string>

#include "web/middleware/secret_paths.hpp"
#include "web/router.hpp"

namespace ejob::web::middleware {
namespace {

TEST(RedactedPath, LeavesTheTokenOutOfEverySecretLink) {
    EXPECT_EQ(RedactedPath("/en/manage/AbC123_-x"), "/en/manage/…");
    EXPECT_EQ(RedactedPath("/manage/AbC123/edit"), "/manage/…/edit");
    EXPECT_EQ(RedactedPath("/ru/manage/AbC123/media/0123-thumb.webp"), "/ru/manage/…/media/0123-thumb.webp");
    EXPECT_EQ(RedactedPath("/account/confirm/AbC123"), "/account/confirm/…");
    EXPECT_EQ(RedactedPath("/az/account/password-reset/AbC123"), "/az/account/password-reset/…");
    EXPECT_EQ(RedactedPath("/held-photos/AbC123"), "/held-photos/…");
    // Odd spellings of the same link, as a router or a proxy might still take them.
    EXPECT_EQ(RedactedPath("/en/MANAGE/AbC123"), "/en/MANAGE/…");
    EXPECT_EQ(RedactedPath("/manage//AbC123/"), "/manage//…/");
    EXPECT_EQ(RedactedPath("//held-photos/AbC123"), "//held-photos/…");
    // Paths without a secret stay as they are.
    for (const char* plain : {"/", "", "/en/vacancies/12-muhasib", "/account/password-reset", "/en/manage/",
                              "/en/account/confirm", "/static/app.js"})
        EXPECT_EQ(RedactedPath(plain), plain);
}

TEST(RedactedPath, ControlCharactersCannotStartALineOfTheirOwn) {
    EXPECT_EQ(RedactedPath("/en/x\n200 forged\r\t\x7f"), "/en/x%0A200%20forged%0D%09%7F");
    EXPECT_EQ(RedactedPath("/en/a%0A"), "/en/a%250A") << "the escapes of a path are escaped again";
    EXPECT_EQ(RedactedPath("/en/Bakı"), "/en/Bakı");
}

TEST(CarriesToken, WhenRedactedPathLeavesSomethingOut) {
    EXPECT_TRUE(CarriesToken("/en/manage/x"));
    EXPECT_TRUE(CarriesToken("/Held-Photos/x"));
    EXPECT_FALSE(CarriesToken("/en/manage/"));
    EXPECT_FALSE(CarriesToken("/account/password-reset"));
    EXPECT_FALSE(CarriesToken("/en/vacancies/1"));
}

// Every route with a {token} parameter puts it right after a segment of kSecretSegments: a new secret link cannot
// be logged in full by mistake.
TEST(SecretSegments, CoverEveryRouteWithAToken) {
    size_t with_token = 0;
    for (const auto& route : Routes()) {
        std::string path = route.pattern;
        auto at = path.find("{token}");
        if (at == std::string::npos) continue;
        ++with_token;
        path.replace(at, 7, "TheSecretToken");
        EXPECT_EQ(RedactedPath(path).find("TheSecretToken"), std::string::npos) << route.pattern;
        EXPECT_TRUE(CarriesToken(path)) << route.pattern;
    }
    EXPECT_GE(with_token, 4u);
}

}  // namespace
}  // namespace ejob::web::middleware
