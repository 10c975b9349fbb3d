#pragma once
// The numbered form-submission rules of each kind (shown on its form and on /rules), and the rejection reasons a
// moderator composes from them. Texts are English msgids; the web layer translates them — into the OWNER's
// language for the reason the owner reads.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/common/result.hpp"

namespace ejob::domain {

struct SubmissionRule {
    int number = 0;                 // 1-based, as the rules list numbers it
    const char* key = nullptr;      // stable identity ("capitals", "salary"…): what automatic checks cite
    const char* text = nullptr;     // msgid: the rule as the forms and /rules show it
    const char* summary = nullptr;  // msgid: a few words for the moderator's checkbox
};

// A rule as the site shows it now, in one language: the compiled-in rules until an administrator edits them
// (domain/pages/site_documents.hpp), numbered in their order; the key stays with a rule across edits.
struct NumberedRule {
    int number = 0;
    std::string key;
    std::string text;               // in the reader's language
    const char* summary = nullptr;  // msgid of the moderator's short label (compiled-in keys); else the text is shown
};

// The compiled-in rules of "vacancy", "resume" or "service" (version 1 of each); empty for anything else.
const std::vector<SubmissionRule>& SubmissionRules(std::string_view kind);
// The rule of `kind` with `key`; nullptr when the kind has no such rule.
const SubmissionRule* FindSubmissionRule(std::string_view kind, std::string_view key);

// What the moderator chose on the review page: the numbers of the broken rules (as posted) and a note.
struct RejectionChoice {
    std::vector<std::string> rules;
    std::string note;
};

// Translates a msgid into the language the reason is written in.
using Translate = std::function<std::string(const char* msgid)>;

constexpr size_t kMaxRejectionNote = 1000;  // characters of the moderator's own words

// The reason the owner reads: one line per broken rule ("Rule 5 of the form submission rules: …", the rule's full
// text), then the note. Numbers that are not rules of the kind are ignored. Invalid (field "reason") when nothing
// was chosen and the note is empty, or the note is too long.
Result<std::string> ComposeRejectionReason(std::string_view kind, const RejectionChoice& choice,
                                           const Translate& translate);
// The same with the rules as they stand now, already in the owner's language (`translate` only for the line's
// frame).
Result<std::string> ComposeRejectionReason(const std::vector<NumberedRule>& rules, const RejectionChoice& choice,
                                           const Translate& translate);

}  // namespace ejob::domain
