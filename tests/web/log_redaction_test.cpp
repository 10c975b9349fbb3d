// What the logs may hold, through the real server: the access log and the error log name the secret links
// (management, account confirmation, password reset, held photos) without their tokens, and neither carries what a
// visitor typed (contacts, CV text).
#include <gtest/gtest.h>

#include <algorithm>

#include "storage/db.hpp"
#include "support/log_capture.hpp"
#include "support/test_site.hpp"

namespace ejob::testing {
namespace {

constexpr const char* kEmail = "log.marker@example.az";
constexpr const char* kPhone = "+994 50 987 65 43";
constexpr const char* kCvText = "Marker of the CV text for the log test";

class LogRedaction : public ::testing::Test {
  protected:
    // For a moment the sessions table is gone: every request with a session cookie fails inside the handler chain
    // (a 500 and a line in the error log), whatever its path.
    void BreakSessions(bool broken) {
        site.site().db().Write([&](storage::Conn& c) {
            c.ExecScript(broken ? "ALTER TABLE sessions RENAME TO sessions_away"
                                : "ALTER TABLE sessions_away RENAME TO sessions");
        });
    }

    // The lines of `level` ("info" for the access log, "error") that hold `part`.
    size_t LinesWith(const std::string& level, const std::string& part) const {
        auto lines = log.Lines();
        return std::count_if(lines.begin(), lines.end(), [&](const std::string& l) {
            return l.starts_with(level + " ") && l.find(part) != std::string::npos;
        });
    }

    TestSite site;
    LogCapture log;  // after the site: it starts logging at its configured level
    Client visitor = site.NewClient();
};

TEST_F(LogRedaction, SecretLinksAreLoggedWithoutTheirTokens) {
    Form form = fixtures::With(fixtures::With(fixtures::VacancyForm(), "email", kEmail), "phone", kPhone);
    form = fixtures::With(form, "owner_email", kEmail);
    const std::string manage = site.SubmitVacancy(visitor, form);
    ASSERT_FALSE(manage.empty());
    const std::string confirm = "ConfirmTokenOfTheLogTest_0123456789abcdefgh";
    const std::string reset = "ResetTokenOfTheLogTest_0123456789abcdefghij";
    const std::string held = "HeldPhotoTokenOfTheLogTest_0123456789abcdef";
    struct Case {
        std::string path, token, logged;
    };
    const std::vector<Case> cases = {
        {"/en/manage/" + manage, manage, "GET /en/manage/… "},
        {"/en/manage/" + manage + "/edit", manage, "GET /en/manage/…/edit "},
        {"/en/manage/" + manage + "/no-such-page", manage, "GET /en/manage/…/no-such-page "},  // a 404
        {"/MANAGE/" + manage, manage, "GET /MANAGE/… "},
        {"/en/account/confirm/" + confirm, confirm, "GET /en/account/confirm/… "},
        {"/en/account/password-reset/" + reset, reset, "GET /en/account/password-reset/… "},
        {"/held-photos/" + held, held, "GET /held-photos/… "},
    };
    for (const auto& c : cases) {
        int status = visitor.Get(c.path).status;
        EXPECT_LT(status, 500) << c.logged;
        EXPECT_EQ(LinesWith("info", c.logged + std::to_string(status) + " "), 1u) << c.logged;
    }

    BreakSessions(true);
    Client failing = site.NewClient();
    failing.cookies["ejob_session"] = std::string(40, 's');
    for (const auto& c : cases) EXPECT_EQ(failing.Get(c.path).status, 500) << c.logged;
    // Form posts that fail: what they carry stays out of the log as well.
    EXPECT_EQ(failing.Post("/en/manage/" + manage + "/edit", form).status, 500);
    EXPECT_EQ(failing.Post("/en/vacancies/new", form).status, 500);
    EXPECT_EQ(failing.Post("/en/cv-maker", {{"first_name", "Aysel"}, {"summary", kCvText}, {"email", kEmail}}).status,
              500);
    BreakSessions(false);

    for (const auto& c : cases) {
        EXPECT_EQ(LinesWith("error", c.logged + "failed"), 1u) << c.logged;
        EXPECT_EQ(LinesWith("info", c.logged + "500 "), 1u) << c.logged;
    }
    EXPECT_EQ(LinesWith("error", "POST /en/manage/…/edit failed"), 1u);
    const std::string all = log.Text();
    for (const auto& c : cases) EXPECT_EQ(all.find(c.token), std::string::npos) << c.logged;
    for (const char* marker : {kEmail, kPhone, "987 65 43", kCvText}) EXPECT_EQ(all.find(marker), std::string::npos);
    EXPECT_EQ(all.find("Mühəndis-mexanik"), std::string::npos) << "no form value";
}

TEST_F(LogRedaction, APathCannotWriteALogLineOfItsOwn) {
    visitor.Raw("GET /en/x%0Ainfo%20forged HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    for (const auto& line : log.Lines()) EXPECT_EQ(line.find('\n'), line.size() - 1) << "one line per entry: " << line;
    EXPECT_EQ(LinesWith("info", "/en/x%0Ainfo%20forged "), 1u);
}

}  // namespace
}  // namespace ejob::testing
