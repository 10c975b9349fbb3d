// Search that forgives: occupation synonyms across Azerbaijani, Russian and English, and Azerbaijani endings,
// through the real server (on SQLite and on PostgreSQL).
#include <gtest/gtest.h>

#include "support/test_site.hpp"

namespace ejob::testing {
namespace {

class SearchLanguages : public ::testing::Test {
  protected:
    void SetUp() override {
        site.SignInAdmin(admin);
        for (const auto& [position, company] :
             std::vector<std::pair<std::string, std::string>>{{"Satış məsləhətçisi", "Bravo Supermarket"},
                                                              {"Продавец-консультант", "Ticarət Evi MMC"},
                                                              {"Sürücü (B kateqoriyası)", "Xəzər Logistika"},
                                                              {"Водитель-экспедитор", "Azərsu Servis"},
                                                              {"Mühasib", "Gəncə Audit"},
                                                              {"Главный бухгалтер", "Finans Plus"},
                                                              {"Accountant", "Caspian Consulting"},
                                                              {"Kredit mütəxəssisi", "Bank Respublika"}}) {
            std::string token = site.SubmitVacancy(visitor, fixtures::VacancyForm(position, company));
            std::int64_t id = site.IdOfToken(token);
            ids[position] = id;
            site.Approve(admin, id);
        }
    }
    // The vacancy links of a search result page (its tab of vacancies).
    bool Finds(const std::string& query, const std::string& position) {
        auto r = visitor.Get("/en/search?q=" + query);
        EXPECT_EQ(r.status, 200) << query;
        return Contains(r.body, "/vacancies/" + std::to_string(ids.at(position)) + "-");
    }

    TestSite site;
    Client visitor = site.NewClient();
    Client admin = site.NewClient();
    std::map<std::string, std::int64_t> ids;
};

TEST_F(SearchLanguages, AnOccupationInOneLanguageFindsItInTheOthers) {
    // "satici" without Azerbaijani letters, the most common job query, finds the sales jobs in both languages.
    EXPECT_TRUE(Finds("satici", "Satış məsləhətçisi"));
    EXPECT_TRUE(Finds("satici", "Продавец-консультант"));
    EXPECT_TRUE(Finds("driver", "Sürücü (B kateqoriyası)"));
    EXPECT_TRUE(Finds("driver", "Водитель-экспедитор"));
    EXPECT_TRUE(Finds("%D0%B1%D1%83%D1%85%D0%B3%D0%B0%D0%BB%D1%82%D0%B5%D1%80", "Mühasib"));  // бухгалтер
    EXPECT_TRUE(Finds("%D0%B1%D1%83%D1%85%D0%B3%D0%B0%D0%BB%D1%82%D0%B5%D1%80", "Главный бухгалтер"));
    EXPECT_TRUE(Finds("%D0%B1%D1%83%D1%85%D0%B3%D0%B0%D0%BB%D1%82%D0%B5%D1%80", "Accountant"));
    EXPECT_TRUE(Finds("muhasib", "Accountant"));
}

TEST_F(SearchLanguages, SynonymsDoNotBringUnrelatedJobs) {
    EXPECT_FALSE(Finds("driver", "Mühasib"));
    EXPECT_FALSE(Finds("satici", "Kredit mütəxəssisi"));
    EXPECT_FALSE(Finds("%D0%B1%D1%83%D1%85%D0%B3%D0%B0%D0%BB%D1%82%D0%B5%D1%80", "Sürücü (B kateqoriyası)"));
}

TEST_F(SearchLanguages, AzerbaijaniEndingsDoNotBlockAMatch) {
    EXPECT_TRUE(Finds("sat%C4%B1c%C4%B1lar", "Satış məsləhətçisi"));  // satıcılar
    EXPECT_TRUE(Finds("muhasibler", "Mühasib"));
    EXPECT_TRUE(Finds("s%C3%BCr%C3%BCc%C3%BCl%C9%99r", "Sürücü (B kateqoriyası)"));  // sürücülər
    EXPECT_TRUE(Finds("kredit+mutexessisi", "Kredit mütəxəssisi"));
}

TEST_F(SearchLanguages, TheListPagesSearchBoxUnderstandsTheSameWords) {
    auto r = visitor.Get("/en/vacancies?q=driver");
    EXPECT_EQ(r.status, 200);
    EXPECT_TRUE(Contains(r.body, "/vacancies/" + std::to_string(ids.at("Водитель-экспедитор")) + "-"));
}

}  // namespace
}  // namespace ejob::testing
