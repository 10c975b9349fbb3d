// Changes that meet: an owner's edit and a moderator's approval of the same publication, and a submission from an
// account that an administrator is deleting. The test holds the database's write lock (a transaction of its own)
// while the server's request has read the publication and waits to write, and makes the other change inside that
// transaction: the request then writes after a change it did not see when it read.
#include <gtest/gtest.h>

#include <chrono>
#include <optional>
#include <thread>

#include "domain/services/service_ad.hpp"
#include "domain/vacancies/vacancy_service.hpp"
#include "storage/db.hpp"
#include "support/images.hpp"
#include "support/test_site.hpp"

namespace ejob::testing {
namespace {

class PublicationRaces : public ::testing::Test {
  protected:
    // Runs `request` on another thread while this one holds a write transaction on the site's database (and, on
    // PostgreSQL, the row of publication or account `locked`); `meanwhile` runs inside that transaction once the
    // request has had time to read. Returns after the request has finished.
    template <typename Request, typename Meanwhile>
    void WhileWaitingToWrite(const std::string& table, std::int64_t locked, Request&& request, Meanwhile&& meanwhile) {
        std::optional<std::thread> other;
        site.site().db().Write([&](storage::Conn& c) {
            std::string hold = "SELECT id FROM " + table + " WHERE id = ?";
            if (site.site().db().dialect() == storage::Dialect::Postgres) hold += " FOR UPDATE";
            c.QueryOne(hold, {locked});
            if (!other) other.emplace(request);
            std::this_thread::sleep_for(std::chrono::milliseconds(500));
            meanwhile();
        });
        other->join();
    }

    std::string Detail(std::int64_t id) {
        auto r = visitor.Get("/en/vacancies/" + std::to_string(id));
        if (r.status == 301) r = visitor.Get(r.Header("location"));
        EXPECT_EQ(r.status, 200);
        return r.body;
    }

    TestSite site;
    Client owner = site.NewClient();
    Client admin = site.NewClient();
    Client visitor = site.NewClient();
};

TEST_F(PublicationRaces, AnEditMeetingAnApprovalNeverDeletesTheNowLivePhoto) {
    site.SignInAdmin(admin);
    // Live: logo A. Waiting for moderation: the owner's edit with logo B instead.
    std::string token = site.Submit(owner, "/vacancies", fixtures::VacancyForm("Satış meneceri"),
                                    {{"logo", "a.jpg", "image/jpeg", images::SmallJpeg(1)}});
    std::int64_t id = site.IdOfToken(token);
    site.Approve(admin, id);
    auto live = PublicPhotoStems(Detail(id));
    ASSERT_EQ(live.size(), 1u);
    const std::string edit_url = "/en/manage/" + token + "/edit";
    auto first = owner.PostMultipart(
        edit_url, fixtures::With(FormFields(owner.Get(edit_url).body, "/edit"), "remove_photo", live[0]),
        {{"logo", "b.jpg", "image/jpeg", images::SmallJpeg(2)}});
    ASSERT_EQ(first.status, 303) << first.body.substr(0, 3000);
    auto waiting = site.site().vacancies().ForModeration(id);
    ASSERT_TRUE(waiting.ok());
    ASSERT_EQ(waiting->latest_content->photos.size(), 1u);
    const std::string b = waiting->latest_content->photos[0];
    ASSERT_NE(b, live[0]);

    // The owner drops logo B in a second edit, read before the moderator approves the first one (with B) and
    // written after.
    Form second = fixtures::With(FormFields(owner.Get(edit_url).body, "/edit"), "remove_photo", b);
    int second_status = 0;
    WhileWaitingToWrite(
        "publications", id, [&] { second_status = owner.PostMultipart(edit_url, second, {}).status; },
        [&] {
            auto draft = domain::VacancyKind::ToDraft(*waiting->latest_content);
            ASSERT_TRUE(site.site().vacancies().Approve(0, id, draft).ok());
        });
    EXPECT_EQ(second_status, 303);

    // B is live now, and its files are there for everyone.
    EXPECT_EQ(PublicPhotoStems(Detail(id)), std::vector<std::string>{b});
    for (const char* variant : {"display.webp", "display.jpg", "thumb.webp", "thumb.jpg"}) {
        EXPECT_TRUE(std::filesystem::exists(site.dir() / "media" / (b + "-" + variant))) << variant;
        EXPECT_EQ(visitor.Get("/media/" + b + "-" + variant).status, 200) << variant;
    }
    // A went with the version it belonged to; the second edit (no logo) waits for moderation.
    EXPECT_FALSE(std::filesystem::exists(site.dir() / "media" / (live[0] + "-display.webp")));
    auto after = site.site().vacancies().ForModeration(id);
    ASSERT_TRUE(after.ok() && after->latest_content);
    EXPECT_TRUE(after->latest_content->photos.empty());
}

class AccountDeletionRace : public PublicationRaces {
  protected:
    // A registered, signed-in owner with one publication, who asked for the account to be deleted. Returns the
    // account id; `request_` is the request's id.
    // A registered, signed-in owner with a services ad (and its photo), who asked for the account to be deleted.
    // Returns the account id; `request_` is the request's id, `ad_` the ad as a form to submit again.
    std::int64_t OwnerAskingForDeletion() {
        site.RegisterAndSignIn(owner, "leaving@example.az");
        std::string token = site.Submit(owner, "/services", fixtures::ServiceForm(),
                                        {{"photos", "p.jpg", "image/jpeg", images::SmallJpeg(3)}});
        auto stored = site.site().services().ForModeration(site.IdOfToken(token));
        EXPECT_TRUE(stored.ok());
        ad_ = domain::ServiceAdKind::ToDraft(*stored->latest_content);
        ad_.photos.clear();
        auto page = owner.Get("/en/account");
        EXPECT_EQ(owner.Post("/en/account/requests/delete", {{"_csrf", CsrfToken(page.body)}}).status, 303);
        return site.site().db().ReadValue([&](storage::Conn& c) {
            auto row = c.QueryOne("SELECT id, account_id FROM account_requests WHERE kind = 'delete_account'");
            request_ = row->Int(0);
            return row->Int(1);
        });
    }

    int CarryOut() {
        auto requests = admin.Get("/en/admin/requests");
        return admin
            .Post("/en/admin/requests/" + std::to_string(request_) + "/done", {{"_csrf", CsrfToken(requests.body)}})
            .status;
    }

    std::int64_t request_ = 0;
    domain::ServiceAdDraft ad_;
};

TEST_F(AccountDeletionRace, APublicationSubmittedMeanwhileIsDeletedWithTheAccount) {
    site.SignInAdmin(admin);
    std::int64_t account = OwnerAskingForDeletion();
    ASSERT_EQ(site.CountRows("publications"), 1);
    ASSERT_EQ(site.MediaFiles().size(), 4u);

    // The administrator's request reads the account's publications while a new one is being stored from it.
    int status = 0;
    WhileWaitingToWrite(
        "accounts", account, [&] { status = CarryOut(); },
        [&] { ASSERT_TRUE(site.site().services().Submit(ad_, account).ok()); });
    EXPECT_EQ(status, 303);
    EXPECT_EQ(site.CountRows("publications"), 0) << "no publication survives its deleted account";
    EXPECT_EQ(site.CountRows("accounts"), 1) << "only the admin is left";
    EXPECT_EQ(site.CountRows("sessions WHERE account_id = " + std::to_string(account)), 0);
    EXPECT_TRUE(site.MediaFiles().empty()) << "the photo files went too, once the deletion had committed";
}

TEST_F(AccountDeletionRace, ASubmissionAfterTheDeletionIsRefused) {
    site.SignInAdmin(admin);
    std::int64_t account = OwnerAskingForDeletion();
    ASSERT_EQ(CarryOut(), 303);
    // A request that found the session just before the deletion now stores the publication: refused with a
    // message (a 403 page), not a failed statement.
    auto refused = site.site().services().Submit(ad_, account);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, domain::ErrorCode::Forbidden);
    EXPECT_EQ(site.CountRows("publications"), 0);
}

}  // namespace
}  // namespace ejob::testing
