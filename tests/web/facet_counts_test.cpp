// Facets that count: every option of the vacancy filters says how many results it would give under the other
// filters, and following it gives exactly that many (random filter combinations, on SQLite and on PostgreSQL).
// Sorting and relevance through the real pages.
#include <gtest/gtest.h>

#include <random>
#include <regex>

#include "domain/vacancies/catalog.hpp"
#include "support/test_site.hpp"

namespace ejob::testing {
namespace {
namespace d = ejob::domain;

// The options of <select name="field"> with the count in their label: code → count.
std::map<std::string, std::int64_t> OptionCounts(const std::string& body, const std::string& field) {
    std::map<std::string, std::int64_t> out;
    auto from = body.find("<select id=\"f-" + field + "\"");
    if (from == std::string::npos) return out;
    auto to = body.find("</select>", from);
    static const std::regex kOption(R"re(<option value="([^"]+)"[^>]*>[^<]*\((\d+)\)</option>)re");
    std::string select = body.substr(from, to - from);
    for (std::sregex_iterator it(select.begin(), select.end(), kOption), end; it != end; ++it)
        out[(*it)[1]] = std::stoll((*it)[2]);
    return out;
}

// "12 vacancies found" (resumes, ads) on an English list page; -1 when the page has no count.
std::int64_t Found(const std::string& body) {
    static const std::regex kFound(R"re(role="status">(\d+) [a-z]+ found)re");
    std::smatch m;
    return std::regex_search(body, m, kFound) ? std::stoll(m[1]) : -1;
}

std::string Query(const std::map<std::string, std::string>& params) {
    std::string q;
    for (const auto& [k, v] : params) q += (q.empty() ? "?" : "&") + k + "=" + v;
    return q;
}

class FacetCounts : public ::testing::Test {
  protected:
    void SetUp() override { site.SignInAdmin(admin); }
    std::int64_t PublishVacancy(Form form) {
        auto id = site.IdOfToken(site.SubmitVacancy(visitor, form));
        site.Approve(admin, id);
        return id;
    }
    static void Set(Form& form, const std::string& key, const std::string& value) {
        for (auto& [k, v] : form)
            if (k == key) v = value;
    }

    // Many vacancies from one address: no limit of publications per address ([limits], tested in limits_test).
    TestSite site{[](app::Config& c) { c.limits.publication = {}; }};
    Client visitor = site.NewClient();
    Client admin = site.NewClient();
    Client reader = site.NewClient();
};

TEST_F(FacetCounts, EveryOptionGivesAsManyResultsAsItSays) {
    std::mt19937 rng(7);
    const std::vector<std::string> categories = {"it", "sales", "finance", "industry"};
    const std::vector<std::string> cities = {"baku", "ganja", "sumgait"};
    const std::vector<std::string> employment = {"full_time", "part_time", "remote"};
    const std::vector<std::string> experience = {"none", "1_3", "3_5"};
    const std::vector<std::string> positions = {"Mühəndis", "Satış məsləhətçisi", "Mühasib", "Proqramçı"};
    for (int i = 0; i < 24; ++i) {
        auto form = fixtures::VacancyForm(positions[rng() % positions.size()] + " " + std::to_string(i));
        Set(form, "category", categories[rng() % categories.size()]);
        Set(form, "subcategory", "");
        Set(form, "city", cities[rng() % cities.size()]);
        Set(form, "employment_type", employment[rng() % employment.size()]);
        Set(form, "experience", experience[rng() % experience.size()]);
        if (rng() % 3 == 0) {
            Set(form, "salary_min", "");
            Set(form, "salary_max", "");
        }
        PublishVacancy(form);
    }
    const std::vector<std::string> fields = {"category", "city", "employment_type", "experience"};
    const std::map<std::string, const std::vector<std::string>*> values = {
        {"category", &categories}, {"city", &cities}, {"employment_type", &employment}, {"experience", &experience}};
    int followed = 0;
    for (int round = 0; round < 12; ++round) {
        std::map<std::string, std::string> params;
        for (const auto& f : fields)
            if (rng() % 3 == 0) params[f] = (*values.at(f))[rng() % values.at(f)->size()];
        if (rng() % 4 == 0) params["with_salary"] = "1";
        if (rng() % 4 == 0) params["q"] = "muhendis";
        auto page = reader.Get("/en/vacancies" + Query(params));
        ASSERT_EQ(page.status, 200);
        for (const auto& f : fields) {
            auto counts = OptionCounts(page.body, f);
            ASSERT_FALSE(counts.empty()) << f << " shows no counts";
            for (const auto& v : *values.at(f)) {
                ASSERT_TRUE(counts.count(v)) << f << "=" << v << " is not offered with its count";
                auto with = params;
                with[f] = v;
                auto followed_page = reader.Get("/en/vacancies" + Query(with));
                ASSERT_EQ(followed_page.status, 200);
                EXPECT_EQ(Found(followed_page.body), counts[v]) << Query(params) << " then " << f << "=" << v;
                if (counts[v] == 0) {
                    EXPECT_TRUE(page.body.find("<option value=\"" + v + "\" disabled>") != std::string::npos ||
                                params[f] == v)
                        << "an option without results is shown as such";
                }
                ++followed;
            }
        }
    }
    EXPECT_GT(followed, 100);
}

TEST_F(FacetCounts, ListsSortByRelevanceNewestAndSalary) {
    // The company's office manager is the newest: only relevance puts it last.
    auto engineer_form = fixtures::VacancyForm("Mühəndis-mexanik");
    Set(engineer_form, "salary_min", "900");
    Set(engineer_form, "salary_max", "1000");
    std::int64_t engineer = PublishVacancy(engineer_form);
    auto negotiable = fixtures::VacancyForm("Baş mühəndis");
    Set(negotiable, "salary_min", "");
    Set(negotiable, "salary_max", "");
    std::int64_t chief = PublishVacancy(negotiable);
    auto office = fixtures::VacancyForm("Ofis meneceri", "Mühəndislik MMC");
    Set(office, "salary_min", "3000");
    Set(office, "salary_max", "3500");
    std::int64_t manager = PublishVacancy(office);

    auto order = [&](const std::string& path) {
        auto body = reader.Get(path).body;
        std::vector<std::int64_t> ids;
        for (auto id : {manager, engineer, chief}) ids.push_back(id);
        std::sort(ids.begin(), ids.end(), [&](auto a, auto b) {
            return body.find("/vacancies/" + std::to_string(a) + "-") <
                   body.find("/vacancies/" + std::to_string(b) + "-");
        });
        return ids;
    };
    // Relevance (the default with words): the engineers by title, newest first; the company's match last.
    EXPECT_EQ(order("/en/vacancies?q=muhendis"), (std::vector<std::int64_t>{chief, engineer, manager}));
    EXPECT_EQ(order("/en/search?q=muhendis"), (std::vector<std::int64_t>{chief, engineer, manager}));
    EXPECT_EQ(order("/en/vacancies?q=muhendis&sort=newest"), (std::vector<std::int64_t>{manager, chief, engineer}));
    // Highest salary first; negotiable last.
    EXPECT_EQ(order("/en/vacancies?q=muhendis&sort=highest"), (std::vector<std::int64_t>{manager, engineer, chief}));
    EXPECT_EQ(order("/en/search?q=muhendis&sort=highest"), (std::vector<std::int64_t>{manager, engineer, chief}));
    EXPECT_EQ(order("/en/search?q=muhendis&sort=newest"), (std::vector<std::int64_t>{manager, chief, engineer}));
    auto page = reader.Get("/en/vacancies?q=muhendis&sort=highest");
    EXPECT_NE(page.body.find("<option value=\"highest\" selected>"), std::string::npos);
    EXPECT_NE(page.body.find("sort=highest"), std::string::npos) << "page links keep the order";
}

TEST_F(FacetCounts, ResumeAndServiceFiltersCountTheirOptionsToo) {
    auto in_ganja = fixtures::ResumeForm("Mühasib");
    Set(in_ganja, "city", "ganja");
    for (const auto& form : {fixtures::ResumeForm("Mühasib"), fixtures::ResumeForm("Kassir"), in_ganja}) {
        auto id = site.IdOfToken(site.Submit(visitor, "/resumes", form));
        site.Approve(admin, id);
    }
    auto page = reader.Get("/en/resumes");
    EXPECT_EQ(OptionCounts(page.body, "city")["baku"], 2);
    EXPECT_EQ(OptionCounts(page.body, "city")["ganja"], 1);
    EXPECT_EQ(OptionCounts(reader.Get("/en/resumes?city=ganja").body, "gender")["female"], 1);
    EXPECT_EQ(Found(reader.Get("/en/resumes?city=baku&gender=female").body), 2);
    EXPECT_EQ(OptionCounts(reader.Get("/en/resumes?q=kassir").body, "city")["baku"], 1);

    auto id = site.IdOfToken(site.Submit(visitor, "/services", fixtures::ServiceForm("Santexnik xidməti")));
    site.Approve(admin, id);
    auto services = reader.Get("/en/services");
    auto categories = OptionCounts(services.body, "category");
    EXPECT_EQ(categories["repair"], 1);
    for (const auto& [code, n] : categories) {
        if (code != "repair") {
            EXPECT_EQ(n, 0) << code;
        }
    }
    EXPECT_EQ(Found(reader.Get("/en/services?category=repair").body), 1);
    EXPECT_EQ(Found(reader.Get("/en/services?city=ganja").body), 0);
}

TEST_F(FacetCounts, AnApprovalShowsInListsAndCountsAtOnce) {
    auto before = reader.Get("/en/vacancies?city=ganja");
    EXPECT_EQ(Found(before.body), 0);
    auto form = fixtures::VacancyForm("Anbardar", "Gəncə Anbar", "ganja");
    std::int64_t id = PublishVacancy(form);
    auto after = reader.Get("/en/vacancies?city=ganja");
    EXPECT_EQ(Found(after.body), 1);
    EXPECT_NE(after.body.find("/vacancies/" + std::to_string(id) + "-"), std::string::npos);
    EXPECT_EQ(OptionCounts(reader.Get("/en/vacancies").body, "city")["ganja"], 1);
    auto review = admin.Get("/en/admin/publications/" + std::to_string(id));
    ASSERT_EQ(
        admin.Post("/en/admin/publications/" + std::to_string(id) + "/delete", {{"_csrf", CsrfToken(review.body)}})
            .status,
        303);
    EXPECT_EQ(Found(reader.Get("/en/vacancies?city=ganja").body), 0);
}

}  // namespace
}  // namespace ejob::testing
