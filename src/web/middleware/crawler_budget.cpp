#include <algorithm>
#include <cctype>

#include "web/html.hpp"
#include "web/middleware/chain.hpp"
#include "web/responses.hpp"
#include "web/views/views.hpp"

namespace ejob::web::middleware {
namespace {

// The page number asked for: its leading digits (as the handlers read it); a number too long to read is deep too.
std::int64_t PageAskedFor(const std::string& v) {
    std::int64_t n = 0;
    for (char c : v) {
        if (!std::isdigit(static_cast<unsigned char>(c))) break;
        n = std::min<std::int64_t>(n * 10 + (c - '0'), 1'000'000'000);
    }
    return n;
}

bool Declared(std::string_view declared, std::string_view name) {
    while (!declared.empty()) {
        size_t space = declared.find(' ');
        if (declared.substr(0, space) == name) return true;
        if (space == std::string_view::npos) break;
        declared.remove_prefix(space + 1);
    }
    return false;
}

// The same list's first page: the page's own parameters, without "page".
std::string FirstPage(const Ctx& ctx) {
    std::string url = ctx.L(ctx.path);
    bool first = true;
    for (const auto& [k, v] : ctx.req.query) {
        if (k == "page" || v.empty() || !Declared(ctx.route_query, k)) continue;
        url += first ? '?' : '&';
        url += UrlEncode(k) + "=" + UrlEncode(v);
        first = false;
    }
    return url;
}

}  // namespace

// Before the page cache, so that pages served from it count too.
http::Response CrawlerBudget(Ctx& ctx, Next next) {
    auto& guard = ctx.app.crawlers;
    const auto verdict = guard.Count(ctx.req.remote_ip);
    if (!verdict.allowed) {
        const long minutes = static_cast<long>((verdict.retry_after + domain::kMinute - 1) / domain::kMinute);
        auto r = HtmlResponse(views::TooManyPagesPage(MakeFrame(ctx), std::max(1L, minutes)), 429);
        r.headers.emplace_back("Retry-After", std::to_string((verdict.retry_after + 999) / 1000));
        return r;
    }
    if (guard.TooDeep(PageAskedFor(ctx.req.QueryOr("page"))))
        return HtmlResponse(views::NarrowTheFiltersPage(MakeFrame(ctx), guard.policy().max_page, FirstPage(ctx)), 404);
    return next(ctx);
}

}  // namespace ejob::web::middleware
