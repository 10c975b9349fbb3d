// Moderation through the real server: the queue's columns per kind, the review page (public rendering beside the
// fields), ready-made rejection reasons in the owner's language, the admin navigation, and the photo-removal
// control that owner and moderator share.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <regex>

#include "domain/accounts/account.hpp"
#include "support/images.hpp"
#include "support/test_site.hpp"

namespace ejob::testing {
namespace {

bool Contains(const std::string& hay, const std::string& needle) {
    return hay.find(needle) != std::string::npos;
}

// The HTML of the first element that starts with `open_tag_start` (e.g. `<table class="table queue" data-kind=`)
// up to the matching closing tag `close`.
std::string Section(const std::string& html, const std::string& open_tag_start, const std::string& close) {
    auto at = html.find(open_tag_start);
    if (at == std::string::npos) return {};
    auto end = html.find(close, at);
    return html.substr(at, end == std::string::npos ? std::string::npos : end + close.size() - at);
}

std::string QueueTable(const std::string& html, const std::string& kind) {
    return Section(html, "data-kind=\"" + kind + "\"", "</table>");
}

class Moderation : public ::testing::Test {
  protected:
    TestSite site;
    Client owner = site.NewClient();
    Client admin = site.NewClient();

    std::string Review(std::int64_t id) { return "/en/admin/moderation/" + std::to_string(id); }

    // Posts the vacancy form in the language of `prefix` ("/ru", "/en", "" for az).
    std::string SubmitVacancyIn(const std::string& prefix, const Form& fields) {
        auto page = owner.Get(prefix + "/vacancies/new");
        Form form = fields;
        form.insert(form.begin(), {"_csrf", CsrfToken(page.body)});
        auto r = owner.Post(prefix + "/vacancies/new", form);
        EXPECT_EQ(r.status, 303) << r.body.substr(0, 3000);
        std::smatch m;
        std::string location = r.Header("location");
        if (!std::regex_search(location, m, std::regex("/manage/([A-Za-z0-9_-]+)"))) return {};
        return m[1];
    }
};

// 2026-12-04 05:07 UTC = 09:07 in Baku.
constexpr domain::Millis kDecember4At0507Utc = 1796360820000;

TEST_F(Moderation, QueueShowsTheColumnsOfEachKindWithDateTimeAndTheSubmittersEmail) {
    site.clock().Set(kDecember4At0507Utc);
    std::string older = site.SubmitVacancy(
        owner,
        fixtures::With(fixtures::VacancyForm("Baş mühəndis", "Xəzər Tikinti MMC"), "owner_email", "hr@xezer.az"));
    site.clock().Advance(3 * domain::kMinute);
    std::string newer = site.SubmitVacancy(
        owner, fixtures::With(fixtures::VacancyForm("Kassir", "Bravo Market"), "owner_email", "kadr@bravo.az"));
    site.Submit(owner, "/resumes",
                fixtures::With(fixtures::ResumeForm("Baş mühasib", "anonymous", "Aysel", "Məmmədova"), "owner_email",
                               "aysel@example.az"));
    site.Submit(owner, "/services", fixtures::ServiceForm("Santexnik xidməti", "30"));
    site.SignInAdmin(admin);

    auto queue = admin.Get("/en/admin/moderation");
    ASSERT_EQ(queue.status, 200);
    std::string vacancies = QueueTable(queue.body, "vacancy");
    ASSERT_FALSE(vacancies.empty()) << queue.body;
    EXPECT_TRUE(Contains(vacancies, ">Position</th>"));
    EXPECT_TRUE(Contains(vacancies, ">Company</th>"));
    EXPECT_TRUE(Contains(vacancies, ">Submitter&#39;s email</th>") || Contains(vacancies, ">Submitter's email</th>"));
    EXPECT_TRUE(Contains(vacancies, "Xəzər Tikinti MMC"));
    EXPECT_TRUE(Contains(vacancies, "hr@xezer.az"));
    EXPECT_TRUE(Contains(vacancies, "December 4, 2026, 09:07")) << "date and time, in Baku";
    EXPECT_TRUE(Contains(vacancies, "December 4, 2026, 09:10"));
    EXPECT_LT(vacancies.find("Baş mühəndis"), vacancies.find("Kassir")) << "oldest first";

    std::string resumes = QueueTable(queue.body, "resume");
    ASSERT_FALSE(resumes.empty());
    EXPECT_TRUE(Contains(resumes, ">Name</th>"));
    EXPECT_TRUE(Contains(resumes, ">Desired position</th>"));
    EXPECT_TRUE(Contains(resumes, "Aysel Məmmədova")) << "the moderator sees the name of an anonymous resume";
    EXPECT_TRUE(Contains(resumes, "Baş mühasib"));
    EXPECT_TRUE(Contains(resumes, "aysel@example.az"));

    std::string services = QueueTable(queue.body, "service");
    ASSERT_FALSE(services.empty());
    EXPECT_TRUE(Contains(services, ">Title</th>"));
    EXPECT_TRUE(Contains(services, ">Price</th>"));
    EXPECT_TRUE(Contains(services, "Santexnik xidməti"));
    EXPECT_TRUE(Contains(services, "30\u00a0AZN")) << services;
    EXPECT_TRUE(Contains(services, "not given")) << "no email was given with the ad";

    // The kind filter keeps only that kind's table.
    auto only_resumes = admin.Get("/en/admin/moderation?kind=resume");
    EXPECT_FALSE(QueueTable(only_resumes.body, "resume").empty());
    EXPECT_TRUE(QueueTable(only_resumes.body, "vacancy").empty());
    EXPECT_TRUE(QueueTable(only_resumes.body, "service").empty());
    EXPECT_FALSE(Contains(only_resumes.body, "Xəzər Tikinti MMC"));
    (void)older;
    (void)newer;
}

TEST_F(Moderation, ReviewPageShowsThePublicRenderingBesideTheEditableFields) {
    std::string token = site.Submit(owner, "/resumes", fixtures::ResumeForm("Baş mühasib"),
                                    {{"photo", "me.jpg", "image/jpeg", images::SmallJpeg(1)}});
    std::int64_t id = site.IdOfToken(token);
    site.SignInAdmin(admin);
    auto review = admin.Get(Review(id));
    ASSERT_EQ(review.status, 200);

    // The public rendering: the detail page's article, with its photo served to the moderator.
    std::string preview = Section(review.body, "<section class=\"review-preview\"", "</article>");
    ASSERT_FALSE(preview.empty()) << review.body;
    EXPECT_TRUE(Contains(preview, "As the public will see it"));
    EXPECT_TRUE(Contains(preview, "<article class=\"publication resume\">"));
    EXPECT_TRUE(Contains(preview, "<h1>Baş mühasib</h1>"));
    EXPECT_TRUE(Contains(preview, "Aysel Məmmədova"));
    std::smatch m;
    ASSERT_TRUE(std::regex_search(preview, m, std::regex("/admin/media/[0-9a-f]{32}-display\\.jpg")));
    EXPECT_EQ(admin.Get(m[0]).status, 200);
    EXPECT_EQ(owner.Get(m[0]).status, 303) << "only moderators get photos through /admin/media";

    // Beside it: the editable fields, worded for the moderator.
    std::string edit = Section(review.body, "<section class=\"review-edit\"", "</section>");
    ASSERT_FALSE(edit.empty());
    EXPECT_TRUE(Contains(edit, "Correct a field before approving"));
    EXPECT_EQ(InputValue(edit, "desired_position"), "Baş mühasib");
    EXPECT_TRUE(Contains(edit, "Approve and publish"));
    EXPECT_FALSE(Contains(review.body, "Send for moderation"));
    EXPECT_TRUE(Contains(review.body, "class=\"review-columns\""));
    // The submitter's view of the same fields is unchanged.
    EXPECT_TRUE(Contains(owner.Get("/en/manage/" + token + "/edit").body, "Send the changes for moderation"));
}

TEST_F(Moderation, ReadyMadeReasonReachesTheOwnerInTheOwnersLanguage) {
    std::string token = SubmitVacancyIn(
        "/ru", fixtures::With(fixtures::VacancyForm("Оператор колл-центра"), "owner_email", "owner@example.ru"));
    ASSERT_FALSE(token.empty());
    std::int64_t id = site.IdOfToken(token);
    site.SignInAdmin(admin);
    auto review = admin.Get(Review(id));  // the moderator works in English
    ASSERT_EQ(review.status, 200);
    EXPECT_TRUE(Contains(review.body, "name=\"rule\" value=\"5\""));
    EXPECT_TRUE(Contains(review.body, "Rule 5"));
    EXPECT_TRUE(Contains(review.body, "Unrealistic salary, or too wide a range"));

    auto r =
        admin.Post(Review(id) + "/reject",
                   {{"_csrf", CsrfToken(review.body)}, {"rule", "5"}, {"rule", "7"}, {"reason", "Phone in title"}});
    ASSERT_EQ(r.status, 303) << r.body.substr(0, 3000);

    const std::string rule5_ru = "Пункт 5 правил подачи объявлений: Зарплата указывается в AZN и должна быть реальной.";
    const std::string rule7_ru = "Пункт 7 правил подачи объявлений:";
    for (const std::string& url : {"/ru/manage/" + token, "/en/manage/" + token}) {
        auto manage = owner.Get(url);
        ASSERT_EQ(manage.status, 200);
        std::string reason = Section(manage.body, "<strong class=\"reject-reason\">", "</strong>");
        EXPECT_TRUE(Contains(reason, rule5_ru)) << url << ": " << reason;
        EXPECT_TRUE(Contains(reason, rule7_ru)) << reason;
        EXPECT_TRUE(Contains(reason, "Phone in title"));
        EXPECT_FALSE(Contains(reason, "Salary in AZN")) << "not the moderator's language";
    }
    // The rejection mail quotes the same reason.
    owner.Get("/ru/");  // the next request (or the background job) delivers queued mail
    bool quoted = false;
    for (const auto& file : site.MailFiles()) {
        std::ifstream in(file, std::ios::binary);
        std::string mail((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        quoted = quoted || (Contains(mail, "To: owner@example.ru") && Contains(mail, rule5_ru));
    }
    EXPECT_TRUE(quoted) << "no mail to the owner quotes the Russian rule";
}

TEST_F(Moderation, RejectingWithoutAReasonIs422WithTheErrorNextToTheFieldAndChangesNothing) {
    std::string token = site.SubmitVacancy(owner, fixtures::VacancyForm("Operator"));
    std::int64_t id = site.IdOfToken(token);
    site.SignInAdmin(admin);
    auto review = admin.Get(Review(id));
    for (const Form& form : {Form{{"_csrf", CsrfToken(review.body)}, {"reason", "   "}},
                             Form{{"_csrf", CsrfToken(review.body)}, {"rule", "99"}}}) {
        auto r = admin.Post(Review(id) + "/reject", form);
        EXPECT_EQ(r.status, 422);
        std::string reasons = Section(r.body, "<fieldset class=\"field reasons invalid\"", "</fieldset>");
        ASSERT_FALSE(reasons.empty()) << r.body.substr(0, 4000);
        EXPECT_TRUE(Contains(reasons, "id=\"f-reason-error\""));
        EXPECT_TRUE(Contains(reasons, "Give the reason for the rejection: tick a broken rule"));
        EXPECT_TRUE(std::regex_search(reasons, std::regex("<textarea id=\"f-reason\"[^>]*aria-describedby=\"[^\"]*"
                                                          "f-reason-error\"[^>]*aria-invalid=\"true\"")))
            << reasons;
    }
    EXPECT_TRUE(Contains(owner.Get("/en/manage/" + token).body, "Waiting for moderation"));
    EXPECT_TRUE(Contains(admin.Get("/en/admin/moderation").body, "Operator"));
    // The free text keeps what was typed when it is too long.
    std::string long_note(1001, 'x');
    auto too_long = admin.Post(Review(id) + "/reject", {{"_csrf", CsrfToken(review.body)}, {"reason", long_note}});
    EXPECT_EQ(too_long.status, 422);
    EXPECT_TRUE(Contains(too_long.body, long_note));
    EXPECT_TRUE(Contains(owner.Get("/en/manage/" + token).body, "Waiting for moderation"));
}

TEST_F(Moderation, EveryAdminPageLinksTheAccountRequestsWithTheirCount) {
    std::int64_t id = site.IdOfToken(site.SubmitVacancy(owner, fixtures::VacancyForm("Aşpaz")));
    site.SignInAdmin(admin);
    auto pages = [&] {
        return std::vector<std::string>{admin.Get("/en/admin/moderation").body, admin.Get(Review(id)).body,
                                        admin.Get("/en/admin/requests").body};
    };
    for (const auto& body : pages()) {
        EXPECT_TRUE(Contains(body, "<a href=\"/en/admin/requests\">Account requests: 0 open</a>") ||
                    Contains(body, "<a href=\"/en/admin/requests\" aria-current=\"page\">Account requests: 0 open</a>"))
            << body.substr(0, 3000);
    }
    // A member asks for an email change: every admin page counts it.
    ASSERT_TRUE(site.site().accounts().Register("member@example.az", "long enough password", "en", "127.0.0.1").ok());
    Client member = site.NewClient();
    auto login = member.Get("/en/account/login");
    ASSERT_EQ(member
                  .Post("/en/account/login", {{"_csrf", CsrfToken(login.body)},
                                              {"email", "member@example.az"},
                                              {"password", "long enough password"}})
                  .status,
              303);
    auto account = member.Get("/en/account");
    ASSERT_EQ(member.Post("/en/account/requests/email", {{"_csrf", CsrfToken(account.body)}, {"new_email", "n@ex.az"}})
                  .status,
              303);
    for (const auto& body : pages()) EXPECT_TRUE(Contains(body, "Account requests: 1 open")) << body.substr(0, 3000);
    EXPECT_TRUE(Contains(admin.Get("/ru/admin/moderation").body, "Запросы по аккаунтам (открыто: 1)"));
    // Public pages carry no admin navigation.
    EXPECT_FALSE(Contains(admin.Get("/en/vacancies").body, "Account requests:"));
}

TEST_F(Moderation, OwnerAndModeratorRemoveAPhotoWithTheSameControl) {
    std::string token = site.Submit(owner, "/services", fixtures::ServiceForm(),
                                    {{"photos", "a.jpg", "image/jpeg", images::SmallJpeg(1)},
                                     {"photos", "b.jpg", "image/jpeg", images::SmallJpeg(2)}});
    std::int64_t id = site.IdOfToken(token);
    std::regex remove_box(
        "<input id=\"f-photo-[0-9]+\" type=\"checkbox\" name=\"remove_photo\" value=\"([0-9a-f]{32})\">");
    auto boxes = [&](const std::string& html) {
        std::vector<std::string> stems;
        for (auto it = std::sregex_iterator(html.begin(), html.end(), remove_box); it != std::sregex_iterator(); ++it)
            stems.push_back((*it)[1]);
        return stems;
    };
    auto edit = owner.Get("/en/manage/" + token + "/edit");
    auto owner_stems = boxes(edit.body);
    ASSERT_EQ(owner_stems.size(), 2u) << edit.body.substr(0, 3000);
    EXPECT_TRUE(Contains(edit.body, "Uploaded photos: tick a photo to remove it"));

    // The owner ticks one photo; the other stays without touching it.
    Form form = FormFields(edit.body, "/edit");
    form.push_back({"remove_photo", owner_stems[0]});
    ASSERT_EQ(owner.PostMultipart("/en/manage/" + token + "/edit", form, {}).status, 303);

    site.SignInAdmin(admin);
    auto review = admin.Get(Review(id));
    auto moderator_stems = boxes(review.body);
    ASSERT_EQ(moderator_stems, std::vector<std::string>{owner_stems[1]});
    EXPECT_TRUE(Contains(review.body, "Uploaded photos: tick a photo to remove it"));
    site.Approve(admin, id, {{"remove_photo", owner_stems[1]}});
    EXPECT_TRUE(boxes(owner.Get("/en/manage/" + token + "/edit").body).empty());
}

}  // namespace
}  // namespace ejob::testing
