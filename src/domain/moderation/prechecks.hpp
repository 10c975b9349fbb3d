#pragma once
// Automatic pre-moderation checks. Every submission and every edit is screened before it waits for moderation; what a
// check finds is a flag stored with the version, citing a form-submission rule by its key (rejection_reasons.hpp).
// Flags never refuse anything: the moderator sees them and their rules beside the publication and decides.
//
// The checks, each run only for kinds whose rules have the rule it cites:
//   capitals            title or text in capital letters (rule "capitals")
//   translit            Russian written in Latin letters (rule "capitals")
//   salary-spread       a salary range wider than rule "salary" allows
//   salary-unrealistic  a salary far below or above any real one (rule "salary")
//   banned-activity     words of an activity that is not accepted: MLM, pyramids, gambling, online earning, a fee
//                       from the candidate (rule "banned-activity")
//   contacts-in-text    a phone number, email, link or messenger in the title or the text (rule "contacts-in-text")
//   duplicate           the same as a live (published or waiting) publication of the kind (rule "duplicate")
//   one-per-30-days     another resume of the same person submitted less than 30 days before (rule
//                       "one-per-30-days")
// The word lists are data (reference/premoderation-words.txt), read by ScreeningWords::Parse.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "domain/common/clock.hpp"

namespace ejob::domain {

// One finding: which check, and what it found (the words, the range, the other publication's id), for the moderator.
struct ReviewFlag {
    std::string check;
    std::string detail;
    bool operator==(const ReviewFlag&) const = default;
};

namespace checks {
inline constexpr std::string_view kCapitals = "capitals";
inline constexpr std::string_view kTranslit = "translit";
inline constexpr std::string_view kSalarySpread = "salary-spread";
inline constexpr std::string_view kSalaryUnrealistic = "salary-unrealistic";
inline constexpr std::string_view kBannedActivity = "banned-activity";
inline constexpr std::string_view kContacts = "contacts-in-text";
inline constexpr std::string_view kDuplicate = "duplicate";
inline constexpr std::string_view kOnePer30Days = "one-per-30-days";
}  // namespace checks

// The key of the submission rule a check cites; empty for an unknown check.
std::string_view RuleKeyOf(std::string_view check);
// msgid of what the moderator reads for a flag of `check`; "{}" takes the flag's detail.
const char* FlagMessage(std::string_view check);

// Flags as one stored text (a line per flag, the check and its detail separated by a tab), and back.
std::string EncodeFlags(const std::vector<ReviewFlag>& flags);
std::vector<ReviewFlag> DecodeFlags(std::string_view stored);

// What a kind hands to the checks (PublicationKind::Screened).
struct ScreenedText {
    std::string title;
    std::vector<std::string> texts;                      // the free-text fields (description, requirements…)
    std::optional<std::int64_t> salary_min, salary_max;  // qəpik; vacancies only
};

// What screening one version gives: its flags, and fingerprints of its title and text that later screenings compare
// to find duplicates (empty when the text is too short to tell anything).
struct Screening {
    std::vector<ReviewFlag> flags;
    std::string title_print, text_print;
};

// The word lists of the checks.
struct ScreeningWords {
    struct Phrase {
        std::vector<std::string> words;  // folded; a word ending in '*' matches any ending
    };
    struct Group {
        std::string name;                // "mlm", "gambling"…
        std::vector<std::string> kinds;  // empty: every kind
        std::vector<Phrase> phrases;
    };
    std::vector<Group> banned;
    std::unordered_set<std::string> translit;  // whole folded words
    std::vector<std::string> translit_stems;   // folded words that match any ending
    std::vector<Phrase> messengers;

    // The format of reference/premoderation-words.txt (see its header).
    static ScreeningWords Parse(std::string_view data);
};

// The checks on text alone, each with a flag or nothing.
// `title`: a title is short, so fewer letters are enough to tell.
std::optional<ReviewFlag> CheckCapitals(std::string_view text, bool title);
std::optional<ReviewFlag> CheckTranslit(const ScreeningWords& words, std::string_view text);
// Rule 5 of vacancies: below 500 AZN a range spans at most 200, up to 1000 at most 300, up to 2000 at most 500 (the
// band is the lower end's); any amount below 100 or above 15 000 AZN a month is unrealistic.
std::vector<ReviewFlag> CheckSalary(std::optional<std::int64_t> min_qepik, std::optional<std::int64_t> max_qepik);
std::optional<ReviewFlag> CheckBannedActivity(const ScreeningWords& words, std::string_view kind,
                                              std::string_view text);
std::optional<ReviewFlag> CheckContacts(const ScreeningWords& words, std::string_view text);

// A fingerprint of the folded words of `text` (case, Azerbaijani letters, punctuation and spacing do not count);
// empty when it has fewer than `min_letters` letters and digits.
std::string Fingerprint(std::string_view text, size_t min_letters);

// Who submitted a publication: an address (compared without case) or an account, or both.
struct ScreeningOwner {
    std::string email;
    std::optional<std::int64_t> account_id;
};

// Port: what the checks ask about other publications (storage/repos/sql_screening).
class ScreeningQueries {
  public:
    virtual ~ScreeningQueries() = default;
    // A live publication of `kind` other than `exclude_id` (published, or waiting for its first moderation) whose
    // live or waiting version has the same title print and the same owner, or the same text print (whoever owns it).
    // Empty prints match nothing.
    virtual std::optional<std::int64_t> LiveDuplicate(std::string_view kind, std::int64_t exclude_id,
                                                      const ScreeningOwner& owner, const std::string& title_print,
                                                      const std::string& text_print) = 0;
    // A publication of `kind` other than `exclude_id`, of the same owner, created at or after `since` and before
    // `until`.
    virtual std::optional<std::int64_t> OwnersEarlier(std::string_view kind, std::int64_t exclude_id,
                                                      const ScreeningOwner& owner, Millis since, Millis until) = 0;
};

// One version to screen.
struct ScreeningSubject {
    std::string kind;
    std::int64_t id = 0;    // the publication, 0 for a new one
    Millis created_at = 0;  // when the publication was first submitted (now, for a new one)
    ScreeningOwner owner;
    ScreenedText text;
};

class Prechecks {
  public:
    Prechecks(const ScreeningWords& words, ScreeningQueries& queries) : words_(words), queries_(queries) {}
    // Runs every check whose rule the kind has, in the order of the kind's rules.
    Screening Screen(const ScreeningSubject& subject) const;

  private:
    const ScreeningWords& words_;
    ScreeningQueries& queries_;
};

}  // namespace ejob::domain
