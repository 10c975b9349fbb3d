// The vacancy lifecycle through the real server: submit → pending (invisible) → moderation → public.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "domain/vacancies/vacancy_service.hpp"
#include "support/test_site.hpp"

namespace ejob::testing {
namespace {

class VacancyFlow : public ::testing::Test {
  protected:
    TestSite site;
    Client visitor = site.NewClient();
    Client admin = site.NewClient();
};

TEST_F(VacancyFlow, PendingVacancyIsNowherePublicUntilApproved) {
    std::string token = site.SubmitVacancy(visitor, fixtures::VacancyForm("Baş mühəndis-energetik"));
    ASSERT_FALSE(token.empty());
    std::int64_t id = site.IdOfToken(token);
    std::string detail = "/en/vacancies/" + std::to_string(id);

    auto manage = visitor.Get("/en/manage/" + token + "?new=1");
    EXPECT_EQ(manage.status, 200);
    EXPECT_TRUE(Contains(manage.body, "Waiting for moderation"));
    EXPECT_TRUE(Contains(manage.body, "/manage/" + token));

    for (const std::string& url :
         {std::string("/en/vacancies"), std::string("/en/"), std::string("/en/search?q=energetik"),
          std::string("/sitemap.xml"), std::string("/en/feed.xml")}) {
        auto r = visitor.Get(url);
        EXPECT_EQ(r.status, 200) << url;
        EXPECT_FALSE(Contains(r.body, "Baş mühəndis-energetik")) << url << " shows a pending vacancy";
        EXPECT_FALSE(Contains(r.body, "/vacancies/" + std::to_string(id) + "-")) << url << " links a pending vacancy";
    }
    EXPECT_EQ(visitor.Get(detail).status, 404);

    site.SignInAdmin(admin);
    auto queue = admin.Get("/en/admin/moderation");
    EXPECT_TRUE(Contains(queue.body, "Baş mühəndis-energetik"));
    site.Approve(admin, id);

    auto list = visitor.Get("/en/vacancies");
    EXPECT_TRUE(Contains(list.body, "Baş mühəndis-energetik"));
    auto filtered = visitor.Get("/en/vacancies?category=industry&city=baku&min_salary=1000&employment_type=full_time");
    EXPECT_TRUE(Contains(filtered.body, "Baş mühəndis-energetik"));
    auto other_city = visitor.Get("/en/vacancies?category=industry&city=ganja");
    EXPECT_FALSE(Contains(other_city.body, "Baş mühəndis-energetik"));
    auto too_rich = visitor.Get("/en/vacancies?min_salary=5000");
    EXPECT_FALSE(Contains(too_rich.body, "Baş mühəndis-energetik"));

    // Folded search: typed without Azerbaijani letters, in capitals, or as a prefix.
    for (const std::string q : {"bas+muhendis", "MUHENDIS-ENERGETIK", "m%C3%BCh%C9%99ndis", "energ"}) {
        auto r = visitor.Get("/en/search?q=" + q);
        EXPECT_EQ(r.status, 200);
        EXPECT_TRUE(Contains(r.body, "<mark>")) << q;
        EXPECT_TRUE(Contains(r.body, "/vacancies/" + std::to_string(id) + "-")) << q;
    }

    auto page = visitor.Get(detail);
    EXPECT_EQ(page.status, 301);
    std::string canonical = page.Header("location");
    EXPECT_EQ(canonical, "/en/vacancies/" + std::to_string(id) + "-bas-muhendis-energetik");
    auto shown = visitor.Get(canonical);
    EXPECT_EQ(shown.status, 200);
    EXPECT_TRUE(Contains(shown.body, "Baş mühəndis-energetik"));
    EXPECT_TRUE(Contains(visitor.Get("/sitemap.xml").body, canonical.substr(3)));
    EXPECT_TRUE(Contains(visitor.Get("/en/feed.xml").body, "Baş mühəndis-energetik"));
}

TEST_F(VacancyFlow, RejectedVacancyShowsTheReasonOnlyThroughTheManageLink) {
    std::string token = site.SubmitVacancy(visitor, fixtures::VacancyForm("Operator"));
    std::int64_t id = site.IdOfToken(token);
    site.SignInAdmin(admin);
    auto review = admin.Get("/en/admin/moderation/" + std::to_string(id));
    auto empty_reason = admin.Post("/en/admin/moderation/" + std::to_string(id) + "/reject",
                                   {{"_csrf", CsrfToken(review.body)}, {"reason", "  "}});
    EXPECT_EQ(empty_reason.status, 422);
    EXPECT_TRUE(Contains(empty_reason.body, "Give the reason"));
    auto r = admin.Post("/en/admin/moderation/" + std::to_string(id) + "/reject",
                        {{"_csrf", CsrfToken(review.body)}, {"reason", "Vakansiya şəbəkə marketinqinə aiddir"}});
    EXPECT_EQ(r.status, 303);

    auto manage = visitor.Get("/en/manage/" + token);
    EXPECT_TRUE(Contains(manage.body, "Rejected"));
    EXPECT_TRUE(Contains(manage.body, "Vakansiya şəbəkə marketinqinə aiddir"));
    EXPECT_EQ(visitor.Get("/en/vacancies/" + std::to_string(id)).status, 404);
    EXPECT_FALSE(Contains(visitor.Get("/en/admin/moderation").body, "Operator"));
    EXPECT_FALSE(Contains(admin.Get("/en/admin/moderation").body, "Operator"));

    // A corrected edit goes back into the queue.
    auto edit = visitor.Get("/en/manage/" + token + "/edit");
    EXPECT_EQ(edit.status, 200);
    EXPECT_EQ(InputValue(edit.body, "position"), "Operator");
    Form form = fixtures::With(fixtures::VacancyForm("Call-mərkəz operatoru"), "_csrf", CsrfToken(edit.body));
    EXPECT_EQ(visitor.Post("/en/manage/" + token + "/edit", form).status, 303);
    EXPECT_TRUE(Contains(admin.Get("/en/admin/moderation").body, "Call-mərkəz operatoru"));
    EXPECT_TRUE(Contains(visitor.Get("/en/manage/" + token).body, "Waiting for moderation"));
}

TEST_F(VacancyFlow, EditOfPublishedVacancyWaitsForModerationWhileTheApprovedTextStaysPublic) {
    std::string token = site.SubmitVacancy(visitor, fixtures::VacancyForm("Satış meneceri"));
    std::int64_t id = site.IdOfToken(token);
    site.SignInAdmin(admin);
    site.Approve(admin, id);

    auto edit = visitor.Get("/en/manage/" + token + "/edit");
    Form form = fixtures::With(fixtures::VacancyForm("Böyük satış meneceri"), "_csrf", CsrfToken(edit.body));
    EXPECT_EQ(visitor.Post("/en/manage/" + token + "/edit", form).status, 303);

    auto list = visitor.Get("/en/vacancies");
    EXPECT_TRUE(Contains(list.body, "Satış meneceri"));
    EXPECT_FALSE(Contains(list.body, "Böyük satış meneceri"));
    auto manage = visitor.Get("/en/manage/" + token);
    EXPECT_TRUE(Contains(manage.body, "Published"));
    EXPECT_TRUE(Contains(manage.body, "waiting for moderation"));
    EXPECT_TRUE(Contains(admin.Get("/en/admin/moderation").body, "Böyük satış meneceri"));

    site.Approve(admin, id);
    list = visitor.Get("/en/vacancies");
    EXPECT_TRUE(Contains(list.body, "Böyük satış meneceri"));
    // The old slug still leads to the vacancy.
    auto old = visitor.Get("/en/vacancies/" + std::to_string(id) + "-satis-meneceri");
    EXPECT_EQ(old.status, 301);
    EXPECT_EQ(old.Header("location"), "/en/vacancies/" + std::to_string(id) + "-boyuk-satis-meneceri");
}

TEST_F(VacancyFlow, OwnerCanAskForDeletionAndAdminDeletesForGood) {
    std::string token = site.SubmitVacancy(visitor, fixtures::VacancyForm("Kuryer"));
    std::int64_t id = site.IdOfToken(token);
    site.SignInAdmin(admin);
    site.Approve(admin, id);
    auto manage = visitor.Get("/en/manage/" + token);
    EXPECT_EQ(visitor.Post("/en/manage/" + token + "/delete", {{"_csrf", CsrfToken(manage.body)}}).status, 303);
    EXPECT_TRUE(Contains(visitor.Get("/en/manage/" + token).body, "You asked the administration to delete"));
    auto queue = admin.Get("/en/admin/moderation");
    EXPECT_TRUE(Contains(queue.body, "Requests to delete"));
    auto r = admin.Post("/en/admin/publications/" + std::to_string(id) + "/delete", {{"_csrf", CsrfToken(queue.body)}});
    EXPECT_EQ(r.status, 303);
    EXPECT_EQ(visitor.Get("/en/manage/" + token).status, 404);
    EXPECT_EQ(site.CountRows("publications"), 0);
    EXPECT_EQ(site.CountRows("publication_versions"), 0);
    EXPECT_EQ(site.CountRows("vacancy_listings"), 0);
    EXPECT_EQ(site.CountRows("search_index"), 0);
}

TEST_F(VacancyFlow, InvalidFormIsRejectedWithTranslatedMessagesAndKeepsTheValues) {
    auto page = visitor.Get("/en/vacancies/new");
    Form form = fixtures::VacancyForm("SATIŞ MENECERİ TƏCİLİ TƏLƏB OLUNUR");
    form = fixtures::With(form, "salary_min", "300");
    form = fixtures::With(form, "salary_max", "2000");
    form = fixtures::With(form, "description", "Zəng edin: 050 123 45 67");
    form = fixtures::With(form, "_csrf", CsrfToken(page.body));
    auto r = visitor.Post("/en/vacancies/new", form);
    EXPECT_EQ(r.status, 422);
    EXPECT_TRUE(Contains(r.body, "Please do not write in capital letters."));
    EXPECT_TRUE(Contains(r.body, "The salary range is too wide"));
    EXPECT_TRUE(Contains(r.body, "Contacts belong in the contact fields"));
    EXPECT_TRUE(Contains(r.body, "aria-invalid=\"true\""));
    EXPECT_EQ(InputValue(r.body, "company"), "Xəzər Tikinti MMC");
    EXPECT_EQ(site.CountRows("publications"), 0);

    // The same messages in Azerbaijani and Russian.
    auto az = visitor.Post("/vacancies/new", fixtures::With(fixtures::VacancyForm(""), "_csrf", CsrfToken(page.body)));
    EXPECT_EQ(az.status, 422);
    EXPECT_FALSE(Contains(az.body, "Enter the position."));
    auto ru =
        visitor.Post("/ru/vacancies/new", fixtures::With(fixtures::VacancyForm(""), "_csrf", CsrfToken(page.body)));
    EXPECT_EQ(ru.status, 422);
    EXPECT_FALSE(Contains(ru.body, "Enter the position."));
}

TEST_F(VacancyFlow, ADateThatDoesNotExistGetsAMessageNextToTheField) {
    auto page = visitor.Get("/en/vacancies/new");
    auto r = visitor.Post("/en/vacancies/new",
                          fixtures::With(fixtures::With(fixtures::VacancyForm(), "closing_date", "2027-02-31"), "_csrf",
                                         CsrfToken(page.body)));
    EXPECT_EQ(r.status, 422);
    EXPECT_TRUE(Contains(r.body, "id=\"f-closing_date-error\">This date does not exist."));
    EXPECT_EQ(InputValue(r.body, "closing_date"), "2027-02-31");  // kept, to be corrected
    auto az = visitor.Post(
        "/vacancies/new", fixtures::With(fixtures::With(fixtures::VacancyForm(), "closing_date", "3027-01-01"), "_csrf",
                                         CsrfToken(page.body)));
    EXPECT_EQ(az.status, 422);
    EXPECT_TRUE(Contains(az.body, "id=\"f-closing_date-error\""));
    EXPECT_EQ(site.CountRows("publications"), 0);
}

TEST_F(VacancyFlow, TheSubcategoryFilterFiltersAndRecentDatesReadTodayAndYesterday) {
    site.SignInAdmin(admin);
    auto driver = fixtures::VacancyForm("Sürücü (B kateqoriyası)");
    driver = fixtures::With(fixtures::With(driver, "category", "services"), "subcategory", "driver");
    auto courier = fixtures::VacancyForm("Kuryer");
    courier = fixtures::With(fixtures::With(courier, "category", "services"), "subcategory", "courier");
    site.Approve(admin, site.IdOfToken(site.SubmitVacancy(visitor, driver)));
    site.Approve(admin, site.IdOfToken(site.SubmitVacancy(visitor, courier)));

    auto only_drivers = visitor.Get("/en/vacancies?subcategory=driver");
    EXPECT_TRUE(Contains(only_drivers.body, "Sürücü (B kateqoriyası)"));
    EXPECT_FALSE(Contains(only_drivers.body, "Kuryer"));
    // The filter form offers the category's subcategories, with the chosen one selected.
    EXPECT_TRUE(Contains(only_drivers.body, "<option value=\"driver\" selected>"));
    // A subcategory of another category is ignored rather than emptying the list.
    auto mismatch = visitor.Get("/en/vacancies?category=it&subcategory=driver");
    EXPECT_FALSE(Contains(mismatch.body, "Sürücü (B kateqoriyası)"));
    EXPECT_EQ(mismatch.status, 200);

    auto today = visitor.Get("/vacancies");
    EXPECT_TRUE(Contains(today.body, "Bu gün, ")) << "a vacancy approved just now";
    site.clock().Advance(domain::kDay);
    auto tomorrow = visitor.Get("/ru/vacancies");
    EXPECT_TRUE(Contains(tomorrow.body, "Вчера, "));
    site.clock().Advance(domain::kDay);
    EXPECT_FALSE(Contains(visitor.Get("/en/vacancies").body, "Yesterday, "));
}

TEST_F(VacancyFlow, OwnerEmailReceivesTheManagementLink) {
    std::string token =
        site.SubmitVacancy(visitor, fixtures::With(fixtures::VacancyForm(), "owner_email", "owner@example.az"));
    auto mails = site.MailFiles();
    ASSERT_EQ(mails.size(), 1u);
    std::string mail = ReadFile(mails[0]);
    EXPECT_TRUE(Contains(mail, "To: owner@example.az"));
    EXPECT_TRUE(Contains(mail, "/manage/" + token));
    // No email given: nothing sent.
    site.SubmitVacancy(visitor, fixtures::VacancyForm("Aşpaz"));
    EXPECT_EQ(site.MailFiles().size(), 1u);
}

TEST_F(VacancyFlow, HoneypotSubmissionIsNotStored) {
    auto page = visitor.Get("/en/vacancies/new");
    auto r = visitor.Post("/en/vacancies/new",
                          fixtures::With(fixtures::With(fixtures::VacancyForm(), "website", "http://spam.example"),
                                         "_csrf", CsrfToken(page.body)));
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(site.CountRows("publications"), 0);
}

TEST_F(VacancyFlow, ManagementLinkThatDoesNotExistIs404) {
    EXPECT_EQ(visitor.Get("/en/manage/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").status, 404);
    EXPECT_EQ(visitor.Get("/en/manage/x").status, 404);
    EXPECT_EQ(visitor.Get("/en/manage/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/edit").status, 404);
}

}  // namespace
}  // namespace ejob::testing
