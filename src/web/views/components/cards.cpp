#include "web/views/components/cards.hpp"

#include "web/views/components/highlight.hpp"

namespace ejob::web::views {

void CardImage(Html& h, const char* css_class, const std::string& stem, const char* size) {
    h.Void("img", {{"class", css_class},
                   {"src", PhotoUrl(stem, "thumb.webp")},
                   {"alt", ""},
                   {"width", size},
                   {"height", size},
                   {"loading", "lazy"}});
}

void CardTitle(Html& h, const std::string& url, std::string_view title, const std::vector<std::string>& terms) {
    h.Open("h3").Open("a", {{"href", url}});
    Highlighted(h, title, terms);
    h.Close("a").Close("h3");
}

void CardSubtitle(Html& h, std::string_view text, const std::vector<std::string>& terms) {
    h.Open("p", {{"class", "company"}});
    Highlighted(h, text, terms);
    h.Close("p");
}

void CardFacts(Html& h, const Frame& f, const Tr& tr, const std::string& price, const std::vector<std::string>& facts,
               domain::Millis published_at) {
    h.Open("p", {{"class", "facts"}});
    h.Element("span", {{"class", "salary"}}, price);
    for (const auto& fact : facts) h.Element("span", fact);
    h.Open("time", {{"datetime", tr.IsoDate(published_at)}}).Text(tr.When(published_at, f.now)).Close("time");
    h.Close("p");
}

void CardExcerpt(Html& h, std::string_view excerpt, const std::vector<std::string>& terms) {
    if (terms.empty() || excerpt.empty()) return;
    h.Open("p", {{"class", "excerpt"}});
    Highlighted(h, excerpt, terms);
    h.Close("p");
}

}  // namespace ejob::web::views
