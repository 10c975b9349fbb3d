#include <spdlog/spdlog.h>

#include <chrono>

#include "web/middleware/chain.hpp"
#include "web/middleware/secret_paths.hpp"

namespace ejob::web::middleware {

http::Response AccessLog(Ctx& ctx, Next next) {
    auto started = std::chrono::steady_clock::now();
    http::Response resp = next(ctx);
    auto micros =
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started).count();
    const auto& req = ctx.req;
    spdlog::info("{} {} {} {} {}us", req.request_id, req.method, RedactedPath(req.path), resp.status, micros);
    return resp;
}

}  // namespace ejob::web::middleware
