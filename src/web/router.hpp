#pragma once
// Turns an HTTP request into a handler call: the language prefix and the route are decided once, from the request
// line (Prepare, before the body is read), then the request runs through the route's middleware chain
// (src/web/middleware/) to its handler. The routes themselves are in routes.cpp; the chain's order in router.cpp.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "web/app.hpp"
#include "web/errors.hpp"
#include "web/http/http.hpp"
#include "web/middleware/chain.hpp"
#include "web/responses.hpp"

namespace ejob::web {

enum RouteFlags : unsigned {
    kNone = 0,
    kCsrf = 1,        // POST: checked before the handler runs
    kAdmin = 2,       // needs a signed-in administrator
    kCache = 4,       // same page for every anonymous visitor: may be served from the page cache
    kNoLang = 8,      // not under /ru or /en (system URLs)
    kUpload = 16,     // accepts multipart/form-data with photos (a larger body limit)
    kUser = 32,       // needs a signed-in account (any role)
    kCountView = 64,  // a publication page: the view is counted also when served from the page cache
    kStaff = 128,     // needs a signed-in moderator or administrator
    kList = 256,      // a list or search page: counted in the address's budget, at most CrawlerPolicy::max_page deep
};

constexpr size_t kFormBodyLimit = 1 << 20;     // 1 MiB
constexpr size_t kUploadBodyLimit = 41 << 20;  // 8 photos of at most 10 MiB and the text fields

struct Route {
    const char* method;
    const char* pattern;  // "/vacancies/{id}" — a {name} matches one path segment
    HandlerFn handler;
    unsigned flags;
    // kCache pages: the query parameters the page reads, space-separated. The page cache drops every other one
    // (and empty values), so "?x=1", "?x=2", … are the same page, for the cache and for the handler alike.
    const char* query = "";
};

const std::vector<Route>& Routes();  // routes.cpp

// What the request line decides (Router::Prepare keeps it in the request until Handle).
struct RouteDecision {
    Lang lang = Lang::Az;
    std::string path;                           // without the language prefix
    int route = -1;                             // index in Routes(); -1: none
    bool path_matched = false;                  // a route has this path (when `route` is -1: with another method, 405)
    std::map<std::string, std::string> params;  // the pattern's {name} segments; {*} is "rest"
};

// The language prefix ("/ru/x" → Ru, "/x"; none: Azerbaijani) and the first route that answers `method` (HEAD as
// GET) at `path`, a percent-decoded request path.
RouteDecision DecideRoute(std::string_view method, const std::string& path);

// Whether a route answers `method` at `path` (a path without the language prefix).
bool HasRoute(std::string_view method, const std::string& path);

class Router {
  public:
    explicit Router(Services& app);
    // Decides the request's route from its request line and headers, before the body is read; returns the body
    // limit for it. Handle uses the decision (and decides itself when Prepare was not called).
    size_t Prepare(http::Request& req) const;
    http::Response Handle(http::Request& req) const;

  private:
    Services& app_;
    std::vector<Chain> chains_;  // one per route, in the order of Routes()
    Chain not_found_;
    Chain wrong_method_;
};

}  // namespace ejob::web
