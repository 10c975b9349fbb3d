// Retention: what the privacy policy promises about how long publications, photos and everything else are kept,
// and that a deleted publication leaves no copy of its text in the database's files, its log, the media or the mail.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <regex>
#include <sstream>

#include "support/images.hpp"
#include "support/test_site.hpp"

namespace ejob::testing {
namespace {

using domain::kDay;
using domain::kHour;

// A vacancy with a logo and three markers: in its text, in its contacts and as its owner's address.
struct Marked {
    std::string text = "Qaynaqmarker7731";
    std::string contact = "Ulduzmarker4420";
    std::string email = "retention-marker-5512@example.az";
    std::array<std::string, 3> all() const { return {text, contact, email}; }
};

std::string SubmitMarked(TestSite& site, Client& c, const Marked& m) {
    auto form = fixtures::VacancyForm("Qaynaqçı");
    form = fixtures::With(form, "description", "Metal konstruksiyaların qaynağı. " + m.text);
    form = fixtures::With(form, "contact_person", m.contact);
    form = fixtures::With(form, "owner_email", m.email);
    return site.Submit(c, "/vacancies", form, {{"logo", "logo.jpg", "image/jpeg", images::SmallJpeg(7)}});
}

// Every marker is somewhere before the deletion (so the checks below can fail) and nowhere after it.
void ExpectHeld(TestSite& site, const Marked& m, bool held) {
    for (const auto& marker : m.all()) {
        if (held) {
            EXPECT_NE(site.WhereHeld(marker), "") << marker;
        } else {
            EXPECT_EQ(site.WhereHeld(marker), "") << marker;
        }
    }
}

TEST(Retention, ExpiredPublicationsAndTheirPhotosAreDeletedAndUnusedFilesToo) {
    TestSite site;
    Client visitor = site.NewClient(), admin = site.NewClient();
    site.SignInAdmin(admin);
    std::string old_token = site.Submit(visitor, "/services", fixtures::ServiceForm("Köhnə elan"),
                                        {{"photos", "a.jpg", "image/jpeg", images::SmallJpeg(1)}});
    std::int64_t old_id = site.IdOfToken(old_token);
    site.Approve(admin, old_id);
    EXPECT_EQ(site.MediaFiles().size(), 4u);
    // A file that no publication refers to (an upload whose form was never completed).
    std::filesystem::create_directories(site.dir() / "media");
    std::ofstream(site.dir() / "media" / "0123456789abcdef0123456789abcdef-thumb.jpg") << "x";

    site.clock().Advance(150 * kDay);
    site.SignInAdmin(admin);  // the old session has expired meanwhile
    std::string fresh = site.SubmitVacancy(visitor, fixtures::VacancyForm("Təzə vakansiya"));
    site.Approve(admin, site.IdOfToken(fresh));

    auto nothing = site.site().Purge();
    EXPECT_TRUE(nothing.ran);
    EXPECT_EQ(nothing.publications, 0) << "150 days is not yet six months";
    EXPECT_EQ(nothing.orphan_photos, 1) << "the unused file is older than a day";
    EXPECT_EQ(site.MediaFiles().size(), 4u) << "the photos in use stay";

    site.clock().Advance(34 * kDay);  // 184 days after the first approval
    auto report = site.site().Purge();
    EXPECT_EQ(report.publications, 1);
    EXPECT_EQ(site.IdOfToken(old_token), 0);
    EXPECT_TRUE(site.MediaFiles().empty()) << "the photos went with the publication";
    EXPECT_NE(site.IdOfToken(fresh), 0) << "the newer vacancy stays";
    EXPECT_EQ(site.site().Purge().publications, 0) << "running it again changes nothing";
}

TEST(Retention, StoppedPublicationsGoAfterAMonthAndRejectedOnesToo) {
    TestSite site;
    Client owner = site.NewClient(), admin = site.NewClient();
    site.SignInAdmin(admin);
    std::string token = site.SubmitVacancy(owner, fixtures::VacancyForm("Dayandırılmış"));
    std::int64_t id = site.IdOfToken(token);
    site.Approve(admin, id);
    std::string refused = site.SubmitVacancy(owner, fixtures::VacancyForm("Rədd edilmiş"));
    site.Reject(admin, site.IdOfToken(refused), "Qaydalara uyğun deyil.");
    std::string waiting = site.SubmitVacancy(owner, fixtures::VacancyForm("Gözləyən"));
    // Stopped as the registered owner would (the web flow is tested in accounts_test).
    site.site().db().Write([&](storage::Conn& c) {
        c.Exec("UPDATE publications SET status = 'stopped', stopped_at = ? WHERE id = ?", {site.clock().Now(), id});
    });
    site.clock().Advance(29 * kDay);
    EXPECT_EQ(site.site().Purge().publications, 0);
    site.clock().Advance(2 * kDay);
    auto report = site.site().Purge();
    EXPECT_EQ(report.publications, 2);
    EXPECT_EQ(site.IdOfToken(token), 0) << "stopped 31 days ago";
    EXPECT_EQ(site.IdOfToken(refused), 0) << "rejected 31 days ago";
    EXPECT_NE(site.IdOfToken(waiting), 0) << "a publication waiting for moderation is never due";
}

TEST(Retention, OwnersAreWarnedOnceAWeekBeforeAndAgainOfANewDate) {
    TestSite site;
    Client owner = site.NewClient(), admin = site.NewClient();
    site.SignInAdmin(admin);
    auto form = fixtures::With(fixtures::VacancyForm("Elektrik"), "owner_email", "usta@example.az");
    std::string token = site.SubmitVacancy(owner, form);
    std::int64_t id = site.IdOfToken(token);
    site.Approve(admin, id);
    auto warnings = [&] {
        int n = 0;
        for (const auto& f : site.MailFiles()) {
            auto mail = ReadFile(f);
            if (mail.find("To: usta@example.az") != std::string::npos &&
                mail.find("together with its photos") != std::string::npos)
                ++n;
        }
        return n;
    };

    site.clock().Advance(175 * kDay);
    EXPECT_EQ(site.site().Purge().warned, 0) << "eight days before is not yet the week";
    site.clock().Advance(1 * kDay);  // 176 days: the week before 183
    auto report = site.site().Purge();
    EXPECT_EQ(report.warned, 1);
    EXPECT_EQ(report.publications, 0) << "warned, not deleted";
    ASSERT_EQ(report.warnings.size(), 1u);
    EXPECT_EQ(report.warnings[0].id, id);
    site.site().Purge();
    site.clock().Advance(kHour);
    EXPECT_EQ(site.site().Purge().warned, 0) << "once";
    EXPECT_EQ(warnings(), 1);
    EXPECT_NE(site.IdOfToken(token), 0);

    // Stopped now: its date moves to a month from today, and the owner hears of that date a week before it.
    site.site().db().Write([&](storage::Conn& c) {
        c.Exec("UPDATE publications SET status = 'stopped', stopped_at = ? WHERE id = ?", {site.clock().Now(), id});
    });
    site.clock().Advance(22 * kDay);
    EXPECT_EQ(site.site().Purge().warned, 0);
    site.clock().Advance(1 * kDay);
    EXPECT_EQ(site.site().Purge().warned, 1);
    EXPECT_EQ(warnings(), 2);
    site.clock().Advance(8 * kDay);
    EXPECT_EQ(site.site().Purge().publications, 1);
    EXPECT_EQ(warnings(), 0) << "the mail about a deleted publication goes with it";
}

TEST(Retention, ADeletedPublicationLeavesNoByteOfItsTextContactsOrOwner) {
    TestSite site;
    Client owner = site.NewClient(), admin = site.NewClient();
    site.SignInAdmin(admin);
    Marked m;
    std::string token = SubmitMarked(site, owner, m);
    std::int64_t id = site.IdOfToken(token);
    site.Approve(admin, id);
    ASSERT_FALSE(site.MediaFiles().empty());
    site.clock().Advance(176 * kDay);
    EXPECT_EQ(site.site().Purge().warned, 1);  // a mail that names it, to be removed with it
    ExpectHeld(site, m, true);

    site.clock().Advance(8 * kDay);  // 184 days
    EXPECT_EQ(site.site().Purge().publications, 1);
    EXPECT_TRUE(site.MediaFiles().empty());
    ExpectHeld(site, m, false);
}

TEST(Retention, AnAdministratorsDeletionLeavesNoByteWithinSeconds) {
    TestSite site;
    Client owner = site.NewClient(), admin = site.NewClient();
    site.SignInAdmin(admin);
    Marked m;
    std::int64_t id = site.IdOfToken(SubmitMarked(site, owner, m));
    site.Approve(admin, id);
    ExpectHeld(site, m, true);
    auto review = admin.Get("/en/admin/moderation/" + std::to_string(id));
    ASSERT_EQ(
        admin.Post("/en/admin/publications/" + std::to_string(id) + "/delete", {{"_csrf", CsrfToken(review.body)}})
            .status,
        303);
    // The server reclaims the deleted rows within two seconds; the mail about it goes with the next retention run.
    EXPECT_TRUE(Eventually([&] { return !site.site().db().ErasurePending(); }, 5));
    site.site().Purge();
    ExpectHeld(site, m, false);
}

TEST(Retention, ExpiredSessionsTokensCountersAndUnconfirmedAccountsAreSwept) {
    TestSite site;
    Client user = site.NewClient(), stranger = site.NewClient();
    site.RegisterAndSignIn(user, "kept@example.az");
    for (const auto& f : site.MailFiles()) {  // confirmed through the link mailed to it
        std::smatch link;
        std::string mail = ReadFile(f);
        if (std::regex_search(mail, link, std::regex("/account/confirm/([A-Za-z0-9_-]+)")))
            user.Get("/en/account/confirm/" + link[1].str());
    }
    // An account never confirmed, and a reset token for the confirmed one.
    auto page = stranger.Get("/en/account/register");
    stranger.Post("/en/account/register", {{"_csrf", CsrfToken(page.body)},
                                           {"email", "never-confirmed@example.az"},
                                           {"password", "long enough password"}});
    page = stranger.Get("/en/account/password-reset");
    stranger.Post("/en/account/password-reset", {{"_csrf", CsrfToken(page.body)}, {"email", "kept@example.az"}});
    ASSERT_GT(site.CountRows("sessions"), 0);
    ASSERT_GT(site.CountRows("account_tokens"), 0);
    ASSERT_GT(site.CountRows("rate_limits"), 0);
    const auto accounts = site.CountRows("accounts");

    EXPECT_EQ(site.site().Purge().swept.sessions, 0) << "nothing has expired yet";
    site.clock().Advance(13 * kHour);  // past every session's absolute timeout, every counter's window
    auto dry = site.site().Purge(true);
    EXPECT_TRUE(dry.dry_run);
    EXPECT_GT(dry.swept.sessions, 0);
    EXPECT_GT(site.CountRows("sessions"), 0) << "a dry run changes nothing";
    auto report = site.site().Purge();
    EXPECT_EQ(report.swept.sessions, dry.swept.sessions);
    EXPECT_EQ(site.CountRows("sessions"), 0);
    EXPECT_EQ(site.CountRows("rate_limits"), 0);
    EXPECT_EQ(site.CountRows("account_tokens"), 1) << "the confirmation link is valid for 7 days";
    site.clock().Advance(30 * kDay);
    report = site.site().Purge();
    EXPECT_EQ(report.swept.unconfirmed_accounts, 1);
    EXPECT_EQ(site.CountRows("accounts"), accounts - 1) << "the confirmed account stays";
    EXPECT_EQ(site.CountRows("account_tokens"), 0);
    EXPECT_GT(site.CountRows("retention_runs"), 0) << "each run is recorded for the dashboard";
}

TEST(Retention, TheBinaryPurgesUnderAMovedClock) {
    TestSite site;
    Client owner = site.NewClient(), admin = site.NewClient();
    site.SignInAdmin(admin);
    Marked m;
    std::int64_t id = site.IdOfToken(SubmitMarked(site, owner, m));
    site.Approve(admin, id);
    const std::string command = std::string("EJOB_CLOCK_OFFSET=184d ") + EJOB_BIN_PATH + " purge --db '" +
                                site.site().config().DbUrl() + "' --data-dir '" + site.dir().string() + "'";
    auto run = [](const std::string& cmd) {
        std::string out;
        FILE* p = ::popen((cmd + " 2>&1").c_str(), "r");
        if (!p) return out;
        char buf[4096];
        while (size_t n = std::fread(buf, 1, sizeof buf, p)) out.append(buf, n);
        ::pclose(p);
        return out;
    };
    auto dry = run(command + " --dry-run");
    EXPECT_NE(dry.find("would delete vacancy " + std::to_string(id)), std::string::npos) << dry;
    ExpectHeld(site, m, true);
    auto out = run(command);
    EXPECT_NE(out.find("deleted vacancy " + std::to_string(id)), std::string::npos) << out;
    EXPECT_NE(out.find("deleted 1 publications"), std::string::npos) << out;
    EXPECT_TRUE(site.MediaFiles().empty());
    ExpectHeld(site, m, false);
}

}  // namespace
}  // namespace ejob::testing
