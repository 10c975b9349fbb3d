// A photo is never silently lost: a form that comes back with errors keeps the photos already chosen (held for
// that visitor only, for an hour), a corrected form publishes them, and an oversize photo is named as the problem.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <set>

#include "support/images.hpp"
#include "support/test_site.hpp"

namespace ejob::testing {
namespace {

// The held-photo tokens of a page, in order.
std::vector<std::string> HeldTokens(const std::string& html) {
    std::vector<std::string> out;
    std::regex re("name=\"held_photo\" value=\"([^\"]+)\"");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), re); it != std::sregex_iterator(); ++it)
        out.push_back((*it)[1]);
    return out;
}

std::string ManageToken(const HttpResult& r) {
    std::smatch m;
    std::string location = r.Header("location");
    return std::regex_search(location, m, std::regex("/manage/([A-Za-z0-9_-]+)")) ? std::string(m[1]) : "";
}

constexpr const char* kNoLongerKept = "is no longer kept";

class HeldPhotos : public ::testing::Test {
  protected:
    // Posts the new-item form of `kind` with `field` emptied (a required field) and the files; expects the 422.
    HttpResult PostWithABadField(Client& c, const std::string& kind, const Form& fields, const std::string& bad,
                                 const std::vector<FilePart>& files) {
        auto page = c.Get("/en" + kind + "/new");
        Form form = fixtures::With(fixtures::With(fields, bad, ""), "_csrf", CsrfToken(page.body));
        return c.PostMultipart("/en" + kind + "/new", form, files);
    }

    std::string PublishedDetail(const std::string& manage_token, const std::string& kind) {
        std::int64_t id = site.IdOfToken(manage_token);
        site.Approve(admin, id);
        auto r = visitor.Get("/en" + kind + "/" + std::to_string(id));
        if (r.status == 301) r = visitor.Get(r.Header("location"));
        EXPECT_EQ(r.status, 200);
        return r.body;
    }

    TestSite site;
    Client visitor = site.NewClient();
    Client admin = site.NewClient();
};

TEST_F(HeldPhotos, EachKindKeepsItsPhotoAfterA422AndTheCorrectedFormPublishesIt) {
    site.SignInAdmin(admin);
    struct Case {
        std::string kind, field, bad, good;
        Form form;
    };
    std::vector<Case> cases = {
        {"/resumes", "photo", "desired_position", "Baş mühasib", fixtures::ResumeForm()},
        {"/vacancies", "logo", "position", "Mühəndis", fixtures::VacancyForm()},
        {"/services", "photos", "title", "Santexnik", fixtures::ServiceForm()},
    };
    int seed = 1;
    for (const auto& c : cases) {
        SCOPED_TRACE(c.kind);
        auto r = PostWithABadField(visitor, c.kind, c.form, c.bad,
                                   {{c.field, "me.jpg", "image/jpeg", images::SmallJpeg(seed++)}});
        ASSERT_EQ(r.status, 422);
        auto held = HeldTokens(r.body);
        ASSERT_EQ(held.size(), 1u) << "the chosen photo is kept with the form";
        EXPECT_TRUE(Contains(r.body, "src=\"/held-photos/" + held[0] + "\"")) << "shown as a thumbnail";
        EXPECT_TRUE(Contains(r.body, "name=\"remove_held_photo\" value=\"" + held[0] + "\""));
        EXPECT_TRUE(Contains(r.body, "You do not need to choose them again"));
        auto thumb = visitor.Get("/held-photos/" + held[0]);
        EXPECT_EQ(thumb.status, 200);
        EXPECT_EQ(thumb.Header("content-type"), "image/webp");
        EXPECT_TRUE(Contains(thumb.Header("cache-control"), "private"));

        // The person fixes the field and sends the form again, choosing no file this time.
        Form again = fixtures::With(FormFields(r.body, c.kind + "/new"), c.bad, c.good);
        auto sent = visitor.PostMultipart("/en" + c.kind + "/new", again, {});
        ASSERT_EQ(sent.status, 303) << sent.body.substr(0, 3000);
        std::string token = ManageToken(sent);
        auto stems = PublicPhotoStems(PublishedDetail(token, c.kind));
        EXPECT_EQ(stems.size(), 1u) << "published with the photo chosen on the first attempt";

        // The Back button and the same form once more: the photo now belongs to the first publication.
        auto twice = visitor.PostMultipart("/en" + c.kind + "/new", again, {});
        EXPECT_EQ(twice.status, 422);
        EXPECT_TRUE(Contains(twice.body, kNoLongerKept));
        EXPECT_EQ(visitor.Get("/media/" + stems.at(0) + "-display.webp").status, 200) << "the first keeps its photo";
    }
    EXPECT_EQ(site.MediaFiles().size(), 3u * 4u) << "one stored photo per publication, nothing else";
}

// The stems of the stored photo files, each once, sorted.
std::set<std::string> StemsOf(const std::vector<std::filesystem::path>& files) {
    std::set<std::string> out;
    for (const auto& f : files) out.insert(f.filename().string().substr(0, 32));
    return out;
}

std::set<std::string> HeldStems(const std::vector<std::string>& tokens) {
    std::set<std::string> out;
    for (const auto& t : tokens) out.insert(t.substr(0, t.find('.')));
    return out;
}

TEST_F(HeldPhotos, AnInvalidTextStoresNoPublicationPhotoOnlyTheHeldOnes) {
    site.SignInAdmin(admin);
    auto r = PostWithABadField(visitor, "/services", fixtures::ServiceForm(), "title",
                               {{"photos", "1.jpg", "image/jpeg", images::SmallJpeg(1)},
                                {"photos", "2.jpg", "image/jpeg", images::SmallJpeg(2)},
                                {"photos", "3.jpg", "image/jpeg", "not a photo at all"}});
    ASSERT_EQ(r.status, 422);
    EXPECT_TRUE(Contains(r.body, "This file is not a JPEG, PNG or WebP photo")) << "the file is named beside the text";
    auto held = HeldTokens(r.body);
    ASSERT_EQ(held.size(), 2u);
    EXPECT_EQ(StemsOf(site.MediaFiles()), HeldStems(held)) << "nothing but the held photos is stored";
    EXPECT_EQ(site.MediaFiles().size(), 2u * 4u);
    EXPECT_EQ(site.CountRows("publications"), 0);

    // The corrected form publishes them under new names: the held files become the publication's.
    auto sent = visitor.PostMultipart("/en/services/new",
                                      fixtures::With(FormFields(r.body, "/services/new"), "title", "Santexnik"), {});
    ASSERT_EQ(sent.status, 303) << sent.body.substr(0, 3000);
    auto published = PublicPhotoStems(PublishedDetail(ManageToken(sent), "/services"));
    ASSERT_EQ(published.size(), 2u);
    EXPECT_EQ(StemsOf(site.MediaFiles()), std::set<std::string>(published.begin(), published.end()));
    for (const auto& stem : published) EXPECT_EQ(HeldStems(held).count(stem), 0u) << "claimed under a new name";

    // An edit refused for its text does not touch the version: its photos stay, the new one is only held.
    std::string token = ManageToken(sent);
    auto edit = visitor.Get("/en/manage/" + token + "/edit");
    auto refused = visitor.PostMultipart("/en/manage/" + token + "/edit",
                                         fixtures::With(FormFields(edit.body, "/edit"), "title", ""),
                                         {{"photos", "4.jpg", "image/jpeg", images::SmallJpeg(4)}});
    ASSERT_EQ(refused.status, 422);
    auto held_edit = HeldStems(HeldTokens(refused.body));
    ASSERT_EQ(held_edit.size(), 1u);
    auto expected = held_edit;
    expected.insert(published.begin(), published.end());
    EXPECT_EQ(StemsOf(site.MediaFiles()), expected);
    auto record = site.site().services().Manage(token);
    ASSERT_TRUE(record.ok());
    EXPECT_FALSE(record->latest.has_value()) << "no new version";
    EXPECT_EQ(record->live->photos, published);
}

TEST_F(HeldPhotos, RemoveDropsAHeldPhotoAndANewChoiceIsAdded) {
    site.SignInAdmin(admin);
    auto r = PostWithABadField(visitor, "/services", fixtures::ServiceForm(), "title",
                               {{"photos", "1.jpg", "image/jpeg", images::SmallJpeg(1)},
                                {"photos", "2.jpg", "image/jpeg", images::SmallJpeg(2)}});
    ASSERT_EQ(r.status, 422);
    auto held = HeldTokens(r.body);
    ASSERT_EQ(held.size(), 2u);
    // Tick "remove" on the first, add a third photo, fix the title.
    Form again = fixtures::With(FormFields(r.body, "/services/new"), "title", "Santexnik");
    again.emplace_back("remove_held_photo", held[0]);
    auto sent =
        visitor.PostMultipart("/en/services/new", again, {{"photos", "3.jpg", "image/jpeg", images::SmallJpeg(3)}});
    ASSERT_EQ(sent.status, 303) << sent.body.substr(0, 3000);
    EXPECT_EQ(site.MediaFiles().size(), 2u * 4u) << "the removed photo's files are deleted at once";
    EXPECT_EQ(PublicPhotoStems(PublishedDetail(ManageToken(sent), "/services")).size(), 2u);
    EXPECT_EQ(visitor.Get("/held-photos/" + held[0]).status, 404);
}

TEST_F(HeldPhotos, OnlyTheVisitorWhoChoseAPhotoCanSeeOrUseIt) {
    site.SignInAdmin(admin);
    auto r = PostWithABadField(visitor, "/resumes", fixtures::ResumeForm(), "desired_position",
                               {{"photo", "me.jpg", "image/jpeg", images::SmallJpeg(5)}});
    ASSERT_EQ(r.status, 422);
    auto held = HeldTokens(r.body);
    ASSERT_EQ(held.size(), 1u);

    Client other = site.NewClient();
    EXPECT_EQ(other.Get("/held-photos/" + held[0]).status, 404) << "another visitor cannot see it";
    std::string tampered = held[0];
    tampered[tampered.find('.') + 1] = tampered[tampered.find('.') + 1] == '9' ? '8' : '9';  // another expiry
    EXPECT_EQ(visitor.Get("/held-photos/" + tampered).status, 404) << "the signature covers the lifetime";

    // Another visitor who posts the token with a complete form does not get the photo.
    auto page = other.Get("/en/resumes/new");
    Form form = fixtures::With(fixtures::ResumeForm("Kassir"), "_csrf", CsrfToken(page.body));
    form.emplace_back("held_photo", held[0]);
    auto stolen = other.PostMultipart("/en/resumes/new", form, {});
    EXPECT_EQ(stolen.status, 422);
    EXPECT_TRUE(Contains(stolen.body, kNoLongerKept));
    EXPECT_TRUE(HeldTokens(stolen.body).empty());
    EXPECT_EQ(site.CountRows("publications"), 0);
    auto without = other.PostMultipart("/en/resumes/new", FormFields(stolen.body, "/resumes/new"), {});
    ASSERT_EQ(without.status, 303);
    EXPECT_TRUE(PublicPhotoStems(PublishedDetail(ManageToken(without), "/resumes")).empty());

    // The owner of the photo still has it.
    EXPECT_EQ(visitor.Get("/held-photos/" + held[0]).status, 200);
}

TEST_F(HeldPhotos, HeldFilesLiveAnHourAndTheSweepDeletesTheUnusedOnes) {
    auto kept = PostWithABadField(visitor, "/resumes", fixtures::ResumeForm(), "desired_position",
                                  {{"photo", "a.jpg", "image/jpeg", images::SmallJpeg(1)}});
    Client forgetful = site.NewClient();
    auto abandoned = PostWithABadField(forgetful, "/resumes", fixtures::ResumeForm(), "desired_position",
                                       {{"photo", "b.jpg", "image/jpeg", images::SmallJpeg(2)}});
    ASSERT_EQ(kept.status, 422);
    ASSERT_EQ(abandoned.status, 422);
    EXPECT_EQ(site.MediaFiles().size(), 2u * 4u);

    // Within the hour the sweep leaves held files alone, and the form still sends its photo.
    site.clock().Advance(59 * domain::kMinute);
    EXPECT_EQ(site.site().Purge().orphan_photos, 0);
    auto sent = visitor.PostMultipart(
        "/en/resumes/new", fixtures::With(FormFields(kept.body, "/resumes/new"), "desired_position", "Mühasib"), {});
    EXPECT_EQ(sent.status, 303) << sent.body.substr(0, 3000);

    // After the hour the held photo is gone from the form: the person is told to choose it again.
    site.clock().Advance(2 * domain::kMinute);
    auto late = forgetful.PostMultipart(
        "/en/resumes/new", fixtures::With(FormFields(abandoned.body, "/resumes/new"), "desired_position", "Kassir"),
        {});
    EXPECT_EQ(late.status, 422);
    EXPECT_TRUE(Contains(late.body, kNoLongerKept));
    EXPECT_EQ(forgetful.Get("/held-photos/" + HeldTokens(abandoned.body).at(0)).status, 404);

    // The unused file is deleted by the retention job's sweep of unreferenced files (a day's grace).
    site.clock().Advance(domain::kDay);
    auto report = site.site().Purge();
    EXPECT_EQ(report.orphan_photos, 1);
    EXPECT_EQ(site.MediaFiles().size(), 4u) << "the photo that was used stays";
}

TEST_F(HeldPhotos, AnEditThroughTheManagementLinkKeepsTheNewPhoto) {
    site.SignInAdmin(admin);
    std::string token = site.Submit(visitor, "/resumes", fixtures::ResumeForm("Mühasib"));
    site.Approve(admin, site.IdOfToken(token));
    auto edit = visitor.Get("/en/manage/" + token + "/edit");
    ASSERT_EQ(edit.status, 200);
    Form form = fixtures::With(FormFields(edit.body, "/edit"), "desired_position", "");
    auto r = visitor.PostMultipart("/en/manage/" + token + "/edit", form,
                                   {{"photo", "me.jpg", "image/jpeg", images::SmallJpeg(9)}});
    ASSERT_EQ(r.status, 422);
    auto held = HeldTokens(r.body);
    ASSERT_EQ(held.size(), 1u);
    EXPECT_EQ(visitor.Get("/held-photos/" + held[0]).status, 200);

    auto sent =
        visitor.PostMultipart("/en/manage/" + token + "/edit",
                              fixtures::With(FormFields(r.body, "/edit"), "desired_position", "Baş mühasib"), {});
    ASSERT_EQ(sent.status, 303) << sent.body.substr(0, 3000);
    auto stems = PublicPhotoStems(PublishedDetail(token, "/resumes"));
    EXPECT_EQ(stems.size(), 1u) << "the edit was approved with the photo chosen before the 422";
}

TEST_F(HeldPhotos, AnOwnerEditFromMyPublicationsKeepsTheNewLogo) {
    site.SignInAdmin(admin);
    site.RegisterAndSignIn(visitor, "owner@example.az");
    std::string token = site.SubmitVacancy(visitor, fixtures::VacancyForm("Baş aşpaz"));
    std::int64_t id = site.IdOfToken(token);
    site.Approve(admin, id);
    std::string base = "/en/account/publications/" + std::to_string(id) + "/edit";
    auto edit = visitor.Get(base);
    ASSERT_EQ(edit.status, 200);
    auto r = visitor.PostMultipart(base, fixtures::With(FormFields(edit.body, "/edit"), "company", ""),
                                   {{"logo", "logo.png", "image/jpeg", images::SmallJpeg(4)}});
    ASSERT_EQ(r.status, 422);
    auto held = HeldTokens(r.body);
    ASSERT_EQ(held.size(), 1u);
    auto sent = visitor.PostMultipart(base, fixtures::With(FormFields(r.body, "/edit"), "company", "Dadlı MMC"), {});
    ASSERT_EQ(sent.status, 303) << sent.body.substr(0, 3000);
    EXPECT_EQ(PublicPhotoStems(PublishedDetail(token, "/vacancies")).size(), 1u);
}

TEST_F(HeldPhotos, AnOversizePhotoIsNamedAsTheProblem) {
    // Over 10 MB but within the body limit: the filled form again, the message next to the photo field.
    auto page = visitor.Get("/en/resumes/new");
    Form form = fixtures::With(fixtures::ResumeForm("Aparıcı mühəndis"), "_csrf", CsrfToken(page.body));
    auto r = visitor.PostMultipart("/en/resumes/new", form,
                                   {{"photo", "big.jpg", "image/jpeg", std::string(11 * 1024 * 1024, 'x')}});
    EXPECT_EQ(r.status, 413);
    EXPECT_TRUE(Contains(r.body, "id=\"f-photo-error\">The photo is larger than 10 MB")) << r.body.substr(0, 3000);
    EXPECT_TRUE(Contains(r.body, "value=\"Aparıcı mühəndis\"")) << "what was typed is still there";
    EXPECT_FALSE(Contains(r.body, "The form is too large"));

    // Over the body limit: refused unread, and the page says it is the photo and leads back to the form.
    auto huge = visitor.PostMultipart("/en/resumes/new", form,
                                      {{"photo", "huge.jpg", "image/jpeg", std::string(45 * 1024 * 1024, 'y')}});
    EXPECT_EQ(huge.status, 413);
    EXPECT_TRUE(Contains(huge.body, "The photo is too large"));
    EXPECT_TRUE(Contains(huge.body, "Back button"));
    EXPECT_TRUE(Contains(huge.body, "href=\"/en/resumes/new\"")) << "a link back to the form";
    EXPECT_FALSE(Contains(huge.body, "The form is too large"));
    auto az =
        visitor.PostMultipart("/resumes/new", form, {{"photo", "huge.jpg", "image/jpeg", std::string(45 << 20, 'y')}});
    EXPECT_EQ(az.status, 413);
    EXPECT_TRUE(Contains(az.body, "Foto çox böyükdür"));
    EXPECT_TRUE(site.MediaFiles().empty());
}

}  // namespace
}  // namespace ejob::testing
