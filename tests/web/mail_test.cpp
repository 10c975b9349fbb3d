// Mail through the real server: queued in the transaction of the change it reports, delivered by a job, never the
// reason a stored change is answered with an error.
#include <gtest/gtest.h>

#include <fstream>

#include "support/test_site.hpp"

namespace ejob::testing {
namespace {

namespace fs = std::filesystem;

class Mail : public ::testing::Test {
  protected:
    TestSite site;
    Client visitor = site.NewClient();
};

TEST_F(Mail, TheManageLinkMailIsDeliveredAsAFileAndLeavesTheQueue) {
    std::string token =
        site.SubmitVacancy(visitor, fixtures::With(fixtures::VacancyForm("Kuryer"), "owner_email", "owner@mail.az"));
    ASSERT_FALSE(token.empty());
    auto files = site.MailFiles();
    ASSERT_EQ(files.size(), 1u);
    std::string mail = ReadFile(files[0]);
    EXPECT_NE(mail.find("To: owner@mail.az"), std::string::npos);
    EXPECT_NE(mail.find("/manage/" + token), std::string::npos);
    EXPECT_EQ(site.CountRows("mail_outbox"), 0);
}

// A submission that was stored is never answered with an error because its mail could not be written (disk full,
// unwritable mail folder): the person sees the confirmation page with the link, the publication is stored once,
// and the mail goes out when the folder works again.
TEST_F(Mail, WhenMailCannotBeWrittenTheStoredSubmissionStillShowsItsConfirmation) {
    fs::remove_all(site.dir() / "mail");
    std::ofstream(site.dir() / "mail") << "not a folder";  // every write into mail/ now fails, even as root

    auto form = visitor.Get("/en/vacancies/new");
    Form fields = fixtures::With(fixtures::VacancyForm("Anbardar"), "owner_email", "owner@mail.az");
    fields.insert(fields.begin(), {"_csrf", CsrfToken(form.body)});
    auto r = visitor.PostMultipart("/en/vacancies/new", fields, {});
    ASSERT_EQ(r.status, 303) << r.body.substr(0, 2000);
    std::string location = r.Header("location");
    ASSERT_NE(location.find("/manage/"), std::string::npos);
    auto confirmation = visitor.Get(location);
    EXPECT_EQ(confirmation.status, 200);
    EXPECT_NE(confirmation.body.find("/manage/"), std::string::npos);
    EXPECT_EQ(site.CountRows("publications"), 1);
    EXPECT_EQ(site.CountRows("mail_outbox"), 1);  // kept for a later attempt

    fs::remove(site.dir() / "mail");
    fs::create_directories(site.dir() / "mail");
    site.clock().Advance(domain::kMinute);  // past the retry delay
    visitor.Get("/en/");                    // the next request (or the background job) delivers it
    auto files = site.MailFiles();
    ASSERT_EQ(files.size(), 1u);
    std::string token = location.substr(location.find("/manage/") + 8);
    token = token.substr(0, token.find('?'));
    EXPECT_NE(ReadFile(files[0]).find("/manage/" + token), std::string::npos);
    EXPECT_EQ(site.CountRows("mail_outbox"), 0);
    EXPECT_EQ(site.CountRows("publications"), 1);
}

}  // namespace
}  // namespace ejob::testing
