#include <gtest/gtest.h>
#include <vips/vips.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <set>
#include <string>

#include "domain/resumes/resume.hpp"
#include "domain/services/service_ad.hpp"
#include "domain/vacancies/catalog.hpp"
#include "embedded/embedded.hpp"
#include "media/photo_pipeline.hpp"
#include "seed/demo_data.hpp"
#include "seed/demo_resumes.hpp"
#include "seed/demo_services.hpp"
#include "seed/demo_vacancies.hpp"
#include "seed/portraits.hpp"

namespace {

using ejob::domain::ResumeDraft;
using ejob::domain::ResumeKind;
using ejob::domain::ServiceAdDraft;
using ejob::domain::ServiceAdKind;
using ejob::seed::DemoResumes;
using ejob::seed::DemoServices;

constexpr const char* kToday = "2026-11-29";

std::string Errors(const ejob::domain::Error& error) {
    std::string out;
    for (const auto& e : error.fields) out += "\n  " + e.field + ": " + e.message + " " + e.arg;
    return out;
}

bool SameResume(const ResumeDraft& a, const ResumeDraft& b) {
    auto same_education = [](const auto& x, const auto& y) {
        return x.institution == y.institution && x.specialty == y.specialty && x.from_year == y.from_year &&
               x.to_year == y.to_year;
    };
    auto same_job = [](const auto& x, const auto& y) {
        return x.employer == y.employer && x.position == y.position && x.from_year == y.from_year &&
               x.to_year == y.to_year && x.duties == y.duties;
    };
    auto same_language = [](const auto& x, const auto& y) { return x.language == y.language && x.level == y.level; };
    return a.first_name == b.first_name && a.last_name == b.last_name && a.patronymic == b.patronymic &&
           a.gender == b.gender && a.birth_year == b.birth_year && a.city == b.city &&
           a.desired_position == b.desired_position && a.category == b.category && a.min_salary == b.min_salary &&
           a.education_level == b.education_level && a.experience == b.experience &&
           std::equal(a.education.begin(), a.education.end(), b.education.begin(), b.education.end(), same_education) &&
           std::equal(a.jobs.begin(), a.jobs.end(), b.jobs.begin(), b.jobs.end(), same_job) &&
           std::equal(a.languages.begin(), a.languages.end(), b.languages.begin(), b.languages.end(), same_language) &&
           a.skills == b.skills && a.computer_skills == b.computer_skills && a.about == b.about &&
           a.additional == b.additional && a.phone == b.phone && a.email == b.email && a.privacy == b.privacy &&
           a.photos == b.photos && a.owner_email == b.owner_email && a.lang == b.lang;
}

bool SameService(const ServiceAdDraft& a, const ServiceAdDraft& b) {
    return a.title == b.title && a.category == b.category && a.description == b.description &&
           a.price_type == b.price_type && a.price == b.price && a.price_unit == b.price_unit && a.city == b.city &&
           a.service_area == b.service_area && a.contact_name == b.contact_name && a.phone == b.phone &&
           a.email == b.email && a.whatsapp == b.whatsapp && a.privacy == b.privacy && a.photos == b.photos &&
           a.owner_email == b.owner_email && a.lang == b.lang;
}

// ---- resumes

TEST(DemoResumesTest, EveryDraftPassesValidation) {
    for (std::uint64_t seed : {1u, 20261129u}) {
        auto drafts = DemoResumes(1000, seed);
        ASSERT_EQ(drafts.size(), 1000u);
        int failures = 0;
        for (const auto& d : drafts) {
            auto result = ResumeKind::Validate(d, kToday);
            if (result.ok()) continue;
            if (++failures > 10) continue;  // enough detail for a diagnosis
            ADD_FAILURE() << "seed " << seed << ": [" << d.lang << "] " << d.first_name << " " << d.last_name << " / "
                          << d.desired_position << Errors(result.error());
        }
        EXPECT_EQ(failures, 0) << "seed " << seed;
    }
}

TEST(DemoResumesTest, IsDeterministicAndPrefixStable) {
    auto a = DemoResumes(300, 42), b = DemoResumes(300, 42), shorter = DemoResumes(50, 42);
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) EXPECT_TRUE(SameResume(a[i], b[i])) << "draft " << i;
    for (std::size_t i = 0; i < shorter.size(); ++i) EXPECT_TRUE(SameResume(a[i], shorter[i])) << "draft " << i;
    auto other = DemoResumes(300, 43);
    int same = 0;
    for (std::size_t i = 0; i < a.size(); ++i) same += SameResume(a[i], other[i]);
    EXPECT_LT(same, 5);
}

TEST(DemoResumesTest, MixesPrivacyLanguagesCitiesAndCategories) {
    auto drafts = DemoResumes(1000, 7);
    std::set<std::string> categories, levels, bands;
    int everyone = 0, signed_in = 0, anonymous = 0, az = 0, ru = 0, en = 0, baku = 0, women = 0, men = 0;
    for (const auto& d : drafts) {
        categories.insert(d.category);
        levels.insert(d.education_level);
        bands.insert(d.experience);
        everyone += d.privacy == "everyone";
        signed_in += d.privacy == "signed_in";
        anonymous += d.privacy == "anonymous";
        az += d.lang == "az";
        ru += d.lang == "ru";
        en += d.lang == "en";
        baku += d.city == "baku";
        women += d.gender == "female";
        men += d.gender == "male";
        EXPECT_FALSE(d.phone.empty() && d.email.empty());
        EXPECT_GE(d.education.size(), 1u);
        EXPECT_LE(d.education.size(), 2u);
        EXPECT_LE(d.jobs.size(), 3u);
        EXPECT_EQ(d.experience == "none", d.jobs.empty()) << d.desired_position << " " << d.experience;
        int year = std::stoi(d.birth_year);
        EXPECT_GE(year, 1970);
        EXPECT_LE(year, 2005);
        EXPECT_TRUE(d.photos.empty());
        EXPECT_TRUE(d.owner_email.empty());
        if (!d.email.empty()) {
            EXPECT_NE(d.email.find("@example."), std::string::npos) << d.email;
        }
        ASSERT_FALSE(d.languages.empty());
        if (d.lang == "az" && !d.patronymic.empty() && !d.gender.empty()) {
            EXPECT_NE(d.patronymic.find(d.gender == "female" ? " qızı" : " oğlu"), std::string::npos) << d.patronymic;
        }
    }
    for (const auto& c : ejob::domain::Categories())
        EXPECT_TRUE(categories.count(std::string(c.code))) << "missing category " << c.code;
    EXPECT_GE(levels.size(), 5u);
    EXPECT_EQ(bands.size(), 5u);
    EXPECT_GT(everyone, 600);
    EXPECT_GT(signed_in, 120);
    EXPECT_GT(anonymous, 50);
    EXPECT_GT(az, 600);
    EXPECT_GT(ru, 120);
    EXPECT_GT(en, 50);
    EXPECT_GT(baku, 750);
    EXPECT_LT(baku, 950);
    EXPECT_GT(women, 300);
    EXPECT_GT(men, 300);
}

TEST(DemoResumesTest, SmallListStillCoversEveryCategory) {
    const auto& all = ejob::domain::Categories();
    auto drafts = DemoResumes(all.size(), 3);
    std::set<std::string> categories;
    for (const auto& d : drafts) categories.insert(d.category);
    EXPECT_EQ(categories.size(), all.size());
}

TEST(DemoResumesTest, TheFirstResumesShowTheirContactsToEveryone) {
    auto drafts = DemoResumes(ejob::domain::Categories().size(), 20261130);
    for (const auto& d : drafts) EXPECT_EQ(d.privacy, "everyone") << d.desired_position;
}

// ---- services

TEST(DemoServicesTest, TheFirstAdsShowTheirContactsToEveryone) {
    auto drafts = DemoServices(ejob::domain::ServiceCategories().size(), 20261131);
    for (const auto& d : drafts) EXPECT_EQ(d.privacy, "everyone") << d.title;
}

TEST(DemoServicesTest, EveryDraftPassesValidation) {
    for (std::uint64_t seed : {1u, 20261129u}) {
        auto drafts = DemoServices(1000, seed);
        ASSERT_EQ(drafts.size(), 1000u);
        int failures = 0;
        for (const auto& d : drafts) {
            auto result = ServiceAdKind::Validate(d, kToday);
            if (result.ok()) continue;
            if (++failures > 10) continue;
            ADD_FAILURE() << "seed " << seed << ": [" << d.lang << "] " << d.title << Errors(result.error());
        }
        EXPECT_EQ(failures, 0) << "seed " << seed;
    }
}

TEST(DemoServicesTest, IsDeterministicAndPrefixStable) {
    auto a = DemoServices(300, 42), b = DemoServices(300, 42), shorter = DemoServices(50, 42);
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) EXPECT_TRUE(SameService(a[i], b[i])) << "draft " << i;
    for (std::size_t i = 0; i < shorter.size(); ++i) EXPECT_TRUE(SameService(a[i], shorter[i])) << "draft " << i;
    auto other = DemoServices(300, 43);
    int same = 0;
    for (std::size_t i = 0; i < a.size(); ++i) same += SameService(a[i], other[i]);
    EXPECT_LT(same, 5);
}

TEST(DemoServicesTest, CoversCategoriesPricesAndPrivacy) {
    auto drafts = DemoServices(1000, 7);
    std::set<std::string> categories, price_types, units, langs;
    int everyone = 0, signed_in = 0, whatsapp = 0, baku = 0;
    for (const auto& d : drafts) {
        categories.insert(d.category);
        price_types.insert(d.price_type);
        if (!d.price_unit.empty()) units.insert(d.price_unit);
        langs.insert(d.lang);
        everyone += d.privacy == "everyone";
        signed_in += d.privacy == "signed_in";
        whatsapp += d.whatsapp;
        baku += d.city == "baku";
        EXPECT_NE(d.privacy, "anonymous");
        EXPECT_FALSE(d.phone.empty() && d.email.empty());
        EXPECT_FALSE(d.whatsapp && d.phone.empty());
        EXPECT_EQ(d.price.empty(), d.price_type == "negotiable") << d.title;
        EXPECT_TRUE(d.photos.empty());
        EXPECT_TRUE(d.owner_email.empty());
        if (!d.email.empty()) {
            EXPECT_NE(d.email.find("@example."), std::string::npos) << d.email;
        }
    }
    for (const auto& c : ejob::domain::ServiceCategories())
        EXPECT_TRUE(categories.count(std::string(c.code))) << "missing category " << c.code;
    EXPECT_EQ(price_types.size(), 3u);
    EXPECT_EQ(units.size(), 3u);
    EXPECT_EQ(langs.size(), 3u);
    EXPECT_GT(everyone, 650);
    EXPECT_GT(signed_in, 100);
    EXPECT_GT(whatsapp, 500);
    EXPECT_GT(baku, 750);
    EXPECT_LT(baku, 950);
}

TEST(DemoServicesTest, SmallListStillCoversEveryCategory) {
    const auto& all = ejob::domain::ServiceCategories();
    auto drafts = DemoServices(all.size(), 3);
    std::set<std::string> categories;
    for (const auto& d : drafts) categories.insert(d.category);
    EXPECT_EQ(categories.size(), all.size());
}

// ---- illustrations

bool IsPng(const std::string& bytes) {
    static constexpr unsigned char kSignature[] = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    return bytes.size() > sizeof kSignature && std::memcmp(bytes.data(), kSignature, sizeof kSignature) == 0;
}

class IllustrationTest : public ::testing::Test {
  protected:
    static void SetUpTestSuite() { ejob::media::InitVips(); }
};

TEST_F(IllustrationTest, PortraitsArePngsThatDifferBySeed) {
    std::string a = ejob::seed::IllustratedPortraitPng(1, true);
    std::string b = ejob::seed::IllustratedPortraitPng(2, true);
    std::string c = ejob::seed::IllustratedPortraitPng(1, false);
    EXPECT_TRUE(IsPng(a));
    EXPECT_TRUE(IsPng(b));
    EXPECT_TRUE(IsPng(c));
    EXPECT_NE(a, b);
    EXPECT_NE(a, c);
    EXPECT_EQ(a, ejob::seed::IllustratedPortraitPng(1, true));  // deterministic
}

TEST_F(IllustrationTest, PortraitsPassThePhotoPipeline) {
    for (std::uint64_t seed : {3u, 4u, 5u}) {
        auto result = ejob::media::ProcessPhoto(ejob::seed::IllustratedPortraitPng(seed, seed % 2 == 0));
        ASSERT_EQ(result.error, ejob::media::PhotoError::None) << ejob::media::PhotoErrorName(result.error);
        EXPECT_EQ(result.photo.width, 480);
        EXPECT_EQ(result.photo.height, 480);
        EXPECT_FALSE(result.photo.display_jpeg.empty());
        EXPECT_FALSE(result.photo.thumb_webp.empty());
    }
    auto small = ejob::media::ProcessPhoto(ejob::seed::IllustratedPortraitPng(9, false, 200));
    ASSERT_EQ(small.error, ejob::media::PhotoError::None);
    EXPECT_EQ(small.photo.width, 200);
}

TEST_F(IllustrationTest, ServicePicturesArePngsThatPassThePhotoPipeline) {
    std::set<std::string> seen;
    for (const auto& category : ejob::domain::ServiceCategories()) {  // every motif
        std::string png = ejob::seed::IllustratedServicePhotoPng(category.code, 1);
        EXPECT_TRUE(IsPng(png)) << category.code;
        seen.insert(png);
        auto result = ejob::media::ProcessPhoto(png);
        ASSERT_EQ(result.error, ejob::media::PhotoError::None)
            << category.code << " " << ejob::media::PhotoErrorName(result.error);
        EXPECT_EQ(result.photo.width, 800);
        EXPECT_EQ(result.photo.height, 600);
    }
    EXPECT_EQ(seen.size(), ejob::domain::ServiceCategories().size());
    EXPECT_NE(ejob::seed::IllustratedServicePhotoPng("repair", 0), ejob::seed::IllustratedServicePhotoPng("repair", 8));
    EXPECT_EQ(ejob::seed::IllustratedServicePhotoPng("repair", 3), ejob::seed::IllustratedServicePhotoPng("repair", 3));
    auto wide = ejob::media::ProcessPhoto(ejob::seed::IllustratedServicePhotoPng("it_design", 11, 1600, 900));
    ASSERT_EQ(wide.error, ejob::media::PhotoError::None);
    EXPECT_EQ(wide.photo.width, 1200);  // shrunk to fit the display size
    EXPECT_THROW(ejob::seed::IllustratedServicePhotoPng("no_such_category", 1), ejob::seed::DataError);
}

// The colour of a pixel of a PNG, red, green and blue.
std::vector<int> PixelAt(const std::string& png, int x, int y) {
    VipsImage* image = vips_image_new_from_buffer(png.data(), png.size(), "", nullptr);
    EXPECT_NE(image, nullptr);
    if (!image) return {};
    double* values = nullptr;
    int n = 0;
    std::vector<int> out;
    if (vips_getpoint(image, &values, &n, x, y, nullptr) == 0)
        for (int i = 0; i < std::min(n, 3); ++i) out.push_back(static_cast<int>(values[i] + 0.5));
    g_free(values);
    g_object_unref(image);
    return out;
}

TEST_F(IllustrationTest, EverySeededAdsPicturesShowItsCategorysMotif) {
    // What service-texts.txt asks for: a motif and a background colour per category, all different.
    std::map<std::string, std::pair<std::string, std::vector<int>>> expected;
    std::set<std::string> motifs;
    std::set<std::vector<int>> backgrounds;
    for (const auto* f : ejob::seed::DemoSection("service-texts.txt", "pictures").All("picture")) {
        auto parts = f->Parts();
        ASSERT_EQ(parts.size(), 5u);
        std::vector<int> background{f->Int(2, 0), f->Int(2, 1), f->Int(2, 2)};
        expected[parts[0]] = {parts[1], background};
        motifs.insert(parts[1]);
        backgrounds.insert(background);
    }
    for (const auto& c : ejob::domain::ServiceCategories())
        EXPECT_TRUE(expected.count(std::string(c.code))) << "no picture for " << c.code;
    EXPECT_EQ(motifs.size(), expected.size());
    EXPECT_EQ(backgrounds.size(), expected.size());

    // The first ads cover every category; their photos are drawn as `ejob seed --demo` draws them.
    auto drafts = DemoServices(ejob::domain::ServiceCategories().size(), 20261131);
    for (std::size_t i = 0; i < drafts.size(); ++i) {
        const auto& [motif, background] = expected.at(drafts[i].category);
        EXPECT_EQ(ejob::seed::ServiceMotif(drafts[i].category), motif) << drafts[i].title;
        auto photos = ejob::seed::DemoServicePhotos(drafts[i], i);
        ASSERT_FALSE(photos.empty());
        EXPECT_EQ(photos, ejob::seed::DemoServicePhotos(drafts[i], i));  // deterministic
        for (const auto& png : photos) EXPECT_EQ(PixelAt(png, 2, 2), background) << drafts[i].title;
    }
}

// ---- the data files

TEST(DemoDataTest, EveryDataFileParsesAndFeedsTheGenerators) {
    std::set<std::string> files;
    for (const auto& f : ejob::embedded::DemoFiles()) {
        files.insert(std::string(f.name));
        EXPECT_NO_THROW(EXPECT_FALSE(ejob::seed::DemoData(f.name).empty()) << f.name) << f.name;
    }
    for (const char* name : {"people.txt", "vacancy-roles.txt", "vacancy-texts.txt", "resume-profiles.txt",
                             "resume-texts.txt", "services.txt", "service-texts.txt"})
        EXPECT_TRUE(files.count(name)) << name;
    // Loading checks every text for its three translations.
    EXPECT_NO_THROW(ejob::seed::DemoVacancies(1, 1));
    EXPECT_NO_THROW(DemoResumes(1, 1));
    EXPECT_NO_THROW(DemoServices(1, 1));
    for (const auto& c : ejob::domain::ServiceCategories()) EXPECT_NO_THROW(ejob::seed::ServiceMotif(c.code));
}

TEST(DemoDataTest, MalformedLinesAreReportedWithFileAndLine) {
    using ejob::seed::ParseDemoFile;
    auto message = [](auto&& f) {
        try {
            f();
        } catch (const ejob::seed::DataError& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    EXPECT_EQ(message([] { ParseDemoFile("a.txt", "# comment\nkey: value\n"); }).rfind("a.txt:2:", 0), 0u);
    EXPECT_EQ(message([] { ParseDemoFile("b.txt", "[s]\n\nno colon here\n"); }).rfind("b.txt:3:", 0), 0u);
    EXPECT_EQ(message([] { ParseDemoFile("c.txt", "[unclosed\n"); }).rfind("c.txt:1:", 0), 0u);

    auto sections = ParseDemoFile("d.txt",
                                  "[s]\n# a comment\ntitle: Mühasib | Бухгалтер | Accountant\n"
                                  "title: Mühasib |  | Accountant\ntitle: Mühasib | Бухгалтер\n");
    ASSERT_EQ(sections.size(), 1u);
    const auto titles = sections[0].All("title");
    ASSERT_EQ(titles.size(), 3u);
    EXPECT_EQ(titles[0]->AsText().In(ejob::seed::kRu), "Бухгалтер");
    EXPECT_EQ(message([&] { titles[1]->AsText(); }).rfind("d.txt:4:", 0), 0u);  // a missing translation
    EXPECT_EQ(message([&] { titles[2]->AsText(); }).rfind("d.txt:5:", 0), 0u);
    EXPECT_EQ(message([&] { sections[0].One("duty"); }).rfind("d.txt:1:", 0), 0u);
}

TEST(DemoDataTest, ResumesAndServicesAreWrittenInTheirLanguage) {
    auto cyrillic = [](const std::string& s) {
        return s.find("\xD0") != std::string::npos || s.find("\xD1") != std::string::npos;
    };
    for (const auto& d : DemoResumes(1000, 4)) {
        if (d.lang == "ru") {
            EXPECT_TRUE(cyrillic(d.desired_position + d.about)) << d.desired_position;
        } else {
            EXPECT_FALSE(cyrillic(d.desired_position + d.about + d.skills)) << d.desired_position;
        }
    }
    for (const auto& d : DemoServices(1000, 4)) {
        if (d.lang == "ru") {
            EXPECT_TRUE(cyrillic(d.title)) << d.title;
        } else {
            EXPECT_FALSE(cyrillic(d.title + d.description)) << d.title;
        }
    }
}

}  // namespace
