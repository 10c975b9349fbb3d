// The home page, the publishing chooser and the error pages (the rules and the privacy policy: site_pages_views).
#include <tuple>

#include "domain/common/msgid.hpp"
#include "domain/vacancies/catalog.hpp"
#include "web/views/views.hpp"

namespace ejob::web::views {
namespace d = ejob::domain;

std::string Home(const Frame& f, const HomeModel& m) {
    Tr tr(f.lang);
    Html h;
    h.Open("section", {{"class", "hero"}});
    h.Element("h1", tr("Find a job in Azerbaijan"));
    h.Element("p", tr.N("{} current vacancy, every one checked by a moderator.",
                        "{} current vacancies, every one checked by a moderator.", m.total));
    h.Open("form", {{"class", "search-big"}, {"method", "get"}, {"action", L(f, "/search")}, {"role", "search"}});
    h.Element("label", {{"for", "f-home-search"}}, tr("What job are you looking for?"));
    h.Open("div", {{"class", "search-row"}});
    h.Void("input", {{"id", "f-home-search"},
                     {"type", "search"},
                     {"name", "q"},
                     {"maxlength", "200"},
                     {"placeholder", tr("For example: mühasib, menecer, Bakı")}});
    h.Element("button", {{"type", "submit"}, {"class", "button"}}, tr("Find"));
    h.Close("div").Close("form");
    h.Close("section");

    h.Open("section", {{"aria-labelledby", "cat-h"}});
    h.Element("h2", {{"id", "cat-h"}}, tr("Categories"));
    h.Open("ul", {{"class", "category-grid"}});
    for (const auto& c : d::Categories()) {
        std::int64_t n = 0;
        for (const auto& cc : m.counts)
            if (cc.category == c.code) n = cc.count;
        h.Open("li").Open("a", {{"href", L(f, "/vacancies?category=" + std::string(c.code))}});
        h.Element("span", {{"class", "name"}}, tr(c.name.data()));
        h.Element("span", {{"class", "count"}}, tr.N("{} vacancy", "{} vacancies", n));
        h.Close("a").Close("li");
    }
    h.Close("ul").Close("section");

    h.Open("section", {{"aria-labelledby", "more-h"}});
    h.Element("h2", {{"id", "more-h"}, {"class", "visually-hidden"}}, tr("More on the site"));
    h.Open("ul", {{"class", "category-grid post-choices"}});
    h.Open("li").Open("a", {{"href", L(f, "/resumes")}});
    h.Element("strong", tr("Resumes"))
        .Element("span", {{"class", "muted"}}, tr.N("{} resume", "{} resumes", m.resumes));
    h.Close("a").Close("li");
    h.Open("li").Open("a", {{"href", L(f, "/services")}});
    h.Element("strong", tr("Self-employment and earnings"))
        .Element("span", {{"class", "muted"}}, tr.N("{} ad", "{} ads", m.services));
    h.Close("a").Close("li");
    h.Open("li").Open("a", {{"href", L(f, "/post")}});
    h.Element("strong", tr("Publish"))
        .Element("span", {{"class", "muted"}}, tr("A vacancy, a resume or a services ad: free, no account needed."));
    h.Close("a").Close("li");
    h.Close("ul").Close("section");

    h.Open("section", {{"aria-labelledby", "latest-h"}});
    h.Element("h2", {{"id", "latest-h"}}, tr("Latest vacancies"));
    VacancyList(h, f, m.latest, {});
    h.Open("p").Element("a", {{"class", "button"}, {"href", L(f, "/vacancies")}}, tr("All vacancies")).Close("p");
    h.Close("section");
    return Layout(
        f,
        {"", tr("Job vacancies in Azerbaijan, checked by moderators. Search in Azerbaijani, Russian and English."),
         false},
        h.Take());
}

std::string PostChooser(const Frame& f) {
    Tr tr(f.lang);
    Html h;
    h.Element("h1", tr("Publish on ejob.az"));
    h.Element("p", tr("Publishing is free and needs no account. Every publication is checked by a moderator first."));
    h.Open("ul", {{"class", "category-grid post-choices"}});
    static const std::tuple<const char*, const char*, const char*> kChoices[] = {
        {"/vacancies/new", N_("Post a vacancy"), N_("You are hiring: describe the job and the conditions.")},
        {"/resumes/new", N_("Post a resume"), N_("You are looking for work: tell employers about yourself.")},
        {"/services/new", N_("Post a services ad"), N_("You work for yourself: offer your services and prices.")}};
    for (const auto& [url, title, text] : kChoices) {
        h.Open("li").Open("a", {{"href", L(f, url)}});
        h.Element("strong", tr(title)).Element("span", {{"class", "muted"}}, tr(text));
        h.Close("a").Close("li");
    }
    h.Close("ul");
    return Layout(
        f, {tr("Publish on ejob.az"), tr("A vacancy, a resume or a services ad: free, no account needed."), false},
        h.Take());
}

std::string ErrorPage(const Frame& f, const char* title, const std::string& message) {
    Tr tr(f.lang);
    Html h;
    h.Element("h1", tr(title));
    if (!message.empty()) h.Element("p", tr(message.c_str()));
    h.Open("p").Element("a", {{"href", L(f, "/")}}, tr("Go to the home page")).Close("p");
    return Layout(f, {tr(title), "", true}, h.Take());
}

std::string NarrowTheFiltersPage(const Frame& f, int max_page, const std::string& first_page) {
    Tr tr(f.lang);
    Html h;
    h.Element("h1", tr("Narrow the filters"));
    h.Element("p", tr.Fmt("Only the first {} pages of results are shown. Choose a category, a city or other filters, "
                          "or add words to the search, to find what you are looking for.",
                          std::to_string(max_page)));
    h.Open("p").Element("a", {{"href", first_page}}, tr("Back to the first page")).Close("p");
    return Layout(f, {tr("Narrow the filters"), "", true}, h.Take());
}

std::string TooManyPagesPage(const Frame& f, long minutes) {
    Tr tr(f.lang);
    Html h;
    h.Element("h1", tr("Too many requests"));
    h.Element("p", tr.Fmt("Too many pages were asked for from your address in a short time. You can continue in {} "
                          "min.",
                          std::to_string(minutes)));
    return Layout(f, {tr("Too many requests"), "", true}, h.Take());
}

std::string TrapPage(const Frame& f) {
    Tr tr(f.lang);
    Html h;
    h.Element("h1", tr("Nothing here"));
    h.Open("p").Element("a", {{"href", L(f, "/")}}, tr("Go to the home page")).Close("p");
    return Layout(f, {tr("Nothing here"), "", true}, h.Take());
}

std::string PhotoTooLargePage(const Frame& f, const std::string& form_url) {
    Tr tr(f.lang);
    Html h;
    h.Element("h1", tr("The photo is too large"));
    h.Element("p", tr("Each photo may be at most 10 MB (and all photos of one form together at most 40 MB). "
                      "Choose a smaller photo."));
    h.Element("p", tr("Go back with your browser's Back button: the form still has what you typed."));
    if (!form_url.empty())
        h.Open("p").Element("a", {{"href", form_url}, {"class", "button"}}, tr("Back to the form")).Close("p");
    return Layout(f, {tr("The photo is too large"), "", true}, h.Take());
}

std::string SubmittedByBot(const Frame& f) {
    Tr tr(f.lang);
    Html h;
    h.Element("h1", tr("Thank you"));
    h.Element("p", tr("Your vacancy was received and will be checked by a moderator."));
    return Layout(f, {tr("Thank you"), "", true}, h.Take());
}

}  // namespace ejob::web::views
