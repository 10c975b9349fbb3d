// How search words are understood: Azerbaijani endings and occupation synonyms.
#include <gtest/gtest.h>

#include "domain/search/search_query.hpp"
#include "domain/text/text.hpp"

namespace ejob::domain::search {
namespace {

using Slots = std::vector<std::vector<Phrase>>;

TEST(Stem, TakesOffAzerbaijaniEndingsSoThePlainWordIsAPrefix) {
    // Every form's stem is a prefix of the plain word: a prefix search for it finds the plain word.
    for (const auto& [form, plain] : std::vector<std::pair<std::string, std::string>>{{"satıcılar", "satıcı"},
                                                                                      {"mühəndisi", "mühəndis"},
                                                                                      {"mühəndislərin", "mühəndis"},
                                                                                      {"sürücülər", "sürücü"},
                                                                                      {"ustası", "usta"},
                                                                                      {"mühasibə", "mühasib"},
                                                                                      {"müəllimlərdən", "müəllim"},
                                                                                      {"aşpazlar", "aşpaz"}}) {
        std::string stem = Stem(text::Fold(form));
        EXPECT_TRUE(text::Fold(plain).starts_with(stem)) << form << " → " << stem;
        EXPECT_GE(stem.size(), 4u) << form;
    }
}

TEST(Stem, KeepsShortWordsCyrillicAndDigits) {
    EXPECT_EQ(Stem("java"), "java");
    EXPECT_EQ(Stem("baki"), "baki");
    EXPECT_EQ(Stem("бухгалтера"), "бухгалтера");
    EXPECT_EQ(Stem("1c"), "1c");
    EXPECT_EQ(Stem("menecer"), "menecer");
}

const char* kList = R"(# comment line
satıcı | satış məsləhətçisi | продавец | sales assistant   # trailing comment
sürücü | водитель | driver
mühasib | бухгалтер | accountant
baş mühasib | главный бухгалтер | chief accountant
lonely
)";

TEST(Synonyms, ReadsOneOccupationPerLineAndSkipsCommentsAndSingleNames) {
    auto s = Synonyms::Parse(kList);
    EXPECT_EQ(s.size(), 4u);
    EXPECT_EQ(Synonyms::Parse("").size(), 0u);
    EXPECT_EQ(Synonyms::Parse("|||\n#x|y\n").size(), 0u);
}

TEST(Synonyms, AWordOfAnOccupationBringsAllItsNamesInEveryLanguage) {
    auto s = Synonyms::Parse(kList);
    auto q = s.Understand(text::SearchTerms("Satici"));
    ASSERT_EQ(q.slots.size(), 1u);
    EXPECT_EQ(q.slots[0],
              (std::vector<Phrase>{{"satic"}, {"satis", "meslehetc"}, {"продавец"}, {"sales", "assistant"}}));
    q = s.Understand(text::SearchTerms("driver"));
    ASSERT_EQ(q.slots.size(), 1u);
    EXPECT_EQ(q.slots[0].size(), 3u);
    EXPECT_EQ(q.slots[0][0], Phrase{"suruc"});
    q = s.Understand(text::SearchTerms("бухгалтер"));
    ASSERT_EQ(q.slots.size(), 1u);
    EXPECT_EQ(q.slots[0].front(), Phrase{"muhasib"});
}

TEST(Synonyms, EndingsDoNotHideAnOccupation) {
    auto s = Synonyms::Parse(kList);
    auto q = s.Understand(text::SearchTerms("satıcılar"));
    ASSERT_EQ(q.slots.size(), 1u);
    EXPECT_EQ(q.slots[0].size(), 4u);
}

TEST(Synonyms, TheLongestNameWinsAndOtherWordsStayTheirOwnSlot) {
    auto s = Synonyms::Parse(kList);
    auto q = s.Understand(text::SearchTerms("baş mühasib Bakı"));
    ASSERT_EQ(q.slots.size(), 2u);
    EXPECT_EQ(q.slots[0].size(), 3u);
    EXPECT_EQ(q.slots[0][1], (Phrase{"главный", "бухгалтер"}));
    EXPECT_EQ(q.slots[1], (std::vector<Phrase>{{"baki"}}));
}

TEST(Synonyms, WithoutAListEveryWordIsItsOwnSlot) {
    auto q = Synonyms::None().Understand(text::SearchTerms("satıcılar bakı"));
    EXPECT_EQ(q.slots, (Slots{{{"satic"}}, {{"baki"}}}));
}

}  // namespace
}  // namespace ejob::domain::search
