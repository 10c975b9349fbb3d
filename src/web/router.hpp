#pragma once
// Turns an HTTP request into a handler call: language prefix, route match, middleware (session, CSRF, admin,
// page cache, compression, access log), errors. The routes themselves are in routes.cpp.
#include <string>
#include <vector>

#include "web/app.hpp"
#include "web/http/http.hpp"
#include "web/views/views.hpp"

namespace ejob::web {

using HandlerFn = http::Response (*)(Ctx&);

enum RouteFlags : unsigned {
    kNone = 0,
    kCsrf = 1,     // POST: checked before the handler runs
    kAdmin = 2,    // needs a signed-in administrator
    kCache = 4,    // same page for every anonymous visitor: may be served from the page cache
    kNoLang = 8,   // not under /ru or /en (system URLs)
    kUpload = 16,  // accepts multipart/form-data with photos (a larger body limit)
    kUser = 32,    // needs a signed-in account (any role)
    kCountView = 64,  // a publication page: the view is counted also when served from the page cache
};

constexpr size_t kFormBodyLimit = 1 << 20;     // 1 MiB
constexpr size_t kUploadBodyLimit = 41 << 20;  // 8 photos of at most 10 MiB and the text fields

struct Route {
    const char* method;
    const char* pattern;  // "/vacancies/{id}" — a {name} matches one path segment
    HandlerFn handler;
    unsigned flags;
};

const std::vector<Route>& Routes();  // routes.cpp

class Router {
  public:
    explicit Router(Services& app) : app_(app) {}
    http::Response Handle(http::Request& req);
    // The body limit for a request, decided from its method and path before the body is read.
    static size_t BodyLimit(const http::Request& req);

  private:
    Services& app_;
};

// Renders an error page in the request's language.
http::Response ErrorResponse(Ctx& ctx, int status, const std::string& message_msgid);
// A page of HTML with status 200.
http::Response HtmlResponse(std::string body, int status = 200);
// The frame every view needs, from the request context.
views::Frame MakeFrame(const Ctx& ctx);

}  // namespace ejob::web
