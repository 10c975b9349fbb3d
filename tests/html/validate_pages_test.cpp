// Every kind of page, as the real server renders it, through the Nu Html Checker (vnu.jar from the npm package
// vnu-jar, installed by `make test` into tests/html/node_modules; needs Java). The test fails on any error.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <regex>
#include <sstream>

#include "app/commands.hpp"
#include "domain/accounts/account.hpp"
#include "support/images.hpp"
#include "support/test_site.hpp"

namespace ejob::testing {
namespace {

std::string Slurp(const std::filesystem::path& p) {
    std::ifstream f(p);
    std::stringstream s;
    s << f.rdbuf();
    return s.str();
}

// Runs a command and returns its exit status and everything it printed.
std::pair<int, std::string> RunCommand(const std::string& command) {
    std::string out;
    FILE* p = popen((command + " 2>&1").c_str(), "r");
    if (!p) return {-1, "cannot start: " + command};
    std::array<char, 4096> buf{};
    size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
    int status = pclose(p);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}

class HtmlValidity : public ::testing::Test {
  protected:
    TestSite site;
    Client visitor = site.NewClient();
    Client admin = site.NewClient();
    Client member = site.NewClient();
    std::filesystem::path out_dir = site.dir() / "pages";
    std::vector<std::string> fetched;  // "file: URL" lines, to name the page of an error

    void SetUp() override { std::filesystem::create_directories(out_dir); }

    // Fetches `path` with `c`, expects `status`, and keeps the page for the checker.
    void Page(Client& c, const std::string& path, int status = 200) {
        auto r = c.Get(path);
        ASSERT_EQ(r.status, status) << path;
        Keep(path, r.body);
    }
    void Keep(const std::string& what, const std::string& body) {
        std::string name = "page" + std::to_string(fetched.size()) + ".html";
        std::ofstream(out_dir / name) << body;
        fetched.push_back(name + ": " + what);
    }

    std::string Location(Client& c, const std::string& path) { return c.Get(path).Header("location"); }

    std::string LinkFromMail(const std::string& to, const std::string& pattern) {
        std::string found;
        for (const auto& f : site.MailFiles()) {
            std::string mail = Slurp(f);
            if (mail.find("To: " + to) == std::string::npos) continue;
            std::smatch m;
            if (std::regex_search(mail, m, std::regex(pattern))) found = m[1];
        }
        return found;
    }
};

TEST_F(HtmlValidity, EveryKindOfPageHasNoCheckerErrors) {
    const char* jar = std::getenv("EJOB_VNU_JAR");
    ASSERT_TRUE(jar && std::filesystem::exists(jar))
        << "vnu.jar not found (EJOB_VNU_JAR); run `cd tests/html && npm ci` as `make test` does";

    // Demo content (long lists with pages, photos, logos, texts in three languages) ...
    app::Config config;
    config.data_dir = site.dir().string();
    ASSERT_EQ(app::SeedDemo(config, {.vacancies = 40, .resumes = 25, .services = 25, .with_photos = 12}, false), 0);
    std::vector<std::string> demo;
    for (const char* list : {"/en/vacancies", "/en/resumes", "/en/services"}) {
        std::string body = visitor.Get(list).body;
        std::smatch m;
        ASSERT_TRUE(std::regex_search(body, m, std::regex("href=\"/en(/[a-z]+/[0-9]+-[^\"]+)\"")));
        demo.push_back(m[1]);
    }
    // ... and fixtures of every kind: with and without photos, published and waiting for moderation.
    site.SignInAdmin(admin);
    auto published = [&](const std::string& kind, const Form& form, const std::vector<FilePart>& files = {}) {
        std::string token = site.Submit(visitor, kind, form, files);
        std::int64_t id = site.IdOfToken(token);
        site.Approve(admin, id);
        return Location(visitor, "/en" + kind + "/" + std::to_string(id)).substr(3);  // without "/en"
    };
    const std::string vacancy = published("/vacancies", fixtures::VacancyForm("Logist"),
                                          {{"logo", "logo.jpg", "image/jpeg", images::SmallJpeg(1)}});
    const std::string plain_vacancy = published("/vacancies", fixtures::VacancyForm("Mühəndis-mexanik"));
    const std::string resume = published("/resumes", fixtures::ResumeForm("Baş mühasib"),
                                         {{"photo", "me.jpg", "image/jpeg", images::SmallJpeg(2)}});
    const std::string plain_resume =
        published("/resumes", fixtures::ResumeForm("Kassir", "everyone", "Elçin", "Əliyev"));
    const std::string service = published("/services", fixtures::ServiceForm("Kafel ustası", "25"),
                                          {{"photos", "a.jpg", "image/jpeg", images::SmallJpeg(3)},
                                           {"photos", "b.jpg", "image/jpeg", images::SmallJpeg(4)}});
    // Waiting, with flags of the automatic checks (capitals, a messenger in the text) on its review page.
    const std::string token = site.Submit(
        visitor, "/vacancies",
        fixtures::With(fixtures::VacancyForm("TƏCİLİ SATIŞ MENECERİ axtarırıq"), "description", "WhatsApp-a yazın."));
    const std::int64_t pending = site.IdOfToken(token);
    ASSERT_FALSE(vacancy.empty() || plain_vacancy.empty() || resume.empty() || plain_resume.empty() ||
                 service.empty() || pending == 0);

    // Public pages, in every language.
    const std::vector<std::string> pages = {"/",
                                            "/vacancies",
                                            "/vacancies?category=industry&city=baku&employment_type=full_time",
                                            "/vacancies?q=logist&page=1",
                                            vacancy,
                                            plain_vacancy,
                                            "/resumes",
                                            "/resumes?category=finance&city=baku&experience=none",
                                            resume,
                                            plain_resume,
                                            "/services",
                                            "/services?category=repair&price_min=10",
                                            service,
                                            "/vacancies?page=2",
                                            "/resumes?page=2",
                                            "/services?page=2",
                                            demo[0],
                                            demo[1],
                                            demo[2],
                                            "/vacancies/new",
                                            "/resumes/new",
                                            "/services/new",
                                            "/post",
                                            "/cv-maker",
                                            "/search",
                                            "/search?q=muhendis",
                                            "/search?q=qwertyzz",
                                            "/rules",
                                            "/privacy",
                                            "/manage/" + token,
                                            "/manage/" + token + "/edit",
                                            "/account/register",
                                            "/account/login",
                                            "/account/password-reset",
                                            "/admin/login"};
    for (const char* prefix : {"", "/ru", "/en"}) {
        for (const auto& p : pages) Page(visitor, prefix + p);
        Page(visitor, std::string(prefix) + "/no-such-page", 404);
    }

    // A refused form: the error summary and the messages next to the fields.
    auto form = visitor.Get("/en/vacancies/new");
    auto refused = visitor.PostMultipart("/en/vacancies/new", {{"_csrf", CsrfToken(form.body)}}, {});
    ASSERT_EQ(refused.status, 422);
    Keep("POST /en/vacancies/new (refused)", refused.body);

    // The CV Maker with a draft of every section (the preview in each template), refused, and its publishing form.
    {
        Client cv = site.NewClient();
        auto page = cv.Get("/en/cv-maker");
        Form fields = {
            {"_csrf", CsrfToken(page.body)}, {"template_code", "modern"}, {"first_name", "Günel"},
            {"last_name", "Məmmədova"}, {"title", "Baş mühasib"}, {"desired_salary", "1500"},
            {"email", "gunel@example.az"}, {"summary", "Maliyyə hesabatları."}, {"jobs.0.position", "Mühasib"},
            {"jobs.0.employer", "Azərsun"}, {"jobs.0.start", "2019-03"},
            {"jobs.0.duties",
             "Hesabatlar\nVergi"},
             {"education.0.institution", "ADİU"},
             {"languages.0.language", "İngilis dili"},
             {"languages.0.level", "B2"},
             {"skills", "1C, Excel"},
             {"courses.0.name", "ACCA F3"},
             {"links.0.label", "LinkedIn"},
             {"links.0.url", "https://www.linkedin.com/in/gunel"},
             {"cover_letter", "Hörmətli işəgötürən…"},
             {"action", "save"}};
        ASSERT_EQ(
            cv.PostMultipart("/en/cv-maker", fields, {{"photo", "me.jpg", "image/jpeg", images::SmallJpeg(2)}}).status,
            303);
        for (const char* prefix : {"", "/ru", "/en"}) {
            Page(cv, std::string(prefix) + "/cv-maker");
            Page(cv, std::string(prefix) + "/cv-maker/publish");
        }
        for (const char* design : {"classic", "compact"}) {
            fields = fixtures::With(fields, "template_code", design);
            fields = fixtures::With(fields, "_csrf", CsrfToken(cv.Get("/en/cv-maker").body));
            ASSERT_EQ(cv.PostMultipart("/en/cv-maker", fields, {}).status, 303);
            Page(cv, std::string("/cv-maker?design=") + design);
        }
        fields = fixtures::With(fields, "email", "not-an-address");
        auto refused_cv = cv.PostMultipart("/en/cv-maker", fields, {});
        ASSERT_EQ(refused_cv.status, 422);
        Keep("POST /en/cv-maker (refused)", refused_cv.body);
    }

    // A person with an account: their publications, their edit form, the new-password page.
    {
        auto page = member.Get("/en/account/register");
        ASSERT_EQ(member
                      .Post("/en/account/register", {{"_csrf", CsrfToken(page.body)},
                                                     {"email", "leyla@example.az"},
                                                     {"password", "long enough password"}})
                      .status,
                  200);
        std::string confirm = LinkFromMail("leyla@example.az", "/account/confirm/([A-Za-z0-9_-]+)");
        ASSERT_FALSE(confirm.empty());
        // Posted earlier without an account: "My publications" offers it for attaching.
        site.Submit(visitor, "/vacancies",
                    fixtures::With(fixtures::VacancyForm("Kassir"), "owner_email", "leyla@example.az"));
        // The link signs the person in.
        ASSERT_EQ(member.Get("/en/account/confirm/" + confirm).status, 303);
        std::string own = site.Submit(member, "/vacancies", fixtures::VacancyForm("Barista"));
        std::int64_t own_id = site.IdOfToken(own);
        for (const char* prefix : {"", "/ru", "/en"}) {
            Page(member, std::string(prefix) + "/account");
            Page(member, std::string(prefix) + "/account/publications/" + std::to_string(own_id) + "/edit");
            Page(member, std::string(prefix) + "/vacancies");
        }
        auto reset = visitor.Get("/en/account/password-reset");
        visitor.Post("/en/account/password-reset", {{"_csrf", CsrfToken(reset.body)}, {"email", "leyla@example.az"}});
        std::string reset_token = LinkFromMail("leyla@example.az", "/account/password-reset/([A-Za-z0-9_-]+)");
        ASSERT_FALSE(reset_token.empty());
        Page(visitor, "/en/account/password-reset/" + reset_token);
    }

    // A new administrator's first page: the second factor's setup, with its QR code (inline SVG).
    {
        ASSERT_TRUE(site.site().accounts().CreateStaff("new.admin@test.local", "new admin password", "admin").ok());
        Client fresh = site.NewClient();
        auto form = fresh.Get("/en/admin/login");
        ASSERT_EQ(fresh
                      .Post("/en/admin/login", {{"_csrf", CsrfToken(form.body)},
                                                {"email", "new.admin@test.local"},
                                                {"password", "new admin password"}})
                      .status,
                  303);
        Page(fresh, "/en/admin/security");
    }

    // The moderator's pages.
    for (const char* prefix : {"", "/en"}) {
        Page(admin, std::string(prefix) + "/admin/moderation");
        Page(admin, std::string(prefix) + "/admin/moderation/" + std::to_string(pending));
        Page(admin, std::string(prefix) + "/admin/requests");
        Page(admin, std::string(prefix) + "/admin/staff");
        Page(admin, std::string(prefix) + "/admin/security");
        Page(admin, std::string(prefix) + vacancy);
    }

    // The users console: the search with its table, an account's page (its publications and requests), blocked
    // and refused forms; the administrator's own page (no block or delete).
    {
        auto found = admin.Get("/en/admin/users?q=leyla");
        std::smatch m;
        ASSERT_TRUE(std::regex_search(found.body, m, std::regex("/en/admin/users/([0-9]+)\">leyla@example.az")));
        const std::string user = "/admin/users/" + std::string(m[1]);
        ASSERT_TRUE(std::regex_search(found.body, m, std::regex("name=\"_csrf\" value=\"([^\"]+)\"")));
        const std::string csrf = m[1];
        auto mine = member.Get("/en/account");
        member.Post("/en/account/requests/email", {{"_csrf", CsrfToken(mine.body)}, {"new_email", "l@example.az"}});
        for (const char* prefix : {"", "/en"}) {
            Page(admin, std::string(prefix) + "/admin/users");
            Page(admin, std::string(prefix) + "/admin/users?q=leyla");
            Page(admin, std::string(prefix) + user);
        }
        auto email = admin.Post("/en" + user + "/email", {{"_csrf", csrf}, {"email", "not an address"}});
        ASSERT_EQ(email.status, 422);
        Keep("POST " + user + "/email (refused)", email.body);
        auto del = admin.Post("/en" + user + "/delete", {{"_csrf", csrf}});
        ASSERT_EQ(del.status, 422);
        Keep("POST " + user + "/delete (refused)", del.body);
        ASSERT_EQ(admin.Post("/en" + user + "/block", {{"_csrf", csrf}}).status, 303);
        Page(admin, "/ru" + user + "?done=blocked");
        const std::string all = admin.Get("/en/admin/users?q=admin@test").body;
        ASSERT_TRUE(std::regex_search(all, m, std::regex("/en/admin/users/([0-9]+)\">admin@test.local")));
        Page(admin, "/en/admin/users/" + std::string(m[1]));
        // The audit log with entries of every sort (a correction, a hidden email change, a block) and filters.
        for (const char* path : {"/admin/audit", "/ru/admin/audit?action=block_account", "/en/admin/audit?q=zzz",
                                 "/admin", "/ru/admin", "/en/admin"})
            Page(admin, path);
    }

    // The rules and the privacy policy: the console, its editors (also refused), and the public pages with an
    // earlier version after an edit.
    {
        for (const char* prefix : {"", "/ru", "/en"}) {
            Page(admin, std::string(prefix) + "/admin/pages");
            Page(admin, std::string(prefix) + "/admin/pages/rules-vacancy");
            Page(admin, std::string(prefix) + "/admin/pages/privacy");
        }
        auto editor = admin.Get("/en/admin/pages/rules-resume");
        Form rules = FormFields(editor.body, "/admin/pages/rules-resume");
        Form refused = rules;
        for (auto& [k, v] : refused)
            if (k == "rule1_ru") v.clear();
        auto r = admin.Post("/en/admin/pages/rules-resume", refused);
        ASSERT_EQ(r.status, 422);
        Keep("POST /admin/pages/rules-resume (refused)", r.body);
        for (auto& [k, v] : rules)
            if (k == "rule1_ru") v = "Одна желаемая должность в резюме (новая редакция).";
        ASSERT_EQ(admin.Post("/en/admin/pages/rules-resume", rules).status, 303);
        Form privacy = FormFields(admin.Get("/en/admin/pages/privacy").body, "/admin/pages/privacy");
        for (auto& [k, v] : privacy)
            if (k == "text_ru") v = "Вступление.\n\n## Раздел\n- пункт один\n- пункт два\n\nКонец.";
        ASSERT_EQ(admin.Post("/en/admin/pages/privacy", privacy).status, 303);
        Page(admin, "/en/admin/pages?done=saved");
        for (const char* path : {"/ru/rules", "/ru/privacy", "/ru/privacy/versions/1", "/ru/privacy/versions/2",
                                 "/ru/rules/resume/versions/1", "/ru/resumes/new"})
            Page(visitor, path);
    }

    auto [status, output] =
        RunCommand("java -Xss8m -jar '" + std::string(jar) + "' --errors-only --format gnu '" + out_dir.string() + "'");
    std::string pages_list;
    for (const auto& line : fetched) pages_list += line + "\n";
    EXPECT_EQ(status, 0) << output << "\npages:\n" << pages_list;
    EXPECT_EQ(output.find("error"), std::string::npos) << output;
    EXPECT_GE(fetched.size(), 100u);
}

}  // namespace
}  // namespace ejob::testing
