// The SQL repositories against a real SQLite file.
#include <gtest/gtest.h>

#include <filesystem>
#include <random>

#include "domain/vacancies/vacancy_service.hpp"
#include "storage/codecs/codecs.hpp"
#include "storage/migrate.hpp"
#include "storage/repos/public_listings.hpp"
#include "storage/repos/sql_account_repository.hpp"
#include "storage/repos/sql_publications.hpp"
#include "storage/vacancy_db_fixture.hpp"
#include "support/test_db.hpp"

namespace ejob::storage {
namespace {
namespace d = ejob::domain;

using TempDb = VacancyDb;

TEST_F(TempDb, MigrationsAreRecordedAndIdempotent) {
    EXPECT_EQ(Migrate(*db_), 0);
    RequireCurrentSchema(*db_);
    if (db_->dialect() != Dialect::Sqlite) GTEST_SKIP() << "SQLite settings";
    auto pragma = [&](const char* p) { return db_->ReadValue([&](Conn& c) { return c.QueryOne(p)->Text(0); }); };
    EXPECT_EQ(pragma("PRAGMA journal_mode"), "wal");
    EXPECT_EQ(pragma("PRAGMA secure_delete"), "1");
    EXPECT_EQ(pragma("PRAGMA foreign_keys"), "1");
    EXPECT_EQ(pragma("PRAGMA synchronous"), "2");  // FULL
}

TEST_F(TempDb, RefusesADatabaseFromANewerVersion) {
    db_->Write(
        [](Conn& c) { c.Exec("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'x', 0)"); });
    EXPECT_THROW(RequireCurrentSchema(*db_), DbError);
    EXPECT_THROW(Migrate(*db_), DbError);
}

TEST_F(TempDb, ListsNewestFirstWithCombinedFiltersAndCounts) {
    Publish(Content("Proqramçı", "it", "baku", 300000), 1000);
    Publish(Content("Mühasib", "finance", "ganja", 80000), 2000);
    Publish(Content("Analitik", "it", "ganja", 150000), 3000);
    d::VacancyFilter f;
    auto all = listings_->vacancies.List(f, 10000);
    ASSERT_EQ(all.total, 3);
    EXPECT_EQ(all.items[0].position, "Analitik");
    EXPECT_EQ(all.items[2].position, "Proqramçı");

    f.category = "it";
    f.city = "ganja";
    auto both = listings_->vacancies.List(f, 10000);
    ASSERT_EQ(both.total, 1);
    EXPECT_EQ(both.items[0].position, "Analitik");

    d::VacancyFilter rich;
    rich.min_salary = 200000;
    EXPECT_EQ(listings_->vacancies.List(rich, 10000).total, 1);

    d::VacancyFilter recent;
    recent.posted_within_days = 1;
    EXPECT_EQ(listings_->vacancies.List(recent, 2500 + d::kDay).total, 1);

    auto counts = listings_->vacancies.CountByCategory();
    ASSERT_EQ(counts.size(), 2u);
    EXPECT_EQ(counts[0].category, "finance");
    EXPECT_EQ(counts[0].count, 1);
    EXPECT_EQ(counts[1].count, 2);
}

TEST_F(TempDb, SearchUsesFoldedPrefixesAndSurvivesOperators) {
    Publish(Content("Baş mühəndis"), 1000);
    Publish(Content("Бухгалтер"), 2000);
    d::VacancyFilter f;
    f.terms = {"muhendis"};
    EXPECT_EQ(listings_->vacancies.List(f, 0).total, 1);
    f.terms = {"muhend"};
    EXPECT_EQ(listings_->vacancies.List(f, 0).total, 1);
    f.terms = {"бухгалт"};
    EXPECT_EQ(listings_->vacancies.List(f, 0).total, 1);
    for (std::string weird : {"\"", "AND", "NEAR", "*", "a\"b", "col:x", "^"}) {
        f.terms = {weird};
        EXPECT_NO_THROW(listings_->vacancies.List(f, 0)) << weird;
    }
}

TEST_F(TempDb, DeleteRemovesEveryTrace) {
    std::int64_t id = Publish(Content("Sürücü", "services"), 1000);
    repo_->Delete(id);
    for (const char* table : {"publications", "publication_versions", "vacancy_listings", "search_index"}) {
        auto n =
            db_->ReadValue([&](Conn& c) { return c.QueryOne(std::string("SELECT COUNT(*) FROM ") + table)->Int(0); });
        EXPECT_EQ(n, 0) << table;
    }
    EXPECT_TRUE(listings_->vacancies.CountByCategory().empty());
}

TEST_F(TempDb, ViewsAreCountedInBatches) {
    std::int64_t id = Publish(Content("Kassir", "finance"), 1000);
    for (int i = 0; i < 5; ++i) repo_->CountView(id);
    EXPECT_EQ(repo_->FindPublished(id)->publication.views, 0);
    core_.FlushViews(*db_);
    EXPECT_EQ(repo_->FindPublished(id)->publication.views, 5);
}

TEST_F(TempDb, AFlushWritesTheViewsOfManyPublicationsEachToItsOwn) {
    std::vector<std::int64_t> ids;
    for (int i = 0; i < 300; ++i) ids.push_back(Publish(Content("Kassir " + std::to_string(i), "finance"), 1000 + i));
    for (size_t i = 0; i < ids.size(); ++i)
        for (size_t n = 0; n < 1 + i % 4; ++n) repo_->CountView(ids[i]);
    core_.FlushViews(*db_);
    core_.FlushViews(*db_);  // nothing new: changes nothing
    for (size_t i = 0; i < ids.size(); ++i)
        EXPECT_EQ(repo_->FindPublished(ids[i])->publication.views, static_cast<std::int64_t>(1 + i % 4)) << i;
    repo_->CountView(ids[7]);
    core_.FlushViews(*db_);
    EXPECT_EQ(repo_->FindPublished(ids[7])->publication.views, 5);
}

TEST_F(TempDb, RateLimiterCountsPerKeyAndWindow) {
    SqlRateLimiter limiter(*db_);
    for (int i = 0; i < 3; ++i) EXPECT_TRUE(limiter.Allow("k", 3, 60000, 1000 + i));
    EXPECT_FALSE(limiter.Allow("k", 3, 60000, 2000));
    EXPECT_TRUE(limiter.Allow("other", 3, 60000, 2000));
    EXPECT_TRUE(limiter.Allow("k", 3, 60000, 61000));  // next window
}

TEST_F(TempDb, FailedTransactionLeavesNothingBehind) {
    EXPECT_THROW(db_->Write([](Conn& c) {
        c.Exec("INSERT INTO site_secrets (name, value) VALUES ('a', 'b')");
        throw std::runtime_error("boom");
    }),
                 std::runtime_error);
    EXPECT_EQ(db_->ReadValue([](Conn& c) { return c.QueryOne("SELECT COUNT(*) FROM site_secrets")->Int(0); }), 0);
}

}  // namespace
}  // namespace ejob::storage
