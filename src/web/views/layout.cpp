// The document around every page: <head>, the site header with the menu and language switch, the footer.
#include "web/views/layout.hpp"

#include "web/static_files.hpp"
#include "web/views/admin_views.hpp"

namespace ejob::web::views {

std::string L(const Frame& f, std::string_view path) {
    return std::string(UrlPrefix(f.lang)) + std::string(path);
}

namespace {
// The same page in language `l`, relative to the site root ("/" for the Azerbaijani home page).
std::string PageIn(const Frame& f, Lang l) {
    std::string href = std::string(UrlPrefix(l)) + (f.path == "/" && l != Lang::Az ? "" : f.path) + f.query;
    return href.empty() ? "/" : href;
}

void LanguageSwitch(Html& h, const Frame& f, const Tr& tr) {
    h.Open("nav", {{"aria-label", tr("Language")}, {"class", "langs"}}).Open("ul");
    // Wide screens show the short code ("RU"), phones the name; the link is named by the name either way.
    for (Lang l : kAllLangs) {
        h.Open("li");
        h.Open(
            "a",
            {{"href", PageIn(f, l)}, {"lang", Code(l)}, {"hreflang", Code(l)}, {"aria-current", "true", l == f.lang}});
        std::string code(Code(l));
        for (char& c : code) c = static_cast<char>(c - 'a' + 'A');
        h.Element("span", {{"class", "lang-code"}, {"aria-hidden", "true"}}, code);
        h.Element("span", {{"class", "lang-name"}}, NativeName(l));
        h.Close("a").Close("li");
    }
    h.Close("ul").Close("nav");
}
}  // namespace

std::string Layout(const Frame& f, const PageMeta& meta, std::string_view body) {
    Tr tr(f.lang);
    Html h;
    h.TrustedRaw("<!doctype html>");
    h.Open("html", {{"lang", Code(f.lang)}});
    h.Open("head");
    h.Void("meta", {{"charset", "utf-8"}});
    h.Void("meta", {{"name", "viewport"}, {"content", "width=device-width, initial-scale=1"}});
    std::string title = meta.title.empty() ? std::string("ejob.az") : meta.title + " — ejob.az";
    h.Element("title", title);
    // Pages for search engines describe themselves; pages kept out of the index (forms, account, admin) need not.
    std::string description = meta.description;
    if (description.empty() && !meta.noindex)
        description =
            tr("Job vacancies in Azerbaijan, checked by moderators. Search in Azerbaijani, Russian and English.");
    if (!description.empty()) h.Void("meta", {{"name", "description"}, {"content", description}});
    if (meta.noindex) h.Void("meta", {{"name", "robots"}, {"content", "noindex"}});
    h.Void("link", {{"rel", "canonical"}, {"href", f.base_url + PageIn(f, f.lang)}});
    for (Lang l : kAllLangs)
        h.Void("link", {{"rel", "alternate"}, {"hreflang", Code(l)}, {"href", f.base_url + PageIn(f, l)}});
    h.Void("link", {{"rel", "alternate"}, {"hreflang", "x-default"}, {"href", f.base_url + PageIn(f, Lang::Az)}});
    h.Void("link", {{"rel", "stylesheet"}, {"href", StaticUrl("css/site.css")}});
    h.Void("link", {{"rel", "icon"}, {"href", StaticUrl("img/favicon.svg")}, {"type", "image/svg+xml"}});
    h.Void("link", {{"rel", "alternate"}, {"type", "application/rss+xml"}, {"href", L(f, "/feed.xml")}});
    h.Open("script", {{"src", StaticUrl("js/app.js")}, Flag("defer")}).Close("script");
    h.Close("head");

    h.Open("body");
    h.Element("a", {{"class", "skip"}, {"href", "#main"}}, tr("Skip to content"));
    h.Open("header", {{"class", "site-header"}});
    h.Open("div", {{"class", "wrap header-row"}});
    h.Element("a", {{"class", "logo"}, {"href", L(f, "/")}}, "ejob.az");
    h.Element("a", {{"class", "button button-primary button-small header-post"}, {"href", L(f, "/post")}},
              tr("Post an ad"));
    // The menu folds behind "Menu" on narrow screens (a <details>, so it needs no script); wide screens show it open.
    h.Open("details", {{"class", "menu"}});
    h.Element("summary", {{"class", "menu-button"}}, tr("Menu"));
    h.Open("div", {{"class", "menu-panel"}});
    h.Open("nav", {{"aria-label", tr("Main")}, {"class", "main-nav"}}).Open("ul");
    h.Open("li").Element("a", {{"href", L(f, "/vacancies")}}, tr("Vacancies")).Close("li");
    h.Open("li").Element("a", {{"href", L(f, "/resumes")}}, tr("Resumes")).Close("li");
    h.Open("li").Element("a", {{"href", L(f, "/services")}}, tr("Self-employment")).Close("li");
    h.Open("li").Element("a", {{"href", L(f, "/cv-maker")}}, tr("CV Maker")).Close("li");
    h.Open("li").Element("a", {{"href", L(f, "/search")}}, tr("Search")).Close("li");
    if (f.staff) h.Open("li").Element("a", {{"href", L(f, "/admin")}}, tr("Moderation")).Close("li");
    if (f.signed_in)
        h.Open("li").Element("a", {{"href", L(f, "/account")}}, tr("My account")).Close("li");
    else
        h.Open("li").Element("a", {{"href", L(f, "/account/login")}}, tr("Sign in")).Close("li");
    h.Close("ul").Close("nav");
    LanguageSwitch(h, f, tr);
    if (f.signed_in) {
        h.Open("form", {{"class", "sign-out"}, {"method", "post"}, {"action", L(f, "/account/logout")}});
        h.Void("input", {{"type", "hidden"}, {"name", "_csrf"}, {"value", f.csrf}});
        h.Element("button", {{"type", "submit"}, {"class", "link-button"}}, tr("Sign out"));
        h.Close("form");
    }
    h.Close("div").Close("details");
    h.Close("div").Close("header");

    h.Open("main", {{"id", "main"}, {"class", "wrap"}, {"tabindex", "-1"}});
    if (f.admin_nav) AdminNav(h, f);
    h.TrustedRaw(body);
    h.Close("main");

    h.Open("footer", {{"class", "site-footer"}}).Open("div", {{"class", "wrap"}});
    h.Open("nav", {{"aria-label", tr("About the site")}}).Open("ul");
    h.Open("li").Element("a", {{"href", L(f, "/rules")}}, tr("Submission rules")).Close("li");
    h.Open("li").Element("a", {{"href", L(f, "/privacy")}}, tr("Privacy policy")).Close("li");
    if (!f.staff)
        h.Open("li").Element("a", {{"href", L(f, "/admin/login")}}, tr.Ctx("footer", "Administration")).Close("li");
    h.Close("ul").Close("nav");
    h.Element("p", {{"class", "muted"}}, tr("ejob.az — jobs in Azerbaijan. No third-party trackers."));
    // The honeypot (kTrapPath): no person sees, reaches or follows it; the same for every visitor, so cached pages
    // may carry it.
    h.Element(
        "a",
        {{"href", L(f, kTrapPath)}, {"class", "hp"}, {"aria-hidden", "true"}, {"tabindex", "-1"}, {"rel", "nofollow"}},
        tr("All listings"));
    h.Close("div").Close("footer");
    h.Close("body").Close("html");
    return h.Take();
}

}  // namespace ejob::web::views
