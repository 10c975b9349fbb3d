#include "web/errors.hpp"

#include "domain/common/msgid.hpp"
#include "web/responses.hpp"
#include "web/views/views.hpp"

namespace ejob::web {
namespace {

struct ErrorEntry {
    domain::ErrorCode code;
    int status;
    const char* message;  // shown when the error carries none ("" for codes that always carry their own)
};

constexpr ErrorEntry kErrors[] = {
    {domain::ErrorCode::Invalid, 422, ""},
    {domain::ErrorCode::NotFound, 404, N_("The page you asked for does not exist or was removed.")},
    {domain::ErrorCode::Conflict, 409, ""},
    {domain::ErrorCode::Unauthorized, 401, refusal::kSignIn},
    {domain::ErrorCode::Forbidden, 403, ""},
    {domain::ErrorCode::RateLimited, 429, ""},
    {domain::ErrorCode::Internal, 500, N_("We could not complete your request. Please try again in a minute.")},
};

const ErrorEntry& EntryOf(domain::ErrorCode code) {
    for (const auto& e : kErrors)
        if (e.code == code) return e;
    return kErrors[std::size(kErrors) - 1];
}

// The page's heading for a status.
const char* TitleOf(int status) {
    switch (status) {
        case 404:
            return N_("Page not found");
        case 401:
        case 403:
            return N_("Access denied");
        case 413:
            return N_("Too much data");
        case 429:
            return N_("Too many requests");
        default:
            return status >= 500 ? N_("Something went wrong") : N_("Request not accepted");
    }
}

}  // namespace

int StatusOf(domain::ErrorCode code) {
    return EntryOf(code).status;
}

http::Response ErrorPage(Ctx& ctx, int status, const std::string& message_msgid) {
    return HtmlResponse(views::ErrorPage(MakeFrame(ctx), TitleOf(status), message_msgid), status);
}

http::Response ErrorPage(Ctx& ctx, const domain::Error& error) {
    const ErrorEntry& entry = EntryOf(error.code);
    return ErrorPage(ctx, entry.status, error.message.empty() ? entry.message : error.message);
}

http::Response NotFound(Ctx& ctx) {
    return ErrorPage(ctx, domain::Error::Of(domain::ErrorCode::NotFound));
}

http::Response NotFound(Ctx& ctx, const std::string& message_msgid) {
    return ErrorPage(ctx, 404, message_msgid);
}

http::Response InternalError(Ctx& ctx) {
    return ErrorPage(ctx, domain::Error::Of(domain::ErrorCode::Internal));
}

}  // namespace ejob::web
