#pragma once
// Query-string reading shared by the list pages (vacancies, resumes, services ads) and search. Filters are forgiving:
// a code that is not one of the options is ignored rather than refused, and the page number is clamped.
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "domain/common/msgid.hpp"
#include "domain/text/text.hpp"
#include "domain/vacancies/catalog.hpp"
#include "web/handlers/forms.hpp"  // LeadingId
#include "web/html.hpp"            // UrlEncode
#include "web/http/http.hpp"

namespace ejob::web::handlers {

constexpr int kListPageSize = 20;
constexpr std::int64_t kMaxListPage = 500;
constexpr size_t kMaxSearchChars = 200;
// A page number past the last page of a list or search (404: crawlers stop there, links do not lead to it).
inline constexpr const char* kPastTheLastPage =
    N_("This page of results does not exist: the list has fewer pages. Go back to the first page.");

// The search box ("q"): cleaned and cut to 200 characters.
inline std::string SearchBoxText(const http::Request& r) {
    std::string q = domain::text::CleanInput(r.QueryOr("q"));
    if (domain::text::Utf8Length(q) > kMaxSearchChars) q = domain::text::Excerpt(q, kMaxSearchChars);
    return q;
}

// The page number ("page"): 1 … 500; 1 when missing or garbled.
inline int PageNumber(const http::Request& r) {
    return static_cast<int>(std::clamp<std::int64_t>(LeadingId(r.QueryOr("page")).value_or(1), 1, kMaxListPage));
}

// A code parameter: kept when it is one of `options`, otherwise empty (no filter).
inline std::string OptionCode(const http::Request& r, const char* name, const std::vector<domain::Option>& options) {
    std::string v = r.QueryOr(name);
    return domain::FindOption(options, v) ? v : std::string();
}

// The job category ("category") of vacancies and resumes: kept when it is a known category, otherwise empty.
inline std::string JobCategoryCode(const http::Request& r) {
    std::string v = r.QueryOr("category");
    return domain::FindCategory(v) ? v : std::string();
}

// A vacancy subcategory code that belongs to `category` (or, with no category, to any: then `category` becomes
// its parent); anything else is ignored.
inline std::string JobSubcategoryCode(const http::Request& r, std::string& category) {
    std::string v = r.QueryOr("subcategory");
    for (const auto& c : domain::Categories()) {
        if (!category.empty() && c.code != category) continue;
        if (domain::FindOption(c.subcategories, v)) {
            category = std::string(c.code);
            return v;
        }
    }
    return {};
}

// A number as typed into a filter box (salary, price, age), cleaned and cut to `max_bytes`; parsed by the caller.
inline std::string NumberText(const http::Request& r, const char* name, size_t max_bytes) {
    return domain::text::CleanInput(r.QueryOr(name)).substr(0, max_bytes);
}

// The order ("sort"): relevance, newest or highest (salary, price); anything else is the default.
inline domain::ListOrder ListOrderOf(const http::Request& r) {
    const std::string v = r.QueryOr("sort");
    if (v == "relevance") return domain::ListOrder::Relevance;
    if (v == "newest") return domain::ListOrder::Newest;
    if (v == "highest") return domain::ListOrder::Highest;
    return domain::ListOrder::Default;
}
// The order as the page links repeat it ("" for the default).
inline std::string ListOrderCode(domain::ListOrder o) {
    switch (o) {
        case domain::ListOrder::Relevance:
            return "relevance";
        case domain::ListOrder::Newest:
            return "newest";
        case domain::ListOrder::Highest:
            return "highest";
        case domain::ListOrder::Default:
            break;
    }
    return "";
}

// What every list page reads the same way into its model: the search box, its terms, the order, the page of 20
// items, and the counts of every filter option.
template <typename ListModel>
void ReadListBasics(const http::Request& r, ListModel& m) {
    m.q = SearchBoxText(r);
    m.filter.terms = domain::text::SearchTerms(m.q);
    m.filter.order = ListOrderOf(r);
    m.filter.page = PageNumber(r);
    m.filter.per_page = kListPageSize;
    m.filter.count_options = true;
}

// The query string that page links repeat: "?k=v&k=v" of the non-empty values, URL-encoded; "" when all are empty.
class PageLinkQuery {
  public:
    PageLinkQuery& Add(const char* key, const std::string& value) {
        if (value.empty()) return *this;
        s_ += s_.empty() ? "?" : "&";
        s_ += std::string(key) + "=" + UrlEncode(value);
        return *this;
    }
    const std::string& str() const { return s_; }

  private:
    std::string s_;
};

}  // namespace ejob::web::handlers
