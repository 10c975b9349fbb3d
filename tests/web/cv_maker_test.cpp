// The CV Maker through the real server: a draft kept for the day under its visitor's own cookie and nowhere else,
// its PDF, its JSON Resume, bad input, publishing only on purpose, and deletion at the end of the day in Baku.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <regex>

#include "support/images.hpp"
#include "support/test_site.hpp"

namespace ejob::testing {
namespace {

using domain::kDay;
using domain::kHour;
using domain::kMinute;

constexpr const char* kMarker = "Kəhrəbamarker5821";  // in the summary: found only where the draft is

// 2026-12-07 10:00 in Baku (06:00 UTC).
constexpr domain::Millis kMorning = 1796623200000;

Form CvForm() {
    return {{"template_code", "modern"},
            {"pdf_lang", "az"},
            {"photo_shape", "circle"},
            {"first_name", "Günel"},
            {"last_name", "Məmmədova"},
            {"title", "Baş mühasib"},
            {"desired_salary", "1500"},
            {"email", "gunel@example.az"},
            {"phone", "+994 50 123 45 67"},
            {"city", "Bakı"},
            {"birth_date", "1994-05-17"},
            {"summary", std::string("Maliyyə hesabatları üzrə təcrübəli mütəxəssis. ") + kMarker},
            {"jobs.0.position", "Mühasib"},
            {"jobs.0.employer", "Azərsun Holding"},
            {"jobs.0.city", "Bakı"},
            {"jobs.0.start", "2019-03"},
            {"jobs.0.end", ""},
            {"jobs.0.duties", "Aylıq hesabatlar\nВедение учёта в 1С"},
            {"education.0.institution", "ADİU"},
            {"education.0.degree", "Bakalavr"},
            {"education.0.area", "Mühasibat uçotu"},
            {"education.0.start", "2012"},
            {"education.0.end", "2016"},
            {"languages.0.language", "Azərbaycan dili"},
            {"languages.0.level", "native"},
            {"languages.1.language", "İngilis dili"},
            {"languages.1.level", "B2"},
            {"skills", "1C, Excel, IFRS"},
            {"courses.0.name", "ACCA F3"},
            {"courses.0.issuer", "ACCA"},
            {"courses.0.date", "2020-06"},
            {"links.0.label", "LinkedIn"},
            {"links.0.url", "https://www.linkedin.com/in/gunel"}};
}

// Posts the CV Maker form as the browser does (multipart, with the page's CSRF token and the button pressed).
HttpResult PostCv(Client& c, Form form, const std::string& action, const std::vector<FilePart>& files = {}) {
    auto page = c.Get("/cv-maker");
    form.insert(form.begin(), {"_csrf", CsrfToken(page.body)});
    if (!action.empty()) form.emplace_back("action", action);
    return c.PostMultipart("/cv-maker", form, files);
}

// Standard base64 of `bytes` (the draft keeps its photo as a data: URL).
std::string Base64(std::string_view bytes) {
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    for (size_t i = 0; i + 2 < bytes.size(); i += 3) {
        unsigned v = (static_cast<unsigned char>(bytes[i]) << 16) | (static_cast<unsigned char>(bytes[i + 1]) << 8) |
                     static_cast<unsigned char>(bytes[i + 2]);
        for (int shift : {18, 12, 6, 0}) out += kAlphabet[(v >> shift) & 63];
    }
    return out;  // whole groups of three only: enough for a slice that starts at a multiple of 3
}

std::string PdfText(const std::string& pdf) {
    const std::string path = std::filesystem::temp_directory_path() / ("cv-" + std::to_string(::getpid()) + ".pdf");
    std::ofstream(path, std::ios::binary) << pdf;
    std::string out;
    if (FILE* p = ::popen(("pdftotext -enc UTF-8 '" + path + "' - 2>/dev/null").c_str(), "r")) {
        char buf[4096];
        while (size_t n = std::fread(buf, 1, sizeof buf, p)) out.append(buf, n);
        ::pclose(p);
    }
    std::filesystem::remove(path);
    return out;
}

TEST(CvMaker, ADraftIsKeptForTheDayUnderItsOwnCookieAndReachesNoOneElse) {
    TestSite site;
    site.clock().Set(kMorning);
    Client visitor = site.NewClient(), stranger = site.NewClient(), admin = site.NewClient();
    auto empty = visitor.Get("/cv-maker");
    ASSERT_EQ(empty.status, 200);
    EXPECT_EQ(empty.Header("cache-control"), "no-store");
    EXPECT_EQ(site.CountRows("cv_drafts"), 0) << "opening the page stores nothing";

    auto r = PostCv(visitor, CvForm(), "save", {{"photo", "me.jpg", "image/jpeg", images::SmallJpeg(3)}});
    ASSERT_EQ(r.status, 303) << r.body.substr(0, 3000);
    const std::string cookie = r.Header("set-cookie");
    EXPECT_NE(cookie.find("ejob_cv="), std::string::npos) << cookie;
    EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
    EXPECT_NE(cookie.find("Max-Age=50400"), std::string::npos) << "14 hours to midnight in Baku: " << cookie;
    EXPECT_EQ(site.CountRows("cv_drafts"), 1);

    auto page = visitor.Get("/cv-maker?done=saved");
    EXPECT_NE(page.body.find("value=\"Günel\""), std::string::npos);
    EXPECT_NE(page.body.find(kMarker), std::string::npos);
    EXPECT_NE(page.body.find("23:59"), std::string::npos) << "the page says when the draft goes";
    auto photo = visitor.Get("/cv-maker/photo");
    EXPECT_EQ(photo.status, 200);
    EXPECT_EQ(photo.Header("content-type"), "image/jpeg");
    EXPECT_EQ(photo.Header("cache-control"), "no-store");

    // Only the token's hash is stored: the cookie's value is not in the database.
    const std::string token = visitor.cookies["ejob_cv"];
    ASSERT_FALSE(token.empty());
    EXPECT_EQ(site.WhereHeld(token), "");

    site.SignInAdmin(admin);
    for (Client* other : {&stranger, &admin}) {
        auto theirs = other->Get("/cv-maker");
        EXPECT_EQ(theirs.body.find(kMarker), std::string::npos);
        EXPECT_EQ(other->Get("/cv-maker/photo").status, 404);
        EXPECT_EQ(other->Get("/cv-maker/cv.pdf").status, 404);
        EXPECT_EQ(other->Get("/cv-maker/export.json").status, 404);
    }
    // Never in a list, search, sitemap or feed.
    for (const char* path : {"/resumes", "/sitemap.xml", "/feed.xml", "/"})
        EXPECT_EQ(stranger.Get(path).body.find(kMarker), std::string::npos) << path;
    auto search = stranger.Get("/search?q=Kəhrəbamarker5821");
    EXPECT_FALSE(std::regex_search(search.body, std::regex("/resumes/[0-9]"))) << "the search finds nothing";
}

TEST(CvMaker, ThePdfCarriesWhatWasTypedUnderAnAsciiName) {
    TestSite site;
    Client visitor = site.NewClient();
    auto r = PostCv(visitor, CvForm(), "pdf", {{"photo", "me.jpg", "image/jpeg", images::SmallJpeg(4)}});
    ASSERT_EQ(r.status, 200) << r.body.substr(0, 2000);
    EXPECT_EQ(r.Header("content-type"), "application/pdf");
    EXPECT_EQ(r.Header("content-disposition"), "attachment; filename=\"Gunel_Mammadova_CV.pdf\"");
    EXPECT_EQ(r.body.rfind("%PDF-", 0), 0u);
    std::string text = PdfText(r.body);
    for (const char* typed : {"Günel Məmmədova", "Baş mühasib", "Azərsun Holding", "Ведение учёта в 1С", "1 500 ₼",
                              "İş təcrübəsi", "Mart 2019 – indiyədək", "Ana dili", "İngilis dili"})
        EXPECT_NE(text.find(typed), std::string::npos) << typed << "\n" << text;

    // The PDF's language is its own: Russian headings on the Azerbaijani site.
    auto form = CvForm();
    form = fixtures::With(form, "pdf_lang", "ru");
    auto ru = PostCv(visitor, form, "pdf");
    ASSERT_EQ(ru.status, 200);
    text = PdfText(ru.body);
    EXPECT_NE(text.find("Опыт работы"), std::string::npos) << text;
    EXPECT_NE(text.find("Март 2019 – по настоящее время"), std::string::npos) << text;
    // And the saved draft's PDF by its link.
    auto again = visitor.Get("/cv-maker/cv.pdf");
    EXPECT_EQ(again.status, 200);
    EXPECT_NE(PdfText(again.body).find("Опыт работы"), std::string::npos);
}

TEST(CvMaker, BadInputComesBackWithEveryValueAndStoresNothing) {
    TestSite site;
    Client visitor = site.NewClient();
    auto form = CvForm();
    form = fixtures::With(form, "email", "gunel-at-example");
    form = fixtures::With(form, "jobs.0.start", "martda");
    form = fixtures::With(form, "links.0.url", "javascript:alert(1)");
    auto r = PostCv(visitor, form, "save");
    EXPECT_EQ(r.status, 422);
    EXPECT_NE(r.body.find("id=\"f-email-error\""), std::string::npos);
    EXPECT_NE(r.body.find("id=\"f-jobs.0.start-error\""), std::string::npos);
    EXPECT_NE(r.body.find("id=\"f-links.0.url-error\""), std::string::npos);
    EXPECT_NE(r.body.find("value=\"gunel-at-example\""), std::string::npos) << "what was typed stays";
    EXPECT_NE(r.body.find(kMarker), std::string::npos);
    EXPECT_EQ(site.CountRows("cv_drafts"), 0);
    EXPECT_EQ(r.Header("set-cookie").find("ejob_cv="), std::string::npos);

    auto bad_photo = PostCv(visitor, CvForm(), "save", {{"photo", "x.jpg", "image/jpeg", "<html>not a photo</html>"}});
    EXPECT_EQ(bad_photo.status, 422);
    EXPECT_NE(bad_photo.body.find("id=\"f-photo-error\""), std::string::npos);
    EXPECT_EQ(site.CountRows("cv_drafts"), 0) << "nothing half-stored: no text without its refused photo";
}

TEST(CvMaker, RowsAreAddedAndRemovedWithoutJavaScript) {
    TestSite site;
    Client visitor = site.NewClient();
    auto form = CvForm();
    form.emplace_back("add_row", "jobs");
    auto page = visitor.Get("/cv-maker");
    form.insert(form.begin(), {"_csrf", CsrfToken(page.body)});
    auto r = visitor.PostMultipart("/cv-maker", form, {});
    ASSERT_EQ(r.status, 200);
    EXPECT_NE(r.body.find("name=\"jobs.1.position\""), std::string::npos);
    EXPECT_NE(r.body.find("value=\"Azərsun Holding\""), std::string::npos);
    EXPECT_EQ(site.CountRows("cv_drafts"), 0) << "adding a row saves nothing";

    form = FormFields(r.body, "/cv-maker");
    form.emplace_back("remove_row", "jobs.0");
    r = visitor.PostMultipart("/cv-maker", form, {});
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(r.body.find("value=\"Azərsun Holding\""), std::string::npos);
}

TEST(CvMaker, AtTheEndOfTheDayInBakuTheDraftAndItsPhotoAreGone) {
    TestSite site;
    site.clock().Set(kMorning);
    Client visitor = site.NewClient();
    ASSERT_EQ(PostCv(visitor, CvForm(), "save", {{"photo", "me.jpg", "image/jpeg", images::SmallJpeg(5)}}).status, 303);
    const std::string photo = visitor.Get("/cv-maker/photo").body;
    ASSERT_GT(photo.size(), 1000u);
    // 24 bytes from the middle of the photo, as the stored data: URL spells them.
    const std::string photo_marker = Base64(std::string_view(photo).substr(photo.size() / 2 / 3 * 3, 24));
    EXPECT_NE(site.WhereHeld(kMarker), "");
    EXPECT_NE(site.WhereHeld(photo_marker), "") << "the check below can fail";

    site.clock().Set(kMorning + 13 * kHour + 58 * kMinute);  // 23:58 in Baku
    EXPECT_EQ(site.site().Purge().swept.cv_drafts, 0);
    EXPECT_EQ(visitor.Get("/cv-maker/photo").status, 200);

    site.clock().Set(kMorning + 14 * kHour + kMinute);  // 00:01 the next day
    EXPECT_EQ(visitor.Get("/cv-maker").body.find(kMarker), std::string::npos) << "past its day, never read";
    EXPECT_EQ(visitor.Get("/cv-maker/photo").status, 404);
    auto report = site.site().Purge();
    EXPECT_EQ(report.swept.cv_drafts, 1);
    EXPECT_EQ(site.CountRows("cv_drafts"), 0);
    EXPECT_EQ(site.WhereHeld(kMarker), "") << "no copy of the text left in the database's files";
    EXPECT_EQ(site.WhereHeld(photo_marker), "") << "nor of the photo";
}

TEST(CvMaker, DeleteNowDeletesTheDraftAtOnce) {
    TestSite site;
    Client visitor = site.NewClient();
    ASSERT_EQ(PostCv(visitor, CvForm(), "save", {{"photo", "me.jpg", "image/jpeg", images::SmallJpeg(6)}}).status, 303);
    EXPECT_NE(site.WhereHeld(kMarker), "") << "the check below can fail";
    auto page = visitor.Get("/cv-maker");
    Form del = FormFields(page.body, "/cv-maker/delete");
    ASSERT_FALSE(del.empty());
    auto r = visitor.Post("/cv-maker/delete", del);
    EXPECT_EQ(r.status, 200);
    EXPECT_NE(r.Header("set-cookie").find("Max-Age=0"), std::string::npos);
    EXPECT_EQ(site.CountRows("cv_drafts"), 0);
    EXPECT_EQ(visitor.Get("/cv-maker/photo").status, 404);
    EXPECT_TRUE(Eventually([&] { return site.WhereHeld(kMarker).empty(); }, 5)) << site.WhereHeld(kMarker);
}

TEST(CvMaker, JsonResumeExportThenImportGivesTheSameDraft) {
    TestSite site;
    Client first = site.NewClient(), second = site.NewClient();
    ASSERT_EQ(PostCv(first, CvForm(), "save", {{"photo", "me.jpg", "image/jpeg", images::SmallJpeg(7)}}).status, 303);
    auto exported = first.Get("/cv-maker/export.json");
    ASSERT_EQ(exported.status, 200);
    EXPECT_EQ(exported.Header("content-disposition"), "attachment; filename=\"Gunel_Mammadova_CV.json\"");
    EXPECT_NE(exported.body.find("\"basics\""), std::string::npos);
    EXPECT_NE(exported.body.find("\"x-ejob\""), std::string::npos);

    auto page = second.Get("/cv-maker");
    auto r = second.PostMultipart("/cv-maker/import", {{"_csrf", CsrfToken(page.body)}},
                                  {{"file", "cv.json", "application/json", exported.body}});
    ASSERT_EQ(r.status, 303) << r.body.substr(0, 3000);
    auto again = second.Get("/cv-maker/export.json");
    EXPECT_EQ(again.body, exported.body) << "the same draft, photo included";

    // A bad file: a clear message, and the draft as it was.
    const std::string before = second.Get("/cv-maker/export.json").body;
    for (const std::string& bad : {std::string("not json at all"), std::string("[1, 2, 3]"),
                                   std::string("{\"basics\": {\"name\": 12}}"), std::string(2 << 20, ' ')}) {
        page = second.Get("/cv-maker");
        r = second.PostMultipart("/cv-maker/import", {{"_csrf", CsrfToken(page.body)}},
                                 {{"file", "cv.json", "application/json", bad}});
        EXPECT_EQ(r.status, 422) << bad.substr(0, 40);
        EXPECT_NE(r.body.find("id=\"f-file-error\""), std::string::npos) << bad.substr(0, 40);
        EXPECT_EQ(second.Get("/cv-maker/export.json").body, before) << "nothing half-imported";
    }
}

TEST(CvMaker, PublishingOpensTheResumeFormAndNeedsItsOwnBox) {
    TestSite site;
    Client visitor = site.NewClient(), stranger = site.NewClient();
    // Course names are often capitals ("ACCA"), which the resume's own rules refuse in its free text.
    auto cv = fixtures::With(CvForm(), "courses.0.name", "Maliyyə hesabatları kursu");
    auto saved = PostCv(visitor, cv, "publish", {{"photo", "me.jpg", "image/jpeg", images::SmallJpeg(8)}});
    ASSERT_EQ(saved.status, 303);
    EXPECT_EQ(saved.Header("location"), "/cv-maker/publish");
    EXPECT_EQ(site.CountRows("publications"), 0) << "nothing is published by the CV Maker itself";
    auto form_page = visitor.Get("/cv-maker/publish");
    ASSERT_EQ(form_page.status, 200);
    EXPECT_NE(form_page.body.find("value=\"Günel\""), std::string::npos);
    EXPECT_NE(form_page.body.find("name=\"publish_consent\""), std::string::npos);
    EXPECT_NE(form_page.body.find("name=\"held_photo\""), std::string::npos) << "the photo comes along";

    Form form = FormFields(form_page.body, "/resumes/new");
    for (auto [k, v] : std::vector<std::pair<std::string, std::string>>{
             {"city", "baku"}, {"category", "finance"}, {"experience", "3_5"}, {"education_level", "higher"}})
        form = fixtures::With(form, k, v);
    auto refused = visitor.PostMultipart("/resumes/new", form, {});
    EXPECT_EQ(refused.status, 422);
    EXPECT_NE(refused.body.find("id=\"f-publish_consent-error\""), std::string::npos);
    EXPECT_EQ(site.CountRows("publications"), 0);

    form = FormFields(refused.body, "/resumes/new");
    form.emplace_back("publish_consent", "1");
    auto sent = visitor.PostMultipart("/resumes/new", form, {});
    ASSERT_EQ(sent.status, 303) << sent.body.substr(0, 4000);
    EXPECT_EQ(site.CountRows("publications"), 1);
    EXPECT_EQ(stranger.Get("/resumes").body.find("Məmmədova"), std::string::npos) << "pending moderation";
}

TEST(CvMaker, ThePreviewFollowsTheTypingWithoutSavingIt) {
    TestSite site;
    Client visitor = site.NewClient();
    auto page = visitor.Get("/cv-maker");
    Form form = CvForm();
    form.insert(form.begin(), {"_csrf", CsrfToken(page.body)});
    auto r = visitor.Post("/cv-maker/preview", form);
    ASSERT_EQ(r.status, 200);
    EXPECT_NE(r.body.find("cv-sheet cv-modern"), std::string::npos);
    EXPECT_NE(r.body.find("Günel Məmmədova"), std::string::npos);
    EXPECT_NE(r.body.find("Mart 2019 – indiyədək"), std::string::npos);
    EXPECT_NE(r.body.find("1 500 ₼"), std::string::npos);
    EXPECT_EQ(site.CountRows("cv_drafts"), 0);
    EXPECT_EQ(visitor.Post("/cv-maker/preview", CvForm()).status, 403) << "without the CSRF token";
}

TEST(CvMaker, TheBinaryDeletesADraftWhenItsDayIsOver) {
    TestSite site;
    Client visitor = site.NewClient();
    ASSERT_EQ(PostCv(visitor, CvForm(), "save").status, 303);
    const std::string command = std::string("EJOB_CLOCK_OFFSET=1d ") + EJOB_BIN_PATH + " purge --db '" +
                                site.site().config().DbUrl() + "' --data-dir '" + site.dir().string() + "' 2>&1";
    std::string out;
    if (FILE* p = ::popen(command.c_str(), "r")) {
        char buf[4096];
        while (size_t n = std::fread(buf, 1, sizeof buf, p)) out.append(buf, n);
        ::pclose(p);
    }
    EXPECT_NE(out.find("1 CV Maker drafts"), std::string::npos) << out;
    EXPECT_EQ(site.CountRows("cv_drafts"), 0);
}

}  // namespace
}  // namespace ejob::testing
