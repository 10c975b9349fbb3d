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

TEST(CleanInput, DropsTheInvisibleCharactersThatReorderOrHideText) {
    // Bidi embeddings, overrides and isolates: U+202E before "gpj.exe" shows it as "exe.jpg".
    for (const char* bidi : {"\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069"})
        EXPECT_EQ(CleanInput(std::string("Mühasib") + bidi + " işi"), "Mühasib işi") << bidi;
    // Zero-width space, word joiner, byte order mark, soft hyphen, invisible operators, annotation marks.
    EXPECT_EQ(CleanInput("\uFEFFMü\u200Bha\u2060sib\u00AD\u2062\uFFF9"), "Mühasib");
    // The Unicode line and paragraph separators are line breaks.
    EXPECT_EQ(CleanInput("bir\u2028iki\u2029üç"), "bir\niki\nüç");
}

TEST(CleanInput, KeepsWhatRealTextNeeds) {
    // ZWNJ in Persian spelling, ZWJ in emoji sequences, direction marks in right-to-left text, variation selectors.
    for (const char* kept : {"می\u200Cخواهم", "👩\u200D💻", "\u200Fعربي\u200E", "\u061C", "❤\uFE0F", "Ё, ə, ş, ₼"})
        EXPECT_EQ(CleanInput(kept), kept);
    EXPECT_EQ(CleanInput("tab\tand\nnewline"), "tab\tand\nnewline");
}

TEST(CleanLine, DropsEveryInvisibleFormattingCharacter) {
    EXPECT_EQ(CleanLine("Xəzər\u202E Tikinti\u2066"), "Xəzər Tikinti");
    // What CleanInput keeps for multi-line text goes from one-line fields: joiners, marks, selectors, tags, fillers.
    EXPECT_EQ(CleanLine("Ay\u200Csel\u200D Məm\u200Emə\u200Fdo\u061Cva"), "Aysel Məmmədova");
    EXPECT_EQ(CleanLine("Mü\uFE0Fhasib\U000E0041\U000E007F\u034F"), "Mühasib");
    EXPECT_EQ(CleanLine("\u3164\u115F\u1160\uFFA0"), "") << "Hangul fillers: a name that looks empty";
    EXPECT_EQ(CleanLine("\u0600\u180E\U0001D173x"), "x") << "other Cf characters";
    // Letters, digits and visible symbols of every script stay; control characters go as in CleanInput.
    EXPECT_EQ(CleanLine("Бухгалтер 1С, ₼ 1 500 — ADİU"), "Бухгалтер 1С, ₼ 1 500 — ADİU");
    EXPECT_EQ(CleanLine("a\x01\x7f\xc2\x85z"), "az");
    EXPECT_TRUE(IsInvisibleFormat(0x200D));
    EXPECT_FALSE(IsInvisibleFormat(U'ə'));
    EXPECT_FALSE(IsInvisibleFormat(U' '));
}

}  // namespace
}  // namespace ejob::domain::text
