#include "web/errors.hpp"
#include "web/middleware/chain.hpp"

namespace ejob::web::middleware {
namespace {

bool FromThisSite(const http::Request& req) {
    const std::string* host = req.Header("host");
    auto check = [&](std::string_view origin) {
        if (!host) return false;
        auto scheme_end = origin.find("://");
        if (scheme_end == std::string_view::npos) return false;
        std::string_view rest = origin.substr(scheme_end + 3);
        rest = rest.substr(0, rest.find('/'));
        return rest == *host;
    };
    if (const std::string* origin = req.Header("origin")) return check(*origin);
    if (const std::string* referer = req.Header("referer")) return check(*referer);
    return true;  // neither header: not a browser cross-site request
}

}  // namespace

http::Response SameOrigin(Ctx& ctx, Next next) {
    if (ctx.req.method == "POST" && !FromThisSite(ctx.req)) return ErrorPage(ctx, 403, refusal::kOtherSite);
    return next(ctx);
}

}  // namespace ejob::web::middleware
