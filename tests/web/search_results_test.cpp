// Search and list pages that lead somewhere: the search opens on a kind that has results, and a page number past
// the last page is "not found", not an empty page (on SQLite and on PostgreSQL).
#include <gtest/gtest.h>

#include "support/test_site.hpp"

namespace ejob::testing {
namespace {

class SearchResults : public ::testing::Test {
  protected:
    void SetUp() override {
        site.SignInAdmin(admin);
        vacancy = site.IdOfToken(site.SubmitVacancy(visitor, fixtures::VacancyForm("Qaynaqçı")));
        site.Approve(admin, vacancy);
        resume = site.IdOfToken(site.Submit(visitor, "/resumes", fixtures::ResumeForm("Mühasib")));
        site.Approve(admin, resume);
        service = site.IdOfToken(site.Submit(visitor, "/services", fixtures::ServiceForm("Santexnik xidməti")));
        site.Approve(admin, service);
    }
    // The tab the page shows as current.
    static std::string CurrentTab(const std::string& body) {
        auto at = body.find("aria-current=\"page\"");
        auto href = body.rfind("href=\"", at);
        if (at == std::string::npos || href == std::string::npos) return "";
        auto kind = body.find("kind=", href);
        return kind < at ? body.substr(kind + 5, body.find('"', kind) - kind - 5) : "";
    }

    TestSite site;
    Client visitor = site.NewClient();
    Client admin = site.NewClient();
    Client reader = site.NewClient();
    std::int64_t vacancy = 0, resume = 0, service = 0;
};

TEST_F(SearchResults, OpensOnTheFirstKindThatHasResults) {
    auto r = reader.Get("/en/search?q=muhasib");
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(CurrentTab(r.body), "resume");
    EXPECT_TRUE(Contains(r.body, "/resumes/" + std::to_string(resume) + "-"));

    r = reader.Get("/en/search?q=santexnik");
    EXPECT_EQ(CurrentTab(r.body), "service");
    EXPECT_TRUE(Contains(r.body, "/services/" + std::to_string(service) + "-"));

    r = reader.Get("/en/search?q=qaynaqci");
    EXPECT_EQ(CurrentTab(r.body), "vacancy");
    EXPECT_TRUE(Contains(r.body, "/vacancies/" + std::to_string(vacancy) + "-"));

    // A kind the visitor chose stays chosen, even without results there.
    r = reader.Get("/en/search?q=muhasib&kind=vacancy");
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(CurrentTab(r.body), "vacancy");
    EXPECT_FALSE(Contains(r.body, "/resumes/" + std::to_string(resume) + "-"));
}

TEST_F(SearchResults, NothingFoundShowsTheRealCategoryCounts) {
    auto r = reader.Get("/en/search?q=zzyzx");
    ASSERT_EQ(r.status, 200);
    EXPECT_TRUE(Contains(r.body, "Nothing found"));
    // The welder's category has one vacancy, and its link says so.
    EXPECT_TRUE(Contains(r.body, "1 vacancy")) << r.body.substr(r.body.find("<main"), 3000);
}

TEST_F(SearchResults, PagesPastTheLastAreNotFound) {
    for (const char* path : {"/en/vacancies", "/en/resumes", "/en/services"}) {
        EXPECT_EQ(reader.Get(std::string(path)).status, 200) << path;
        EXPECT_EQ(reader.Get(std::string(path) + "?page=1").status, 200) << path;
        auto past = reader.Get(std::string(path) + "?page=2");
        EXPECT_EQ(past.status, 404) << path;
        EXPECT_TRUE(Contains(past.body, "fewer pages")) << path;
        // A filter that matches nothing is an empty first page, not an error.
        EXPECT_EQ(reader.Get(std::string(path) + "?q=zzyzx").status, 200) << path;
    }
    EXPECT_EQ(reader.Get("/en/search?q=muhasib&page=2").status, 404);
    EXPECT_EQ(reader.Get("/en/search?q=muhasib&kind=resume&page=1").status, 200);
}

TEST_F(SearchResults, OnlyWithASalaryLeavesOutNegotiableVacancies) {
    auto form = fixtures::VacancyForm("Qaynaqçı köməkçisi");
    for (auto& [k, v] : form)
        if (k == "salary_min" || k == "salary_max") v.clear();  // negotiable
    std::int64_t negotiable = site.IdOfToken(site.SubmitVacancy(visitor, form));
    site.Approve(admin, negotiable);

    auto all = reader.Get("/en/vacancies?q=qaynaqci");
    EXPECT_TRUE(Contains(all.body, "/vacancies/" + std::to_string(vacancy) + "-"));
    EXPECT_TRUE(Contains(all.body, "/vacancies/" + std::to_string(negotiable) + "-"));
    EXPECT_TRUE(Contains(all.body, "2 vacancies found"));

    auto with_salary = reader.Get("/en/vacancies?q=qaynaqci&with_salary=1");
    ASSERT_EQ(with_salary.status, 200);
    EXPECT_TRUE(Contains(with_salary.body, "/vacancies/" + std::to_string(vacancy) + "-"));
    EXPECT_FALSE(Contains(with_salary.body, "/vacancies/" + std::to_string(negotiable) + "-"));
    EXPECT_TRUE(Contains(with_salary.body, "1 vacancy found"));
    // The box stays ticked, with its label.
    EXPECT_TRUE(Contains(with_salary.body, "name=\"with_salary\" value=\"1\" checked"));
    EXPECT_TRUE(Contains(with_salary.body, "Only with a salary"));
}

}  // namespace
}  // namespace ejob::testing
