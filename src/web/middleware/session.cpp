#include "web/middleware/chain.hpp"

namespace ejob::web::middleware {

http::Response Session(Ctx& ctx, Next next) {
    std::string cookie = ctx.req.Cookie(ctx.CookieName("ejob_session"));
    if (!cookie.empty()) ctx.user = ctx.app.accounts.Authenticate(cookie);
    return next(ctx);
}

}  // namespace ejob::web::middleware
