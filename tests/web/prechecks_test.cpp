// Automatic pre-moderation checks through the real server (SQLite, or PostgreSQL with EJOB_TEST_PG): a flagged
// submission is accepted, the queue marks it, the review page shows each flag with the full text of its rule, and
// one click rejects it citing those rules, which the owner then reads as the reason. Duplicates of a live
// publication and a second resume within 30 days are found in the database; an edit is screened again.
#include <gtest/gtest.h>

#include "support/test_site.hpp"

namespace ejob::testing {
namespace {

std::string Between(const std::string& html, const std::string& from, const std::string& to) {
    auto at = html.find(from);
    if (at == std::string::npos) return {};
    auto end = html.find(to, at);
    return html.substr(at, end == std::string::npos ? std::string::npos : end + to.size() - at);
}

// The flags section of a review page, and the checks it lists in order.
std::string FlagsSection(const std::string& html) {
    return Between(html, "<section class=\"review-flags\"", "</section>");
}
std::vector<std::string> FlaggedChecks(const std::string& html) {
    std::vector<std::string> out;
    std::string section = FlagsSection(html);
    const std::string marker = "data-check=\"";
    for (auto at = section.find(marker); at != std::string::npos; at = section.find(marker, at + 1)) {
        auto begin = at + marker.size();
        out.push_back(section.substr(begin, section.find('"', begin) - begin));
    }
    return out;
}

// `before`, the number, `after` (appended one by one: a chain of + on temporaries upsets GCC 12's -Wrestrict).
std::string WithId(const char* before, std::int64_t id, const char* after = "") {
    std::string out = before;
    out += std::to_string(id);
    out += after;
    return out;
}

class Prechecks : public ::testing::Test {
  protected:
    TestSite site;
    Client owner = site.NewClient();
    Client admin = site.NewClient();

    std::string Review(std::int64_t id) { return WithId("/en/admin/moderation/", id); }
    std::int64_t SubmitVacancy(const Form& form) {
        std::string token = site.SubmitVacancy(owner, form);
        EXPECT_FALSE(token.empty());
        return site.IdOfToken(token);
    }
    std::vector<std::string> ChecksOf(std::int64_t id) {
        auto page = admin.Get(Review(id));
        EXPECT_EQ(page.status, 200);
        return FlaggedChecks(page.body);
    }
};

using Checks = std::vector<std::string>;

TEST_F(Prechecks, AFlaggedVacancyShowsItsRulesAndIsRejectedWithThemInOneClick) {
    // Within what the form itself accepts (it refuses a text mostly in capitals and one with a phone number).
    Form form = fixtures::VacancyForm("TƏCİLİ SATIŞ MENECERİ axtarırıq");
    form = fixtures::With(form, "description", "Satış planının icrası. WhatsApp-a yazın: t.me/satis_baku");
    form = fixtures::With(form, "salary_min", "20000");
    form = fixtures::With(form, "salary_max", "");
    form = fixtures::With(form, "owner_email", "owner@example.az");
    std::string token = site.SubmitVacancy(owner, form);
    ASSERT_FALSE(token.empty()) << "flags never refuse a submission";
    std::int64_t id = site.IdOfToken(token);

    site.SignInAdmin(admin);
    auto queue = admin.Get("/en/admin/moderation");
    ASSERT_EQ(queue.status, 200);
    std::string row = Between(queue.body, WithId("/admin/moderation/", id, "\""), "</tr>");
    EXPECT_TRUE(Contains(row, "3 automatic flags")) << row;
    EXPECT_TRUE(Contains(row, "data-flags=\"capitals salary-unrealistic contacts-in-text\"")) << row;

    auto review = admin.Get(Review(id));
    ASSERT_EQ(review.status, 200);
    EXPECT_EQ(FlaggedChecks(review.body), (Checks{"capitals", "salary-unrealistic", "contacts-in-text"}));
    std::string flags = FlagsSection(review.body);
    EXPECT_TRUE(Contains(flags, "Text in capital letters: “TƏCİLİ SATIŞ MENECERİ axtarırıq”")) << flags;
    EXPECT_TRUE(Contains(flags, "The salary 20000 AZN looks unrealistic.")) << flags;
    EXPECT_TRUE(Contains(flags, "Contacts in the title or the text: t.me/satis_baku, WhatsApp")) << flags;
    // Beside each flag, the full text of the rule it cites.
    EXPECT_TRUE(Contains(flags, "Rule 2 of the form submission rules: No text in capital letters")) << flags;
    EXPECT_TRUE(Contains(flags, "Rule 5 of the form submission rules: Salary in AZN and realistic.")) << flags;
    EXPECT_TRUE(Contains(flags, "Rule 7 of the form submission rules: Contacts only in the contact fields")) << flags;
    EXPECT_TRUE(Contains(flags, "Reject citing these rules: 2, 5, 7")) << flags;

    // The one-click form: hidden rule fields, posted as the browser would.
    std::string one_click = Between(flags, "<form", "</form>");
    ASSERT_TRUE(Contains(one_click, WithId("action=\"/en/admin/moderation/", id, "/reject\"")));
    Form post{{"_csrf", CsrfToken(review.body)}};
    for (auto rule : {"2", "5", "7"}) {
        EXPECT_TRUE(Contains(one_click, std::string("name=\"rule\" value=\"") + rule + "\"")) << one_click;
        post.push_back({"rule", rule});
    }
    auto rejected = admin.Post(Review(id) + "/reject", post);
    ASSERT_EQ(rejected.status, 303) << rejected.body.substr(0, 3000);

    // The owner reads the three rules as the reason, in the language of the submission.
    auto manage = owner.Get("/en/manage/" + token);
    ASSERT_EQ(manage.status, 200);
    std::string reason = Between(manage.body, "<strong class=\"reject-reason\">", "</strong>");
    EXPECT_TRUE(Contains(reason, "Rule 2 of the form submission rules: No text in capital letters")) << reason;
    EXPECT_TRUE(Contains(reason, "Rule 5 of the form submission rules: Salary in AZN and realistic.")) << reason;
    EXPECT_TRUE(Contains(reason, "Rule 7 of the form submission rules: Contacts only in the contact fields")) << reason;

    // Nothing waits any more: no flags, no one-click rejection.
    auto after = admin.Get(Review(id));
    EXPECT_TRUE(FlagsSection(after.body).empty());
}

TEST_F(Prechecks, ACleanVacancyHasNoFlags) {
    std::int64_t id = SubmitVacancy(fixtures::With(fixtures::VacancyForm(), "owner_email", "clean@example.az"));
    site.SignInAdmin(admin);
    auto review = admin.Get(Review(id));
    EXPECT_TRUE(FlaggedChecks(review.body).empty());
    EXPECT_TRUE(Contains(FlagsSection(review.body), "The automatic checks found nothing to point out."));
    auto queue = admin.Get("/en/admin/moderation");
    EXPECT_FALSE(Contains(queue.body, "automatic flag"));
}

TEST_F(Prechecks, BannedActivityAndRussianInLatinLetters) {
    Form form = fixtures::VacancyForm("Operator");
    form = fixtures::With(form, "requirements", "Trebuetsya operator v kazino. Opyt raboty ne nuzhen.");
    std::int64_t id = SubmitVacancy(form);
    site.SignInAdmin(admin);
    EXPECT_EQ(ChecksOf(id), (Checks{"banned-activity", "translit"}));
}

TEST_F(Prechecks, ADuplicateOfALivePublicationIsFlagged) {
    site.SignInAdmin(admin);
    Form form = fixtures::With(fixtures::VacancyForm("Mühəndis-mexanik"), "owner_email", "hr@xezer.az");
    std::int64_t first = SubmitVacancy(form);
    EXPECT_EQ(ChecksOf(first), Checks{});
    // The same title from the same address (written differently), while the first one waits.
    std::int64_t second = SubmitVacancy(fixtures::With(form, "position", "MÜHƏNDİS mexanik"));
    auto review = admin.Get(Review(second));
    EXPECT_EQ(FlaggedChecks(review.body), (Checks{"capitals", "duplicate"}));
    EXPECT_TRUE(Contains(FlagsSection(review.body), WithId("The same as publication #", first)));
    EXPECT_TRUE(Contains(FlagsSection(review.body), WithId("href=\"/en/admin/moderation/", first, "\"")));
    // The same title from another address, with its own text, is someone else's vacancy.
    std::string text =
        "Kompressor stansiyasının avadanlığına texniki xidmət, planlı təmir işləri, ehtiyat hissələrinin sifarişi.";
    std::int64_t other =
        SubmitVacancy(fixtures::With(fixtures::With(form, "owner_email", "jobs@another.az"), "description", text));
    EXPECT_EQ(ChecksOf(other), Checks{});
    site.Approve(admin, other);
    // The same long text under another title is a copy of a published one, whoever sends it.
    std::int64_t copy = SubmitVacancy(fixtures::With(fixtures::With(form, "position", "Texnik"), "description",
                                                     "KOMPRESSOR stansiyasının avadanlığına texniki xidmət; planlı "
                                                     "təmir işləri, ehtiyat hissələrinin sifarişi!"));
    auto copy_review = admin.Get(Review(copy));
    EXPECT_EQ(FlaggedChecks(copy_review.body), Checks{"duplicate"}) << "case and punctuation do not count";
    EXPECT_TRUE(Contains(FlagsSection(copy_review.body), WithId("#", other)));
    // A rejected publication is not live: what repeats it is no duplicate.
    site.Reject(admin, second, "Təkrar");
    site.Reject(admin, first, "Təkrar");
    std::int64_t again = SubmitVacancy(form);
    EXPECT_EQ(ChecksOf(again), Checks{});
}

TEST_F(Prechecks, OneResumePerPersonPer30Days) {
    auto resume = [&](const std::string& email) {
        std::string token =
            site.Submit(owner, "/resumes", fixtures::With(fixtures::ResumeForm("Mühasib"), "owner_email", email));
        EXPECT_FALSE(token.empty());
        return site.IdOfToken(token);
    };
    // Flags are found at submission: the moderator (signed in at the end, as sessions expire) sees them later.
    std::int64_t first = resume("aysel@example.az");
    site.clock().Advance(20 * domain::kDay);
    std::int64_t second = resume("Aysel@Example.az");  // the same address, whatever the case
    std::int64_t someone_else = resume("someone.else@example.az");
    site.clock().Advance(11 * domain::kDay);
    std::int64_t third = resume("aysel@example.az");
    site.clock().Advance(31 * domain::kDay);
    std::int64_t fourth = resume("aysel@example.az");

    site.SignInAdmin(admin);
    EXPECT_EQ(ChecksOf(first), Checks{});
    auto review = admin.Get(Review(second));
    EXPECT_EQ(FlaggedChecks(review.body), Checks{"one-per-30-days"});
    EXPECT_TRUE(Contains(FlagsSection(review.body), "Rule 5 of the form submission rules: At most one new resume"));
    EXPECT_EQ(ChecksOf(someone_else), Checks{});
    EXPECT_EQ(ChecksOf(third), Checks{"one-per-30-days"}) << "the second one was 11 days old";
    EXPECT_EQ(ChecksOf(fourth), Checks{}) << "the third one was 31 days old";
}

TEST_F(Prechecks, AnEditIsScreenedAgain) {
    Form form = fixtures::With(fixtures::VacancyForm("Satıcı"), "description", "Ətraflı: instagram @satici_baku");
    std::string token = site.SubmitVacancy(owner, form);
    std::int64_t id = site.IdOfToken(token);
    site.SignInAdmin(admin);
    EXPECT_EQ(ChecksOf(id), Checks{"contacts-in-text"});
    site.Reject(admin, id, "Əlaqə mətndə");

    // The owner corrects the text through the management link.
    auto edit = owner.Get("/en/manage/" + token + "/edit");
    ASSERT_EQ(edit.status, 200);
    auto r = owner.Post("/en/manage/" + token + "/edit", fixtures::With(FormFields(edit.body, "/edit"), "description",
                                                                        "Müştərilərə xidmət, kassa ilə iş."));
    ASSERT_EQ(r.status, 303) << r.body.substr(0, 3000);
    EXPECT_EQ(ChecksOf(id), Checks{});
}

}  // namespace
}  // namespace ejob::testing
