// The cache of published items that detail pages read: on its own (bounds, freshness, the race with a change), and
// behind the SQL repository on a real database, kept in step by the change feed.
#include <gtest/gtest.h>

#include <filesystem>
#include <random>

#include "storage/migrate.hpp"
#include "storage/repos/public_listings.hpp"
#include "storage/repos/published_cache.hpp"
#include "storage/repos/sql_publications.hpp"
#include "storage/vacancy_db_fixture.hpp"
#include "support/test_db.hpp"

namespace ejob::storage {
namespace {
namespace d = ejob::domain;

d::Publication Pub(std::int64_t id, std::int64_t views = 0) {
    d::Publication p;
    p.id = id;
    p.kind = "vacancy";
    p.status = d::PublicationStatus::Published;
    p.slug = "slug-" + std::to_string(id);
    p.views = views;
    return p;
}

std::string Json(std::int64_t id) {
    return R"({"position":"Mühəndis )" + std::to_string(id) + R"(","description":")" + std::string(400, 'x') + "\"}";
}

TEST(PublishedCache, GivesBackWhatWasPutWithTheViewsCountedSince) {
    d::FixedClock clock(1000);
    PublishedCache cache(1 << 20, clock);
    EXPECT_FALSE(cache.Find("vacancy", 7));
    cache.Put("vacancy", Pub(7, 40), Json(7), cache.Version());
    cache.Viewed(7);
    cache.Viewed(7);
    cache.Viewed(8);  // not kept: nothing happens
    auto hit = cache.Find("vacancy", 7);
    ASSERT_TRUE(hit);
    EXPECT_EQ(hit->json, Json(7));
    EXPECT_EQ(hit->publication.slug, "slug-7");
    EXPECT_EQ(hit->publication.views, 42);
    EXPECT_FALSE(cache.Find("resume", 7)) << "an id of another kind is not this item";
}

TEST(PublishedCache, IsBoundedByBytesAndLetsTheLeastRecentlyUsedGo) {
    d::FixedClock clock(1000);
    PublishedCache cache(16 << 10, clock);
    cache.Put("vacancy", Pub(1), Json(1), cache.Version());
    for (std::int64_t id = 2; id <= 200; ++id) {
        cache.Put("vacancy", Pub(id), Json(id), cache.Version());
        ASSERT_TRUE(cache.Find("vacancy", 1)) << "used at every step, so never the least recently used";
        EXPECT_LE(cache.bytes(), size_t{16} << 10);
    }
    EXPECT_GT(cache.entries(), 5u);
    EXPECT_LT(cache.entries(), 100u);
    EXPECT_FALSE(cache.Find("vacancy", 2)) << "the oldest unused entries went first";
    EXPECT_TRUE(cache.Find("vacancy", 200));
}

TEST(PublishedCache, AnItemReadFromTheDatabaseWhileAChangeWasAppliedIsNotKept) {
    d::FixedClock clock(1000);
    PublishedCache cache(1 << 20, clock);
    auto& replica = cache.Replica("vacancy");
    const auto before = cache.Version();  // a reader misses and asks the database...
    replica.Refresh(9);                   // ...meanwhile a change of any item is applied...
    cache.Put("vacancy", Pub(9), Json(9), before);
    EXPECT_FALSE(cache.Find("vacancy", 9)) << "...so what it read may be from before the change";
    cache.Put("vacancy", Pub(9), Json(9), cache.Version());
    EXPECT_TRUE(cache.Find("vacancy", 9));
}

TEST(PublishedCache, AChangedItemIsForgottenAndAReloadForgetsEverything) {
    d::FixedClock clock(1000);
    PublishedCache cache(1 << 20, clock);
    auto& vacancies = cache.Replica("vacancy");
    EXPECT_STREQ(vacancies.kind(), "vacancy");
    for (std::int64_t id = 1; id <= 3; ++id) cache.Put("vacancy", Pub(id), Json(id), cache.Version());
    vacancies.Refresh(2);
    EXPECT_TRUE(cache.Find("vacancy", 1));
    EXPECT_FALSE(cache.Find("vacancy", 2));
    vacancies.Reload();
    EXPECT_EQ(cache.entries(), 0u);
    EXPECT_EQ(cache.bytes(), 0u);
}

TEST(PublishedCache, AnEntryIsReadAgainAfterAMinute) {
    d::FixedClock clock(1000);
    PublishedCache cache(1 << 20, clock);
    cache.Put("vacancy", Pub(5, 3), Json(5), cache.Version());
    clock.Advance(PublishedCache::kFreshFor - 1);
    EXPECT_TRUE(cache.Find("vacancy", 5));
    clock.Advance(1);
    EXPECT_FALSE(cache.Find("vacancy", 5)) << "views counted by the other nodes are read again";
    EXPECT_EQ(cache.entries(), 0u);
}

TEST(PublishedCache, NoBytesKeepNothing) {
    d::FixedClock clock(1000);
    PublishedCache cache(0, clock);
    cache.Put("vacancy", Pub(5), Json(5), cache.Version());
    EXPECT_FALSE(cache.Find("vacancy", 5));
    EXPECT_EQ(cache.entries(), 0u);
}

// A content as a site has many of: the same fields, much of the same wording, different details.
std::string SiteLikeJson(std::int64_t i) {
    static const char* kWords[] = {"satış", "mühəndis", "sürücü", "mühasib", "Bakı", "Sumqayıt", "təcrübə", "maaş"};
    std::string text;
    for (std::int64_t w = 0; w < 40; ++w)
        text += std::string(kWords[(i * 7 + w * 3) % 8]) + " " + std::to_string(w * i % 97) + " ";
    return R"({"position":"Vəzifə )" + std::to_string(i) + R"(","company":"Şirkət MMC","city":"baku",)" +
           R"("employment_type":"full_time","description":")" + text + R"(","requirements":"Ali təhsil, )" +
           std::to_string(i % 5) + R"( il təcrübə","phone":"+994 50 )" + std::to_string(1000000 + i) + "\"}";
}

TEST(PublishedCache, LearnsADictionaryFromTheFirstItemsAndKeepsEveryItemWhole) {
    d::FixedClock clock(1000);
    PublishedCache cache(64 << 20, clock);
    const auto n = static_cast<std::int64_t>(PublishedCache::kTrainingSamples);
    for (std::int64_t id = 1; id < n; ++id) cache.Put("vacancy", Pub(id), SiteLikeJson(id), cache.Version());
    EXPECT_FALSE(cache.trained());
    const size_t before = cache.bytes();
    cache.Put("vacancy", Pub(n), SiteLikeJson(n), cache.Version());
    EXPECT_TRUE(cache.trained());
    const size_t untrained_entry = before / static_cast<size_t>(n - 1);
    const size_t with_dictionary = cache.bytes();
    for (std::int64_t id = n + 1; id <= n + 100; ++id) cache.Put("vacancy", Pub(id), SiteLikeJson(id), cache.Version());
    const size_t trained_entry = (cache.bytes() - with_dictionary) / 100;
    EXPECT_LT(trained_entry * 5, untrained_entry * 4) << trained_entry << " vs " << untrained_entry;
    for (std::int64_t id : {std::int64_t{1}, n / 2, n, n + 1, n + 100}) {
        auto hit = cache.Find("vacancy", id);
        ASSERT_TRUE(hit) << id;
        EXPECT_EQ(hit->json, SiteLikeJson(id)) << id;
    }
}

// Behind the repository, on a real database: every change that the change feed records reaches the cache before
// the writer's call returns.
class CachedRepository : public VacancyDb {
  protected:
    size_t ItemCacheBytes() const override { return 1 << 20; }
    void Approve(std::int64_t id, const d::VacancyContent& c) { VacancyDb::Approve(id, c, 1000); }
};

TEST_F(CachedRepository, ServesTheLiveVersionAndForgetsWhatChanged) {
    d::Publication p;
    p.kind = "vacancy";
    p.slug = "x";
    p.lang = "az";
    const std::int64_t id = repo_->Create(p, Content("Qaynaqçı"), "hash-1", {});
    EXPECT_FALSE(repo_->FindPublished(id)) << "pending: not public";
    Approve(id, Content("Qaynaqçı"));
    ASSERT_EQ(repo_->FindPublished(id)->content.position, "Qaynaqçı");
    EXPECT_EQ(listings_->published.entries(), 1u);
    EXPECT_EQ(repo_->FindPublished(id)->content.description, "Təsvir: Qaynaqçı") << "from the cache, whole";

    repo_->AddVersion(id, Content("Qaynaqçı-montajçı"), 2000, {});
    EXPECT_EQ(repo_->FindPublished(id)->content.position, "Qaynaqçı") << "an edit waits for moderation";
    Approve(id, Content("Qaynaqçı-montajçı"));
    EXPECT_EQ(repo_->FindPublished(id)->content.position, "Qaynaqçı-montajçı");

    repo_->SetStopped(id, true, 3000);
    EXPECT_FALSE(repo_->FindPublished(id));
    repo_->SetStopped(id, false, 4000);
    ASSERT_TRUE(repo_->FindPublished(id));
    repo_->Delete(id);
    EXPECT_FALSE(repo_->FindPublished(id));
    EXPECT_EQ(listings_->published.entries(), 0u);
}

TEST_F(CachedRepository, ViewsShowAtOnceAndAreWrittenOnce) {
    d::Publication p;
    p.kind = "vacancy";
    p.slug = "x";
    p.lang = "az";
    const std::int64_t id = repo_->Create(p, Content("Kassir"), "hash-2", {});
    Approve(id, Content("Kassir"));
    EXPECT_EQ(repo_->FindPublished(id)->publication.views, 0);
    for (int i = 0; i < 3; ++i) repo_->CountView(id);
    EXPECT_EQ(repo_->FindPublished(id)->publication.views, 3) << "counted on this node: shown before the flush";
    core_.FlushViews(*db_);
    clock_.Advance(PublishedCache::kFreshFor);
    EXPECT_EQ(repo_->FindPublished(id)->publication.views, 3) << "read again from the database: not counted twice";
}

}  // namespace
}  // namespace ejob::storage
