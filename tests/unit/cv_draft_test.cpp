// The CV Maker's draft rules: what a typed draft becomes, and the words and numbers a CV prints.
#include <gtest/gtest.h>

#include "domain/cv_maker/cv_draft.hpp"
#include "domain/cv_maker/cv_maker.hpp"

namespace ejob::domain::cv {
namespace {

Labels Az() {
    Labels l;
    l.present = "indiyədək";
    l.months = {"Yanvar", "Fevral", "Mart",     "Aprel",   "May",    "İyun",
                "İyul",   "Avqust", "Sentyabr", "Oktyabr", "Noyabr", "Dekabr"};
    return l;
}

std::vector<std::string> Fields(const Result<Draft>& r) {
    std::vector<std::string> out;
    if (!r.ok())
        for (const auto& e : r.error().fields) out.push_back(e.field);
    return out;
}

TEST(CvDraft, DatesAreNormalisedAndEmptyRowsDropped) {
    Draft d;
    d.first_name = "  Günel ";
    d.jobs = {{"Azərsun", "Mühasib", "", "03.2019", "", "a"}, {}, {"", "", "", " ", "", ""}};
    d.education = {{"ADİU", "", "", "2012", "6/2016"}};
    d.courses = {{"ACCA", "", "2020-6"}};
    auto r = CheckDraft(d);
    ASSERT_TRUE(r.ok()) << Fields(r).front();
    EXPECT_EQ(r->first_name, "Günel");
    ASSERT_EQ(r->jobs.size(), 1u);
    EXPECT_EQ(r->jobs[0].start, "2019-03");
    EXPECT_EQ(r->education[0].end, "2016-06");
    EXPECT_EQ(r->courses[0].date, "2020-06");
    EXPECT_EQ(r->template_code, "classic") << "an unknown template falls back to the first";
}

TEST(CvDraft, RefusesWhatAReaderWouldNotAccept) {
    Draft d;
    d.email = "gunel-at-example";
    d.desired_salary = "1.500 manat";
    d.birth_date = "1994-02-30";
    d.jobs = {{"A", "B", "", "2020-05", "2019-01", ""}, {"A", "B", "", "13.2020", "", ""}};
    d.links = {{"site", "javascript:alert(1)"}, {"nothing", ""}};
    d.languages = {{"", "B2"}, {"İngilis", "Z9"}};
    d.summary = std::string(kMaxText + 1, 'a');
    EXPECT_EQ(Fields(CheckDraft(d)), (std::vector<std::string>{"desired_salary", "email", "birth_date", "summary",
                                                               "jobs.0.end", "jobs.1.start", "languages.0.language",
                                                               "languages.1.level", "links.0.url", "links.1.url"}));
    d = {};
    d.jobs.resize(kMaxRows + 1, {"A", "", "", "", "", ""});
    EXPECT_EQ(Fields(CheckDraft(d)), std::vector<std::string>{"jobs"});
}

TEST(CvDraft, PeriodsSalaryAndNamesPrintAsAPersonWritesThem) {
    auto l = Az();
    EXPECT_EQ(Period(l, "2019-03", "", true), "Mart 2019 – indiyədək");
    EXPECT_EQ(Period(l, "2012", "2016", true), "2012 – 2016");
    EXPECT_EQ(Period(l, "2020-06", "", false), "İyun 2020");
    EXPECT_EQ(Period(l, "", "", true), "");
    EXPECT_EQ(Salary("1500"), "1 500 ₼");
    EXPECT_EQ(Salary("950"), "950 ₼");
    EXPECT_EQ(Salary("1250000"), "1 250 000 ₼");
    Draft d;
    d.first_name = "Günel";
    d.last_name = "Məmmədova";
    EXPECT_EQ(PdfFileName(d), "Gunel_Mammadova_CV.pdf");
    d.first_name = "Şəhla Çiçək";
    d.last_name = "Ağayeva-Öztürk";
    EXPECT_EQ(PdfFileName(d), "Shahla_Chichak_Aghayeva-Ozturk_CV.pdf");
    d.first_name = "Ирина";
    d.last_name = "Щукина";
    EXPECT_EQ(PdfFileName(d), "Irina_Shchukina_CV.pdf");
    d.first_name = "\"/..\\";
    d.last_name = "";
    EXPECT_EQ(PdfFileName(d), "CV.pdf") << "nothing but letters, digits and '-' reaches the header";
}

TEST(CvDraft, SkillsAndDutiesSplitIntoItems) {
    EXPECT_EQ(SkillList("1C, Excel\n IFRS ,,"), (std::vector<std::string>{"1C", "Excel", "IFRS"}));
    EXPECT_EQ(Lines("- Hesabatlar\n\n• Vergi\n* Audit"), (std::vector<std::string>{"Hesabatlar", "Vergi", "Audit"}));
}

TEST(CvDraft, ADraftLastsToTheEndOfItsDayInBaku) {
    constexpr Millis kBakuMidnight = 1796587200000;  // 2026-12-07 00:00 in Baku (20:00 UTC the day before)
    EXPECT_EQ(DraftExpiry(kBakuMidnight), kBakuMidnight + kDay);
    EXPECT_EQ(DraftExpiry(kBakuMidnight + 23 * kHour + 59 * kMinute), kBakuMidnight + kDay);
    EXPECT_EQ(DraftExpiry(kBakuMidnight - 1), kBakuMidnight);
}

TEST(CvDraft, TheResumeFormIsFilledInFromTheDraft) {
    Draft d;
    d.first_name = "Günel";
    d.title = "Mühasib";
    d.desired_salary = "1500";
    d.birth_date = "1994-05-17";
    d.jobs = {{"Azərsun", "Mühasib", "Bakı", "2019-03", "", "Hesabatlar"}};
    d.education = {{"ADİU", "Uçot", "Bakalavr", "2012", "2016-06"}};
    d.courses = {{"ACCA F3", "ACCA", "2020-06"}, {"Excel", "", ""}};
    d.links = {{"LinkedIn", "https://linkedin.com/in/g"}};
    auto r = ToResumeDraft(d);
    EXPECT_EQ(r.desired_position, "Mühasib");
    EXPECT_EQ(r.min_salary, "1500");
    EXPECT_EQ(r.birth_year, "1994");
    ASSERT_EQ(r.jobs.size(), 1u);
    EXPECT_EQ(r.jobs[0].from_year, "2019");
    EXPECT_EQ(r.jobs[0].to_year, "");
    EXPECT_EQ(r.education[0].specialty, "Bakalavr, Uçot");
    EXPECT_EQ(r.education[0].to_year, "2016");
    EXPECT_EQ(r.additional, "ACCA F3 — ACCA, 2020\nExcel");
    EXPECT_EQ(r.about.find("linkedin"), std::string::npos) << "links stay out of the resume's texts";
    EXPECT_TRUE(r.photos.empty()) << "a photo goes through the form, held for it";
}

TEST(CvDraft, OneLineFieldsLoseInvisibleFormattingAndEmailsAreStrict) {
    Draft d;
    d.first_name = "Gü\u200Bnel\u202E";
    d.title = "\u2066Baş mühasib\u2069";
    d.summary = "Persian keeps its ZWNJ: می\u200Cخواهم\u202E";
    d.jobs = {{"Azər\u200Dsun", "Mühasib\u200E", "", "2019", "", ""}};
    auto r = CheckDraft(d);
    ASSERT_TRUE(r.ok()) << Fields(r).front();
    EXPECT_EQ(r->first_name, "Günel");
    EXPECT_EQ(r->title, "Baş mühasib");
    EXPECT_EQ(r->summary, "Persian keeps its ZWNJ: می\u200Cخواهم");
    EXPECT_EQ(r->jobs[0].employer, "Azərsun");
    EXPECT_EQ(r->jobs[0].position, "Mühasib");
    for (const char* bad : {"gunel?@example.az", "\"gunel\"@example.az", "gunel@example .az"}) {
        d.email = bad;
        EXPECT_EQ(Fields(CheckDraft(d)), std::vector<std::string>{"email"}) << bad;
    }
}

}  // namespace
}  // namespace ejob::domain::cv
