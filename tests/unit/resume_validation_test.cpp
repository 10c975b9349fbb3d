// ResumeKind::Validate and the resume helpers (ToDraft, SearchText, Subtitle): pure code, a fixed "today".
#include <gtest/gtest.h>

#include <algorithm>

#include "domain/resumes/languages.hpp"
#include "domain/resumes/resume.hpp"

namespace ejob::domain {
namespace {

constexpr const char* kToday = "2026-11-29";
const std::string kStem = "0123456789abcdef0123456789abcdef";

ResumeDraft Valid() {
    ResumeDraft d;
    d.first_name = "Aysel";
    d.last_name = "Məmmədova";
    d.patronymic = "Rauf qızı";
    d.gender = "female";
    d.birth_year = "1995";
    d.city = "baku";
    d.desired_position = "Baş mühasib";
    d.category = "finance";
    d.min_salary = "1200";
    d.education_level = "higher";
    d.experience = "3_5";
    d.education = {{"Azərbaycan Dövlət İqtisad Universiteti", "Mühasibat uçotu", "2012", "2016"}};
    d.jobs = {{"Kapital Bank", "Mühasib", "2016", "2020", "Hesabatların hazırlanması."},
              {"Azərsun", "Baş mühasib", "2020", "", "Maliyyə hesabatları, vergi bəyannamələri."}};
    d.languages = {{"Azərbaycan dili", "native"}, {"İngilis dili", "B2"}};
    d.skills = "1C, maliyyə təhlili";
    d.computer_skills = "Excel, Word";
    d.about = "Məsuliyyətli və dəqiq işçiyəm.";
    d.phone = "+994 50 123 45 67";
    d.email = "aysel@example.az";
    return d;
}

std::vector<std::string> Fields(const Result<ResumeContent>& r) {
    std::vector<std::string> out;
    if (!r.ok())
        for (const auto& e : r.error().fields) out.push_back(e.field);
    return out;
}

std::vector<std::string> FieldsOf(const ResumeDraft& d, const char* today = kToday) {
    return Fields(ResumeKind::Validate(d, today));
}

std::string MessageFor(const Result<ResumeContent>& r, const std::string& field) {
    for (const auto& e : r.error().fields)
        if (e.field == field) return e.message;
    return {};
}

TEST(ValidateResume, AcceptsACompleteResume) {
    auto r = ResumeKind::Validate(Valid(), kToday);
    ASSERT_TRUE(r.ok()) << ::testing::PrintToString(Fields(r));
    EXPECT_EQ(r->birth_year, 1995);
    EXPECT_EQ(r->min_salary, 120000);
    EXPECT_EQ(r->privacy, ContactVisibility::Everyone);
    EXPECT_EQ(r->jobs.size(), 2u);
    EXPECT_EQ(r->jobs[1].to_year, "");  // until now
    EXPECT_EQ(r->languages[1].level, "B2");
    EXPECT_EQ(r->patronymic, "Rauf qızı");
}

TEST(ValidateResume, RequiredFieldsAreNamed) {
    ResumeDraft empty;
    auto f = FieldsOf(empty);
    for (const char* name :
         {"first_name", "last_name", "city", "desired_position", "category", "education_level", "experience", "phone"})
        EXPECT_NE(std::find(f.begin(), f.end(), name), f.end()) << name;
    for (const char* optional : {"patronymic", "gender", "birth_year", "min_salary", "privacy", "photo"})
        EXPECT_EQ(std::find(f.begin(), f.end(), optional), f.end()) << optional;
}

TEST(ValidateResume, NamesAreLettersSpacesHyphensAndApostrophes) {
    auto d = Valid();
    for (std::string ok : {"Ələsgər", "Иван", "Anna-Maria", "O'Neil", "Nur ’Əli", "Şəhla Gül"}) {
        d.first_name = ok;
        EXPECT_TRUE(ResumeKind::Validate(d, kToday).ok()) << ok;
    }
    for (std::string bad : {"Aysel2", "<b>Aysel</b>", "A.", "--", "aysel@x.az"}) {
        d.first_name = bad;
        EXPECT_EQ(FieldsOf(d), std::vector<std::string>{"first_name"}) << bad;
    }
    d = Valid();
    d.last_name = std::string(61, 'a');
    auto r = ResumeKind::Validate(d, kToday);
    EXPECT_EQ(Fields(r), std::vector<std::string>{"last_name"});
    EXPECT_EQ(MessageFor(r, "last_name"), "This text is too long: at most {} characters.");
    d = Valid();
    d.patronymic = "Rauf 1";
    EXPECT_EQ(FieldsOf(d), std::vector<std::string>{"patronymic"});
    d.patronymic = "";
    EXPECT_TRUE(ResumeKind::Validate(d, kToday).ok());
}

TEST(ValidateResume, GenderIsEmptyFemaleOrMale) {
    auto d = Valid();
    for (std::string ok : {"", "female", "male"}) {
        d.gender = ok;
        EXPECT_TRUE(ResumeKind::Validate(d, kToday).ok()) << ok;
    }
    d.gender = "other";
    EXPECT_EQ(FieldsOf(d), std::vector<std::string>{"gender"});
}

TEST(ValidateResume, BirthYearGivesAnAgeFrom14To80) {
    auto d = Valid();
    for (std::string ok : {"", "2012", "1946"}) {
        d.birth_year = ok;
        EXPECT_TRUE(ResumeKind::Validate(d, kToday).ok()) << ok;
    }
    for (std::string bad : {"2013", "1945", "95", "19955", "abcd"}) {
        d.birth_year = bad;
        EXPECT_EQ(FieldsOf(d), std::vector<std::string>{"birth_year"}) << bad;
    }
    // The moderator's path validates against an early "today": checks relative to the date are skipped.
    d.birth_year = "2013";
    EXPECT_TRUE(ResumeKind::Validate(d, "0000-00-00").ok());
}

TEST(ValidateResume, OptionsComeFromTheCatalog) {
    auto d = Valid();
    d.city = "paris";
    d.category = "astrology";
    d.education_level = "phd";
    d.experience = "forever";
    EXPECT_EQ(FieldsOf(d), (std::vector<std::string>{"city", "category", "education_level", "experience"}));
}

TEST(ValidateResume, MinimumSalaryIsASaneAmount) {
    auto d = Valid();
    d.min_salary = "";
    auto none = ResumeKind::Validate(d, kToday);
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none->min_salary.has_value());
    d.min_salary = "1 500,50";
    EXPECT_EQ(ResumeKind::Validate(d, kToday)->min_salary, 150050);
    for (std::string bad : {"a lot", "99", "50001"}) {
        d.min_salary = bad;
        EXPECT_EQ(FieldsOf(d), std::vector<std::string>{"min_salary"}) << bad;
    }
}

TEST(ValidateResume, EmptyRowsAreDroppedAndErrorsNameTheRowAsSent) {
    auto d = Valid();
    d.education = {{"", "", "", ""}, {"", "Fizika", "2010", ""}, {"BDU", "Riyaziyyat", "2008", "2012"}};
    d.jobs = {{" ", "", "", "", ""}, {"Firma", "Operator", "", "", ""}, {"Firma 2", "", "2019", "2020", ""}};
    d.languages = {{"Rus dili", "C1"}, {"Alman dili", "B3"}, {"", ""}, {"", "A1"}};
    EXPECT_EQ(FieldsOf(d), (std::vector<std::string>{"education.1.institution", "jobs.2.position", "languages.1.level",
                                                     "languages.3.language"}));
    d.education = {{"", "", "", ""}, {"BDU", "Riyaziyyat", "2008", "2012"}, {"", "", "", ""}};
    d.jobs = {{"", "", "", "", ""}, {"Firma", "Operator", "", "", ""}};
    d.languages = {{"", ""}, {"Rus dili", "C1"}};
    auto r = ResumeKind::Validate(d, kToday);
    ASSERT_TRUE(r.ok()) << ::testing::PrintToString(Fields(r));
    ASSERT_EQ(r->education.size(), 1u);
    EXPECT_EQ(r->education[0].institution, "BDU");
    ASSERT_EQ(r->jobs.size(), 1u);
    EXPECT_EQ(r->jobs[0].employer, "Firma");
    ASSERT_EQ(r->languages.size(), 1u);
    EXPECT_EQ(r->languages[0].level, "C1");
}

TEST(ValidateResume, LanguageLevels) {
    auto d = Valid();
    for (std::string ok : {"A1", "A2", "B1", "B2", "C1", "C2", "native"}) {
        d.languages = {{"Fransız dili", ok}};
        EXPECT_TRUE(ResumeKind::Validate(d, kToday).ok()) << ok;
    }
    for (std::string bad : {"", "b2", "fluent"}) {
        d.languages = {{"Fransız dili", bad}};
        EXPECT_EQ(FieldsOf(d), std::vector<std::string>{"languages.0.level"}) << bad;
    }
}

TEST(ValidateResume, EntryYears) {
    auto d = Valid();
    d.jobs = {{"Firma", "Operator", "2020", "2018", ""}};
    EXPECT_EQ(FieldsOf(d), std::vector<std::string>{"jobs.0.to_year"});
    d.jobs = {{"Firma", "Operator", "1949", "", ""}};
    EXPECT_EQ(FieldsOf(d), std::vector<std::string>{"jobs.0.from_year"});
    d.jobs = {{"Firma", "Operator", "2025", "2027", ""}};  // after this year
    EXPECT_EQ(FieldsOf(d), std::vector<std::string>{"jobs.0.to_year"});
    d.jobs = {{"Firma", "Operator", "2025", "2026", ""}};
    EXPECT_TRUE(ResumeKind::Validate(d, kToday).ok());
    d.education = {{"BDU", "", "20l0", ""}};
    EXPECT_EQ(FieldsOf(d), std::vector<std::string>{"education.0.from_year"});
    d.education = {{"BDU", "", "2012", "2012"}};
    EXPECT_TRUE(ResumeKind::Validate(d, kToday).ok());
}

TEST(ValidateResume, AtMostSoManyRows) {
    auto d = Valid();
    d.education.assign(11, {"BDU", "", "", ""});
    d.jobs.assign(16, {"Firma", "Operator", "", "", ""});
    d.languages.assign(11, {"Rus dili", "A1"});
    EXPECT_EQ(FieldsOf(d), (std::vector<std::string>{"education", "jobs", "languages"}));
    d.education.assign(10, {"BDU", "", "", ""});
    d.education.resize(30);  // spare empty rows do not count
    d.jobs.assign(15, {"Firma", "Operator", "", "", ""});
    d.languages.assign(10, {"Rus dili", "A1"});
    EXPECT_TRUE(ResumeKind::Validate(d, kToday).ok());
}

TEST(ValidateResume, TextLengths) {
    auto d = Valid();
    d.jobs[0].duties = std::string(2001, 'a');
    d.skills = std::string(1001, 'b');
    d.computer_skills = std::string(1001, 'c');
    d.about = std::string(3001, 'd');
    d.additional = std::string(3001, 'e');
    d.desired_position = std::string(121, 'f');
    EXPECT_EQ(FieldsOf(d), (std::vector<std::string>{"desired_position", "jobs.0.duties", "skills", "computer_skills",
                                                     "about", "additional"}));
    d = Valid();
    d.jobs[0].duties = std::string(2000, 'a');
    d.about = std::string(3000, 'd');
    EXPECT_TRUE(ResumeKind::Validate(d, kToday).ok());
}

TEST(ValidateResume, NoShoutingAndNoContactsInText) {
    auto d = Valid();
    d.desired_position = "BAŞ MÜHASİB TƏCİLİ";
    d.about = "Zəng edin: 050 123 45 67";
    d.skills = "Portfolio: https://aysel.az";
    d.additional = "YAXŞI KOMANDA OYUNÇUSUYAM";
    d.jobs[1].duties = "Yazın: aysel@mail.az";
    d.education[0].specialty = "www.universitet.az";
    auto r = ResumeKind::Validate(d, kToday);
    EXPECT_EQ(Fields(r), (std::vector<std::string>{"desired_position", "education.0.specialty", "jobs.1.duties",
                                                   "skills", "about", "additional"}));
    EXPECT_EQ(MessageFor(r, "desired_position"), "Please do not write in capital letters.");
    EXPECT_EQ(MessageFor(r, "about"), "Contacts belong in the contact fields, not in the text.");
}

TEST(ValidateResume, ContactsAsForVacancies) {
    auto d = Valid();
    d.phone = "";
    d.email = "";
    auto r = ResumeKind::Validate(d, kToday);
    EXPECT_EQ(Fields(r), std::vector<std::string>{"phone"});
    EXPECT_EQ(MessageFor(r, "phone"), "Give a phone number or an email address.");
    d.email = "aysel@example.az";
    EXPECT_TRUE(ResumeKind::Validate(d, kToday).ok());
    d.phone = "call me";
    d.email = "not-an-email";
    EXPECT_EQ(FieldsOf(d), (std::vector<std::string>{"phone", "email"}));
    d = Valid();
    d.owner_email = "owner@";
    EXPECT_EQ(FieldsOf(d), std::vector<std::string>{"owner_email"});
    d.owner_email = "owner@example.az";
    EXPECT_TRUE(ResumeKind::Validate(d, kToday).ok());
}

TEST(ValidateResume, PrivacySetting) {
    auto d = Valid();
    d.privacy = "";
    EXPECT_EQ(ResumeKind::Validate(d, kToday)->privacy, ContactVisibility::Everyone);
    d.privacy = "signed_in";
    EXPECT_EQ(ResumeKind::Validate(d, kToday)->privacy, ContactVisibility::SignedIn);
    d.privacy = "anonymous";
    EXPECT_EQ(ResumeKind::Validate(d, kToday)->privacy, ContactVisibility::Anonymous);
    d.privacy = "public";
    auto r = ResumeKind::Validate(d, kToday);
    EXPECT_EQ(Fields(r), std::vector<std::string>{"privacy"});
    EXPECT_EQ(MessageFor(r, "privacy"), "Choose who may see your contacts.");
}

TEST(ValidateResume, PhotosAreStoredStems) {
    auto d = Valid();
    d.photos = {kStem};
    auto r = ResumeKind::Validate(d, kToday);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->photos, std::vector<std::string>{kStem});
    d.photos = {kStem, "fedcba9876543210fedcba9876543210"};  // more than kMaxPhotos
    EXPECT_EQ(FieldsOf(d), std::vector<std::string>{"photo"});
    for (std::string bad : {"../../etc/passwd", "0123456789ABCDEF0123456789ABCDEF", "0123456789abcdef", ""}) {
        d.photos = {bad};
        EXPECT_EQ(FieldsOf(d), std::vector<std::string>{"photo"}) << bad;
    }
}

TEST(Resume, SearchTextHasNoContactsAndNoNameWhenAnonymous) {
    auto content = ResumeKind::Validate(Valid(), kToday).value();
    std::string text = SearchText(content);
    EXPECT_NE(text.find("bas muhasib"), std::string::npos);
    EXPECT_NE(text.find("kapital bank"), std::string::npos);
    EXPECT_NE(text.find("muhasibat ucotu"), std::string::npos);
    EXPECT_NE(text.find("1c"), std::string::npos);
    EXPECT_NE(text.find("aysel"), std::string::npos);
    EXPECT_EQ(text.find("123"), std::string::npos);
    EXPECT_EQ(text.find("example"), std::string::npos);
    content.privacy = ContactVisibility::Anonymous;
    text = SearchText(content);
    EXPECT_EQ(text.find("aysel"), std::string::npos);
    EXPECT_EQ(text.find("memmedova"), std::string::npos);
    EXPECT_NE(text.find("bas muhasib"), std::string::npos);
}

TEST(Resume, SubtitleIsTheNameOrInitials) {
    auto content = ResumeKind::Validate(Valid(), kToday).value();
    EXPECT_EQ(ResumeKind::Subtitle(content), "Aysel Məmmədova");
    content.privacy = ContactVisibility::SignedIn;
    EXPECT_EQ(ResumeKind::Subtitle(content), "Aysel Məmmədova");
    content.privacy = ContactVisibility::Anonymous;
    EXPECT_EQ(ResumeKind::Subtitle(content), "A. M.");
    EXPECT_EQ(ResumeKind::Title(content), "Baş mühasib");
}

TEST(Resume, ToDraftGivesBackWhatValidates) {
    auto d = Valid();
    d.min_salary = "1200.5";
    d.privacy = "anonymous";
    d.photos = {kStem};
    auto content = ResumeKind::Validate(d, kToday).value();
    auto back = ResumeKind::ToDraft(content);
    EXPECT_EQ(back.min_salary, "1200.50");
    EXPECT_EQ(back.birth_year, "1995");
    EXPECT_EQ(back.privacy, "anonymous");
    auto again = ResumeKind::Validate(back, kToday);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->min_salary, content.min_salary);
    EXPECT_EQ(again->jobs.size(), content.jobs.size());
    EXPECT_EQ(again->languages[1].language, content.languages[1].language);
    EXPECT_EQ(again->photos, content.photos);
    EXPECT_EQ(again->privacy, ContactVisibility::Anonymous);
}

}  // namespace
}  // namespace ejob::domain

namespace ejob::domain {
namespace {
TEST(SpokenLanguages, CommonLanguagesAreRecognisedHoweverTheyAreWritten) {
    EXPECT_EQ(RecognizeLanguage("İngilis dili"), std::optional<std::string_view>("en"));
    EXPECT_EQ(RecognizeLanguage("ingilis"), std::optional<std::string_view>("en"));
    EXPECT_EQ(RecognizeLanguage("Английский язык"), std::optional<std::string_view>("en"));
    EXPECT_EQ(RecognizeLanguage(" English "), std::optional<std::string_view>("en"));
    EXPECT_EQ(RecognizeLanguage("AZƏRBAYCAN DİLİ"), std::optional<std::string_view>("az"));
    EXPECT_EQ(RecognizeLanguage("Rus dili"), std::optional<std::string_view>("ru"));
    EXPECT_EQ(RecognizeLanguage("русский"), std::optional<std::string_view>("ru"));
    EXPECT_EQ(RecognizeLanguage("Türk dili"), std::optional<std::string_view>("tr"));
    EXPECT_EQ(RecognizeLanguage("Esperanto"), std::nullopt);
    EXPECT_EQ(RecognizeLanguage(""), std::nullopt);
    EXPECT_EQ(RecognizeLanguage("dili"), std::nullopt);
}
TEST(ValidateResume, NamesAndTitlesLoseInvisibleFormatting) {
    auto d = Valid();
    d.first_name = "Ay\u200Dsel\u202E";
    d.desired_position = "\u2067Mühasib\u2069";
    auto r = ResumeKind::Validate(d, kToday);
    ASSERT_TRUE(r.ok()) << ::testing::PrintToString(Fields(r));
    EXPECT_EQ(r->first_name, "Aysel");
    EXPECT_EQ(r->desired_position, "Mühasib");
    d = Valid();
    d.email = "aysel mammadova@example.az";
    EXPECT_EQ(FieldsOf(d), std::vector<std::string>{"email"});
}

}  // namespace
}  // namespace ejob::domain
