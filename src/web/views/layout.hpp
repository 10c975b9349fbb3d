#pragma once
// The frame every page shares: what a page needs from the request (Frame), its <head> data (PageMeta), and Layout,
// which puts a page's body in the document between the site header and footer.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/common/clock.hpp"
#include "web/html.hpp"
#include "web/i18n.hpp"

namespace ejob::web::views {

// What every page needs from the request: language, current path (for the language switcher) and query string.
struct Frame {
    Lang lang = Lang::Az;
    std::string path;    // without the language prefix, e.g. "/vacancies"
    std::string query;   // raw query string to keep when switching language ("" or "?a=b")
    bool admin = false;  // an administrator is signed in
    bool staff = false;  // an administrator or a moderator
    bool signed_in = false;
    std::string csrf;        // for the sign-out button in the header menu
    domain::Millis now = 0;  // for "Today, 14:20"
    std::string base_url;    // "https://ejob.az": canonical and alternate links are absolute
    bool admin_nav = false;  // a staff page: the administration menu goes on top
    // Admin pages seen by an administrator: the open account requests, for the menu (unset elsewhere).
    std::optional<std::int64_t> open_requests;
    int max_page = 0;  // a list or search page: the deepest page it links to (0: no limit)
};

struct PageMeta {
    std::string title;
    std::string description;
    bool noindex = false;
};

// The honeypot: every page links here where people never see it (hidden, out of the tab order, hidden from screen
// readers), and robots.txt disallows it; an address that asks for it is marked as a crawler (CrawlerGuard).
inline constexpr const char* kTrapPath = "/all-listings";

std::string Layout(const Frame& f, const PageMeta& meta, std::string_view body);
// `path` in the page's language: "/vacancies" → "/ru/vacancies".
std::string L(const Frame& f, std::string_view path);

}  // namespace ejob::web::views
