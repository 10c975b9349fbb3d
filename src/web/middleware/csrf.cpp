#include "web/errors.hpp"
#include "web/middleware/chain.hpp"

namespace ejob::web::middleware {

http::Response Csrf(Ctx& ctx, Next next) {
    const std::string cookie = ctx.req.Cookie(ctx.CookieName("ejob_csrf"));
    if (!ctx.app.signer.Verify("csrf:" + cookie, ctx.req.FormOr("_csrf")))
        return ErrorPage(ctx, 403, refusal::kExpiredForm);
    return next(ctx);
}

}  // namespace ejob::web::middleware
