#include "web/router.hpp"

#include <map>

#include "domain/common/msgid.hpp"

namespace ejob::web {
namespace {

// The request path, outermost first. A layer with flags runs only for routes that have one of them; the others
// run for every request, unmatched ones included (their chain ends in the 404 or 405 page).
struct Layer {
    Middleware run;
    unsigned only_for = 0;
};

constexpr Layer kChain[] = {
    {middleware::AccessLog},             //
    {middleware::ClientAddress},         //
    {middleware::ResponseHeaders},       //
    {middleware::Compression},           //
    {middleware::DeliverMail},           //
    {middleware::Recover},               // below here, an exception is a 500 page
    {middleware::ReadForm},              //
    {middleware::Session},               //
    {middleware::CrawlerBudget, kList},  // before the cache: cached pages count too
    {middleware::PageCache, kCache},
    {middleware::SameOrigin},  //
    {middleware::Csrf, kCsrf},
    {middleware::RequireUser, kUser},
    {middleware::RequireStaff, kStaff | kAdmin},
    {middleware::RequireAdmin, kAdmin},
};

Chain ChainFor(unsigned route_flags, HandlerFn handler) {
    std::vector<Middleware> layers;
    for (const Layer& layer : kChain)
        if (layer.only_for == 0 || (layer.only_for & route_flags)) layers.push_back(layer.run);
    return Chain(std::move(layers), handler);
}

http::Response NoSuchPage(Ctx& ctx) {
    return NotFound(ctx);
}

http::Response WrongMethod(Ctx& ctx) {
    return ErrorPage(ctx, 405, refusal::kWrongMethod);
}

bool Match(std::string_view pattern, std::string_view path, std::map<std::string, std::string>& params) {
    params.clear();
    while (true) {
        if (pattern.empty() || path.empty()) return pattern.empty() && path.empty();
        if (pattern.front() != '/' || path.front() != '/') return false;
        pattern.remove_prefix(1);
        path.remove_prefix(1);
        size_t pe = pattern.find('/');
        size_t se = path.find('/');
        std::string_view pseg = pattern.substr(0, pe), seg = path.substr(0, se);
        if (pseg == "{*}") {  // the rest of the path, any depth
            if (path.empty()) return false;
            params["rest"] = std::string(path);
            return true;
        }
        if (pseg.size() > 2 && pseg.front() == '{' && pseg.back() == '}') {
            if (seg.empty()) return false;
            params[std::string(pseg.substr(1, pseg.size() - 2))] = std::string(seg);
        } else if (pseg != seg) {
            return false;
        }
        pattern = pe == std::string_view::npos ? std::string_view() : pattern.substr(pe);
        path = se == std::string_view::npos ? std::string_view() : path.substr(se);
    }
}

}  // namespace

// Splits "/ru/x" into (Ru, "/x"); paths without a language prefix are Azerbaijani.
RouteDecision DecideRoute(std::string_view method, const std::string& full) {
    RouteDecision d;
    d.path = full;
    bool prefixed = false;
    for (Lang l : {Lang::Ru, Lang::En}) {
        std::string_view p = UrlPrefix(l);
        if (full == p || (full.size() > p.size() && full.compare(0, p.size(), p) == 0 && full[p.size()] == '/')) {
            prefixed = true;
            d.lang = l;
            d.path = full.size() == p.size() ? "/" : full.substr(p.size());
        }
    }
    if (method == "HEAD") method = "GET";  // answered as GET without the body
    const auto& routes = Routes();
    std::map<std::string, std::string> params;
    for (size_t i = 0; i < routes.size(); ++i) {
        const Route& r = routes[i];
        if (prefixed && (r.flags & kNoLang)) continue;
        if (!Match(r.pattern, d.path, params)) continue;
        d.path_matched = true;
        if (method == r.method) {
            d.route = static_cast<int>(i);
            d.params = std::move(params);
            break;
        }
    }
    return d;
}

bool HasRoute(std::string_view method, const std::string& path) {
    return DecideRoute(method, path).route >= 0;
}

Router::Router(Services& app)
    : app_(app), not_found_(ChainFor(kNone, NoSuchPage)), wrong_method_(ChainFor(kNone, WrongMethod)) {
    for (const Route& r : Routes()) chains_.push_back(ChainFor(r.flags, r.handler));
}

size_t Router::Prepare(http::Request& req) const {
    RouteDecision d = DecideRoute(req.method, req.path);
    const std::string* ct = req.Header("content-type");
    const bool multipart = ct && ct->rfind("multipart/form-data", 0) == 0;
    const bool upload = d.route >= 0 && (Routes()[d.route].flags & kUpload) && multipart;
    req.routing = std::move(d);
    return upload ? kUploadBodyLimit : kFormBodyLimit;
}

http::Response Router::Handle(http::Request& req) const {
    if (!std::any_cast<RouteDecision>(&req.routing)) Prepare(req);
    auto& d = *std::any_cast<RouteDecision>(&req.routing);
    Ctx ctx(req, app_, d.lang, d.path);
    ctx.params = std::move(d.params);
    if (d.route < 0) return (d.path_matched ? wrong_method_ : not_found_)(ctx);
    ctx.route_flags = Routes()[d.route].flags;
    ctx.route_query = Routes()[d.route].query;
    return chains_[d.route](ctx);
}

}  // namespace ejob::web
