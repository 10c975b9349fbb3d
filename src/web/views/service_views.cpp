// Self-employment and earnings ads ("services"): the form, the detail page with its photo gallery, and the list.
#include "domain/common/msgid.hpp"
#include "domain/text/text.hpp"
#include "domain/vacancies/catalog.hpp"
#include "web/views/form_fields.hpp"
#include "web/views/kind_views.hpp"

namespace ejob::web::views {
namespace d = ejob::domain;

namespace {

// Uploads report problems on the file field ("photos"), validation on "photo": show both next to the file input.
Errors PhotoErrorsOnInput(const Errors& errors) {
    Errors out = errors;
    bool has_input_error = ErrorFor(errors, "photos") != nullptr;
    for (auto& e : out)
        if (e.field == "photo" && !has_input_error) {
            e.field = "photos";
            has_input_error = true;
        }
    return out;
}

}  // namespace

void ServiceFormFields(Html& h, const Tr& tr, const ServiceEditor& m) {
    const auto& dr = m.draft;
    const Errors errors = PhotoErrorsOnInput(m.errors);

    h.Open("fieldset").Element("legend", tr("The service"));
    Input(h, tr, errors,
          {"title", N_("Title"), N_("What you do, in a few words, for example: Repair of washing machines."), true},
          dr.title, "text", "maxlength", "100");
    SelectField(h, tr, errors, {"category", N_("Category"), nullptr, true}, d::ServiceCategories(), dr.category);
    TextArea(h, tr, errors,
             {"description", N_("Description"), N_("What exactly you offer, your experience, when you are available."),
              true},
             dr.description, 5000);
    h.Close("fieldset");

    h.Open("fieldset").Element("legend", tr("Price"));
    RadioGroup(h, tr, errors, "price_type", N_("Price type"), d::PriceTypes(),
               dr.price_type.empty() ? "negotiable" : dr.price_type);
    h.Open("div", {{"class", "row"}});
    Input(h, tr, errors, {"price", N_("Price, AZN"), N_("Not needed when the price is negotiable.")}, dr.price, "text",
          "inputmode", "decimal");
    SelectField(h, tr, errors, {"price_unit", N_("Price unit")}, d::PriceUnits(), dr.price_unit);
    h.Close("div");
    h.Close("fieldset");

    h.Open("fieldset").Element("legend", m.moderator ? tr("Where the service is offered") : tr("Where you work"));
    SelectField(h, tr, errors, {"city", N_("City"), nullptr, true}, d::Cities(), dr.city);
    Input(h, tr, errors,
          {"service_area", N_("Service area"),
           N_("Optional: districts or towns you travel to, for example: Nəsimi, Yasamal, Xırdalan.")},
          dr.service_area, "text", "maxlength", "200");
    h.Close("fieldset");

    h.Open("fieldset").Element("legend", tr("Photos"));
    CurrentPhotos(h, tr, dr.photos, m.photo_url_prefix);
    if (!m.moderator)
        PhotoInput(h, tr, errors, "photos", N_("Add photos"),
                   N_("Optional: up to 8 photos of your work. JPEG, PNG or WebP, each at most 10 MB."), true,
                   m.held_photos);
    h.Close("fieldset");

    h.Open("fieldset").Element("legend", tr("Contacts"));
    h.Element("p", {{"class", "hint"}},
              tr("Give a phone number or an email address (or both). Contacts are shown only to visitors who ask for "
                 "them, never in lists."));
    Input(h, tr, errors, {"contact_name", N_("Contact name"), N_("Your name as clients should call you."), true},
          dr.contact_name, "text", "autocomplete", "name");
    Input(h, tr, errors, {"phone", N_("Phone")}, dr.phone, "tel", "autocomplete", "tel");
    Checkbox(h, tr, "whatsapp", N_("Clients may also write to this number on WhatsApp"), dr.whatsapp);
    Input(h, tr, errors, {"email", N_("Email")}, dr.email, "email", "autocomplete", "email");
    static const std::vector<d::Option> kPrivacy = {{"everyone", N_("Show the contacts to anyone who asks")},
                                                    {"signed_in", N_("Show the contacts to signed-in users only")}};
    RadioGroup(h, tr, errors, "privacy", N_("Who may see the contacts"), kPrivacy,
               dr.privacy.empty() ? "everyone" : dr.privacy);
    h.Close("fieldset");
}

std::string ServiceForm(const Frame& f, const ServiceEditor& m) {
    Tr tr(f.lang);
    Html h;
    h.Element("h1", tr(m.title.c_str()));
    ErrorSummary(h, tr, PhotoErrorsOnInput(m.errors));
    if (m.show_rules) {
        h.Open("details", {{"class", "rules"}, Flag("open", m.errors.empty())});
        h.Element("summary", tr("Form submission rules"));
        h.TrustedRaw(ServiceRulesList(tr));
        h.Close("details");
    }
    OpenPublicationForm(h, tr, m.action, m.csrf, tr(m.submit_label.c_str()));
    ServiceFormFields(h, tr, m);
    if (m.show_owner_email) {
        h.Open("fieldset").Element("legend", tr("Managing your ad"));
        if (!m.account_email.empty())
            AccountEmailNote(h, tr, m.account_email);
        else
            Input(h, tr, m.errors,
                  {"owner_email", N_("Your email (not published)"),
                   N_("Optional. We send the private link for editing the ad here, and the moderation result.")},
                  m.draft.owner_email, "email", "autocomplete", "email");
        h.Close("fieldset");
    }
    h.Element("p", {{"class", "hint"}},
              tr("Fields marked * are required. Every ad is checked by a moderator before it appears on the site."));
    h.Element("button", {{"type", "submit"}, {"class", "button button-primary"}}, tr(m.submit_label.c_str()));
    h.Close("form");
    return Layout(f, {tr(m.title.c_str()), "", true}, h.Take());
}

void ServiceDetailBody(Html& h, const Frame& f, const ServiceDetailModel& m) {
    Tr tr(f.lang);
    const auto& c = m.content;
    h.Open("article", {{"class", "publication service-ad"}});
    h.Element("h1", c.title);
    h.Element("p", {{"class", "salary-big"}}, ServicePriceText(tr, c.price_type, c.price, c.price_unit));
    h.Open("dl", {{"class", "facts-list"}});
    auto fact = [&](const char* label, const std::string& value) {
        if (value.empty()) return;
        h.Element("dt", tr(label)).Element("dd", value);
    };
    fact(N_("Category"), OptionName(tr, d::ServiceCategories(), c.category));
    fact(N_("City"), OptionName(tr, d::Cities(), c.city));
    fact(N_("Service area"), c.service_area);
    if (m.publication.published_at) fact(N_("Published"), tr.When(*m.publication.published_at, f.now));
    fact(N_("Views"), tr.Number(m.publication.views));
    h.Close("dl");

    h.Element("h2", tr("About the service"));
    h.Open("p", {{"class", "prose"}}).MultilineText(c.description).Close("p");

    if (!c.photos.empty()) {
        h.Element("h2", {{"id", "photos-h"}}, tr("Photos"));
        h.Open("ul", {{"class", "gallery"}, {"aria-labelledby", "photos-h"}});
        const std::string total = std::to_string(c.photos.size());
        for (size_t i = 0; i < c.photos.size(); ++i) {
            const std::string& stem = c.photos[i];
            h.Open("li").Open("a", {{"href", m.media_prefix + stem + "-display.jpg"}});
            h.Open("picture");
            h.Void("source", {{"type", "image/webp"}, {"srcset", m.media_prefix + stem + "-thumb.webp"}});
            h.Void("img", {{"src", m.media_prefix + stem + "-thumb.jpg"},
                           {"alt", tr.Fmt("Photo {} of {}", std::to_string(i + 1) + "|" + total)},
                           {"loading", "lazy"}});
            h.Close("picture");
            h.Close("a").Close("li");
        }
        h.Close("ul");
    }

    ContactsSection(h, f, m.contacts);
    h.Close("article");
}

std::string ServiceDetail(const Frame& f, const ServiceDetailModel& m) {
    Html h;
    ServiceDetailBody(h, f, m);
    const auto& c = m.content;
    return Layout(f, {c.title, d::text::Excerpt(c.description, 150), false}, h.Take());
}

void ServiceList(Html& h, const Frame& f, const std::vector<d::ServiceAdSummary>& items,
                 const std::vector<std::string>& terms) {
    Tr tr(f.lang);
    h.Open("ol", {{"class", "cards"}});
    for (const auto& s : items) {
        std::string url = L(f, "/services/" + std::to_string(s.id) + "-" + s.slug);
        h.Open("li", {{"class", s.photo.empty() ? "card" : "card card-with-thumb"}}).Open("article");
        if (!s.photo.empty())
            h.Void("img", {{"class", "thumb"},
                           {"src", PhotoUrl(s.photo, "thumb.webp")},
                           {"alt", ""},
                           {"width", "64"},
                           {"height", "64"},
                           {"loading", "lazy"}});
        h.Open("div", {{"class", "card-body"}});
        h.Open("h3").Open("a", {{"href", url}});
        HighlightedText(h, s.title, terms);
        h.Close("a").Close("h3");
        h.Element("p", {{"class", "company"}}, OptionName(tr, d::ServiceCategories(), s.category));
        h.Open("p", {{"class", "facts"}});
        h.Element("span", {{"class", "salary"}}, ServicePriceText(tr, s.price_type, s.price, s.price_unit));
        h.Element("span", OptionName(tr, d::Cities(), s.city));
        h.Open("time", {{"datetime", tr.IsoDate(s.published_at)}}).Text(tr.When(s.published_at, f.now)).Close("time");
        h.Close("p");
        if (!terms.empty() && !s.excerpt.empty()) {
            h.Open("p", {{"class", "excerpt"}});
            HighlightedText(h, s.excerpt, terms);
            h.Close("p");
        }
        h.Close("div");
        h.Close("article").Close("li");
    }
    h.Close("ol");
}

std::string ServiceListPage(const Frame& f, const ServiceListModel& m) {
    Tr tr(f.lang);
    const auto& flt = m.filter;
    const std::string action = L(f, "/services");
    Html h;
    std::string heading = flt.category.empty()
                              ? std::string(tr("Self-employment and earnings"))
                              : tr.Fmt("Services: {}", OptionName(tr, d::ServiceCategories(), flt.category));
    h.Element("h1", heading);
    h.Open("div", {{"class", "with-sidebar"}});
    h.Open("aside", {{"aria-label", tr("Filters")}});
    h.Open("details", {{"class", "filters-panel"}});
    h.Element("summary", tr("Filters"));

    h.Open("form", {{"class", "filters"}, {"method", "get"}, {"action", action}, {"role", "search"}});
    h.Element("h2", {{"class", "visually-hidden"}}, tr("Filters"));
    h.Open("div", {{"class", "field"}});
    h.Element("label", {{"for", "f-q"}}, tr("Keywords"));
    h.Void("input", {{"id", "f-q"}, {"type", "search"}, {"name", "q"}, {"value", m.q}, {"maxlength", "200"}});
    h.Close("div");
    FilterSelect(h, tr, "category", N_("Category"), d::ServiceCategories(), flt.category, N_("All categories"));
    FilterSelect(h, tr, "city", N_("City"), d::Cities(), flt.city, N_("All cities"));
    h.Open("div", {{"class", "row"}});
    h.Open("div", {{"class", "field"}});
    h.Element("label", {{"for", "f-price_min"}}, tr("Price from, AZN"));
    h.Void("input", {{"id", "f-price_min"},
                     {"type", "number"},
                     {"name", "price_min"},
                     {"min", "0"},
                     {"inputmode", "numeric"},
                     {"value", m.price_min_text}});
    h.Close("div");
    h.Open("div", {{"class", "field"}});
    h.Element("label", {{"for", "f-price_max"}}, tr("Price to, AZN"));
    h.Void("input", {{"id", "f-price_max"},
                     {"type", "number"},
                     {"name", "price_max"},
                     {"min", "0"},
                     {"inputmode", "numeric"},
                     {"value", m.price_max_text}});
    h.Close("div");
    h.Close("div");
    h.Open("div", {{"class", "actions"}});
    h.Element("button", {{"type", "submit"}, {"class", "button button-primary"}}, tr("Show ads"));
    h.Element("a", {{"href", action}}, tr("Reset filters"));
    h.Close("div");
    h.Close("form");

    h.Element("h2", tr("Categories"));
    CountedCategoryLinks(h, f, "/services", d::ServiceCategories(), m.counts, flt.category,
                         [&](std::int64_t n) { return tr.N("{} ad", "{} ads", n); });
    h.Close("details").Close("aside");

    h.Open("section", {{"aria-label", tr("Results")}});
    std::string count = m.page.total_is_lower_bound ? tr.Fmt("More than {} ads found", tr.Number(m.page.total))
                                                    : tr.N("{} ad found", "{} ads found", m.page.total);
    h.Element("p", {{"class", "result-count"}, {"role", "status"}}, count);
    ServiceList(h, f, m.page.items, flt.terms);
    Pagination(h, f, m.page_link_base, m.page.page, m.page.Pages());
    if (m.page.items.empty()) h.Element("p", tr("No ads match these filters. Try removing some of them."));
    h.Close("section");
    h.Close("div");
    std::string description =
        heading + ". " +
        tr.N("{} ad by self-employed people in Azerbaijan, every one checked by a moderator.",
             "{} ads by self-employed people in Azerbaijan, every one checked by a moderator.", m.page.total);
    return Layout(f, {heading, description, m.page.page > 1}, h.Take());
}

}  // namespace ejob::web::views
