#pragma once
// A real database (SQLite file, or the test run's PostgreSQL) with the schema, the public lists and a vacancy
// repository, for the storage tests; ItemCacheBytes() > 0 puts the published items' cache behind the repository.
#include <gtest/gtest.h>

#include <filesystem>
#include <random>

#include "storage/migrate.hpp"
#include "storage/repos/public_listings.hpp"
#include "storage/repos/sql_publications.hpp"
#include "support/test_db.hpp"

namespace ejob::storage {

class VacancyDb : public ::testing::Test {
  protected:
    virtual size_t ItemCacheBytes() const { return 0; }

    void SetUp() override {
        std::random_device rd;
        dir_ = std::filesystem::temp_directory_path() / ("ejob-storage-" + std::to_string(rd()));
        std::filesystem::create_directories(dir_);
        test_db_ = std::make_unique<testing::TestDatabase>(dir_);
        db_ = OpenDb(test_db_->url());
        Migrate(*db_);
        listings_ = std::make_unique<PublicListings>(*db_, domain::search::Synonyms::None(), clock_, ItemCacheBytes());
        listings_->Start();
        repo_ = std::make_unique<SqlPublicationRepository<domain::VacancyKind>>(
            *db_, core_, listings_->vacancy_rows, ItemCacheBytes() > 0 ? &listings_->published : nullptr);
    }
    void TearDown() override {
        repo_.reset();
        listings_.reset();
        db_.reset();
        test_db_.reset();
        std::filesystem::remove_all(dir_);
    }

    static domain::VacancyContent Content(const std::string& position, const std::string& category = "it",
                                          const std::string& city = "baku",
                                          std::optional<std::int64_t> salary = std::nullopt) {
        domain::VacancyContent c;
        c.position = position;
        c.category = category;
        c.company = "Firma";
        c.city = city;
        c.employment_type = "full_time";
        c.experience = "1_3";
        c.education = "higher";
        c.requirements = "Tələblər";
        c.description = "Təsvir: " + position;
        c.phone = "+994 50 000 00 00";
        c.salary_min = salary;
        return c;
    }

    // Created and approved at `at`; returns the id.
    std::int64_t Publish(const domain::VacancyContent& c, domain::Millis at) {
        domain::Publication p;
        p.kind = "vacancy";
        p.slug = "x";
        p.lang = "az";
        p.created_at = p.updated_at = at;
        std::int64_t id = repo_->Create(p, c, "hash-" + std::to_string(at) + c.position, {});
        Approve(id, c, at);
        return id;
    }
    // Approves the pending version of `id` with content `c`.
    void Approve(std::int64_t id, const domain::VacancyContent& c, domain::Millis at) {
        auto rec = repo_->Find(id);
        ASSERT_TRUE(rec && rec->latest);
        repo_->Approve(id, rec->latest->id, c, "x", at);
    }

    std::filesystem::path dir_;
    std::unique_ptr<testing::TestDatabase> test_db_;
    std::unique_ptr<Db> db_;
    SqlPublicationCore core_;
    domain::FixedClock clock_{1000};
    std::unique_ptr<PublicListings> listings_;
    std::unique_ptr<SqlPublicationRepository<domain::VacancyKind>> repo_;
};

}  // namespace ejob::storage
