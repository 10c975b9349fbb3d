#include <gtest/gtest.h>

#include "domain/text/text.hpp"

namespace ejob::domain::text {
namespace {

TEST(Fold, AzerbaijaniLettersAndCaseFoldToAscii) {
    EXPECT_EQ(Fold("Mühəndis"), "muhendis");
    EXPECT_EQ(Fold("MÜHƏNDİS"), "muhendis");
    EXPECT_EQ(Fold("Bakı"), "baki");
    EXPECT_EQ(Fold("BAKI"), "baki");
    EXPECT_EQ(Fold("Şəki Gəncə Çay Ağdam Göy"), "seki gence cay agdam goy");
    EXPECT_EQ(Fold("İnzibati"), "inzibati");
}

TEST(Fold, CyrillicIsLowerCasedAndYoBecomesYe) {
    EXPECT_EQ(Fold("БУХГАЛТЕР Ёлка"), "бухгалтер елка");
}

TEST(SearchTerms, SplitsFoldsDeduplicatesAndCaps) {
    EXPECT_EQ(SearchTerms("Baş Mühəndis, baş"), (std::vector<std::string>{"bas", "muhendis"}));
    EXPECT_TRUE(SearchTerms("\"*( )--").empty());
    EXPECT_EQ(SearchTerms("a b c d e f g h i j k").size(), 8u);
    auto long_term = SearchTerms(std::string(500, 'x'));
    ASSERT_EQ(long_term.size(), 1u);
    EXPECT_EQ(long_term[0].size(), 48u);
}

TEST(MatchRanges, FindsWordsStartingWithAFoldedTerm) {
    std::string s = "Baş mühəndis-energetik (Bakı)";
    auto r = MatchRanges(s, {"muhendis", "baki"});
    ASSERT_EQ(r.size(), 2u);
    EXPECT_EQ(s.substr(r[0].first, r[0].second - r[0].first), "mühəndis");
    EXPECT_EQ(s.substr(r[1].first, r[1].second - r[1].first), "Bakı");
}

TEST(Utf8, InvalidSequencesAreDetectedAndReplaced) {
    EXPECT_TRUE(IsValidUtf8("Gəncə ₼"));
    EXPECT_FALSE(IsValidUtf8("\xff\xfe"));
    EXPECT_FALSE(IsValidUtf8("\xc0\xaf"));      // overlong '/'
    EXPECT_FALSE(IsValidUtf8("\xed\xa0\x80"));  // surrogate
    EXPECT_EQ(CleanInput("a\xffz"), "a\xEF\xBF\xBDz");
    EXPECT_EQ(CleanInput("line1\r\nline2\x01\x7f"), "line1\nline2");
    EXPECT_TRUE(IsValidUtf8(CleanInput("\xe2\x82")));
}

TEST(Slugify, MakesReadableAsciiSlugs) {
    EXPECT_EQ(Slugify("Baş mühəndis-energetik"), "bas-muhendis-energetik");
    EXPECT_EQ(Slugify("Бухгалтер (склад)"), "bukhgalter-sklad");
    EXPECT_EQ(Slugify("!!!"), "item");
    EXPECT_LE(Slugify(std::string(300, 'a')).size(), 80u);
}

TEST(Excerpt, CutsOnAWordBoundary) {
    EXPECT_EQ(Excerpt("short", 10), "short");
    EXPECT_EQ(Excerpt("one two three four", 10), "one two…");
}

}  // namespace
}  // namespace ejob::domain::text
