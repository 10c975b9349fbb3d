#include "support/test_site.hpp"

#include <gtest/gtest.h>

#include <random>
#include <regex>

#include "domain/accounts/account.hpp"
#include "domain/vacancies/vacancy_service.hpp"
#include "storage/migrate.hpp"

namespace ejob::testing {

TestSite::TestSite() {
    std::random_device rd;
    dir_ = std::filesystem::temp_directory_path() / ("ejob-test-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(dir_);
    app::Config config;
    config.port = 0;
    config.data_dir = dir_.string();
    config.threads = 4;
    config.access_log = false;
    {
        auto db = storage::OpenDb(config.DbUrl());
        storage::Migrate(*db);
    }
    clock_ = std::make_shared<domain::FixedClock>(domain::SystemClock().Now());
    site_ = std::make_unique<app::Site>(config, clock_);
    site_->Start();
}

TestSite::~TestSite() {
    site_->Stop();
    site_.reset();
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
}

void TestSite::SignInAdmin(Client& c) {
    if (!admin_created_) {
        ASSERT_TRUE(site_->accounts().CreateAdmin(kAdminEmail, kAdminPassword).ok());
        admin_created_ = true;
    }
    auto form = c.Get("/en/admin/login");
    auto r = c.Post("/en/admin/login",
                    {{"_csrf", CsrfToken(form.body)}, {"email", kAdminEmail}, {"password", kAdminPassword}});
    ASSERT_EQ(r.status, 303) << r.body;
}

std::string TestSite::SubmitVacancy(Client& c, const Form& fields) {
    auto page = c.Get("/en/vacancies/new");
    Form form = fields;
    form.insert(form.begin(), {"_csrf", CsrfToken(page.body)});
    auto r = c.Post("/en/vacancies/new", form);
    EXPECT_EQ(r.status, 303) << r.body.substr(0, 4000);
    std::smatch m;
    std::string location = r.Header("location");
    if (!std::regex_search(location, m, std::regex("/manage/([A-Za-z0-9_-]+)"))) return {};
    return m[1];
}

void TestSite::Approve(Client& admin, std::int64_t id) {
    auto review = admin.Get("/en/admin/moderation/" + std::to_string(id));
    ASSERT_EQ(review.status, 200);
    auto record = site_->vacancies().ForModeration(id);
    ASSERT_TRUE(record.ok());
    const auto& c = *record->latest_content;
    auto d = domain::ToDraft(c);
    Form form = {{"_csrf", CsrfToken(review.body)},
                 {"position", d.position},
                 {"category", d.category},
                 {"subcategory", d.subcategory},
                 {"company", d.company},
                 {"city", d.city},
                 {"address", d.address},
                 {"salary_min", d.salary_min},
                 {"salary_max", d.salary_max},
                 {"schedule", d.schedule},
                 {"employment_type", d.employment_type},
                 {"experience", d.experience},
                 {"education", d.education},
                 {"age_min", d.age_min},
                 {"age_max", d.age_max},
                 {"requirements", d.requirements},
                 {"description", d.description},
                 {"contact_person", d.contact_person},
                 {"phone", d.phone},
                 {"email", d.email},
                 {"apply_url", d.apply_url},
                 {"closing_date", d.closing_date}};
    if (d.remote) form.emplace_back("remote", "1");
    auto r = admin.Post("/en/admin/moderation/" + std::to_string(id) + "/approve", form);
    ASSERT_EQ(r.status, 303) << r.body.substr(0, 3000);
}

std::int64_t TestSite::IdOfToken(const std::string& token) {
    auto record = site_->vacancies().Manage(token);
    return record.ok() ? record->publication.id : 0;
}

std::int64_t TestSite::CountRows(const std::string& table) {
    return site_->db().ReadValue(
        [&](storage::Conn& c) { return c.QueryOne("SELECT COUNT(*) FROM " + table)->Int(0); });
}

std::vector<std::filesystem::path> TestSite::MailFiles() const {
    std::vector<std::filesystem::path> out;
    if (!std::filesystem::exists(dir_ / "mail")) return out;
    for (const auto& e : std::filesystem::directory_iterator(dir_ / "mail"))
        if (e.path().extension() == ".eml") out.push_back(e.path());
    return out;
}

namespace fixtures {

Form VacancyForm(const std::string& position, const std::string& company, const std::string& city) {
    return {{"position", position},
            {"category", "industry"},
            {"subcategory", "engineering"},
            {"company", company},
            {"city", city},
            {"address", "Nəsimi rayonu"},
            {"salary_min", "1500"},
            {"salary_max", "1800"},
            {"schedule", "09:00-18:00, 5/2"},
            {"employment_type", "full_time"},
            {"experience", "3_5"},
            {"education", "higher"},
            {"requirements", "Ali texniki təhsil, AutoCAD biliyi, 3 il təcrübə."},
            {"description", "Avadanlığın texniki vəziyyətinə nəzarət, planlı təmir işlərinin təşkili."},
            {"contact_person", "Aysel Məmmədova"},
            {"phone", "+994 50 555 12 34"},
            {"email", "hr@xezer-tikinti.az"}};
}

Form With(Form f, const std::string& name, const std::string& value) {
    for (auto& [k, v] : f)
        if (k == name) {
            v = value;
            return f;
        }
    f.emplace_back(name, value);
    return f;
}

}  // namespace fixtures
}  // namespace ejob::testing
