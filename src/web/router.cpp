#include "web/router.hpp"

#include <spdlog/spdlog.h>

#include <chrono>
#include <cstring>

#include "domain/common/msgid.hpp"
#include "domain/text/text.hpp"
#include "security/sodium.hpp"
#include "web/http/multipart.hpp"
#include "web/page_cache.hpp"
#include "web/static_files.hpp"
#include "web/views/views.hpp"

namespace ejob::web {
namespace {

constexpr size_t kMaxFormFields = 200;

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

bool SameOrigin(const http::Request& req) {
    const std::string* host = req.Header("host");
    auto check = [&](std::string_view origin) {
        if (!host) return false;
        auto scheme_end = origin.find("://");
        if (scheme_end == std::string_view::npos) return false;
        std::string_view rest = origin.substr(scheme_end + 3);
        rest = rest.substr(0, rest.find('/'));
        return rest == *host;
    };
    if (const std::string* origin = req.Header("origin")) return check(*origin);
    if (const std::string* referer = req.Header("referer")) return check(*referer);
    return true;  // neither header: not a browser cross-site request
}

bool AcceptsGzip(const http::Request& req) {
    const std::string* ae = req.Header("accept-encoding");
    return ae && ae->find("gzip") != std::string::npos;
}

bool Compressible(const std::string& content_type) {
    return content_type.rfind("text/", 0) == 0 || content_type.rfind("application/json", 0) == 0 ||
           content_type.rfind("application/xml", 0) == 0 || content_type.rfind("application/rss+xml", 0) == 0;
}

std::string QueryString(const http::Request& req) {
    std::string q;
    for (const auto& [k, v] : req.query) {
        q += q.empty() ? "?" : "&";
        q += UrlEncode(k) + "=" + UrlEncode(v);
    }
    return q;
}

constexpr const char* kTokenMarkers[] = {"/manage/", "/password-reset/", "/confirm/"};

bool CarriesToken(const std::string& path) {
    for (const char* marker : kTokenMarkers)
        if (path.find(marker) != std::string::npos) return true;
    return false;
}

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

http::Response HtmlResponse(std::string body, int status) {
    http::Response r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

views::Frame MakeFrame(const Ctx& ctx);

http::Response ErrorResponse(Ctx& ctx, int status, const std::string& message) {
    return HtmlResponse(views::ErrorPage(MakeFrame(ctx), status, message), status);
}

views::Frame MakeFrame(const Ctx& ctx) {
    views::Frame f;
    f.lang = ctx.lang;
    f.path = ctx.path;
    f.query = QueryString(ctx.req);
    f.admin = ctx.IsAdmin();
    f.signed_in = ctx.SignedIn();
    f.now = ctx.app.clock.Now();
    f.base_url = ctx.app.base_url;
    if (f.signed_in) f.csrf = const_cast<Ctx&>(ctx).CsrfToken();
    if (f.admin && ctx.path.starts_with("/admin")) f.open_requests = ctx.app.account_requests.PendingCount();
    return f;
}

std::string Ctx::CookieName(std::string_view base) const {
    return (app.secure_cookies ? "__Host-" : "") + std::string(base);
}

void Ctx::SetCookie(std::string_view base, std::string_view value, long max_age_seconds) {
    std::string c = CookieName(base) + "=" + std::string(value) + "; Path=/; HttpOnly; SameSite=Lax";
    if (app.secure_cookies) c += "; Secure";
    if (max_age_seconds >= 0) c += "; Max-Age=" + std::to_string(max_age_seconds);
    set_cookies.emplace_back("Set-Cookie", std::move(c));
}

std::string Ctx::CsrfToken() {
    std::string cookie = req.Cookie(CookieName("ejob_csrf"));
    if (cookie.size() != 43) {
        for (const auto& [k, v] : set_cookies)
            if (v.rfind(CookieName("ejob_csrf") + "=", 0) == 0)
                cookie = v.substr(CookieName("ejob_csrf").size() + 1, 43);
        if (cookie.size() != 43) {
            cookie = security::RandomToken();
            SetCookie("ejob_csrf", cookie, -1);
        }
    }
    return app.signer.Sign("csrf:" + cookie);
}

namespace {
// Splits "/ru/x" into (Ru, "/x"); paths without a language prefix are Azerbaijani.
std::pair<Lang, std::string> SplitLang(const std::string& full, bool& prefixed) {
    prefixed = false;
    for (Lang l : {Lang::Ru, Lang::En}) {
        std::string_view p = UrlPrefix(l);
        if (full == p || (full.size() > p.size() && full.compare(0, p.size(), p) == 0 && full[p.size()] == '/')) {
            prefixed = true;
            return {l, full.size() == p.size() ? "/" : full.substr(p.size())};
        }
    }
    return {Lang::Az, full};
}

const Route* FindRoute(const std::string& method, const std::string& path, bool prefixed,
                       std::map<std::string, std::string>& params, bool& path_matched) {
    path_matched = false;
    for (const auto& r : Routes()) {
        if (prefixed && (r.flags & kNoLang)) continue;
        if (!Match(r.pattern, path, params)) continue;
        path_matched = true;
        if (method == r.method) return &r;
    }
    return nullptr;
}
}  // namespace

size_t Router::BodyLimit(const http::Request& req) {
    bool prefixed = false, matched = false;
    auto [lang, path] = SplitLang(req.path, prefixed);
    std::map<std::string, std::string> params;
    const Route* r = FindRoute(req.method, path, prefixed, params, matched);
    const std::string* ct = req.Header("content-type");
    bool multipart = ct && ct->rfind("multipart/form-data", 0) == 0;
    return r && (r->flags & kUpload) && multipart ? kUploadBodyLimit : kFormBodyLimit;
}

http::Response Router::Handle(http::Request& req) {
    auto started = std::chrono::steady_clock::now();
    if (app_.trust_proxy) {
        // nginx appends the address it saw: the last entry is the visitor as far as we can trust.
        if (const std::string* xff = req.Header("x-forwarded-for")) {
            std::string last = xff->substr(xff->rfind(',') == std::string::npos ? 0 : xff->rfind(',') + 1);
            last = std::string(domain::text::Trim(last));
            if (!last.empty() && last.size() <= 45) req.remote_ip = last;
        }
    }
    bool prefixed = false;
    auto [lang, path] = SplitLang(req.path, prefixed);
    Ctx ctx(req, app_, lang, path);
    http::Response resp;
    if (req.method == "POST") {
        const std::string* ct = req.Header("content-type");
        if (ct && ct->rfind("application/x-www-form-urlencoded", 0) == 0) {
            req.form = http::ParseUrlEncoded(req.body, kMaxFormFields + 1);
            for (auto& [k, v] : req.form) v = domain::text::CleanInput(v);
        }
    }
    unsigned flags = 0;
    bool from_cache = false;
    try {
        bool path_matched = false;
        const Route* route = FindRoute(req.method, path, prefixed, ctx.params, path_matched);
        http::MultipartError multipart = http::MultipartError::None;
        if (route && (route->flags & kUpload) && req.method == "POST") {
            const std::string* ct = req.Header("content-type");
            if (ct && http::MultipartBoundary(*ct)) {
                // A file part may be as large as the body: the photo pipeline refuses one over 10 MB before decoding
                // it, and the handler shows the filled form again with that message next to the photo field.
                auto parsed = http::ParseMultipart(
                    *ct, req.body, {.max_parts = kMaxFormFields, .max_files = 10, .max_file_bytes = kUploadBodyLimit});
                multipart = parsed.error;
                req.form = std::move(parsed.fields);
                for (auto& [k, v] : req.form) v = domain::text::CleanInput(v);
                req.files = std::move(parsed.files);
                req.body.clear();
            }
        }
        const std::string* content_type = req.Header("content-type");
        const bool photo_form =
            route && (route->flags & kUpload) && content_type && content_type->rfind("multipart/form-data", 0) == 0;
        if (multipart == http::MultipartError::FileTooLarge || (req.body_too_large && photo_form)) {
            // Text fields are bounded far below the upload limit: it is the photos. The body was not read, so the
            // page sends the visitor back to the form (Back keeps what was typed; the link opens it afresh).
            bool form_matched = false;
            std::map<std::string, std::string> form_params;
            bool has_form = FindRoute("GET", path, prefixed, form_params, form_matched) != nullptr;
            resp = HtmlResponse(views::PhotoTooLargePage(MakeFrame(ctx), has_form ? ctx.L(path) : ""), 413);
            if (req.body_too_large) resp.headers.emplace_back("Connection", "close");
        } else if (multipart == http::MultipartError::FieldTooLarge) {
            resp = ErrorResponse(ctx, 413, N_("The form is too large. Shorten the texts and send it again."));
        } else if (req.body_too_large) {
            resp = ErrorResponse(ctx, 413, N_("The form is too large. Shorten the texts and send it again."));
            resp.headers.emplace_back("Connection", "close");
        } else if (multipart == http::MultipartError::TooManyParts || multipart == http::MultipartError::TooManyFiles) {
            resp = ErrorResponse(ctx, 413, N_("The form has too many fields."));
        } else if (multipart != http::MultipartError::None) {
            resp = ErrorResponse(ctx, 400, N_("The form could not be read. Open the page again and resend the form."));
        } else if (req.form.size() > kMaxFormFields) {
            resp = ErrorResponse(ctx, 413, N_("The form has too many fields."));
        } else if (!route) {
            resp = path_matched ? ErrorResponse(ctx, 405, N_("This address does not accept this kind of request."))
                                : ErrorResponse(ctx, 404, N_("The page you asked for does not exist or was removed."));
        } else {
            flags = route->flags;
            std::string session_cookie = req.Cookie(ctx.CookieName("ejob_session"));
            if (!session_cookie.empty()) ctx.user = app_.accounts.Authenticate(session_cookie);

            const bool cacheable = (flags & kCache) && req.method == "GET" && session_cookie.empty();
            std::string cache_key;
            std::uint64_t generation = app_.cache.generation();
            if (cacheable) {
                cache_key = std::string(Code(lang)) + " " + path + QueryString(req);
                if (auto page = app_.cache.Get(cache_key, app_.clock.Now())) {
                    from_cache = true;
                    if ((flags & kCountView) && page->status == 200 && app_.count_view) {
                        std::int64_t id = std::atoll(ctx.params["idslug"].c_str());
                        if (id > 0) app_.count_view(id);
                    }
                    const std::string* inm = req.Header("if-none-match");
                    if (inm && *inm == page->etag) {
                        resp.status = 304;
                    } else {
                        resp.status = page->status;
                        resp.content_type = page->content_type;
                        if (!page->gzip.empty() && AcceptsGzip(req)) {
                            resp.body = page->gzip;
                            resp.headers.emplace_back("Content-Encoding", "gzip");
                        } else {
                            resp.body = page->body;
                        }
                    }
                    resp.headers.emplace_back("ETag", page->etag);
                    resp.headers.emplace_back("Cache-Control", "public, no-cache");
                    resp.headers.emplace_back("Vary", "Accept-Encoding");
                }
            }
            if (!from_cache) {
                if (req.method == "POST" && !SameOrigin(req)) {
                    resp = ErrorResponse(ctx, 403, N_("The form was sent from another site and was refused."));
                } else if ((flags & kCsrf) && !app_.signer.Verify("csrf:" + req.Cookie(ctx.CookieName("ejob_csrf")),
                                                                  req.FormOr("_csrf"))) {
                    resp = ErrorResponse(ctx, 403,
                                         N_("The form has expired or was sent from another site. Open the page "
                                            "again and resend the form."));
                } else if ((flags & kUser) && !ctx.SignedIn()) {
                    resp = req.method == "GET" ? http::Response::Redirect(303, ctx.L("/account/login"))
                                               : ErrorResponse(ctx, 403, N_("Sign in first."));
                } else if ((flags & kAdmin) && !ctx.IsAdmin()) {
                    resp = req.method == "GET" ? http::Response::Redirect(303, ctx.L("/admin/login"))
                                               : ErrorResponse(ctx, 403, N_("Sign in as an administrator first."));
                } else {
                    resp = route->handler(ctx);
                }
                if (cacheable && (resp.status == 200 || resp.status == 404) && ctx.set_cookies.empty()) {
                    auto page = std::make_shared<CachedPage>();
                    page->status = resp.status;
                    page->content_type = resp.content_type;
                    page->body = resp.body;
                    if (page->body.size() > 1024) page->gzip = Gzip(page->body);
                    char etag[32];
                    std::snprintf(etag, sizeof etag, "\"g%llx-%zx\"", static_cast<unsigned long long>(generation),
                                  std::hash<std::string>{}(page->body));
                    page->etag = etag;
                    page->generation = generation;
                    resp.headers.emplace_back("ETag", page->etag);
                    resp.headers.emplace_back("Cache-Control", "public, no-cache");
                    resp.headers.emplace_back("Vary", "Accept-Encoding");
                    if (!page->gzip.empty() && AcceptsGzip(req)) {
                        resp.body = page->gzip;
                        resp.headers.emplace_back("Content-Encoding", "gzip");
                    }
                    app_.cache.Put(cache_key, std::move(page), app_.clock.Now());
                    from_cache = true;  // already compressed
                }
            }
        }
    } catch (const std::exception& e) {
        spdlog::error("request {} {} {} failed: {}", req.request_id, req.method, req.path, e.what());
        resp = ErrorResponse(ctx, 500, N_("We could not complete your request. Please try again in a minute."));
    }

    // Mail this request queued (in the transaction of its change) goes out now; if that fails, the change is
    // stored all the same and the background job delivers the mail later.
    if (app_.deliver_mail) app_.deliver_mail();

    // Pages whose URL carries a secret token (management, confirmation, password-reset links): the URL never leaves
    // the site in a Referer, yet the page's own forms still post with a real Origin. (`no-referrer` would make
    // browsers send `Origin: null`, which the Origin check refuses.)
    if (CarriesToken(req.path)) resp.headers.emplace_back("Referrer-Policy", "same-origin");

    bool has_cache_control = false;
    for (const auto& [k, v] : resp.headers) has_cache_control |= k == "Cache-Control";
    if (!has_cache_control) resp.headers.emplace_back("Cache-Control", "private, no-store");
    for (auto& c : ctx.set_cookies) resp.headers.push_back(std::move(c));
    if (app_.secure_cookies)
        resp.headers.emplace_back("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    resp.headers.emplace_back("X-Request-Id", req.request_id);
    if (!from_cache && resp.body.size() > 1024 && Compressible(resp.content_type) && AcceptsGzip(req)) {
        bool encoded = false;
        for (const auto& [k, v] : resp.headers) encoded |= k == "Content-Encoding";
        if (!encoded) {
            std::string z = Gzip(resp.body);
            if (!z.empty() && z.size() < resp.body.size()) {
                resp.body = std::move(z);
                resp.headers.emplace_back("Content-Encoding", "gzip");
                resp.headers.emplace_back("Vary", "Accept-Encoding");
            }
        }
    }
    auto micros =
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started).count();
    spdlog::info("{} {} {} {} {}us", req.request_id, req.method, RedactedPath(req.path), resp.status, micros);
    return resp;
}

}  // namespace ejob::web
