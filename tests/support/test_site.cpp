#include "support/test_site.hpp"

#include <cstdio>

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <random>
#include <regex>
#include <sstream>

#include "domain/accounts/account.hpp"
#include "domain/vacancies/vacancy_service.hpp"
#include "security/totp.hpp"
#include "storage/migrate.hpp"

namespace ejob::testing {

TestSite::TestSite(const std::function<void(app::Config&)>& configure) {
    std::random_device rd;
    dir_ = std::filesystem::temp_directory_path() / ("ejob-test-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(dir_);
    app::Config config;
    config.port = 0;
    config.data_dir = dir_.string();
    config.threads = 4;
    config.access_log = false;
    db_ = std::make_unique<TestDatabase>(dir_);
    config.db_url = db_->url();
    {
        auto db = storage::OpenDb(config.DbUrl());
        storage::Migrate(*db);
    }
    if (configure) configure(config);
    clock_ = std::make_shared<domain::FixedClock>(domain::SystemClock().Now());
    site_ = std::make_unique<app::Site>(config, clock_);
    site_->Start();
}

TestSite::~TestSite() {
    site_->Stop();
    site_.reset();
    db_.reset();
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
}

std::unique_ptr<app::Site> TestSite::StartAnotherNode(std::optional<size_t> page_cache_mib) {
    app::Config config = site_->config();
    config.port = 0;
    config.base_url.clear();
    if (page_cache_mib) config.page_cache_mib = *page_cache_mib;
    auto node = std::make_unique<app::Site>(config);
    node->Start();
    return node;
}

void TestSite::SignInAdmin(Client& c) {
    if (!admin_created_) {
        auto admin = site_->accounts().CreateStaff(kAdminEmail, kAdminPassword, "admin");
        ASSERT_TRUE(admin.ok());
        admin_created_ = true;
        admin_id_ = admin->id;
    }
    // Administrators sign in with a second factor: set up once, then each sign-in takes one recovery code (a fresh
    // set when they run out), so that a test may sign in again within the same 30 seconds of its fixed clock.
    if (admin_recovery_codes_.empty()) {
        domain::Account me;
        me.id = admin_id_;
        me.email = kAdminEmail;
        auto offer = site_->accounts().OfferTotp(me, "ejob");
        auto codes = site_->accounts().EnableTotp(admin_id_, offer.secret, offer.signature,
                                                  CurrentTotp(offer.secret, clock_->Now()));
        ASSERT_TRUE(codes.ok());
        admin_recovery_codes_ = *codes;
        admin_totp_secret_ = offer.secret;
    }
    const std::string code = admin_recovery_codes_.back();
    admin_recovery_codes_.pop_back();
    auto form = c.Get("/en/admin/login");
    auto r =
        c.Post("/en/admin/login",
               {{"_csrf", CsrfToken(form.body)}, {"email", kAdminEmail}, {"password", kAdminPassword}, {"code", code}});
    ASSERT_EQ(r.status, 303) << r.body;
}

std::string CurrentTotp(const std::string& secret, domain::Millis now) {
    return security::TotpCode(*security::FromBase32(secret), now / security::Totp::kStep);
}

void TestSite::SignInModerator(Client& c, const std::string& email) {
    ASSERT_TRUE(site_->accounts().CreateStaff(email, "moderator password", "moderator").ok());
    auto login = c.Get("/en/admin/login");
    ASSERT_EQ(c.Post("/en/admin/login",
                     {{"_csrf", CsrfToken(login.body)}, {"email", email}, {"password", "moderator password"}})
                  .status,
              303);
}

void TestSite::RegisterAndSignIn(Client& c, const std::string& email, const std::string& password) {
    auto page = c.Get("/en/account/register");
    auto r =
        c.Post("/en/account/register", {{"_csrf", CsrfToken(page.body)}, {"email", email}, {"password", password}});
    ASSERT_EQ(r.status, 200) << r.body.substr(0, 2000);
    page = c.Get("/en/account/login");
    r = c.Post("/en/account/login", {{"_csrf", CsrfToken(page.body)}, {"email", email}, {"password", password}});
    ASSERT_EQ(r.status, 303) << r.body.substr(0, 2000);
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

std::string TestSite::Submit(Client& c, const std::string& kind_path, const Form& fields,
                             const std::vector<FilePart>& files) {
    auto page = c.Get("/en" + kind_path + "/new");
    Form form = fields;
    form.insert(form.begin(), {"_csrf", CsrfToken(page.body)});
    auto r = c.PostMultipart("/en" + kind_path + "/new", form, files);
    EXPECT_EQ(r.status, 303) << r.body.substr(0, 6000);
    std::smatch m;
    std::string location = r.Header("location");
    if (!std::regex_search(location, m, std::regex("/manage/([A-Za-z0-9_-]+)"))) return {};
    return m[1];
}

void TestSite::Approve(Client& admin, std::int64_t id, const Form& overrides) {
    auto review = admin.Get("/en/admin/moderation/" + std::to_string(id));
    ASSERT_EQ(review.status, 200);
    Form form = FormFields(review.body, "/approve");
    ASSERT_FALSE(form.empty()) << "no approve form on the review page";
    for (const auto& [k, v] : overrides) form = fixtures::With(form, k, v);
    auto r = admin.Post("/en/admin/moderation/" + std::to_string(id) + "/approve", form);
    ASSERT_EQ(r.status, 303) << r.body.substr(0, 3000);
}

void TestSite::Reject(Client& admin, std::int64_t id, const std::string& reason) {
    auto review = admin.Get("/en/admin/moderation/" + std::to_string(id));
    auto r = admin.Post("/en/admin/moderation/" + std::to_string(id) + "/reject",
                        {{"_csrf", CsrfToken(review.body)}, {"reason", reason}});
    ASSERT_EQ(r.status, 303) << r.body.substr(0, 3000);
}

std::vector<std::filesystem::path> TestSite::MediaFiles() const {
    std::vector<std::filesystem::path> out;
    if (!std::filesystem::exists(dir_ / "media")) return out;
    for (const auto& e : std::filesystem::recursive_directory_iterator(dir_ / "media"))
        if (e.is_regular_file()) out.push_back(e.path());
    return out;
}

std::int64_t TestSite::IdOfToken(const std::string& token) {
    if (auto r = site_->vacancies().Manage(token)) return r->publication.id;
    if (auto r = site_->resumes().Manage(token)) return r->publication.id;
    if (auto r = site_->services().Manage(token)) return r->publication.id;
    return 0;
}

std::int64_t TestSite::CountRows(const std::string& table) {
    return site_->db().ReadValue([&](storage::Conn& c) { return c.QueryOne("SELECT COUNT(*) FROM " + table)->Int(0); });
}

std::string TestSite::WhereHeld(const std::string& marker) {
    std::string where;
    for (const auto& e : std::filesystem::recursive_directory_iterator(dir_)) {
        if (!e.is_regular_file()) continue;
        if (ReadFile(e.path()).find(marker) != std::string::npos)
            where += std::filesystem::relative(e.path(), dir_).string() + " ";
    }
    if (!db_->postgres()) return where;
    std::string hex;  // as bt_page_items shows a key: "6d 61 72"
    for (unsigned char ch : marker) {
        char b[4];
        std::snprintf(b, sizeof b, hex.empty() ? "%02x" : " %02x", ch);
        hex += b;
    }
    site_->db().Read([&](storage::Conn& c) {
        c.ExecScript("CREATE EXTENSION IF NOT EXISTS pageinspect");
        for (const auto& r :
             c.Query("SELECT DISTINCT c.relname FROM pg_class c "
                     "CROSS JOIN LATERAL generate_series(0, (pg_relation_size(c.oid) / 8192)::int - 1) AS b "
                     "CROSS JOIN LATERAL heap_page_items(get_raw_page(c.oid::regclass::text, b)) h "
                     "WHERE ((c.relnamespace = 'public'::regnamespace AND c.relkind = 'r') OR c.oid IN "
                     "(SELECT reltoastrelid FROM pg_class WHERE relnamespace = 'public'::regnamespace)) "
                     "AND h.lp_flags = 1 AND position(convert_to(CAST(? AS text), 'UTF8') in h.t_data) > 0",
                     {marker}))
            where += "table " + r.Text(0) + " ";
        for (const auto& r : c.Query(
                 "SELECT DISTINCT c.relname FROM pg_class c JOIN pg_am am ON am.oid = c.relam AND am.amname = 'btree' "
                 "CROSS JOIN LATERAL generate_series(1, (pg_relation_size(c.oid) / 8192)::int - 1) AS b "
                 "CROSS JOIN LATERAL bt_page_items(c.oid::regclass::text, b) i "
                 "WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'i' "
                 "AND position(CAST(? AS text) in i.data) > 0",
                 {hex}))
            where += "index " + r.Text(0) + " ";
    });
    return where;
}

std::vector<std::filesystem::path> TestSite::MailFiles() const {
    std::vector<std::filesystem::path> out;
    if (!std::filesystem::exists(dir_ / "mail")) return out;
    for (const auto& e : std::filesystem::directory_iterator(dir_ / "mail"))
        if (e.path().extension() == ".eml") out.push_back(e.path());
    return out;
}

bool Contains(const std::string& hay, const std::string& needle) {
    return hay.find(needle) != std::string::npos;
}

std::string ReadFile(const std::filesystem::path& path) {
    std::ifstream f(path, std::ios::binary);
    std::stringstream s;
    s << f.rdbuf();
    return s.str();
}

std::vector<std::string> PublicPhotoStems(const std::string& html) {
    std::vector<std::string> out;
    std::regex re("/media/([0-9a-f]{32})-");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), re); it != std::sregex_iterator(); ++it)
        if (std::find(out.begin(), out.end(), (*it)[1]) == out.end()) out.push_back((*it)[1]);
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

Form ResumeForm(const std::string& position, const std::string& privacy, const std::string& first,
                const std::string& last) {
    return {{"first_name", first},
            {"last_name", last},
            {"gender", "female"},
            {"birth_year", "1994"},
            {"city", "baku"},
            {"desired_position", position},
            {"category", "finance"},
            {"min_salary", "1200"},
            {"experience", "3_5"},
            {"education_level", "higher"},
            {"education.0.institution", "Azərbaycan Dövlət İqtisad Universiteti"},
            {"education.0.specialty", "Mühasibat uçotu"},
            {"education.0.from_year", "2011"},
            {"education.0.to_year", "2015"},
            {"jobs.0.employer", "Kapital Maliyyə"},
            {"jobs.0.position", "Mühasib köməkçisi"},
            {"jobs.0.from_year", "2016"},
            {"jobs.0.to_year", "2021"},
            {"jobs.0.duties", "İlkin sənədlərin uçotu, hesabatların hazırlanması."},
            {"languages.0.language", "Azərbaycan dili"},
            {"languages.0.level", "native"},
            {"languages.1.language", "İngilis dili"},
            {"languages.1.level", "B2"},
            {"skills", "1C, maliyyə hesabatları"},
            {"about", "Məsuliyyətli və diqqətli mütəxəssisəm."},
            {"phone", "+994 55 444 33 22"},
            {"email", "aysel.m@example.az"},
            {"privacy", privacy}};
}

Form ServiceForm(const std::string& title, const std::string& price) {
    return {{"title", title},
            {"category", "repair"},
            {"description", "Santexnika işlərinin quraşdırılması və təmiri, qısa müddətdə."},
            {"price_type", "from"},
            {"price", price},
            {"price_unit", "job"},
            {"city", "baku"},
            {"service_area", "Nəsimi və Yasamal rayonları"},
            {"contact_name", "Elvin"},
            {"phone", "+994 70 222 11 00"},
            {"whatsapp", "1"},
            {"privacy", "everyone"}};
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
