#include "web/errors.hpp"
#include "web/middleware/chain.hpp"

namespace ejob::web::middleware {

http::Response RequireStaff(Ctx& ctx, Next next) {
    if (ctx.IsStaff()) return next(ctx);
    if (ctx.req.method == "GET") return http::Response::Redirect(303, ctx.L("/admin/login"));
    return ErrorPage(ctx, 403, refusal::kSignInAsStaff);
}

http::Response RequireAdmin(Ctx& ctx, Next next) {
    if (ctx.IsAdmin()) return next(ctx);
    return ErrorPage(ctx, 403, refusal::kAdminsOnly);
}

}  // namespace ejob::web::middleware
