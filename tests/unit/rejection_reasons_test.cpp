#include "domain/publications/rejection_reasons.hpp"

#include <gtest/gtest.h>

#include <string>

namespace ejob::domain {
namespace {

// A "translation" that makes the language visible: every msgid comes back marked.
std::string Marked(const char* msgid) {
    return std::string("[ru] ") + msgid;
}

TEST(RejectionReasons, EveryKindHasItsNumberedRulesWithShortTexts) {
    for (const char* kind : {"vacancy", "resume", "service"}) {
        const auto& rules = SubmissionRules(kind);
        ASSERT_EQ(rules.size(), 8u) << kind;
        for (size_t i = 0; i < rules.size(); ++i) {
            EXPECT_EQ(rules[i].number, static_cast<int>(i + 1)) << kind;
            EXPECT_NE(std::string(rules[i].text), std::string(rules[i].summary)) << kind;
        }
    }
    EXPECT_TRUE(SubmissionRules("spaceship").empty());
}

TEST(RejectionReasons, TheReasonCitesEachChosenRuleInFullInTheGivenLanguageThenTheNote) {
    auto reason = ComposeRejectionReason("vacancy", {{"7", "5"}, "  The phone is in the title.  "}, Marked);
    ASSERT_TRUE(reason.ok());
    EXPECT_EQ(*reason,
              "[ru] Rule 5 of the form submission rules: [ru] Salary in AZN and realistic. The spread of a range is "
              "limited: below 500 AZN at most 200; up to 1000 AZN at most 300; up to 2000 AZN at most 500.\n"
              "[ru] Rule 7 of the form submission rules: [ru] Contacts only in the contact fields, not in the title "
              "or the text.\n"
              "The phone is in the title.");
}

TEST(RejectionReasons, NumbersThatAreNotRulesOfTheKindAreIgnored) {
    auto only_note = ComposeRejectionReason("resume", {{"0", "9", "x", "-1"}, "Duplicate"}, Marked);
    ASSERT_TRUE(only_note.ok());
    EXPECT_EQ(*only_note, "Duplicate");
    auto nothing = ComposeRejectionReason("resume", {{"99"}, ""}, Marked);
    ASSERT_FALSE(nothing.ok());
    ASSERT_EQ(nothing.error().fields.size(), 1u);
    EXPECT_EQ(nothing.error().fields[0].field, "reason");
}

TEST(RejectionReasons, NoReasonAtAllOrATooLongNoteIsInvalidOnTheReasonField) {
    auto empty = ComposeRejectionReason("service", {{}, " \n "}, Marked);
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().code, ErrorCode::Invalid);
    EXPECT_EQ(empty.error().fields.at(0).field, "reason");

    auto too_long = ComposeRejectionReason("service", {{"1"}, std::string(kMaxRejectionNote + 1, 'a')}, Marked);
    ASSERT_FALSE(too_long.ok());
    EXPECT_EQ(too_long.error().fields.at(0).field, "reason");
    EXPECT_EQ(too_long.error().fields.at(0).arg, "1000");
    // Letters, not bytes: 1000 Azerbaijani letters fit.
    std::string letters;
    for (size_t i = 0; i < kMaxRejectionNote; ++i) letters += "ə";
    EXPECT_TRUE(ComposeRejectionReason("service", {{}, letters}, Marked).ok());
}

}  // namespace
}  // namespace ejob::domain
