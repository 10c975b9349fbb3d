#include <spdlog/spdlog.h>

#include "web/errors.hpp"
#include "web/middleware/chain.hpp"
#include "web/middleware/secret_paths.hpp"

namespace ejob::web::middleware {

http::Response Recover(Ctx& ctx, Next next) {
    try {
        return next(ctx);
    } catch (const std::exception& e) {
        spdlog::error("request {} {} {} failed: {}", ctx.req.request_id, ctx.req.method, RedactedPath(ctx.req.path),
                      e.what());
    } catch (...) {
        spdlog::error("request {} {} {} failed", ctx.req.request_id, ctx.req.method, RedactedPath(ctx.req.path));
    }
    ctx.set_cookies.clear();  // half a sign-in must not reach the browser
    return InternalError(ctx);
}

}  // namespace ejob::web::middleware
