#pragma once
// The request path as a chain: each middleware is one concern (access log, session, CSRF, page cache, …) in a file
// of its own. It may answer the request itself or call `next` and adjust the answer. The order of the chain and
// which routes pass through each middleware are in one table: kChain in router.cpp.
#include <cstddef>
#include <vector>

#include "web/app.hpp"
#include "web/http/http.hpp"

namespace ejob::web {

using HandlerFn = http::Response (*)(Ctx&);

class Chain;

// The rest of the chain after the current middleware.
class Next {
  public:
    Next(const Chain& chain, size_t index) : chain_(chain), index_(index) {}
    http::Response operator()(Ctx& ctx) const;

  private:
    const Chain& chain_;
    size_t index_;
};

using Middleware = http::Response (*)(Ctx& ctx, Next next);

// The middleware a route passes through, then its handler.
class Chain {
  public:
    Chain(std::vector<Middleware> layers, HandlerFn handler) : layers_(std::move(layers)), handler_(handler) {}
    http::Response operator()(Ctx& ctx) const { return Next(*this, 0)(ctx); }

  private:
    friend class Next;
    std::vector<Middleware> layers_;
    HandlerFn handler_;
};

namespace middleware {
// One line per request in the log: id, method, path (secret tokens left out), status, time taken.
http::Response AccessLog(Ctx& ctx, Next next);
// Behind our nginx: the visitor's address from X-Forwarded-For.
http::Response ClientAddress(Ctx& ctx, Next next);
// Caching rules, cookies, HSTS, request id, and a strict Referrer-Policy for URLs that carry a secret token.
http::Response ResponseHeaders(Ctx& ctx, Next next);
// gzip for text responses the client accepts it for (cached pages are stored compressed already).
http::Response Compression(Ctx& ctx, Next next);
// Mail queued by the request (in the transaction of its change) goes out after it.
http::Response DeliverMail(Ctx& ctx, Next next);
// The exception boundary: anything thrown below is logged and answered with a calm 500 page.
http::Response Recover(Ctx& ctx, Next next);
// Reads the form of a POST (urlencoded, or multipart with photos on upload routes); refuses bodies over a limit.
http::Response ReadForm(Ctx& ctx, Next next);
// The signed-in session from its cookie, if any.
http::Response Session(Ctx& ctx, Next next);
// List and search pages: a budget per address (429 past it), and no page past the deepest one shown.
http::Response CrawlerBudget(Ctx& ctx, Next next);
// Public pages, the same for every anonymous visitor, served from and stored in the page cache.
http::Response PageCache(Ctx& ctx, Next next);
// A POST from a page of another site is refused (Origin, else Referer).
http::Response SameOrigin(Ctx& ctx, Next next);
// A form must carry the CSRF token signed for this visitor's CSRF cookie.
http::Response Csrf(Ctx& ctx, Next next);
// Pages of a signed-in account (any role).
http::Response RequireUser(Ctx& ctx, Next next);
// Pages of the administration.
// Staff pages: a visitor (or a user) is sent to the staff sign-in (GET) or refused (POST); a moderator is refused
// what only administrators may do.
http::Response RequireStaff(Ctx& ctx, Next next);
http::Response RequireAdmin(Ctx& ctx, Next next);
}  // namespace middleware

}  // namespace ejob::web
