// The request context's helpers (cookies, CSRF token) and the responses every handler builds from it.
#include "security/sodium.hpp"
#include "web/app.hpp"
#include "web/responses.hpp"
#include "web/router.hpp"  // kList

namespace ejob::web {

http::Response HtmlResponse(std::string body, int status) {
    http::Response r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

std::string QueryString(const http::Request& req) {
    std::string q;
    for (const auto& [k, v] : req.query) {
        q += q.empty() ? "?" : "&";
        q += UrlEncode(k) + "=" + UrlEncode(v);
    }
    return q;
}

views::Frame MakeFrame(const Ctx& ctx) {
    views::Frame f;
    f.lang = ctx.lang;
    f.path = ctx.path;
    f.query = QueryString(ctx.req);
    f.admin = ctx.IsAdmin();
    f.staff = ctx.IsStaff();
    f.signed_in = ctx.SignedIn();
    f.now = ctx.app.clock.Now();
    f.base_url = ctx.app.base_url;
    if (f.signed_in) f.csrf = const_cast<Ctx&>(ctx).CsrfToken();
    f.admin_nav = f.staff && ctx.path.starts_with("/admin");
    if (f.admin_nav && f.admin) f.open_requests = ctx.app.account_requests.PendingCount();
    if (ctx.route_flags & kList) f.max_page = ctx.app.crawlers.policy().max_page;
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

}  // namespace ejob::web
