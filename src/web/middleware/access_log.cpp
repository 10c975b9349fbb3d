#include <spdlog/spdlog.h>

#include <chrono>
#include <cstring>

#include "web/middleware/chain.hpp"

namespace ejob::web::middleware {
namespace {

constexpr const char* kTokenMarkers[] = {"/manage/", "/password-reset/", "/confirm/"};

// Secret tokens in paths (management links, password reset and confirmation links) never reach the log.
std::string RedactedPath(const std::string& path) {
    for (const char* marker : kTokenMarkers) {
        auto at = path.find(marker);
        if (at == std::string::npos) continue;
        size_t start = at + std::strlen(marker);
        size_t end = path.find('/', start);
        return path.substr(0, start) + "…" + (end == std::string::npos ? "" : path.substr(end));
    }
    return path;
}

}  // namespace

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
