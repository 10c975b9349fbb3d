#include "web/middleware/chain.hpp"
#include "web/static_files.hpp"

namespace ejob::web::middleware {
namespace {

bool Compressible(const std::string& content_type) {
    return content_type.rfind("text/", 0) == 0 || content_type.rfind("application/json", 0) == 0 ||
           content_type.rfind("application/xml", 0) == 0 || content_type.rfind("application/rss+xml", 0) == 0;
}

}  // namespace

http::Response Compression(Ctx& ctx, Next next) {
    http::Response resp = next(ctx);
    if (resp.body.size() <= 1024 || !Compressible(resp.content_type) || !ctx.req.AcceptsGzip()) return resp;
    for (const auto& [k, v] : resp.headers)
        if (k == "Content-Encoding") return resp;  // a cached page, compressed when it was stored
    std::string z = Gzip(resp.body);
    if (!z.empty() && z.size() < resp.body.size()) {
        resp.body = std::move(z);
        resp.headers.emplace_back("Content-Encoding", "gzip");
        resp.headers.emplace_back("Vary", "Accept-Encoding");
    }
    return resp;
}

}  // namespace ejob::web::middleware
