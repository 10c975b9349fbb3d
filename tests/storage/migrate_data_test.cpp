// Moving a site between databases: SQLite → the backend under test (SQLite or PostgreSQL).
#include <gtest/gtest.h>

#include <filesystem>
#include <random>

#include "domain/vacancies/vacancy_service.hpp"
#include "storage/migrate.hpp"
#include "storage/migrate_data.hpp"
#include "storage/repos/public_listings.hpp"
#include "storage/repos/sql_account_repository.hpp"
#include "storage/repos/sql_publications.hpp"
#include "storage/repos/sql_site_documents.hpp"
#include "storage/repos/sql_vacancy_listings.hpp"
#include "support/test_db.hpp"

namespace ejob::storage {
namespace {
namespace d = ejob::domain;

d::VacancyContent Content(const std::string& position) {
    d::VacancyContent c;
    c.position = position;
    c.category = "it";
    c.company = "Firma";
    c.city = "baku";
    c.employment_type = "full_time";
    c.experience = "1_3";
    c.education = "higher";
    c.requirements = "Tələblər";
    c.description = "Təsvir";
    c.phone = "+994 50 000 00 00";
    c.photos = {"0123456789abcdef0123456789abcdef"};
    return c;
}

std::int64_t Publish(Db& db, SqlPublicationCore& core, const std::string& position, d::Millis at) {
    SqlVacancyListings listings(db);
    SqlPublicationRepository<d::VacancyKind> repo(db, core, listings);
    d::Publication p{.kind = "vacancy", .slug = "x", .lang = "az", .created_at = at, .updated_at = at};
    std::int64_t id = repo.Create(p, Content(position), "hash-" + position, {});
    repo.Approve(id, repo.Find(id)->latest->id, Content(position), "x", at);
    return id;
}

TEST(MigrateData, CopiesEverythingKeepsIdsAndContinuesTheSequences) {
    std::random_device rd;
    auto dir = std::filesystem::temp_directory_path() / ("ejob-migrate-data-" + std::to_string(rd()));
    std::filesystem::create_directories(dir);
    {
        auto source = OpenDb("sqlite://" + (dir / "source.db").string());
        Migrate(*source);
        SqlPublicationCore core;
        Publish(*source, core, "Proqramçı", 1000);
        std::int64_t second = Publish(*source, core, "Mühəndis", 2000);
        SqlAccountRepository accounts(*source);
        accounts.Create({0, "user@example.az", "hash", "user", 5, std::nullopt, "az"});
        LoadOrCreateSecret(*source, "signing_key", "the-key");
        d::DocumentVersion policy;
        policy.body = "Yeni siyasət";
        policy.published_at = 4000;
        policy.editor_id = 1;
        ASSERT_TRUE(SqlDocumentStore(*source).Publish("privacy", 0, {{"az", policy}, {"ru", policy}}));

        testing::TestDatabase target_db(dir);
        auto target = OpenDb(target_db.url());
        auto copied = CopySite(*source, *target);
        std::int64_t publications = 0;
        for (const auto& t : copied)
            if (t.table == "publications") publications = t.rows;
        EXPECT_EQ(publications, 2);
        EXPECT_EQ(LoadOrCreateSecret(*target, "signing_key", "another"), "the-key");
        SqlDocumentStore documents(*target);
        EXPECT_EQ(documents.Revision("privacy"), 1) << "the edited policy and its revision came along";
        ASSERT_TRUE(documents.Find("privacy", "az", 2).has_value());
        EXPECT_EQ(documents.Find("privacy", "az", 2)->body, "Yeni siyasət");
        EXPECT_EQ(documents.Versions("ru", "privacy").size(), 0u);
        EXPECT_EQ(documents.Versions("privacy", "ru").size(), 1u);

        SqlPublicationCore target_core;
        d::FixedClock clock(0);
        PublicListings listings(*target, d::search::Synonyms::None(), clock);
        listings.Start();
        SqlPublicationRepository<d::VacancyKind> repo(*target, target_core, listings.vacancy_rows);
        auto moved = repo.FindPublished(second);
        ASSERT_TRUE(moved.has_value());
        EXPECT_EQ(moved->content.position, "Mühəndis");
        EXPECT_EQ(moved->content.photos.size(), 1u);
        EXPECT_TRUE(target_core.IsPublicPhoto(*target, "0123456789abcdef0123456789abcdef"));
        d::VacancyFilter f;
        f.terms = {"muhendis"};
        EXPECT_EQ(listings.vacancies.List(f, 3000).total, 1) << "the search index came along";
        EXPECT_GT(Publish(*target, target_core, "Yeni", 3000), second) << "new ids continue after the copied ones";
        EXPECT_THROW(CopySite(*source, *target), DbError) << "never into a database that holds a site";
    }
    std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace ejob::storage
