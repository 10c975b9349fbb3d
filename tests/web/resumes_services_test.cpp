// Resumes and services ads through the real server: lifecycle, photos (metadata, limits, hostile files),
// and the privacy settings on every public surface.
#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "domain/accounts/account.hpp"
#include "support/images.hpp"
#include "support/test_site.hpp"

namespace ejob::testing {
namespace {

std::vector<std::string> PhotoUrls(const std::string& html) {
    std::vector<std::string> out;
    std::regex re("/media/[0-9a-f]{32}-(?:display|thumb)\\.(?:webp|jpg)");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), re); it != std::sregex_iterator(); ++it)
        out.push_back((*it)[0]);
    return out;
}

class KindsFlow : public ::testing::Test {
  protected:
    TestSite site;
    Client visitor = site.NewClient();
    Client admin = site.NewClient();
};

TEST_F(KindsFlow, ResumeWithPhotoGoesThroughModerationAndItsPhotoFollows) {
    std::string token = site.Submit(visitor, "/resumes", fixtures::ResumeForm("Baş mühasib"),
                                    {{"photo", "me.jpg", "image/jpeg", images::JpegWithCameraAndGps()}});
    ASSERT_FALSE(token.empty());
    std::int64_t id = site.IdOfToken(token);
    EXPECT_EQ(site.MediaFiles().size(), 4u) << "display and thumbnail, WebP and JPEG";

    // Pending: nowhere public, its photo neither.
    EXPECT_EQ(visitor.Get("/en/resumes/" + std::to_string(id)).status, 404);
    EXPECT_FALSE(Contains(visitor.Get("/en/resumes").body, "Baş mühasib"));
    EXPECT_FALSE(Contains(visitor.Get("/en/search?q=bas+muhasib&kind=resume").body, "/resumes/" + std::to_string(id)));
    auto owner_page = visitor.Get("/en/manage/" + token + "/edit");
    EXPECT_EQ(owner_page.status, 200);
    std::smatch m;
    ASSERT_TRUE(std::regex_search(owner_page.body, m, std::regex("[0-9a-f]{32}")));
    std::string stem = m[0];
    EXPECT_EQ(visitor.Get("/media/" + stem + "-display.webp").status, 404);
    EXPECT_EQ(visitor.Get("/en/manage/" + token + "/media/" + stem + "-thumb.webp").status, 200) << "the owner sees it";

    site.SignInAdmin(admin);
    EXPECT_EQ(admin.Get("/admin/media/" + stem + "-thumb.webp").status, 200) << "the moderator sees it";
    auto queue = admin.Get("/en/admin/moderation?kind=resume");
    EXPECT_TRUE(Contains(queue.body, "Baş mühasib"));
    EXPECT_FALSE(Contains(admin.Get("/en/admin/moderation?kind=vacancy").body, "Baş mühasib"));
    site.Approve(admin, id);

    auto list = visitor.Get("/en/resumes?category=finance&city=baku");
    EXPECT_TRUE(Contains(list.body, "Baş mühasib"));
    EXPECT_TRUE(Contains(list.body, "Aysel Məmmədova"));
    auto detail = visitor.Get(visitor.Get("/en/resumes/" + std::to_string(id)).Header("location"));
    EXPECT_EQ(detail.status, 200);
    EXPECT_TRUE(Contains(detail.body, "Azərbaycan Dövlət İqtisad Universiteti"));
    EXPECT_FALSE(Contains(detail.body, "444 33 22")) << "contacts only on request";
    EXPECT_TRUE(Contains(visitor.Get("/en/search?q=bas+muhasib&kind=resume").body, "/resumes/" + std::to_string(id)));

    // The published photo: served, with the right type, and without any of the camera's metadata.
    auto urls = PhotoUrls(detail.body);
    ASSERT_FALSE(urls.empty());
    for (const char* variant : {"-display.webp", "-display.jpg", "-thumb.webp", "-thumb.jpg"}) {
        auto photo = visitor.Get("/media/" + stem + variant);
        ASSERT_EQ(photo.status, 200) << variant;
        EXPECT_EQ(photo.Header("x-content-type-options"), "nosniff");
        EXPECT_TRUE(Contains(photo.Header("content-type"), "image/"));
        EXPECT_TRUE(Contains(photo.Header("cache-control"), "max-age"));
        EXPECT_FALSE(Contains(photo.body, "Exif")) << variant;
        EXPECT_FALSE(Contains(photo.body, images::kCameraMake)) << variant;
        EXPECT_FALSE(Contains(photo.body, images::kArtist)) << variant;
        EXPECT_FALSE(Contains(photo.body, "GPS")) << variant;
    }
    for (const auto& f : site.MediaFiles()) EXPECT_FALSE(Contains(ReadFile(f), images::kCameraMake)) << f;

    // Deleting the resume deletes its photo files.
    auto page = admin.Get("/en/admin/moderation");
    EXPECT_EQ(admin.Post("/en/admin/publications/" + std::to_string(id) + "/delete", {{"_csrf", CsrfToken(page.body)}})
                  .status,
              303);
    EXPECT_EQ(visitor.Get("/media/" + stem + "-display.webp").status, 404);
    EXPECT_TRUE(site.MediaFiles().empty());
}

TEST_F(KindsFlow, RejectedPublicationsPhotosStayPrivate) {
    std::string token = site.Submit(visitor, "/services", fixtures::ServiceForm(),
                                    {{"photos", "a.jpg", "image/jpeg", images::SmallJpeg(1)},
                                     {"photos", "b.jpg", "image/jpeg", images::SmallJpeg(2)}});
    std::int64_t id = site.IdOfToken(token);
    EXPECT_EQ(site.MediaFiles().size(), 8u);
    site.SignInAdmin(admin);
    site.Reject(admin, id, "Şəkillər xidmətə aid deyil");
    auto manage = visitor.Get("/en/manage/" + token);
    EXPECT_TRUE(Contains(manage.body, "Şəkillər xidmətə aid deyil"));
    for (const auto& f : site.MediaFiles()) {
        std::string name = f.filename().string();
        EXPECT_EQ(visitor.Get("/media/" + name).status, 404) << name;
    }
}

TEST_F(KindsFlow, ServicesAdWithPhotosListsFiltersAndShowsAGallery) {
    std::string token = site.Submit(visitor, "/services", fixtures::ServiceForm("Kafel ustası", "25"),
                                    {{"photos", "1.jpg", "image/jpeg", images::SmallJpeg(1)},
                                     {"photos", "2.jpg", "image/jpeg", images::SmallJpeg(2)},
                                     {"photos", "3.jpg", "image/jpeg", images::SmallJpeg(3)}});
    std::int64_t id = site.IdOfToken(token);
    site.SignInAdmin(admin);
    site.Approve(admin, id);
    EXPECT_TRUE(Contains(visitor.Get("/en/services?category=repair&price_max=30").body, "Kafel ustası"));
    EXPECT_FALSE(Contains(visitor.Get("/en/services?price_min=100").body, "Kafel ustası"));
    EXPECT_FALSE(Contains(visitor.Get("/en/services?category=beauty").body, "Kafel ustası"));
    auto detail = visitor.Get(visitor.Get("/en/services/" + std::to_string(id)).Header("location"));
    ASSERT_EQ(detail.status, 200);
    auto urls = PhotoUrls(detail.body);
    std::set<std::string> stems;
    for (const auto& u : urls) stems.insert(u.substr(7, 32));
    EXPECT_EQ(stems.size(), 3u);
    for (const auto& u : urls) EXPECT_EQ(visitor.Get(u).status, 200) << u;
    auto search = visitor.Get("/en/search?q=kafel");
    EXPECT_TRUE(Contains(search.body, "kind=service"));
    EXPECT_TRUE(Contains(visitor.Get("/en/search?q=kafel&kind=service").body, "/services/" + std::to_string(id)));
}

TEST_F(KindsFlow, ModeratorRemovesOnePhotoBeforeApproving) {
    std::string token = site.Submit(visitor, "/services", fixtures::ServiceForm("Bərbər evdə"),
                                    {{"photos", "1.jpg", "image/jpeg", images::SmallJpeg(1)},
                                     {"photos", "2.jpg", "image/jpeg", images::SmallJpeg(2)}});
    std::int64_t id = site.IdOfToken(token);
    site.SignInAdmin(admin);
    auto review = admin.Get("/en/admin/moderation/" + std::to_string(id));
    std::regex remove_box("name=\"remove_photo\" value=\"([0-9a-f]{32})\"");
    std::vector<std::string> stems;
    for (auto it = std::sregex_iterator(review.body.begin(), review.body.end(), remove_box);
         it != std::sregex_iterator(); ++it)
        stems.push_back((*it)[1]);
    ASSERT_EQ(stems.size(), 2u);
    EXPECT_EQ(admin.Get("/admin/media/" + stems[0] + "-thumb.webp").status, 200);
    site.Approve(admin, id, {{"remove_photo", stems[0]}});
    auto detail = visitor.Get(visitor.Get("/en/services/" + std::to_string(id)).Header("location"));
    EXPECT_FALSE(Contains(detail.body, stems[0]));
    EXPECT_TRUE(Contains(detail.body, stems[1]));
    EXPECT_EQ(visitor.Get("/media/" + stems[0] + "-display.jpg").status, 404);
    EXPECT_EQ(visitor.Get("/media/" + stems[1] + "-display.jpg").status, 200);
    EXPECT_EQ(site.MediaFiles().size(), 4u) << "the removed photo's files are deleted";
}

TEST_F(KindsFlow, VacancyLogoIsShownOnceApproved) {
    std::string token = site.Submit(visitor, "/vacancies", fixtures::VacancyForm("Logist"),
                                    {{"logo", "logo.png", "image/png", images::SmallJpeg(5)}});
    std::int64_t id = site.IdOfToken(token);
    site.SignInAdmin(admin);
    site.Approve(admin, id);
    auto detail = visitor.Get(visitor.Get("/en/vacancies/" + std::to_string(id)).Header("location"));
    auto urls = PhotoUrls(detail.body);
    ASSERT_EQ(urls.size(), 1u);
    EXPECT_EQ(visitor.Get(urls[0]).status, 200);
    EXPECT_TRUE(Contains(visitor.Get("/en/vacancies").body, urls[0]));
}

TEST_F(KindsFlow, HostileAndOversizeFilesAreRefusedAndLeaveNothing) {
    struct Case {
        std::string name, data;
        int status;
    };
    std::vector<Case> cases = {
        {"page.jpg", "<html><script>alert(1)</script></html>", 422},
        {"huge.png", images::PngHeaderOnly(60000, 60000), 422},
        {"empty.pdf", "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF", 422},
        {"svg.jpg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", 422},
        {"cut.jpg", images::SmallJpeg(4).substr(0, 2000), 422},
        {"big.jpg", std::string(11 * 1024 * 1024, 'x'), 413},
    };
    for (const auto& c : cases) {
        auto page = visitor.Get("/en/resumes/new");
        Form form = fixtures::With(fixtures::ResumeForm(), "_csrf", CsrfToken(page.body));
        auto started = std::chrono::steady_clock::now();
        auto r = visitor.PostMultipart("/en/resumes/new", form, {{"photo", c.name, "image/jpeg", c.data}});
        auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
        EXPECT_EQ(r.status, c.status) << c.name;
        EXPECT_TRUE(Contains(r.body, "field-error") || r.status == 413) << c.name;
        EXPECT_LT(ms.count(), 2000) << c.name << " must be refused fast";
    }
    EXPECT_EQ(site.CountRows("publications"), 0);
    EXPECT_TRUE(site.MediaFiles().empty());

    // 50 MB: refused before the body is read.
    auto page = visitor.Get("/en/services/new");
    auto r = visitor.PostMultipart("/en/services/new", {{"_csrf", CsrfToken(page.body)}},
                                   {{"photos", "x.jpg", "image/jpeg", std::string(50 * 1024 * 1024, 'y')}});
    EXPECT_EQ(r.status, 413);
    EXPECT_TRUE(site.MediaFiles().empty());
    std::error_code ec;
    for (const auto& e : std::filesystem::recursive_directory_iterator(site.dir(), ec))
        EXPECT_FALSE(Contains(e.path().filename().string(), ".tmp")) << e.path();

    // A polyglot is re-encoded: the stored photo carries no script.
    std::string token = site.Submit(visitor, "/resumes", fixtures::ResumeForm(),
                                    {{"photo", "p.jpg", "image/jpeg", images::JpegHtmlPolyglot()}});
    ASSERT_FALSE(token.empty());
    ASSERT_EQ(site.MediaFiles().size(), 4u);
    for (const auto& f : site.MediaFiles()) EXPECT_FALSE(Contains(ReadFile(f), "<script")) << f;
}

// The privacy matrix: viewer (anonymous visitor / signed-in user) × setting × surface.
TEST_F(KindsFlow, ResumePrivacySettingsHoldOnEverySurface) {
    site.SignInAdmin(admin);  // the signed-in viewer
    struct Made {
        std::string privacy;
        std::int64_t id;
        std::string url;
    };
    std::vector<Made> made;
    const std::vector<std::pair<std::string, std::string>> people = {
        {"everyone", "Nərmin"}, {"signed_in", "Rəşad"}, {"anonymous", "Gülnarə"}};
    for (const auto& [privacy, first] : people) {
        std::string token =
            site.Submit(visitor, "/resumes", fixtures::ResumeForm("Kassir " + privacy, privacy, first, "Quliyeva"),
                        {{"photo", "me.jpg", "image/jpeg", images::SmallJpeg(7)}});
        std::int64_t id = site.IdOfToken(token);
        site.Approve(admin, id);
        made.push_back({privacy, id, visitor.Get("/en/resumes/" + std::to_string(id)).Header("location")});
    }
    for (bool signed_in : {false, true}) {
        Client& viewer = signed_in ? admin : visitor;
        auto list = viewer.Get("/en/resumes");
        auto search = viewer.Get("/en/search?q=kassir&kind=resume");
        auto by_name = viewer.Get("/en/search?q=gulnare&kind=resume");
        for (const auto& m : made) {
            SCOPED_TRACE(m.privacy + (signed_in ? " / signed in" : " / visitor"));
            auto detail = viewer.Get(m.url);
            ASSERT_EQ(detail.status, 200);
            std::string first = m.privacy == "everyone" ? "Nərmin" : m.privacy == "signed_in" ? "Rəşad" : "Gülnarə";
            bool anonymous = m.privacy == "anonymous";
            // Name: initials only when anonymous, on every surface.
            EXPECT_EQ(Contains(detail.body, first), !anonymous);
            EXPECT_EQ(Contains(list.body, first), !anonymous);
            EXPECT_EQ(Contains(search.body, first), !anonymous);
            if (anonymous) {
                EXPECT_TRUE(Contains(detail.body, "G. Q."));
                EXPECT_FALSE(Contains(by_name.body, "/resumes/" + std::to_string(m.id))) << "not found by name";
            }
            // Photo: hidden when anonymous, and not even reachable by its address.
            EXPECT_EQ(PhotoUrls(detail.body).empty(), anonymous);
            // Contacts: never in the HTML; the reveal works per setting.
            EXPECT_FALSE(Contains(detail.body, "444 33 22"));
            std::string token = InputValue(detail.body, "token");
            auto reveal = viewer.Post("/en/resumes/" + std::to_string(m.id) + "/contacts", {{"token", token}},
                                      {{"Accept", "application/json"}});
            bool allowed = m.privacy == "everyone" || (m.privacy == "signed_in" && signed_in);
            EXPECT_EQ(reveal.status, allowed ? 200 : 403);
            EXPECT_EQ(Contains(reveal.body, "444 33 22"), allowed);
        }
    }
    // The anonymous resume's stored photo is not public.
    auto record = site.site().resumes().ForModeration(made[2].id);
    ASSERT_TRUE(record.ok());
    ASSERT_EQ(record->live->photos.size(), 1u);
    EXPECT_EQ(visitor.Get("/media/" + record->live->photos[0] + "-thumb.webp").status, 404);
    EXPECT_EQ(visitor.Get("/media/" + record->live->photos[0] + "-display.jpg").status, 404);
}

TEST_F(KindsFlow, ResumeRowsCanBeAddedWithoutJavaScript) {
    auto page = visitor.Get("/en/resumes/new");
    Form form = fixtures::With(fixtures::ResumeForm(), "_csrf", CsrfToken(page.body));
    form.emplace_back("add_row", "languages");
    auto r = visitor.PostMultipart("/en/resumes/new", form, {});
    EXPECT_EQ(r.status, 200);
    EXPECT_TRUE(Contains(r.body, "name=\"languages.2.language\""));
    EXPECT_EQ(site.CountRows("publications"), 0) << "adding a row stores nothing";
    EXPECT_EQ(InputValue(r.body, "languages.1.language"), "İngilis dili") << "entered rows are kept";
}

TEST_F(KindsFlow, InvalidResumeGetsMessagesNextToTheRowFields) {
    auto page = visitor.Get("/en/resumes/new");
    Form form = fixtures::With(fixtures::ResumeForm(), "_csrf", CsrfToken(page.body));
    form = fixtures::With(form, "jobs.0.employer", "");
    form = fixtures::With(form, "privacy", "everybody");
    auto r = visitor.PostMultipart("/en/resumes/new", form, {});
    EXPECT_EQ(r.status, 422);
    EXPECT_TRUE(Contains(r.body, "id=\"f-jobs.0.employer-error\""));
    EXPECT_EQ(site.CountRows("publications"), 0);
}

}  // namespace
}  // namespace ejob::testing
