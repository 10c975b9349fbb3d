#include "seed/demo_vacancies.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>

#include "domain/text/text.hpp"
#include "domain/vacancies/catalog.hpp"
#include "domain/vacancies/validation.hpp"
#include "embedded/embedded.hpp"
#include "seed/demo_data.hpp"

namespace {

using ejob::domain::VacancyDraft;
using ejob::seed::DemoVacancies;

std::string Describe(const VacancyDraft& d) {
    return "[" + d.lang + "] " + d.position + " / " + d.company + " / " + d.category + "/" + d.subcategory;
}

bool SameDraft(const VacancyDraft& a, const VacancyDraft& b) {
    return a.position == b.position && a.category == b.category && a.subcategory == b.subcategory &&
           a.company == b.company && a.city == b.city && a.address == b.address && a.remote == b.remote &&
           a.salary_min == b.salary_min && a.salary_max == b.salary_max && a.schedule == b.schedule &&
           a.employment_type == b.employment_type && a.experience == b.experience && a.education == b.education &&
           a.age_min == b.age_min && a.age_max == b.age_max && a.requirements == b.requirements &&
           a.description == b.description && a.contact_person == b.contact_person && a.phone == b.phone &&
           a.email == b.email && a.apply_url == b.apply_url && a.closing_date == b.closing_date &&
           a.owner_email == b.owner_email && a.lang == b.lang;
}

TEST(DemoVacanciesTest, EveryDraftPassesValidation) {
    for (std::uint64_t seed : {1u, 20260101u}) {
        auto drafts = DemoVacancies(2000, seed);
        ASSERT_EQ(drafts.size(), 2000u);
        int failures = 0;
        for (const auto& d : drafts) {
            auto result = ejob::domain::ValidateVacancy(d, "2026-01-01");
            if (result.ok()) continue;
            if (++failures > 10) continue;  // enough detail for a diagnosis
            std::string errors;
            for (const auto& e : result.error().fields) errors += "\n  " + e.field + ": " + e.message + " " + e.arg;
            ADD_FAILURE() << "seed " << seed << ": " << Describe(d) << errors;
        }
        EXPECT_EQ(failures, 0) << "seed " << seed;
    }
}

TEST(DemoVacanciesTest, CoversCategoriesLanguagesAndCities) {
    auto drafts = DemoVacancies(2000, 7);
    std::set<std::string> categories, langs, cities;
    int baku = 0, with_salary = 0, remote = 0;
    for (const auto& d : drafts) {
        categories.insert(d.category);
        langs.insert(d.lang);
        cities.insert(d.city);
        baku += d.city == "baku";
        with_salary += !d.salary_min.empty() || !d.salary_max.empty();
        remote += d.remote;
        EXPECT_TRUE(d.closing_date.empty());
        EXPECT_TRUE(d.owner_email.empty());
        EXPECT_FALSE(d.phone.empty() && d.email.empty());
    }
    for (const auto& c : ejob::domain::Categories())
        EXPECT_TRUE(categories.count(std::string(c.code))) << "missing category " << c.code;
    EXPECT_GE(langs.size(), 3u);
    EXPECT_GT(baku, 1500);
    EXPECT_LT(baku, 1900);
    EXPECT_GT(cities.size(), 10u);
    EXPECT_GT(with_salary, 1000);
    EXPECT_LT(with_salary, 2000);
    EXPECT_GT(remote, 0);
}

TEST(DemoVacanciesTest, SmallListStillCoversEveryCategory) {
    const auto& all = ejob::domain::Categories();
    auto drafts = DemoVacancies(all.size(), 3);
    std::set<std::string> categories;
    for (const auto& d : drafts) categories.insert(d.category);
    EXPECT_EQ(categories.size(), all.size());
}

TEST(DemoVacanciesTest, DeterministicForASeed) {
    auto a = DemoVacancies(300, 42), b = DemoVacancies(300, 42), c = DemoVacancies(300, 43);
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) EXPECT_TRUE(SameDraft(a[i], b[i])) << "draft " << i;
    int differing = 0;
    for (std::size_t i = 0; i < a.size(); ++i) differing += !SameDraft(a[i], c[i]);
    EXPECT_GT(differing, 250);

    auto prefix = DemoVacancies(50, 42);
    for (std::size_t i = 0; i < prefix.size(); ++i) EXPECT_TRUE(SameDraft(prefix[i], a[i])) << "draft " << i;
}

TEST(DemoVacanciesTest, Varied) {
    auto drafts = DemoVacancies(300, 11);
    std::set<std::string> combos, descriptions;
    for (const auto& d : drafts) {
        combos.insert(d.position + "\n" + d.company);
        descriptions.insert(d.description);
    }
    EXPECT_GE(combos.size(), 200u);
    EXPECT_GE(descriptions.size(), 290u);
}

TEST(DemoVacanciesTest, TitlesAreVaried) {
    for (std::uint64_t seed : {20261129u, 7u}) {
        auto drafts = DemoVacancies(400, seed);
        std::set<std::string> titles;
        for (const auto& d : drafts) titles.insert(d.position);
        EXPECT_GE(titles.size(), 350u) << "seed " << seed;
    }
}

bool HasCyrillic(const std::string& s) {
    for (std::size_t i = 0; i + 1 < s.size(); ++i)
        if ((s[i] == '\xD0' || s[i] == '\xD1') && (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80) return true;
    return false;
}
bool HasAzerbaijaniLetters(const std::string& s) {
    for (const char* letter : {"ə", "Ə", "ı", "ş", "Ş", "ğ"})
        if (s.find(letter) != std::string::npos) return true;
    return false;
}

TEST(DemoVacanciesTest, TitlesAndTextsAreInTheVacancysLanguage) {
    for (const auto& d : DemoVacancies(3000, 9)) {
        if (d.lang == "ru") {
            EXPECT_TRUE(HasCyrillic(d.position)) << d.position;
        } else {
            EXPECT_FALSE(HasCyrillic(d.position + d.description + d.requirements)) << d.lang << " " << d.position;
        }
        if (d.lang == "en") {
            EXPECT_FALSE(HasAzerbaijaniLetters(d.position + d.requirements)) << d.position;
        }
    }
}

bool IsBigCity(const std::string& city) {
    return city == "baku" || city == "sumgait" || city == "ganja";
}

TEST(DemoVacanciesTest, SeniorOfficeAndItWorkIsOnlyInBigCities) {
    int it = 0, senior = 0;
    for (const auto& d : DemoVacancies(5000, 5)) {
        if (d.category == "it") {
            ++it;
            EXPECT_TRUE(IsBigCity(d.city)) << Describe(d) << " in " << d.city;
        }
        bool office = d.category == "finance" || d.category == "administration" || d.category == "law" ||
                      d.category == "marketing" || d.category == "sales";
        if (office && d.experience == "gt5") {
            ++senior;
            EXPECT_TRUE(IsBigCity(d.city)) << Describe(d) << " in " << d.city;
        }
    }
    EXPECT_GT(it, 300);
    EXPECT_GT(senior, 100);
}

TEST(DemoVacanciesTest, VillagesAndSmallTownsGetLocalWork) {
    std::set<std::string> categories;
    int small = 0, rural_farming = 0, farming = 0;
    for (const auto& d : DemoVacancies(5000, 6)) {
        if (d.subcategory == "agriculture") ++farming, rural_farming += d.city != "baku";
        if (ejob::seed::PlaceOf(d.city).size != "small") continue;
        ++small;
        categories.insert(d.category);
        EXPECT_TRUE(d.category == "industry" || d.category == "services" || d.category == "medicine" ||
                    d.category == "education" || d.category == "sales")
            << Describe(d) << " in " << d.city;
    }
    EXPECT_GT(small, 100);
    EXPECT_GE(categories.size(), 4u);
    EXPECT_GT(rural_farming, farming / 2);
}

// Searching for an occupation by any of its names finds demo vacancies: most occupations of the search synonyms
// appear in some title, the common ones surely.
TEST(DemoVacanciesTest, TitlesCoverTheOccupationsPeopleSearchFor) {
    std::vector<std::string> titles;
    for (const auto& d : DemoVacancies(3000, 20261129)) titles.push_back(ejob::domain::text::Fold(d.position));
    auto found = [&](const std::string& name) {
        std::string folded = ejob::domain::text::Fold(name);
        return std::any_of(titles.begin(), titles.end(),
                           [&](const std::string& t) { return t.find(folded) != std::string::npos; });
    };
    for (const char* name : {"satıcı", "sürücü", "driver", "бухгалтер", "mühasib", "aşpaz", "müəllim", "tibb bacısı"})
        EXPECT_TRUE(found(name)) << name;
    std::string_view synonyms;
    for (const auto& f : ejob::embedded::ReferenceFiles())
        if (f.name == "occupation-synonyms.txt") synonyms = f.data;
    int occupations = 0, covered = 0;
    for (const auto& line : ejob::seed::Split(synonyms, '\n')) {
        if (line.empty() || line[0] == '#') continue;
        ++occupations;
        auto names = ejob::seed::Split(line, '|');
        covered += std::any_of(names.begin(), names.end(), [&](std::string n) {
            n.erase(0, n.find_first_not_of(' '));
            n.erase(n.find_last_not_of(' ') + 1);
            return !n.empty() && found(n);
        });
    }
    EXPECT_GT(occupations, 150);
    EXPECT_GE(covered * 100, occupations * 85) << covered << " of " << occupations;
}

}  // namespace
