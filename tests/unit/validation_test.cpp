#include <gtest/gtest.h>

#include "domain/vacancies/validation.hpp"

namespace ejob::domain {
namespace {

VacancyDraft Valid() {
    VacancyDraft d;
    d.position = "Mühasib";
    d.category = "finance";
    d.company = "Kapital Maliyyə";
    d.city = "baku";
    d.employment_type = "full_time";
    d.experience = "1_3";
    d.education = "higher";
    d.requirements = "Ali iqtisadi təhsil, 1C proqramını bilmək.";
    d.description = "Mühasibat uçotunun aparılması, hesabatların hazırlanması.";
    d.phone = "+994 50 123 45 67";
    return d;
}

std::vector<std::string> Fields(const Result<VacancyContent>& r) {
    std::vector<std::string> out;
    if (!r.ok())
        for (const auto& e : r.error().fields) out.push_back(e.field);
    return out;
}

TEST(ValidateVacancy, AcceptsACompleteVacancy) {
    auto r = ValidateVacancy(Valid(), "2026-11-29");
    ASSERT_TRUE(r.ok());
    EXPECT_FALSE(r->salary_min.has_value());
}

TEST(ValidateVacancy, RequiredFieldsAreNamed) {
    auto r = ValidateVacancy(VacancyDraft{}, "2026-11-29");
    auto f = Fields(r);
    for (const char* name : {"position", "category", "company", "city", "employment_type", "experience", "education",
                             "requirements", "description", "phone"})
        EXPECT_NE(std::find(f.begin(), f.end(), name), f.end()) << name;
}

TEST(ValidateVacancy, SalaryRulesOfTheSite) {
    auto d = Valid();
    d.salary_min = "400";
    d.salary_max = "650";  // spread 250 > 200 below 500 AZN
    EXPECT_EQ(Fields(ValidateVacancy(d, "2026-11-29")), std::vector<std::string>{"salary_max"});
    d.salary_max = "600";
    auto ok = ValidateVacancy(d, "2026-11-29");
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(*ok->salary_min, 40000);
    d.salary_min = "1 500,50";
    d.salary_max = "1 900";
    ASSERT_TRUE(ValidateVacancy(d, "2026-11-29").ok());
    d.salary_max = "1000";
    EXPECT_EQ(Fields(ValidateVacancy(d, "2026-11-29")), std::vector<std::string>{"salary_max"});
    d.salary_min = "a lot";
    d.salary_max = "";
    EXPECT_EQ(Fields(ValidateVacancy(d, "2026-11-29")), std::vector<std::string>{"salary_min"});
    d.salary_min = "5";
    EXPECT_EQ(Fields(ValidateVacancy(d, "2026-11-29")), std::vector<std::string>{"salary_min"});
}

TEST(ValidateVacancy, NoShoutingAndNoContactsInText) {
    auto d = Valid();
    d.position = "MÜHASİB TƏCİLİ";
    d.description = "Ətraflı: info@firma.az";
    d.requirements = "Zəng: 050 123 45 67";
    auto f = Fields(ValidateVacancy(d, "2026-11-29"));
    EXPECT_EQ(f, (std::vector<std::string>{"position", "requirements", "description"}));
    d = Valid();
    d.position = "IT / SQL / HR / PR";  // four synonyms
    EXPECT_EQ(Fields(ValidateVacancy(d, "2026-11-29")), std::vector<std::string>{"position"});
}

TEST(ValidateVacancy, ContactsAndDates) {
    auto d = Valid();
    d.phone = "";
    d.email = "";
    EXPECT_EQ(Fields(ValidateVacancy(d, "2026-11-29")), std::vector<std::string>{"phone"});
    d.email = "not-an-email";
    EXPECT_EQ(Fields(ValidateVacancy(d, "2026-11-29")), std::vector<std::string>{"email"});
    d = Valid();
    d.apply_url = "javascript:alert(1)";
    d.closing_date = "2026-11-28";
    EXPECT_EQ(Fields(ValidateVacancy(d, "2026-11-29")), (std::vector<std::string>{"apply_url", "closing_date"}));
    d.apply_url = "https://firma.az/apply";
    d.closing_date = "2026-12-31";
    EXPECT_TRUE(ValidateVacancy(d, "2026-11-29").ok());
}

TEST(ValidateVacancy, ClosingDateMustExistAndBeWithinAYear) {
    auto d = Valid();
    for (const char* impossible :
         {"2027-02-31", "2027-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-12-00"}) {
        d.closing_date = impossible;
        EXPECT_EQ(Fields(ValidateVacancy(d, "2026-11-29")), std::vector<std::string>{"closing_date"}) << impossible;
    }
    d.closing_date = "2028-02-29";  // a leap day exists
    EXPECT_EQ(Fields(ValidateVacancy(d, "2027-11-29")), std::vector<std::string>{});
    d.closing_date = "2027-11-29";  // a year from today: still fine
    EXPECT_TRUE(ValidateVacancy(d, "2026-11-29").ok());
    d.closing_date = "2027-11-30";
    EXPECT_EQ(Fields(ValidateVacancy(d, "2026-11-29")), std::vector<std::string>{"closing_date"});
    d.closing_date = "9999-12-31";
    EXPECT_EQ(Fields(ValidateVacancy(d, "2026-11-29")), std::vector<std::string>{"closing_date"});
    // The moderator's path (no "today") accepts any real date.
    d.closing_date = "2030-01-01";
    EXPECT_TRUE(ValidateVacancy(d, "0000-00-00").ok());
}

TEST(ValidateVacancy, SubcategoryMustBelongToTheCategory) {
    auto d = Valid();
    d.subcategory = "accounting";
    EXPECT_TRUE(ValidateVacancy(d, "2026-11-29").ok());
    d.subcategory = "courier";
    EXPECT_EQ(Fields(ValidateVacancy(d, "2026-11-29")), std::vector<std::string>{"subcategory"});
}

TEST(ValidateVacancy, AgeRange) {
    auto d = Valid();
    d.age_min = "45";
    d.age_max = "25";
    EXPECT_EQ(Fields(ValidateVacancy(d, "2026-11-29")), std::vector<std::string>{"age_max"});
    d.age_min = "12";
    EXPECT_EQ(Fields(ValidateVacancy(d, "2026-11-29")).front(), "age_min");
}

TEST(LooksLikeEmail, AcceptsOrdinaryAddresses) {
    for (const char* ok : {"aysel@example.az", "Aysel.Mammadova+cv@mail.example.com", "a_b-c%d@x-y.az", "1@2.az",
                           "hr@xn--mrkz-6qa.az", "a@b.cd"})
        EXPECT_TRUE(rules::LooksLikeEmail(ok)) << ok;
}

TEST(LooksLikeEmail, RefusesWhatAHeaderOrALinkCouldBeBentWith) {
    for (const char* bad : {"a?subject=hi@example.az",
                            "\"a b\"@example.az",
                            "a b@example.az",
                            "'a'@example.az",
                            "a@example.az?cc=b@example.az",
                            "a,b@example.az",
                            "a;b@example.az",
                            "<a@example.az>",
                            "a@b@example.az",
                            "a\r\n@example.az",
                            "a@example.az\n",
                            ".a@example.az",
                            "a.@example.az",
                            "a..b@example.az",
                            "a@localhost",
                            "a@example.",
                            "a@.example.az",
                            "a@example..az",
                            "a@-example.az",
                            "a@example-.az",
                            "a@exa_mple.az",
                            "a@1.2.3.4",
                            "a@[1.2.3.4]",
                            "@example.az",
                            "a@",
                            "",
                            "əli@example.az",
                            "ali@şirkət.az",
                            "a\u202E@example.az",
                            "a@example.az\u200B",
                            "a#b@example.az",
                            "a/b@example.az",
                            "a!b@example.az"})
        EXPECT_FALSE(rules::LooksLikeEmail(bad)) << bad;
}

TEST(LooksLikeEmail, LengthLimits) {
    const std::string domain = "@example.az";
    EXPECT_TRUE(rules::LooksLikeEmail(std::string(64, 'a') + domain));
    EXPECT_FALSE(rules::LooksLikeEmail(std::string(65, 'a') + domain)) << "a local part of at most 64";
    std::string label(63, 'b');
    EXPECT_TRUE(rules::LooksLikeEmail("a@" + label + ".az"));
    EXPECT_FALSE(rules::LooksLikeEmail("a@" + label + "b.az")) << "a label of at most 63";
    std::string long_domain = label + "." + label + "." + label + "." + std::string(56, 'c') + ".az";  // 251
    EXPECT_EQ(long_domain.size(), 251u);
    EXPECT_TRUE(rules::LooksLikeEmail("a@" + long_domain));   // 253 in all
    EXPECT_TRUE(rules::LooksLikeEmail("ab@" + long_domain));  // 254
    EXPECT_FALSE(rules::LooksLikeEmail("abc@" + long_domain)) << "at most 254 in all";
}

TEST(ValidateVacancy, OneLineFieldsLoseInvisibleFormatting) {
    auto d = Valid();
    d.position = "Mü\u200Bhasib\u202E";
    d.company = "\u2066Kapital\u200D Maliyyə\u2069";
    d.contact_person = "Aysel\u200E";
    d.description = "Mühasibat uçotu\u202E, hesabatlar.";
    d.email = "hr?x@firma.az";
    EXPECT_EQ(Fields(ValidateVacancy(d, "2026-11-29")), std::vector<std::string>{"email"});
    d.email = "hr@firma.az";
    d.owner_email = "\"owner\"@firma.az";
    EXPECT_EQ(Fields(ValidateVacancy(d, "2026-11-29")), std::vector<std::string>{"owner_email"});
    d.owner_email = "owner@firma.az";
    auto r = ValidateVacancy(d, "2026-11-29");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->position, "Mühasib");
    EXPECT_EQ(r->company, "Kapital Maliyyə");
    EXPECT_EQ(r->contact_person, "Aysel");
    d.position = "\u202E\u200B";
    EXPECT_EQ(Fields(ValidateVacancy(d, "2026-11-29")), std::vector<std::string>{"position"}) << "nothing visible";
}

}  // namespace
}  // namespace ejob::domain
