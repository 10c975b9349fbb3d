// The rules and the privacy policy as administrators edit them, through the real server: a new version shows at once
// on the forms and the public pages in its language with its date, the earlier one stays listed and viewable, only
// administrators edit, bad input stores nothing, rejections cite the edited text, and another node follows.
#include <gtest/gtest.h>

#include "domain/accounts/account.hpp"
#include "domain/pages/site_documents.hpp"
#include "support/test_site.hpp"
#include "web/i18n.hpp"

namespace ejob::testing {
namespace {

constexpr const char* kModEmail = "moderator@test.local";
constexpr const char* kModPassword = "moderator password 1";

class SitePages : public ::testing::Test {
  protected:
    // The editor's form as the browser would send it back.
    Form EditorForm(Client& admin, const std::string& prefix, const std::string& document) {
        auto page = admin.Get(prefix + "/admin/pages/" + document);
        EXPECT_EQ(page.status, 200);
        return FormFields(page.body, "/admin/pages/" + document);
    }
    static std::string Field(const Form& form, const std::string& name) {
        for (const auto& [k, v] : form)
            if (k == name) return v;
        return "";
    }
    HttpResult Save(Client& admin, const std::string& prefix, const std::string& document, const Form& form) {
        return admin.Post(prefix + "/admin/pages/" + document, form);
    }
    std::string Date(web::Lang lang, domain::Millis at) { return web::Tr(lang).Date(at); }
    TestSite site;
};

TEST_F(SitePages, RussianRulesEditedByAnAdministratorShowOnTheRussianFormAndRulesPageWithTheirDate) {
    Client admin = site.NewClient(), visitor = site.NewClient();
    site.SignInAdmin(admin);
    // Kept by the page cache (from the second request on), as a visitor's /ru/rules would be.
    visitor.Get("/ru/rules");
    auto before = visitor.Get("/ru/rules");
    const std::string first_date = Date(web::Lang::Ru, domain::kFirstVersionPublished);
    EXPECT_TRUE(Contains(before.body, first_date)) << "version 1 is dated 29 December 2025";
    EXPECT_FALSE(Contains(before.body, "/ru/rules/vacancy/versions/1"));

    Form form = EditorForm(admin, "/ru", "rules-vacancy");
    EXPECT_EQ(Field(form, "rule4_key"), "salary");
    const std::string old_ru = Field(form, "rule4_ru"), old_az = Field(form, "rule4_az");
    ASSERT_FALSE(old_ru.empty());
    EXPECT_TRUE(Contains(before.body, old_ru));
    const std::string new_ru = "Зарплата — в манатах и реальная; разброс не больше 300 манатов (новая редакция).";
    form = fixtures::With(form, "rule4_ru", new_ru);
    form = fixtures::With(form, "note", "Разброс зарплаты");
    auto saved = Save(admin, "/ru", "rules-vacancy", form);
    ASSERT_EQ(saved.status, 303) << saved.body.substr(0, 3000);
    EXPECT_EQ(saved.Header("location"), "/ru/admin/pages?done=saved");
    EXPECT_EQ(site.CountRows("site_document_versions"), 1);

    const std::string today = Date(web::Lang::Ru, site.clock().Now());
    auto vacancy_form = visitor.Get("/ru/vacancies/new");
    EXPECT_TRUE(Contains(vacancy_form.body, new_ru));
    EXPECT_FALSE(Contains(vacancy_form.body, old_ru));
    EXPECT_TRUE(Contains(vacancy_form.body, today));

    auto rules = visitor.Get("/ru/rules");
    EXPECT_TRUE(Contains(rules.body, new_ru)) << "the page cache still has the old page";
    EXPECT_FALSE(Contains(rules.body, old_ru));
    EXPECT_TRUE(Contains(rules.body, today));
    EXPECT_TRUE(Contains(rules.body, "/ru/rules/vacancy/versions/1"));
    auto earlier = visitor.Get("/ru/rules/vacancy/versions/1");
    ASSERT_EQ(earlier.status, 200);
    EXPECT_TRUE(Contains(earlier.body, old_ru));
    EXPECT_TRUE(Contains(earlier.body, first_date));
    EXPECT_TRUE(Contains(earlier.body, "noindex"));
    auto second = visitor.Get("/ru/rules/vacancy/versions/2");
    ASSERT_EQ(second.status, 200);
    EXPECT_TRUE(Contains(second.body, new_ru));
    EXPECT_EQ(visitor.Get("/ru/rules/vacancy/versions/3").status, 404);
    EXPECT_EQ(visitor.Get("/ru/rules/spaceship/versions/1").status, 404);
    EXPECT_EQ(visitor.Get("/ru/rules/vacancy/versions/x1").status, 404);

    // The other languages did not change.
    auto az = visitor.Get("/vacancies/new");
    EXPECT_TRUE(Contains(az.body, old_az));
    EXPECT_FALSE(Contains(visitor.Get("/rules").body, "/rules/vacancy/versions/1"));
    // The edited rule kept its key and place; the console lists the new version.
    EXPECT_EQ(Field(EditorForm(admin, "/ru", "rules-vacancy"), "rule4_key"), "salary");
    EXPECT_TRUE(Contains(admin.Get("/en/admin/pages").body, "Version 2"));
}

TEST_F(SitePages, OnlyAdministratorsEdit) {
    ASSERT_TRUE(site.site().accounts().CreateStaff(kModEmail, kModPassword, "moderator").ok());
    Client visitor = site.NewClient(), user = site.NewClient(), moderator = site.NewClient(), admin = site.NewClient();
    site.RegisterAndSignIn(user, "user@example.az");
    auto login = moderator.Get("/en/admin/login");
    ASSERT_EQ(moderator
                  .Post("/en/admin/login",
                        {{"_csrf", CsrfToken(login.body)}, {"email", kModEmail}, {"password", kModPassword}})
                  .status,
              303);
    site.SignInAdmin(admin);
    Form form = EditorForm(admin, "/en", "privacy");
    form = fixtures::With(form, "text_en", "Rewritten by someone who may not.");

    for (Client* c : {&visitor, &user, &moderator}) {
        const std::string csrf = CsrfToken(c->Get("/en/vacancies/new").body);
        Form theirs = fixtures::With(form, "_csrf", csrf);
        auto post = c->Post("/en/admin/pages/privacy", theirs);
        EXPECT_EQ(post.status, 403);
        for (const char* path : {"/en/admin/pages", "/en/admin/pages/privacy"}) {
            auto get = c->Get(path);
            if (c == &moderator)
                EXPECT_EQ(get.status, 403) << path;
            else
                EXPECT_EQ(get.Header("location"), "/en/admin/login") << path;
        }
    }
    EXPECT_TRUE(Contains(moderator.Get("/en/admin/pages").body, "Only administrators may do this."));
    EXPECT_EQ(site.CountRows("site_document_versions"), 0);
    EXPECT_FALSE(Contains(visitor.Get("/en/privacy").body, "Rewritten"));
    EXPECT_FALSE(Contains(moderator.Get("/en/admin/moderation").body, "/en/admin/pages\""));
    EXPECT_TRUE(Contains(admin.Get("/en/admin/moderation").body, "/en/admin/pages\""));
}

TEST_F(SitePages, BadInputIsRefusedNextToTheFieldInTheAdministratorsLanguageAndStoresNothing) {
    Client admin = site.NewClient();
    site.SignInAdmin(admin);
    Form privacy = EditorForm(admin, "/ru", "privacy");

    auto empty = Save(admin, "/ru", "privacy", fixtures::With(privacy, "text_en", "  \r\n "));
    EXPECT_EQ(empty.status, 422);
    EXPECT_TRUE(Contains(empty.body, "Напишите текст на этом языке.")) << empty.body.substr(0, 3000);
    EXPECT_TRUE(Contains(empty.body, "id=\"f-text_en-error\""));

    auto too_long = Save(admin, "/ru", "privacy", fixtures::With(privacy, "text_az", std::string(40001, 'a')));
    EXPECT_EQ(too_long.status, 422);
    EXPECT_TRUE(Contains(too_long.body, "не более 40000 символов")) << too_long.body.substr(0, 3000);

    Form rules = EditorForm(admin, "/en", "rules-service");
    auto empty_rule = Save(admin, "/en", "rules-service", fixtures::With(rules, "rule2_az", ""));
    EXPECT_EQ(empty_rule.status, 422);
    EXPECT_TRUE(Contains(empty_rule.body, "Write this rule in every language."));
    EXPECT_TRUE(Contains(empty_rule.body, "id=\"f-rule2_az-error\""));
    auto long_note = Save(admin, "/en", "rules-service", fixtures::With(rules, "note", std::string(201, 'n')));
    EXPECT_EQ(long_note.status, 422);
    Form none = rules;
    for (int i = 0; i < 8; ++i) none.push_back({"rule" + std::to_string(i) + "_remove", "1"});
    auto nothing_left = Save(admin, "/en", "rules-service", none);
    EXPECT_EQ(nothing_left.status, 422);
    EXPECT_TRUE(Contains(nothing_left.body, "Keep at least one rule."));

    // A form made before another administrator's save: refused as a whole.
    auto first = Save(admin, "/en", "rules-service", fixtures::With(rules, "rule0_en", "Only your own work."));
    ASSERT_EQ(first.status, 303);
    auto stale = Save(admin, "/en", "rules-service", fixtures::With(rules, "rule1_en", "Something else."));
    EXPECT_EQ(stale.status, 409);
    EXPECT_TRUE(Contains(stale.body, "Another administrator saved this document meanwhile."));
    EXPECT_EQ(site.CountRows("site_document_versions"), 1);

    EXPECT_EQ(Save(admin, "/en", "nonsense", rules).status, 404);
    EXPECT_EQ(admin.Get("/en/admin/pages/nonsense").status, 404);
}

TEST_F(SitePages, PrivacyPolicyIsTextOnlyWithItsDateAndEarlierVersions) {
    Client admin = site.NewClient(), visitor = site.NewClient();
    site.SignInAdmin(admin);
    auto first = visitor.Get("/en/privacy");
    EXPECT_TRUE(Contains(first.body, "1. What data we collect"));
    EXPECT_TRUE(Contains(visitor.Get("/privacy").body, Date(web::Lang::Az, domain::kFirstVersionPublished)));

    Form form = EditorForm(admin, "/en", "privacy");
    form = fixtures::With(form, "text_en",
                          "We keep little.\n\n## Cookies <script>alert(1)</script>\n- only the <b>needed</b> ones");
    ASSERT_EQ(Save(admin, "/en", "privacy", form).status, 303);
    auto page = visitor.Get("/en/privacy");
    EXPECT_TRUE(Contains(page.body, "<p>We keep little.</p>"));
    EXPECT_TRUE(Contains(page.body, "<h2>Cookies &lt;script&gt;alert(1)&lt;/script&gt;</h2>"));
    EXPECT_TRUE(Contains(page.body, "<li>only the &lt;b&gt;needed&lt;/b&gt; ones</li>"));
    EXPECT_FALSE(Contains(page.body, "<script>alert"));
    EXPECT_TRUE(Contains(page.body, Date(web::Lang::En, site.clock().Now())));
    EXPECT_TRUE(Contains(page.body, "href=\"/en/privacy/versions/1\""));
    EXPECT_TRUE(Contains(visitor.Get("/en/privacy/versions/1").body, "1. What data we collect"));
    // Azerbaijani and Russian are as they were.
    EXPECT_FALSE(Contains(visitor.Get("/privacy").body, "/privacy/versions/1"));
}

TEST_F(SitePages, ARejectionCitesTheEditedRuleInTheOwnersLanguage) {
    Client owner = site.NewClient(), admin = site.NewClient();
    const std::string token = site.SubmitVacancy(owner, fixtures::VacancyForm("Kuryer"));  // an English form
    const std::int64_t id = site.IdOfToken(token);
    site.SignInAdmin(admin);
    const std::string new_en = "Salary in AZN, realistic, and the range no wider than a third (revised).";
    ASSERT_EQ(Save(admin, "/en", "rules-vacancy",
                   fixtures::With(EditorForm(admin, "/en", "rules-vacancy"), "rule4_en", new_en))
                  .status,
              303);
    auto review = admin.Get("/ru/admin/moderation/" + std::to_string(id));  // the moderator works in Russian
    ASSERT_EQ(review.status, 200);
    auto r = admin.Post("/ru/admin/moderation/" + std::to_string(id) + "/reject",
                        {{"_csrf", CsrfToken(review.body)}, {"rule", "5"}});
    ASSERT_EQ(r.status, 303) << r.body.substr(0, 3000);
    auto manage = owner.Get("/en/manage/" + token);
    EXPECT_TRUE(Contains(manage.body, "Rule 5 of the form submission rules: " + new_en)) << manage.body.substr(0, 4000);
}

TEST_F(SitePages, AnotherNodeShowsTheEditAtOnce) {
    auto second = site.StartAnotherNode();
    Client admin = site.NewClient(), on_b(second->port());
    site.SignInAdmin(admin);
    on_b.Get("/en/privacy");
    ASSERT_FALSE(Contains(on_b.Get("/en/privacy").body, "Edited on node A"));
    on_b.Get("/en/services/new");

    ASSERT_EQ(Save(admin, "/en", "privacy",
                   fixtures::With(EditorForm(admin, "/en", "privacy"), "text_en", "Edited on node A."))
                  .status,
              303);
    EXPECT_TRUE(Eventually([&] { return Contains(on_b.Get("/en/privacy").body, "Edited on node A."); }))
        << "node B still shows its cached page";

    const std::string rule = "Photos of your own work only (edited on node A).";
    ASSERT_EQ(
        Save(admin, "/en", "rules-service", fixtures::With(EditorForm(admin, "/en", "rules-service"), "rule3_en", rule))
            .status,
        303);
    EXPECT_TRUE(Eventually([&] { return Contains(on_b.Get("/en/services/new").body, rule); }))
        << "node B's form still shows its copy of the rules";
    second->Stop();
}

}  // namespace
}  // namespace ejob::testing
