// Retention: what the privacy policy promises about how long publications and photos are kept.
#include <gtest/gtest.h>

#include <fstream>

#include "support/images.hpp"
#include "support/test_site.hpp"

namespace ejob::testing {
namespace {

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

    site.clock().Advance(150 * domain::kDay);
    site.SignInAdmin(admin);  // the old session has expired meanwhile
    std::string fresh = site.SubmitVacancy(visitor, fixtures::VacancyForm("Təzə vakansiya"));
    site.Approve(admin, site.IdOfToken(fresh));

    auto nothing = site.site().Purge();
    EXPECT_TRUE(nothing.ran);
    EXPECT_EQ(nothing.publications, 0) << "150 days is not yet six months";
    EXPECT_EQ(nothing.orphan_photos, 1) << "the unused file is older than a day";
    EXPECT_EQ(site.MediaFiles().size(), 4u) << "the photos in use stay";

    site.clock().Advance(34 * domain::kDay);  // 184 days after the first approval
    auto report = site.site().Purge();
    EXPECT_EQ(report.publications, 1);
    EXPECT_EQ(site.IdOfToken(old_token), 0);
    EXPECT_TRUE(site.MediaFiles().empty()) << "the photos went with the publication";
    EXPECT_NE(site.IdOfToken(fresh), 0) << "the newer vacancy stays";
    EXPECT_EQ(site.site().Purge().publications, 0) << "running it again changes nothing";
}

TEST(Retention, StoppedPublicationsGoAfterAMonth) {
    TestSite site;
    Client owner = site.NewClient(), admin = site.NewClient();
    site.SignInAdmin(admin);
    std::string token = site.SubmitVacancy(owner, fixtures::VacancyForm("Dayandırılmış"));
    std::int64_t id = site.IdOfToken(token);
    site.Approve(admin, id);
    // Stop through the domain service as the registered owner would (the web flow is tested in accounts_test).
    site.site().db().Write([&](storage::Conn& c) {
        c.Exec("UPDATE publications SET status = 'stopped', stopped_at = ? WHERE id = ?", {site.clock().Now(), id});
    });
    site.clock().Advance(29 * domain::kDay);
    EXPECT_EQ(site.site().Purge().publications, 0);
    site.clock().Advance(2 * domain::kDay);
    EXPECT_EQ(site.site().Purge().publications, 1);
    EXPECT_EQ(site.IdOfToken(token), 0);
}

}  // namespace
}  // namespace ejob::testing
