// The request line as the router sees it: "METHOD /path?query" (the first line of the input). The path is
// percent-decoded as the HTTP server hands it over, then the language prefix and the route are decided; the query
// goes through the page cache's parameter filter and the list pages' readers (page number, search box).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "domain/text/text.hpp"
#include "fuzz/fuzz_check.hpp"
#include "web/handlers/list_query.hpp"
#include "web/http/http.hpp"
#include "web/page_cache.hpp"
#include "web/router.hpp"

namespace web = ejob::web;
namespace http = ejob::web::http;
namespace text = ejob::domain::text;

namespace {

bool Declared(std::string_view declared, std::string_view name) {
    while (!declared.empty()) {
        size_t space = declared.find(' ');
        if (declared.substr(0, space) == name) return true;
        if (space == std::string_view::npos) break;
        declared.remove_prefix(space + 1);
    }
    return false;
}

// Returns the page parameters of the route found ("" when none).
std::string_view CheckDecision(std::string_view method, const std::string& path) {
    web::RouteDecision d = web::DecideRoute(method, path);
    const std::string_view prefix = web::UrlPrefix(d.lang);
    if (d.lang == web::Lang::Az) {
        FUZZ_CHECK(d.path == path);
    } else {
        FUZZ_CHECK(path.starts_with(prefix));
        FUZZ_CHECK(d.path == (path.size() == prefix.size() ? "/" : path.substr(prefix.size())));
    }
    FUZZ_CHECK(web::HasRoute(method, path) == (d.route >= 0));
    if (d.route < 0) {
        FUZZ_CHECK(d.params.empty());
        return "";
    }
    FUZZ_CHECK(d.path_matched);
    const web::Route& route = web::Routes().at(static_cast<size_t>(d.route));
    FUZZ_CHECK(route.method == (method == "HEAD" ? std::string_view("GET") : method));
    FUZZ_CHECK(!(route.flags & web::kNoLang) || d.lang == web::Lang::Az);
    for (const auto& [name, value] : d.params) {
        FUZZ_CHECK(!value.empty());
        if (name != "rest") FUZZ_CHECK(value.find('/') == std::string::npos);
        if (name == "id" || name == "idslug") {
            auto id = web::handlers::LeadingId(value);
            FUZZ_CHECK(!id || *id > 0);
        }
    }
    return route.query;
}

void CheckQuery(const http::Fields& query, std::string_view route_query) {
    for (std::string_view declared : {route_query, std::string_view("q kind sort page")}) {
        http::Fields kept = web::PageQuery(query, declared);
        FUZZ_CHECK(kept.size() <= query.size());
        FUZZ_CHECK(std::is_sorted(kept.begin(), kept.end()));
        for (size_t i = 0; i < kept.size(); ++i) {
            FUZZ_CHECK(!kept[i].second.empty());
            FUZZ_CHECK(Declared(declared, kept[i].first));
            if (i > 0) FUZZ_CHECK(kept[i - 1].first != kept[i].first);
        }
    }
    http::Request req;
    req.query = query;
    const int page = web::handlers::PageNumber(req);
    FUZZ_CHECK(page >= 1 && page <= web::handlers::kMaxListPage);
    const std::string q = web::handlers::SearchBoxText(req);
    FUZZ_CHECK(text::IsValidUtf8(q));
    FUZZ_CHECK(text::Utf8Length(q) <= web::handlers::kMaxSearchChars + 1);  // with the "…" of a cut
    std::vector<std::string> terms = text::SearchTerms(q);
    FUZZ_CHECK(terms.size() <= 8);
    (void)web::handlers::ListOrderOf(req);
    std::string category = web::handlers::JobCategoryCode(req);
    (void)web::handlers::JobSubcategoryCode(req, category);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view input(reinterpret_cast<const char*>(data), size);
    input = input.substr(0, input.find('\n'));
    if (!input.empty() && input.back() == '\r') input.remove_suffix(1);
    size_t space = input.find(' ');
    std::string_view method = space == std::string_view::npos ? std::string_view("GET") : input.substr(0, space);
    std::string_view target = space == std::string_view::npos ? input : input.substr(space + 1);
    size_t question = target.find('?');
    std::string_view raw_path = target.substr(0, question);
    std::string_view query = question == std::string_view::npos ? std::string_view() : target.substr(question + 1);

    CheckDecision(method, std::string(raw_path));
    std::string_view route_query = CheckDecision(method, http::PercentDecode(raw_path, false));
    CheckQuery(http::ParseUrlEncoded(query), route_query);
    return 0;
}
