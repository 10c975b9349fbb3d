#include <spdlog/spdlog.h>

#include "web/middleware/chain.hpp"

namespace ejob::web::middleware {

http::Response DeliverMail(Ctx& ctx, Next next) {
    http::Response resp = next(ctx);
    // If delivery fails, the change is stored all the same and the background job delivers the mail later.
    if (ctx.app.deliver_mail) {
        try {
            ctx.app.deliver_mail();
        } catch (const std::exception& e) {
            spdlog::warn("request {}: mail delivery deferred: {}", ctx.req.request_id, e.what());
        }
    }
    return resp;
}

}  // namespace ejob::web::middleware
