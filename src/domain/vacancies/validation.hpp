#pragma once
#include "domain/common/result.hpp"
#include "domain/vacancies/vacancy.hpp"

namespace ejob::domain {

// Applies the form-submission rules that can be checked by a program (required fields, lengths, option lists,
// salary sanity and spread, no SHOUTING, contacts only in contact fields, closing date not in the past).
// `today` is YYYY-MM-DD in Baku time.
Result<VacancyContent> ValidateVacancy(const VacancyDraft& d, const std::string& today);

// Shared field checks, reused by other publication kinds.
namespace rules {
// An email address the site accepts, for every email field (contacts, owners, accounts, the CV Maker): at most 254
// characters; a local part of at most 64 of letters, digits and . _ % + - (no dot first, last or twice in a row);
// a domain of two or more labels of ASCII letters, digits and inner hyphens (internationalized domains in their
// xn-- form). No quotes, spaces, "?" or anything else a mail header or a link could be bent with.
bool LooksLikeEmail(std::string_view s);
bool LooksLikePhone(std::string_view s);
bool ContainsContact(std::string_view s);  // a phone number, an email or a web address inside free text
bool IsShouting(std::string_view s);       // mostly capital letters
bool IsHttpUrl(std::string_view s);
bool IsIsoDate(std::string_view s);       // the YYYY-MM-DD shape
bool IsCalendarDate(std::string_view s);  // a YYYY-MM-DD day that exists (leap years included)
bool IsPhotoStem(std::string_view s);     // the name of a stored photo: 32 lowercase hex characters
// Parses an AZN amount ("1500", "1 500", "1500.50"); nullopt if not a sane amount.
std::optional<std::int64_t> ParseAzn(std::string_view s);
}  // namespace rules

}  // namespace ejob::domain
