// One kind registry: a publication's kind is found in one query, by its id or its management token, whatever the
// kind — so the owner's page of a services ad (the last kind) costs what a vacancy's does.
#include <gtest/gtest.h>

#include <algorithm>
#include <limits>

#include "storage/db.hpp"
#include "support/test_site.hpp"

namespace ejob::testing {
namespace {

class KindRegistry : public ::testing::Test {
  protected:
    // Statements the server runs to answer GET `path`: the fewest of a few tries, as the background jobs (page
    // generation, view counts) may run a statement meanwhile.
    std::uint64_t StatementsFor(Client& c, const std::string& path, int status) {
        std::uint64_t fewest = std::numeric_limits<std::uint64_t>::max();
        for (int i = 0; i < 5; ++i) {
            auto before = storage::StatementsRun();
            auto r = c.Get(path);
            auto after = storage::StatementsRun();
            EXPECT_EQ(r.status, status) << path;
            fewest = std::min(fewest, after - before);
        }
        return fewest;
    }

    TestSite site;
    Client owner = site.NewClient();
    Client admin = site.NewClient();
};

TEST_F(KindRegistry, AManagementPageCostsAsManyQueriesForEveryKind) {
    site.SignInAdmin(admin);
    std::string vacancy = site.SubmitVacancy(owner, fixtures::VacancyForm());
    std::string resume = site.Submit(owner, "/resumes", fixtures::ResumeForm());
    std::string service = site.Submit(owner, "/services", fixtures::ServiceForm());
    for (const auto& token : {vacancy, resume, service}) site.Approve(admin, site.IdOfToken(token));

    auto v = StatementsFor(owner, "/en/manage/" + vacancy, 200);
    auto r = StatementsFor(owner, "/en/manage/" + resume, 200);
    auto s = StatementsFor(owner, "/en/manage/" + service, 200);
    std::printf("statements per management page: vacancy %llu, resume %llu, services ad %llu\n",
                static_cast<unsigned long long>(v), static_cast<unsigned long long>(r),
                static_cast<unsigned long long>(s));
    EXPECT_EQ(s, v) << "the services ad is found as directly as the vacancy";
    EXPECT_EQ(r, v);
    // The kind by the token, then the publication and its versions, and its contacts' reveals per day.
    EXPECT_LE(v, 4u);
}

TEST_F(KindRegistry, AnInvalidManagementLinkIsTheSame404AndCostsAtMostOneQuery) {
    std::string unknown(43, 'x');
    auto page = owner.Get("/en/manage/" + unknown);
    EXPECT_EQ(page.status, 404);
    EXPECT_TRUE(Contains(page.body, "This management link is not valid"));
    EXPECT_LE(StatementsFor(owner, "/en/manage/" + unknown, 404), 1u);
    EXPECT_EQ(StatementsFor(owner, "/en/manage/short", 404), 0u) << "a token that cannot be one is not looked up";
    EXPECT_EQ(owner.Get("/en/manage/" + unknown + "/edit").status, 404);
}

TEST_F(KindRegistry, AdministrationFindsEveryKindById) {
    site.SignInAdmin(admin);
    std::string service = site.Submit(owner, "/services", fixtures::ServiceForm("Bağban xidməti"));
    std::int64_t id = site.IdOfToken(service);
    auto review = admin.Get("/en/admin/moderation/" + std::to_string(id));
    EXPECT_EQ(review.status, 200);
    EXPECT_TRUE(Contains(review.body, "Bağban xidməti"));
    EXPECT_EQ(admin.Get("/en/admin/moderation/" + std::to_string(id + 1000)).status, 404);
}

}  // namespace
}  // namespace ejob::testing
