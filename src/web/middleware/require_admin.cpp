#include "web/errors.hpp"
#include "web/middleware/chain.hpp"

namespace ejob::web::middleware {

http::Response RequireAdmin(Ctx& ctx, Next next) {
    if (ctx.IsAdmin()) return next(ctx);
    if (ctx.req.method == "GET") return http::Response::Redirect(303, ctx.L("/admin/login"));
    return ErrorPage(ctx, 403, refusal::kSignInAsAdmin);
}

}  // namespace ejob::web::middleware
