#include "web/middleware/chain.hpp"
#include "web/middleware/secret_paths.hpp"

namespace ejob::web::middleware {
namespace {

bool Has(const http::Fields& headers, std::string_view name) {
    for (const auto& [k, v] : headers)
        if (k == name) return true;
    return false;
}

}  // namespace

http::Response ResponseHeaders(Ctx& ctx, Next next) {
    http::Response resp = next(ctx);
    // Pages whose URL carries a secret token (management, confirmation, password-reset links): the URL never leaves
    // the site in a Referer, yet the page's own forms still post with a real Origin. (`no-referrer` would make
    // browsers send `Origin: null`, which the Origin check refuses.)
    if (CarriesToken(ctx.req.path)) resp.headers.emplace_back("Referrer-Policy", "same-origin");
    if (!Has(resp.headers, "Cache-Control")) resp.headers.emplace_back("Cache-Control", "private, no-store");
    for (auto& c : ctx.set_cookies) resp.headers.push_back(std::move(c));
    ctx.set_cookies.clear();
    if (ctx.app.secure_cookies)
        resp.headers.emplace_back("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    resp.headers.emplace_back("X-Request-Id", ctx.req.request_id);
    return resp;
}

}  // namespace ejob::web::middleware
