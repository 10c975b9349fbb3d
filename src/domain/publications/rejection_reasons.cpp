#include "domain/publications/rejection_reasons.hpp"

#include <algorithm>

#include "domain/common/msgid.hpp"
#include "domain/text/text.hpp"

namespace ejob::domain {

namespace {

// Shared by every kind.
constexpr const char* kCapitals =
    N_("No text in capital letters and no transliteration (Russian or Azerbaijani written in the wrong alphabet).");
constexpr const char* kCapitalsShort = N_("Capital letters or transliteration");
constexpr const char* kContacts = N_("Contacts only in the contact fields, not in the title or the text.");
constexpr const char* kContactsShort = N_("Contacts in the title or the text");
constexpr const char* kObscene =
    N_("Obscene or insulting language and illegal offers are rejected at once; repeat offenders may be blocked.");
constexpr const char* kObsceneShort = N_("Obscene or insulting language, or an illegal offer");

const std::vector<SubmissionRule> kVacancyRules = {
    {1, "banned-activity",
     N_("Not accepted: network marketing (MLM), financial pyramids, gambling, jobs that charge the candidate a fee, "
        "online sales of medicine, cosmetics or jewellery, crypto trading, sexual services, writing diplomas or "
        "coursework, vague or suspicious offers."),
     N_("Activity that is not accepted (MLM, pyramid, a fee from the candidate…)")},
    {2, "capitals", kCapitals, kCapitalsShort},
    {3, "duplicate", N_("One vacancy per ad; no duplicates, also not in other categories."),
     N_("More than one vacancy in the ad, or a duplicate")},
    {4, "category",
     N_("The position must match the category. The administration may correct the category, spelling and "
        "formatting."),
     N_("The position does not match the category")},
    {5, "salary",
     N_("Salary in AZN and realistic. The spread of a range is limited: below 500 AZN at most 200; up to 1000 AZN "
        "at most 300; up to 2000 AZN at most 500."),
     N_("Unrealistic salary, or too wide a range")},
    {6, "description", N_("Requirements and job description must be filled in: duties, schedule, conditions."),
     N_("Requirements or job description missing")},
    {7, "contacts-in-text", kContacts, kContactsShort},
    {8, "obscene", kObscene, kObsceneShort},
};

const std::vector<SubmissionRule> kResumeRules = {
    {1, "true-data",
     N_("Give true information about yourself. Resumes with false data or data of another person are "
        "rejected."),
     N_("False data, or data of another person")},
    {2, "one-position", N_("One desired position per resume. For a different position, post another resume."),
     N_("More than one desired position")},
    {3, "advertising",
     N_("No advertising, no links and no offers of services in a resume: services belong in the "
        "self-employment section."),
     N_("Advertising, links or offers of services")},
    {4, "photo", N_("The photo must show one person — you — with the face clearly visible; no logos or text."),
     N_("The photo does not show one person's face")},
    {5, "one-per-30-days", N_("At most one new resume per 30 days."), N_("More than one new resume in 30 days")},
    {6, "capitals", kCapitals, kCapitalsShort},
    {7, "contacts-in-text", kContacts, kContactsShort},
    {8, "obscene", kObscene, kObsceneShort},
};

const std::vector<SubmissionRule> kServiceRules = {
    {1, "own-work", N_("Offer only work you do yourself. Job offers belong in the vacancies section."),
     N_("Not the author's own work, or a job offer")},
    {2, "banned-activity",
     N_("Not accepted: network marketing (MLM), financial pyramids, gambling, crypto trading, sexual services, "
        "writing diplomas or coursework, sales of medicine, and anything illegal."),
     N_("Activity that is not accepted (MLM, pyramid, gambling…)")},
    {3, "duplicate", N_("One service per ad; no duplicates, also not in other categories."),
     N_("More than one service in the ad, or a duplicate")},
    {4, "photos", N_("Photos must show your own work; no contacts or advertising written on them."),
     N_("Photos not of the author's work, or with contacts or advertising")},
    {5, "price", N_("A realistic price in AZN, or \"Negotiable\"."), N_("Unrealistic price")},
    {6, "capitals", kCapitals, kCapitalsShort},
    {7, "contacts-in-text", kContacts, kContactsShort},
    {8, "obscene", kObscene, kObsceneShort},
};

std::string Replace(std::string text, std::string_view arg) {
    auto at = text.find("{}");
    if (at != std::string::npos) text.replace(at, 2, arg);
    return text;
}

}  // namespace

const std::vector<SubmissionRule>& SubmissionRules(std::string_view kind) {
    static const std::vector<SubmissionRule> kNone;
    if (kind == "vacancy") return kVacancyRules;
    if (kind == "resume") return kResumeRules;
    if (kind == "service") return kServiceRules;
    return kNone;
}

const SubmissionRule* FindSubmissionRule(std::string_view kind, std::string_view key) {
    for (const auto& rule : SubmissionRules(kind))
        if (key == rule.key) return &rule;
    return nullptr;
}

Result<std::string> ComposeRejectionReason(std::string_view kind, const RejectionChoice& choice,
                                           const Translate& translate) {
    std::vector<NumberedRule> rules;
    for (const auto& rule : SubmissionRules(kind))
        rules.push_back({rule.number, rule.key, translate(rule.text), rule.summary});
    return ComposeRejectionReason(rules, choice, translate);
}

Result<std::string> ComposeRejectionReason(const std::vector<NumberedRule>& rules, const RejectionChoice& choice,
                                           const Translate& translate) {
    auto note = text::Trim(choice.note);
    if (text::Utf8Length(note) > kMaxRejectionNote)
        return Error::Invalid(
            {{"reason", N_("This text is too long: at most {} characters."), std::to_string(kMaxRejectionNote)}});
    std::string reason;
    for (const auto& rule : rules) {
        std::string number = std::to_string(rule.number);
        if (std::find(choice.rules.begin(), choice.rules.end(), number) == choice.rules.end()) continue;
        if (!reason.empty()) reason += "\n";
        reason += Replace(Replace(translate(N_("Rule {} of the form submission rules: {}")), number), rule.text);
    }
    if (!note.empty()) {
        if (!reason.empty()) reason += "\n";
        reason += note;
    }
    if (reason.empty())
        return Error::Invalid(
            {{"reason",
              N_("Give the reason for the rejection: tick a broken rule or write it; the owner will see it.")}});
    return reason;
}

}  // namespace ejob::domain
