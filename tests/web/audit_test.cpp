// The audit log through the real server, on both backends: every staff action recorded with the fields it changed
// (never an address), filters, append-only, and a deleted publication's values erased from it.
#include <gtest/gtest.h>

#include <regex>

#include "domain/accounts/account.hpp"

#include "support/test_site.hpp"

namespace ejob::testing {
namespace {

class Audit : public ::testing::Test {
  protected:
    TestSite site;
    Client admin = site.NewClient();
    void SetUp() override { site.SignInAdmin(admin); }

    std::string AuditPage(const std::string& query = "") {
        auto page = admin.Get("/en/admin/audit" + query);
        EXPECT_EQ(page.status, 200) << query;
        return page.body;
    }
    // Everything the audit_log table holds, as text.
    std::string AllRows() {
        return site.site().db().ReadValue([](storage::Conn& c) {
            std::string out;
            for (const auto& r : c.Query("SELECT action, subject, detail, fields, changes FROM audit_log ORDER BY id"))
                for (size_t i = 0; i < r.size(); ++i) out += r.Text(i) + "\n";
            return out;
        });
    }
};

TEST_F(Audit, AModeratorsCorrectionIsRecordedWithItsValuesBeforeAndAfter) {
    Client owner = site.NewClient();
    const std::int64_t id =
        site.IdOfToken(site.SubmitVacancy(owner, fixtures::VacancyForm("Muhendis-mexanik", "Xəzər Tikinti MMC")));
    site.Approve(admin, id, {{"position", "Mühəndis-mexanik"}});
    const std::int64_t refused = site.IdOfToken(site.SubmitVacancy(owner, fixtures::VacancyForm("Satıcı")));
    site.Reject(admin, refused, "Vakansiya təkrarlanır.");

    auto page = AuditPage();
    EXPECT_TRUE(Contains(page, "Approved"));
    EXPECT_TRUE(Contains(page, "<strong>Position</strong>: <del>Muhendis-mexanik</del> → <ins>Mühəndis-mexanik</ins>"))
        << page.substr(page.find("<table"), 3000);
    EXPECT_FALSE(Contains(page, "<strong>Company</strong>")) << "an unchanged field is not listed";
    EXPECT_TRUE(Contains(page, "Rejected"));
    EXPECT_TRUE(Contains(page, "Vakansiya təkrarlanır."));
    EXPECT_TRUE(Contains(page, "href=\"/en/admin/moderation/" + std::to_string(id) + "\""));
    EXPECT_TRUE(Contains(page, TestSite::kAdminEmail)) << "who did it";
    EXPECT_FALSE(Contains(AllRows(), "hr@xezer-tikinti.az")) << "no contact is recorded";
}

TEST_F(Audit, AccountChangesAreRecordedWithoutTheAddresses) {
    Client c = site.NewClient();
    site.RegisterAndSignIn(c, "before-change@example.az");
    auto users = admin.Get("/en/admin/users?q=before-change");
    std::smatch m;
    ASSERT_TRUE(std::regex_search(users.body, m, std::regex("/en/admin/users/([0-9]+)")));
    const std::string path = "/en/admin/users/" + m[1].str();
    auto user = admin.Get(path);
    ASSERT_EQ(
        admin.Post(path + "/email", {{"_csrf", CsrfToken(user.body)}, {"email", "after-change@example.az"}}).status,
        303);
    user = admin.Get(path);
    ASSERT_EQ(admin.Post(path + "/block", {{"_csrf", CsrfToken(user.body)}}).status, 303);
    // A moderator made administrator, from the staff page.
    site.site().accounts().CreateStaff("moderator@example.az", "long enough password", "moderator");
    auto staff = admin.Get("/en/admin/staff");
    ASSERT_EQ(
        admin
            .Post("/en/admin/staff/role",
                  {{"_csrf", CsrfToken(staff.body)}, {"account_email", "moderator@example.az"}, {"new_role", "admin"}})
            .status,
        303);

    auto page = AuditPage();
    EXPECT_TRUE(Contains(page, "Changed the account&#39;s email") || Contains(page, "Changed the account's email"));
    EXPECT_TRUE(Contains(page, "<strong>Email</strong>: <em>changed (values not recorded)</em>"));
    EXPECT_TRUE(Contains(page, "Blocked the account"));
    EXPECT_TRUE(Contains(page, "Changed the role"));
    EXPECT_TRUE(Contains(page, "<del>moderator</del> → <ins>admin</ins>"));
    const std::string rows = AllRows();
    for (const char* address : {"before-change@example.az", "after-change@example.az", "moderator@example.az"})
        EXPECT_FALSE(Contains(rows, address)) << address;
}

TEST_F(Audit, FiltersNarrowTheEntriesAndPagesKeepThem) {
    Client owner = site.NewClient();
    std::vector<std::int64_t> ids;
    for (int i = 0; i < 3; ++i) {
        ids.push_back(site.IdOfToken(site.SubmitVacancy(owner, fixtures::VacancyForm("Sürücü " + std::to_string(i)))));
        site.Approve(admin, ids.back());
    }
    site.Reject(admin, site.IdOfToken(site.SubmitVacancy(owner, fixtures::VacancyForm("Kuryer"))), "Təkrar.");

    auto rejected = AuditPage("?action=reject");
    EXPECT_TRUE(Contains(rejected, "1 entry."));
    auto one = AuditPage("?subject=publication&id=" + std::to_string(ids[1]));
    EXPECT_TRUE(Contains(one, "1 entry."));
    EXPECT_TRUE(Contains(AuditPage("?q=ADMIN%40test&subject=publication"), "4 entries."))
        << "by a part of the actor's email";
    EXPECT_TRUE(Contains(AuditPage("?q=nobody"), "0 entries."));
    // By date: today (Baku) has them, a day long ago has none; a garbled date is no filter.
    EXPECT_TRUE(Contains(AuditPage("?from=2001-01-01&to=2001-01-02"), "0 entries."));
    EXPECT_TRUE(Contains(AuditPage("?from=2001-01-01&subject=publication"), "4 entries."));
    EXPECT_TRUE(Contains(AuditPage("?from=not-a-date&action=approve"), "3 entries."));
    EXPECT_EQ(admin.Get("/en/admin/audit?page=2").status, 404) << "past the last page";
}

TEST_F(Audit, TheLogIsAppendOnly) {
    Client owner = site.NewClient();
    const std::int64_t id = site.IdOfToken(site.SubmitVacancy(owner, fixtures::VacancyForm("Aşpaz")));
    site.Approve(admin, id);
    for (const char* change : {"action = 'reject'", "actor_id = 999", "at = 0", "subject_id = 1", "changes = 'x'"}) {
        EXPECT_THROW(
            site.site().db().Write([&](storage::Conn& c) { c.Exec(std::string("UPDATE audit_log SET ") + change); }),
            storage::DbError)
            << change;
    }
    EXPECT_TRUE(Contains(AuditPage(), "Approved"));
}

TEST_F(Audit, ADeletedPublicationsValuesAreErasedFromItsEntries) {
    Client owner = site.NewClient();
    const std::string marker = "Qaynaqmarker6612";
    const std::int64_t id = site.IdOfToken(site.SubmitVacancy(owner, fixtures::VacancyForm(marker)));
    site.Approve(admin, id, {{"position", "Qaynaqçı"}});
    EXPECT_TRUE(Contains(AuditPage(), marker));
    auto review = admin.Get("/en/admin/moderation/" + std::to_string(id));
    ASSERT_EQ(
        admin.Post("/en/admin/publications/" + std::to_string(id) + "/delete", {{"_csrf", CsrfToken(review.body)}})
            .status,
        303);
    auto page = AuditPage();
    EXPECT_FALSE(Contains(page, marker));
    EXPECT_TRUE(Contains(page, "<strong>Position</strong>: <em>erased with the publication</em>"));
    EXPECT_TRUE(Contains(page, "Deleted the publication"));
    EXPECT_TRUE(Eventually([&] { return !site.site().db().ErasurePending(); }, 5));
    site.site().Purge();
    EXPECT_EQ(site.WhereHeld(marker), "");
}

TEST_F(Audit, OnlyAdministratorsReadTheLog) {
    Client moderator = site.NewClient(), visitor = site.NewClient();
    site.SignInModerator(moderator, "mod@example.az");
    EXPECT_EQ(moderator.Get("/en/admin/audit").status, 403);
    EXPECT_FALSE(Contains(moderator.Get("/en/admin/moderation").body, "/en/admin/audit"));
    EXPECT_NE(visitor.Get("/en/admin/audit").status, 200);
    EXPECT_TRUE(Contains(admin.Get("/en/admin/moderation").body, "href=\"/en/admin/audit\""));
}

}  // namespace
}  // namespace ejob::testing
