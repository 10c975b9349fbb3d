#pragma once
// Every error the site answers with, in one table: a domain error's HTTP status, and the translated page the
// visitor sees. Handlers never map codes by hand: they pass the domain's error (or a named refusal) here.
#include <string>

#include "domain/common/msgid.hpp"
#include "domain/common/result.hpp"
#include "web/app.hpp"
#include "web/http/http.hpp"

namespace ejob::web {

// The HTTP status of a domain error: Invalid 422, NotFound 404, Conflict 409, Unauthorized 401, Forbidden 403,
// RateLimited 429, Internal 500.
int StatusOf(domain::ErrorCode code);

// The error page for a domain error: its own message, or the table's message for its code.
http::Response ErrorPage(Ctx& ctx, const domain::Error& error);
// An error page with a status and a message (an English msgid, translated here).
http::Response ErrorPage(Ctx& ctx, int status, const std::string& message_msgid);
// "The page you asked for does not exist or was removed." — or a more precise message.
http::Response NotFound(Ctx& ctx);
http::Response NotFound(Ctx& ctx, const std::string& message_msgid);
// A request that failed inside the site (an exception): logged by the caller, a calm page for the visitor.
http::Response InternalError(Ctx& ctx);

// Refusals of the request path itself, before any handler runs.
namespace refusal {
inline constexpr const char* kFormTooLarge = N_("The form is too large. Shorten the texts and send it again.");
inline constexpr const char* kTooManyFields = N_("The form has too many fields.");
inline constexpr const char* kUnreadableForm =
    N_("The form could not be read. Open the page again and resend the form.");
inline constexpr const char* kWrongMethod = N_("This address does not accept this kind of request.");
inline constexpr const char* kOtherSite = N_("The form was sent from another site and was refused.");
inline constexpr const char* kExpiredForm =
    N_("The form has expired or was sent from another site. Open the page again and resend the form.");
inline constexpr const char* kSignIn = N_("Sign in first.");
inline constexpr const char* kSignInAsStaff = N_("Sign in to the administration first.");
inline constexpr const char* kAdminsOnly = N_("Only administrators may do this.");
inline constexpr const char* kSecondFactorFirst = N_("Set up the second factor for your sign-in first.");
}  // namespace refusal

}  // namespace ejob::web
