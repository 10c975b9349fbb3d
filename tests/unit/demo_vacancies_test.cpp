#include "seed/demo_vacancies.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "domain/vacancies/catalog.hpp"
#include "domain/vacancies/validation.hpp"

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

}  // namespace
