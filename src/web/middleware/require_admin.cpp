#include "web/errors.hpp"
#include "web/middleware/chain.hpp"

namespace ejob::web::middleware {

http::Response RequireStaff(Ctx& ctx, Next next) {
    if (!ctx.IsStaff()) {
        if (ctx.req.method == "GET") return http::Response::Redirect(303, ctx.L("/admin/login"));
        return ErrorPage(ctx, 403, refusal::kSignInAsStaff);
    }
    // Administrators sign in with a second factor: one who has none yet sets it up before anything else.
    if (ctx.IsAdmin() && !ctx.user->second_factor && !ctx.path.starts_with("/admin/security")) {
        if (ctx.req.method == "GET") return http::Response::Redirect(303, ctx.L("/admin/security"));
        return ErrorPage(ctx, 403, refusal::kSecondFactorFirst);
    }
    return next(ctx);
}

http::Response RequireAdmin(Ctx& ctx, Next next) {
    if (ctx.IsAdmin()) return next(ctx);
    return ErrorPage(ctx, 403, refusal::kAdminsOnly);
}

}  // namespace ejob::web::middleware
