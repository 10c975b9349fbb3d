// Resumes and self-employment ads through the shared SQL lifecycle and their read models, on a real SQLite file.
#include <gtest/gtest.h>

#include <filesystem>
#include <random>

#include "domain/publications/publication_service.hpp"
#include "storage/codecs/codecs.hpp"
#include "storage/migrate.hpp"
#include "storage/repos/public_listings.hpp"
#include "storage/repos/sql_publications.hpp"
#include "support/test_db.hpp"

namespace ejob::storage {
namespace {
namespace d = ejob::domain;

const std::string kStem = "0123456789abcdef0123456789abcdef";
constexpr d::Millis kNow = 1'795'000'000'000;  // 2026-11-18

class ResumeServiceDb : public ::testing::Test {
  protected:
    void SetUp() override {
        std::random_device rd;
        dir_ = std::filesystem::temp_directory_path() / ("ejob-storage-rs-" + std::to_string(rd()));
        std::filesystem::create_directories(dir_);
        test_db_ = std::make_unique<testing::TestDatabase>(dir_);
        db_ = OpenDb(test_db_->url());
        Migrate(*db_);
        listings_ = std::make_unique<PublicListings>(*db_, d::search::Synonyms::None(), clock_);
        listings_->Start();
        resumes_ = &listings_->resumes;
        services_ = &listings_->services;
        resume_repo_ = std::make_unique<SqlPublicationRepository<d::ResumeKind>>(*db_, core_, listings_->resume_rows);
        service_repo_ =
            std::make_unique<SqlPublicationRepository<d::ServiceAdKind>>(*db_, core_, listings_->service_rows);
    }
    void TearDown() override {
        resume_repo_.reset();
        service_repo_.reset();
        listings_.reset();
        db_.reset();
        test_db_.reset();
        std::filesystem::remove_all(dir_);
    }

    static d::ResumeContent Resume(const std::string& position, const std::string& category = "it",
                                   const std::string& city = "baku") {
        d::ResumeContent c;
        c.first_name = "Aysel";
        c.last_name = "Məmmədova";
        c.gender = "female";
        c.birth_year = 1995;
        c.city = city;
        c.desired_position = position;
        c.category = category;
        c.education_level = "higher";
        c.experience = "1_3";
        c.about = "Haqqımda: " + position;
        c.phone = "+994 50 000 00 00";
        c.photos = {kStem};
        return c;
    }

    static d::ServiceAdContent Service(const std::string& title, const std::string& category = "repair",
                                       const std::string& city = "baku",
                                       std::optional<std::int64_t> price = std::nullopt) {
        d::ServiceAdContent c;
        c.title = title;
        c.category = category;
        c.description = "Təsvir: " + title;
        c.price_type = price ? "fixed" : "negotiable";
        c.price = price;
        c.price_unit = price ? "job" : "";
        c.city = city;
        c.contact_name = "Elçin";
        c.phone = "+994 55 000 00 00";
        return c;
    }

    template <typename Kind>
    static std::int64_t Publish(SqlPublicationRepository<Kind>& repo, const typename Kind::Content& c, d::Millis at) {
        d::Publication p;
        p.kind = Kind::kName;
        p.slug = "x";
        p.lang = "az";
        p.created_at = p.updated_at = at;
        std::int64_t id = repo.Create(p, c, "hash-" + std::to_string(at) + Kind::Title(c), {});
        auto rec = repo.Find(id);
        repo.Approve(id, rec->latest->id, c, d::text::Slugify(Kind::Title(c)), at);
        return id;
    }

    std::int64_t Count(const std::string& sql) {
        return db_->ReadValue([&](Conn& c) { return c.QueryOne(sql)->Int(0); });
    }

    std::filesystem::path dir_;
    std::unique_ptr<testing::TestDatabase> test_db_;
    std::unique_ptr<Db> db_;
    SqlPublicationCore core_;
    d::FixedClock clock_{0};
    std::unique_ptr<PublicListings> listings_;
    d::IndexedResumes* resumes_ = nullptr;
    d::IndexedServiceAds* services_ = nullptr;
    std::unique_ptr<SqlPublicationRepository<d::ResumeKind>> resume_repo_;
    std::unique_ptr<SqlPublicationRepository<d::ServiceAdKind>> service_repo_;
};

TEST_F(ResumeServiceDb, MigrationCreatesTheNewTables) {
    RequireCurrentSchema(*db_);
    for (const char* table : {"resume_listings", "service_listings", "public_photos"})
        EXPECT_EQ(Count(std::string("SELECT COUNT(*) FROM ") + table) >= 0 ? 1 : 0, 1) << table;
}

TEST_F(ResumeServiceDb, OnlyPhotosOfPublicNonAnonymousItemsArePublic) {
    auto ad = Service("Santexnik");
    ad.photos = {kStem};
    std::int64_t id = Publish(*service_repo_, ad, 1000);
    EXPECT_EQ(Count("SELECT COUNT(*) FROM public_photos WHERE stem = '" + std::string(kStem) + "'"), 1);
    service_repo_->Delete(id);
    EXPECT_EQ(Count("SELECT COUNT(*) FROM public_photos"), 0);
}

TEST_F(ResumeServiceDb, ResumesListNewestFirstWithCombinedFilters) {
    auto a = Resume("Proqramçı", "it", "baku");
    a.min_salary = 300000;
    a.birth_year = 1990;  // 36
    auto b = Resume("Mühasib", "finance", "ganja");
    b.min_salary = 80000;
    b.birth_year = 2000;  // 26
    b.gender = "male";
    b.experience = "gt5";
    auto c = Resume("Analitik", "it", "ganja");
    c.birth_year.reset();
    c.education_level = "secondary";
    Publish(*resume_repo_, a, 1000);
    Publish(*resume_repo_, b, 2000);
    std::int64_t cid = Publish(*resume_repo_, c, 3000);

    auto all = resumes_->List({}, kNow);
    ASSERT_EQ(all.total, 3);
    EXPECT_EQ(all.items[0].desired_position, "Analitik");
    EXPECT_EQ(all.items[0].id, cid);
    EXPECT_EQ(all.items[0].slug, "analitik");
    EXPECT_FALSE(all.items[0].age.has_value());
    EXPECT_EQ(all.items[0].education_level, "secondary");
    EXPECT_EQ(all.items[2].desired_position, "Proqramçı");
    EXPECT_EQ(all.items[2].age, 36);
    EXPECT_EQ(all.items[2].display_name, "Aysel Məmmədova");
    EXPECT_EQ(all.items[2].photo, kStem);
    EXPECT_EQ(all.items[2].min_salary, 300000);
    EXPECT_EQ(all.items[2].excerpt, "Haqqımda: Proqramçı");
    EXPECT_EQ(all.items[2].published_at, 1000);

    d::ResumeFilter f;
    f.category = "it";
    f.city = "ganja";
    auto both = resumes_->List(f, kNow);
    ASSERT_EQ(both.total, 1);
    EXPECT_EQ(both.items[0].desired_position, "Analitik");

    d::ResumeFilter budget;  // desired salary at most 1000 AZN; no desired salary fits too
    budget.max_salary = 100000;
    EXPECT_EQ(resumes_->List(budget, kNow).total, 2);
    budget.city = "ganja";
    budget.gender = "male";
    auto m = resumes_->List(budget, kNow);
    ASSERT_EQ(m.total, 1);
    EXPECT_EQ(m.items[0].desired_position, "Mühasib");
    EXPECT_EQ(m.items[0].age, 26);
    EXPECT_EQ(m.items[0].experience, "gt5");

    d::ResumeFilter ages;  // resumes without a birth year drop out once an age is asked for
    ages.age_min = 30;
    ASSERT_EQ(resumes_->List(ages, kNow).total, 1);
    EXPECT_EQ(resumes_->List(ages, kNow).items[0].desired_position, "Proqramçı");
    ages.age_min = 20;
    ages.age_max = 30;
    ASSERT_EQ(resumes_->List(ages, kNow).total, 1);
    EXPECT_EQ(resumes_->List(ages, kNow).items[0].desired_position, "Mühasib");
    ages.age_min = 26;
    ages.age_max = 26;
    EXPECT_EQ(resumes_->List(ages, kNow).total, 1);
    ages.category = "it";
    EXPECT_EQ(resumes_->List(ages, kNow).total, 0);

    d::ResumeFilter edu;
    edu.education_level = "higher";
    edu.experience = "1_3";
    EXPECT_EQ(resumes_->List(edu, kNow).total, 1);

    auto counts = resumes_->CountByCategory();
    ASSERT_EQ(counts.size(), 2u);
    EXPECT_EQ(counts[0].category, "finance");
    EXPECT_EQ(counts[0].count, 1);
    EXPECT_EQ(counts[1].category, "it");
    EXPECT_EQ(counts[1].count, 2);

    d::ResumeFilter paged;
    paged.per_page = 2;
    paged.page = 2;
    auto p2 = resumes_->List(paged, kNow);
    EXPECT_EQ(p2.total, 3);
    ASSERT_EQ(p2.items.size(), 1u);
    EXPECT_EQ(p2.items[0].desired_position, "Proqramçı");
}

TEST_F(ResumeServiceDb, AnonymousResumeShowsInitialsNoPhotoAndIsNotFoundByName) {
    auto open = Resume("Dizayner", "design");
    open.first_name = "Nigar";
    open.last_name = "Quliyeva";
    auto hidden = Resume("Mühəndis", "industry");
    hidden.first_name = "Ələsgər";
    hidden.last_name = "Hüseynov";
    hidden.privacy = d::ContactVisibility::Anonymous;
    Publish(*resume_repo_, open, 1000);
    std::int64_t id = Publish(*resume_repo_, hidden, 2000);

    auto all = resumes_->List({}, kNow);
    ASSERT_EQ(all.total, 2);
    EXPECT_EQ(all.items[0].id, id);
    EXPECT_EQ(all.items[0].display_name, "Ə. H.");
    EXPECT_EQ(all.items[0].photo, "");
    EXPECT_EQ(all.items[1].display_name, "Nigar Quliyeva");
    EXPECT_EQ(all.items[1].photo, kStem);

    d::ResumeFilter f;
    f.terms = {"quliyeva"};
    EXPECT_EQ(resumes_->List(f, kNow).total, 1);
    for (std::string name : {"elesger", "huseynov", "eles"}) {
        f.terms = {name};
        EXPECT_EQ(resumes_->List(f, kNow).total, 0) << name;
    }
    f.terms = {"muhendis"};
    auto found = resumes_->List(f, kNow);
    ASSERT_EQ(found.total, 1);
    EXPECT_EQ(found.items[0].display_name, "Ə. H.");
    // Contacts are never searchable.
    f.terms = {"994"};
    EXPECT_EQ(resumes_->List(f, kNow).total, 0);
    // The stored content keeps everything for the owner and the moderator.
    auto stored = resume_repo_->FindPublished(id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->content.first_name, "Ələsgər");
    EXPECT_EQ(stored->content.photos, std::vector<std::string>{kStem});
}

TEST_F(ResumeServiceDb, SearchKeepsKindsApart) {
    Publish(*resume_repo_, Resume("Baş mühasib", "finance"), 1000);
    Publish(*service_repo_, Service("Mühasibat xidməti", "other"), 2000);
    d::ResumeFilter rf;
    rf.terms = {"muhasib"};
    auto r = resumes_->List(rf, kNow);
    ASSERT_EQ(r.total, 1);
    EXPECT_EQ(r.items[0].desired_position, "Baş mühasib");
    d::ServiceAdFilter sf;
    sf.terms = {"muhasib"};
    auto s = services_->List(sf, kNow);
    ASSERT_EQ(s.total, 1);
    EXPECT_EQ(s.items[0].title, "Mühasibat xidməti");
    for (std::string weird : {"\"", "AND", "NEAR", "*", "a\"b", "col:x", "^"}) {
        rf.terms = {weird};
        sf.terms = {weird};
        EXPECT_NO_THROW(resumes_->List(rf, kNow)) << weird;
        EXPECT_NO_THROW(services_->List(sf, kNow)) << weird;
    }
}

TEST_F(ResumeServiceDb, ServiceAdsListWithCombinedFiltersAndPriceRange) {
    auto a = Service("Kafel döşənməsi", "repair", "baku", 5000);
    a.photos = {kStem, "fedcba9876543210fedcba9876543210"};
    Publish(*service_repo_, a, 1000);
    Publish(*service_repo_, Service("Riyaziyyat dərsi", "tutoring", "ganja", 2000), 2000);
    Publish(*service_repo_, Service("Ev təmiri", "repair", "ganja"), 3000);  // negotiable

    auto all = services_->List({}, kNow);
    ASSERT_EQ(all.total, 3);
    EXPECT_EQ(all.items[0].title, "Ev təmiri");
    EXPECT_EQ(all.items[0].price_type, "negotiable");
    EXPECT_FALSE(all.items[0].price.has_value());
    EXPECT_EQ(all.items[0].photo, "");
    EXPECT_EQ(all.items[2].title, "Kafel döşənməsi");
    EXPECT_EQ(all.items[2].price, 5000);
    EXPECT_EQ(all.items[2].price_unit, "job");
    EXPECT_EQ(all.items[2].photo, kStem);
    EXPECT_EQ(all.items[2].slug, "kafel-dosenmesi");
    EXPECT_EQ(all.items[2].excerpt, "Təsvir: Kafel döşənməsi");

    d::ServiceAdFilter f;
    f.category = "repair";
    f.city = "ganja";
    auto both = services_->List(f, kNow);
    ASSERT_EQ(both.total, 1);
    EXPECT_EQ(both.items[0].title, "Ev təmiri");

    d::ServiceAdFilter price;  // a price bound leaves negotiable ads out
    price.price_max = 3000;
    auto cheap = services_->List(price, kNow);
    ASSERT_EQ(cheap.total, 1);
    EXPECT_EQ(cheap.items[0].title, "Riyaziyyat dərsi");
    price.price_max.reset();
    price.price_min = 2000;
    EXPECT_EQ(services_->List(price, kNow).total, 2);
    price.price_max = 2000;
    EXPECT_EQ(services_->List(price, kNow).total, 1);
    price.category = "repair";
    EXPECT_EQ(services_->List(price, kNow).total, 0);

    auto counts = services_->CountByCategory();
    ASSERT_EQ(counts.size(), 2u);
    EXPECT_EQ(counts[0].category, "repair");
    EXPECT_EQ(counts[0].count, 2);
    EXPECT_EQ(counts[1].category, "tutoring");
}

TEST_F(ResumeServiceDb, DeleteRemovesEveryTrace) {
    std::int64_t r = Publish(*resume_repo_, Resume("Sürücü", "services"), 1000);
    std::int64_t s = Publish(*service_repo_, Service("Yük daşıma", "transport"), 2000);
    EXPECT_EQ(Count("SELECT COUNT(*) FROM search_index"), 2);
    resume_repo_->Delete(r);
    service_repo_->Delete(s);
    for (const char* table :
         {"publications", "publication_versions", "resume_listings", "service_listings", "search_index"})
        EXPECT_EQ(Count(std::string("SELECT COUNT(*) FROM ") + table), 0) << table;
    EXPECT_TRUE(resumes_->CountByCategory().empty());
    EXPECT_TRUE(services_->CountByCategory().empty());
}

TEST_F(ResumeServiceDb, AnApprovedEditReplacesTheListingRow) {
    std::int64_t id = Publish(*resume_repo_, Resume("Kassir", "finance"), 1000);
    auto edited = Resume("Baş kassir", "sales");
    edited.privacy = d::ContactVisibility::Anonymous;
    resume_repo_->AddVersion(id, edited, 2000, {});
    EXPECT_EQ(resumes_->List({}, kNow).items[0].desired_position, "Kassir");  // the live version stays public
    auto rec = resume_repo_->Find(id);
    resume_repo_->Approve(id, rec->latest->id, edited, "bas-kassir", 3000);
    auto all = resumes_->List({}, kNow);
    ASSERT_EQ(all.total, 1);
    EXPECT_EQ(all.items[0].desired_position, "Baş kassir");
    EXPECT_EQ(all.items[0].display_name, "A. M.");
    EXPECT_EQ(all.items[0].published_at, 1000);  // first publication time is kept
    auto counts = resumes_->CountByCategory();
    ASSERT_EQ(counts.size(), 1u);
    EXPECT_EQ(counts[0].category, "sales");
    d::ResumeFilter f;
    f.terms = {"aysel"};
    EXPECT_EQ(resumes_->List(f, kNow).total, 0);
}

TEST(Codecs, ResumeRoundTripsEveryField) {
    d::ResumeContent c;
    c.first_name = "Aysel";
    c.last_name = "Məmmədova";
    c.patronymic = "Rauf qızı";
    c.gender = "female";
    c.birth_year = 1995;
    c.city = "baku";
    c.desired_position = "Baş mühasib \"senior\"";
    c.category = "finance";
    c.min_salary = 120050;
    c.education_level = "higher";
    c.experience = "3_5";
    c.education = {{"ADİU", "Mühasibat", "2012", "2016"}, {"BDU", "", "", ""}};
    c.jobs = {{"Kapital Bank", "Mühasib", "2016", "2020", "Hesabatlar\nvə vergi"},
              {"Azərsun", "Baş mühasib", "2020", "", ""}};
    c.languages = {{"Azərbaycan dili", "native"}, {"İngilis dili", "B2"}};
    c.skills = "1C";
    c.computer_skills = "Excel";
    c.about = "Haqqımda";
    c.additional = "Əlavə";
    c.phone = "+994 50 123 45 67";
    c.email = "aysel@example.az";
    c.privacy = d::ContactVisibility::Anonymous;
    c.photos = {kStem};

    d::ResumeContent back;
    back.skills = "stale";
    FromJson(ToJson(c), back);
    EXPECT_EQ(back.first_name, c.first_name);
    EXPECT_EQ(back.last_name, c.last_name);
    EXPECT_EQ(back.patronymic, c.patronymic);
    EXPECT_EQ(back.gender, c.gender);
    EXPECT_EQ(back.birth_year, c.birth_year);
    EXPECT_EQ(back.city, c.city);
    EXPECT_EQ(back.desired_position, c.desired_position);
    EXPECT_EQ(back.category, c.category);
    EXPECT_EQ(back.min_salary, c.min_salary);
    EXPECT_EQ(back.education_level, c.education_level);
    EXPECT_EQ(back.experience, c.experience);
    ASSERT_EQ(back.education.size(), 2u);
    EXPECT_EQ(back.education[0].institution, "ADİU");
    EXPECT_EQ(back.education[0].specialty, "Mühasibat");
    EXPECT_EQ(back.education[0].from_year, "2012");
    EXPECT_EQ(back.education[0].to_year, "2016");
    EXPECT_EQ(back.education[1].institution, "BDU");
    ASSERT_EQ(back.jobs.size(), 2u);
    EXPECT_EQ(back.jobs[0].employer, "Kapital Bank");
    EXPECT_EQ(back.jobs[0].position, "Mühasib");
    EXPECT_EQ(back.jobs[0].from_year, "2016");
    EXPECT_EQ(back.jobs[0].to_year, "2020");
    EXPECT_EQ(back.jobs[0].duties, "Hesabatlar\nvə vergi");
    EXPECT_EQ(back.jobs[1].to_year, "");
    ASSERT_EQ(back.languages.size(), 2u);
    EXPECT_EQ(back.languages[1].language, "İngilis dili");
    EXPECT_EQ(back.languages[1].level, "B2");
    EXPECT_EQ(back.skills, c.skills);
    EXPECT_EQ(back.computer_skills, c.computer_skills);
    EXPECT_EQ(back.about, c.about);
    EXPECT_EQ(back.additional, c.additional);
    EXPECT_EQ(back.phone, c.phone);
    EXPECT_EQ(back.email, c.email);
    EXPECT_EQ(back.privacy, d::ContactVisibility::Anonymous);
    EXPECT_EQ(back.photos, c.photos);

    // Missing and mistyped keys take defaults; unknown keys are ignored.
    d::ResumeContent old;
    old.birth_year = 1980;
    FromJson(R"({"first_name":"X","education":"nope","jobs":[1,{"employer":"E"}],"photos":[3,"s"],"privacy":"?",)"
             R"("birth_year":"1990","future_field":true})",
             old);
    EXPECT_EQ(old.first_name, "X");
    EXPECT_TRUE(old.education.empty());
    ASSERT_EQ(old.jobs.size(), 1u);
    EXPECT_EQ(old.jobs[0].employer, "E");
    EXPECT_EQ(old.photos, std::vector<std::string>{"s"});
    EXPECT_EQ(old.privacy, d::ContactVisibility::Everyone);
    EXPECT_FALSE(old.birth_year.has_value());
    EXPECT_FALSE(old.min_salary.has_value());
}

TEST(Codecs, ServiceAdRoundTripsEveryField) {
    d::ServiceAdContent c;
    c.title = "Mənzil təmiri";
    c.category = "repair";
    c.description = "Təmir\nişləri";
    c.price_type = "from";
    c.price = 1550;
    c.price_unit = "hour";
    c.city = "baku";
    c.service_area = "Yasamal";
    c.contact_name = "Elçin";
    c.phone = "+994 55 765 43 21";
    c.email = "elcin@example.az";
    c.whatsapp = true;
    c.privacy = d::ContactVisibility::SignedIn;
    c.photos = {kStem, "fedcba9876543210fedcba9876543210"};

    d::ServiceAdContent back;
    FromJson(ToJson(c), back);
    EXPECT_EQ(back.title, c.title);
    EXPECT_EQ(back.category, c.category);
    EXPECT_EQ(back.description, c.description);
    EXPECT_EQ(back.price_type, c.price_type);
    EXPECT_EQ(back.price, c.price);
    EXPECT_EQ(back.price_unit, c.price_unit);
    EXPECT_EQ(back.city, c.city);
    EXPECT_EQ(back.service_area, c.service_area);
    EXPECT_EQ(back.contact_name, c.contact_name);
    EXPECT_EQ(back.phone, c.phone);
    EXPECT_EQ(back.email, c.email);
    EXPECT_TRUE(back.whatsapp);
    EXPECT_EQ(back.privacy, d::ContactVisibility::SignedIn);
    EXPECT_EQ(back.photos, c.photos);

    c.price.reset();
    c.price_type = "negotiable";
    c.whatsapp = false;
    FromJson(ToJson(c), back);
    EXPECT_FALSE(back.price.has_value());
    EXPECT_FALSE(back.whatsapp);

    d::ServiceAdContent old;
    FromJson(R"({"title":"T","whatsapp":"yes","price":"10","photos":{}})", old);
    EXPECT_EQ(old.title, "T");
    EXPECT_FALSE(old.whatsapp);
    EXPECT_FALSE(old.price.has_value());
    EXPECT_TRUE(old.photos.empty());
    EXPECT_EQ(old.privacy, d::ContactVisibility::Everyone);
}

}  // namespace
}  // namespace ejob::storage
