#include "web/errors.hpp"
#include "web/middleware/chain.hpp"

namespace ejob::web::middleware {

http::Response RequireUser(Ctx& ctx, Next next) {
    if (ctx.SignedIn()) return next(ctx);
    if (ctx.req.method == "GET") return http::Response::Redirect(303, ctx.L("/account/login"));
    return ErrorPage(ctx, 403, refusal::kSignIn);
}

}  // namespace ejob::web::middleware
