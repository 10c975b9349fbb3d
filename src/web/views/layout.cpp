#include "domain/common/msgid.hpp"
#include "domain/text/text.hpp"
#include "domain/vacancies/catalog.hpp"
#include "web/static_files.hpp"
#include "web/views/views.hpp"

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
    h.Open("li").Element("a", {{"href", L(f, "/search")}}, tr("Search")).Close("li");
    if (f.admin) h.Open("li").Element("a", {{"href", L(f, "/admin")}}, tr("Moderation")).Close("li");
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
    if (f.open_requests) AdminNav(h, f);
    h.TrustedRaw(body);
    h.Close("main");

    h.Open("footer", {{"class", "site-footer"}}).Open("div", {{"class", "wrap"}});
    h.Open("nav", {{"aria-label", tr("About the site")}}).Open("ul");
    h.Open("li").Element("a", {{"href", L(f, "/rules")}}, tr("Submission rules")).Close("li");
    h.Open("li").Element("a", {{"href", L(f, "/privacy")}}, tr("Privacy policy")).Close("li");
    if (!f.admin)
        h.Open("li").Element("a", {{"href", L(f, "/admin/login")}}, tr.Ctx("footer", "Administration")).Close("li");
    h.Close("ul").Close("nav");
    h.Element("p", {{"class", "muted"}}, tr("ejob.az — jobs in Azerbaijan. No third-party trackers."));
    h.Close("div").Close("footer");
    h.Close("body").Close("html");
    return h.Take();
}

void CountBadge(Html& h, const std::string& shown, const std::string& spoken) {
    h.Open("span", {{"class", "count"}});
    h.Element("span", {{"aria-hidden", "true"}}, shown);
    h.Element("span", {{"class", "visually-hidden"}}, spoken);
    h.Close("span");
}

std::string CategoryName(const Tr& tr, std::string_view code) {
    if (const auto* c = domain::FindCategory(code)) return tr(std::string(c->name).c_str());
    return std::string(code);
}

std::string OptionName(const Tr& tr, const std::vector<domain::Option>& options, std::string_view code) {
    if (const auto* o = domain::FindOption(options, code)) return tr(std::string(o->name).c_str());
    return std::string(code);
}

std::string SalaryText(const Tr& tr, const std::optional<std::int64_t>& lo, const std::optional<std::int64_t>& hi) {
    if (lo && hi) return lo == hi ? tr.Money(*lo) : tr.Number(*lo / 100) + "–" + tr.Money(*hi);
    if (lo) return tr.MoneyFrom(*lo);
    if (hi) return tr.MoneyUpTo(*hi);
    return tr("Negotiable");
}

namespace {
void Highlighted(Html& h, std::string_view text, const std::vector<std::string>& terms) {
    size_t at = 0;
    for (auto [b, e] : domain::text::MatchRanges(text, terms)) {
        h.Text(text.substr(at, b - at));
        h.Element("mark", text.substr(b, e - b));
        at = e;
    }
    h.Text(text.substr(at));
}
}  // namespace

void VacancyList(Html& h, const Frame& f, const std::vector<domain::VacancySummary>& items,
                 const std::vector<std::string>& terms) {
    Tr tr(f.lang);
    h.Open("ol", {{"class", "cards"}});
    for (const auto& v : items) {
        std::string url = L(f, "/vacancies/" + std::to_string(v.id) + "-" + v.slug);
        h.Open("li", {{"class", "card"}}).Open("article");
        if (!v.logo.empty())
            h.Void("img", {{"class", "card-logo"},
                           {"src", "/media/" + v.logo + "-thumb.webp"},
                           {"alt", ""},
                           {"width", "48"},
                           {"height", "48"},
                           {"loading", "lazy"}});
        h.Open("h3").Open("a", {{"href", url}});
        Highlighted(h, v.position, terms);
        h.Close("a").Close("h3");
        h.Open("p", {{"class", "company"}});
        Highlighted(h, v.company, terms);
        h.Close("p");
        h.Open("p", {{"class", "facts"}});
        h.Element("span", {{"class", "salary"}}, SalaryText(tr, v.salary_min, v.salary_max));
        h.Element("span", OptionName(tr, domain::Cities(), v.city));
        h.Element("span", OptionName(tr, domain::EmploymentTypes(), v.employment_type));
        if (v.remote) h.Element("span", tr("Remote possible"));
        h.Open("time", {{"datetime", tr.IsoDate(v.published_at)}}).Text(tr.When(v.published_at, f.now)).Close("time");
        h.Close("p");
        if (!terms.empty()) {
            h.Open("p", {{"class", "excerpt"}});
            Highlighted(h, v.excerpt, terms);
            h.Close("p");
        }
        h.Close("article").Close("li");
    }
    h.Close("ol");
}

void Pagination(Html& h, const Frame& f, const std::string& base, int page, int pages) {
    if (pages <= 1) return;
    Tr tr(f.lang);
    auto link = [&](int p) {
        return base + (base.find('?') == std::string::npos ? "?" : "&") + "page=" + std::to_string(p);
    };
    h.Open("nav", {{"class", "pagination"}, {"aria-label", tr("Pages")}}).Open("ul");
    if (page > 1) h.Open("li").Element("a", {{"href", link(page - 1)}, {"rel", "prev"}}, tr("← Previous")).Close("li");
    int from = std::max(1, page - 3), to = std::min(pages, page + 3);
    if (from > 1) h.Open("li").Element("a", {{"href", link(1)}}, "1").Close("li");
    if (from > 2) h.Element("li", "…");
    for (int p = from; p <= to; ++p) {
        h.Open("li");
        if (p == page)
            h.Element("span", {{"aria-current", "page"}}, std::to_string(p));
        else
            h.Element("a", {{"href", link(p)}}, std::to_string(p));
        h.Close("li");
    }
    if (to < pages - 1) h.Element("li", "…");
    if (to < pages) h.Open("li").Element("a", {{"href", link(pages)}}, std::to_string(pages)).Close("li");
    if (page < pages) h.Open("li").Element("a", {{"href", link(page + 1)}, {"rel", "next"}}, tr("Next →")).Close("li");
    h.Close("ul").Close("nav");
}

std::string ErrorPage(const Frame& f, int status, const std::string& message) {
    Tr tr(f.lang);
    Html h;
    const char* title = status == 404   ? N_("Page not found")
                        : status == 403 ? N_("Access denied")
                        : status == 413 ? N_("Too much data")
                        : status == 429 ? N_("Too many requests")
                        : status >= 500 ? N_("Something went wrong")
                                        : N_("Request not accepted");
    h.Element("h1", tr(title));
    if (!message.empty()) h.Element("p", tr(message.c_str()));
    h.Open("p").Element("a", {{"href", L(f, "/")}}, tr("Go to the home page")).Close("p");
    return Layout(f, {tr(title), "", true}, h.Take());
}

}  // namespace ejob::web::views
