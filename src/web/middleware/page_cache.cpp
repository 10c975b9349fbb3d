#include "web/page_cache.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "web/middleware/chain.hpp"
#include "web/responses.hpp"
#include "web/router.hpp"
#include "web/static_files.hpp"

namespace ejob::web::middleware {
namespace {

void AddCacheHeaders(http::Response& resp, const CachedPage& page) {
    resp.headers.emplace_back("ETag", page.etag);
    resp.headers.emplace_back("Cache-Control", "public, no-cache");
    resp.headers.emplace_back("Vary", "Accept-Encoding");
}

// The stored page as this client takes it: 304 when it has it already, gzip when it accepts that.
http::Response Serve(const http::Request& req, const CachedPage& page) {
    http::Response resp;
    const std::string* inm = req.Header("if-none-match");
    if (inm && *inm == page.etag) {
        resp.status = 304;
    } else {
        resp.status = page.status;
        resp.content_type = page.content_type;
        if (req.AcceptsGzip() && !page.Gzip().empty()) {
            resp.body = page.Gzip();
            resp.headers.emplace_back("Content-Encoding", "gzip");
        } else {
            resp.body = page.body;
        }
    }
    AddCacheHeaders(resp, page);
    return resp;
}

std::shared_ptr<CachedPage> Store(const http::Response& resp, std::uint64_t generation) {
    auto page = std::make_shared<CachedPage>();
    page->status = resp.status;
    page->content_type = resp.content_type;
    page->body = resp.body;
    char etag[32];
    std::snprintf(etag, sizeof etag, "\"g%llx-%zx\"", static_cast<unsigned long long>(generation),
                  std::hash<std::string>{}(page->body));
    page->etag = etag;
    page->generation = generation;
    return page;
}
}  // namespace

http::Response PageCache(Ctx& ctx, Next next) {
    auto& req = ctx.req;
    auto& cache = ctx.app.cache;
    // A visitor with a session cookie may see their own state on the page (the header's account menu).
    if (req.method != "GET" || !req.Cookie(ctx.CookieName("ejob_session")).empty()) return next(ctx);
    req.query = PageQuery(req.query, ctx.route_query);
    if (!cache.enabled()) return next(ctx);
    const std::string key = std::string(Code(ctx.lang)) + " " + ctx.path + QueryString(req);
    const std::uint64_t generation = cache.generation();
    if (auto page = cache.Get(key, ctx.app.clock.Now())) {
        if ((ctx.route_flags & kCountView) && page->status == 200 && ctx.app.count_view) {
            std::int64_t id = std::atoll(ctx.params["idslug"].c_str());
            if (id > 0) ctx.app.count_view(id);
        }
        return Serve(req, *page);
    }
    http::Response resp = next(ctx);
    // Errors and "not found" are not kept, nor a page asked for the first time.
    if (resp.status == 200 && ctx.set_cookies.empty() && cache.Admit(key)) {
        auto page = Store(resp, generation);
        http::Response sent = Serve(req, *page);
        cache.Put(key, std::move(page), ctx.app.clock.Now());
        return sent;
    }
    return resp;
}

}  // namespace ejob::web::middleware
