// Self-employment and earnings ads ("services"): the list with its filters, the card, the detail page with its
// photo gallery and the form.
#include "web/views/service_views.hpp"

#include "domain/common/msgid.hpp"
#include "domain/text/text.hpp"
#include "domain/vacancies/catalog.hpp"
#include "web/views/components/cards.hpp"
#include "web/views/components/catalog_text.hpp"
#include "web/views/components/detail_parts.hpp"
#include "web/views/components/filter_form.hpp"
#include "web/views/components/list_page.hpp"
#include "web/views/components/publication_form.hpp"

namespace ejob::web::views {
namespace d = ejob::domain;

std::string ServicePriceText(const Tr& tr, std::string_view price_type, const std::optional<std::int64_t>& price,
                             std::string_view price_unit) {
    if (!price || price_type == "negotiable") return tr("Negotiable");
    std::string text = price_type == "from" ? tr.MoneyFrom(*price) : tr.Money(*price);
    if (const auto* unit = d::FindOption(d::PriceUnits(), price_unit)) text.append(" ").append(tr(unit->name.data()));
    return text;
}

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

// ---- list

void ServiceList(Html& h, const Frame& f, const std::vector<d::ServiceAdSummary>& items,
                 const std::vector<std::string>& terms) {
    Tr tr(f.lang);
    h.Open("ol", {{"class", "cards"}});
    for (const auto& s : items) {
        h.Open("li", {{"class", s.photo.empty() ? "card" : "card card-with-thumb"}}).Open("article");
        if (!s.photo.empty()) CardImage(h, "thumb", s.photo, "64");
        h.Open("div", {{"class", "card-body"}});
        CardTitle(h, L(f, "/services/" + std::to_string(s.id) + "-" + s.slug), s.title, terms);
        CardSubtitle(h, OptionName(tr, d::ServiceCategories(), s.category), {});
        CardFacts(h, f, tr, ServicePriceText(tr, s.price_type, s.price, s.price_unit),
                  {OptionName(tr, d::Cities(), s.city)}, s.published_at);
        CardExcerpt(h, s.excerpt, terms);
        h.Close("div");
        h.Close("article").Close("li");
    }
    h.Close("ol");
}

std::string ServiceListPage(const Frame& f, const ServiceListModel& m) {
    Tr tr(f.lang);
    const auto& flt = m.filter;
    ListPageParts p;
    p.heading = flt.category.empty() ? std::string(tr("Self-employment and earnings"))
                                     : tr.Fmt("Services: {}", OptionName(tr, d::ServiceCategories(), flt.category));
    p.path = "/services";
    p.q = m.q;
    p.filters = [&](Html& h) {
        const auto* n = &m.page.options;
        SortSelect(h, tr, flt.order, !flt.terms.empty(), N_("Highest price first"));
        FilterSelect(h, tr, "category", N_("Category"), d::ServiceCategories(), flt.category, N_("All categories"), n);
        FilterSelect(h, tr, "city", N_("City"), d::Cities(), flt.city, N_("All cities"), n);
        h.Open("div", {{"class", "row"}});
        NumberFilter(h, tr, "price_min", N_("Price from, AZN"), m.price_min_text, {.min = "0"});
        NumberFilter(h, tr, "price_max", N_("Price to, AZN"), m.price_max_text, {.min = "0"});
        h.Close("div");
    };
    p.show_label = N_("Show ads");
    p.categories = d::ServiceCategories();
    p.counts = m.counts;
    p.current_category = flt.category;
    p.count_label = [&](std::int64_t n) { return tr.N("{} ad", "{} ads", n); };
    p.result_count = tr.N("{} ad found", "{} ads found", m.page.total);
    p.cards = [&](Html& h) { ServiceList(h, f, m.page.items, flt.terms); };
    p.Paged(m.page, m.page_link_base);
    p.empty_message = N_("No ads match these filters. Try removing some of them.");
    Html h;
    ListPageBody(h, f, p);
    std::string description =
        p.heading + ". " +
        tr.N("{} ad by self-employed people in Azerbaijan, every one checked by a moderator.",
             "{} ads by self-employed people in Azerbaijan, every one checked by a moderator.", m.page.total);
    return Layout(f, {p.heading, description, m.page.page > 1}, h.Take());
}

// ---- detail

void DetailBody(Html& h, const Frame& f, const ServiceDetailModel& m) {
    Tr tr(f.lang);
    const auto& c = m.content;
    h.Open("article", {{"class", "publication service-ad"}});
    h.Element("h1", c.title);
    h.Element("p", {{"class", "salary-big"}}, ServicePriceText(tr, c.price_type, c.price, c.price_unit));
    FactsList facts(h, tr);
    facts.Add(N_("Category"), OptionName(tr, d::ServiceCategories(), c.category));
    facts.Add(N_("City"), OptionName(tr, d::Cities(), c.city));
    facts.Add(N_("Service area"), c.service_area);
    if (m.publication.published_at) facts.Add(N_("Published"), tr.When(*m.publication.published_at, f.now));
    facts.Add(N_("Views"), tr.Number(m.publication.views));
    facts.Close();

    ProseSection(h, tr, N_("About the service"), c.description);

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
    DetailBody(h, f, m);
    const auto& c = m.content;
    return Layout(f, {c.title, d::text::Excerpt(c.description, 150), false}, h.Take());
}

// ---- the form

void FormFields(Html& h, const Tr& tr, const ServiceEditor& m) {
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
    static constexpr PublicationFormTexts kTexts = {
        "service", N_("Managing your ad"),
        N_("Optional. We send the private link for editing the ad here, and the moderation result."),
        N_("Fields marked * are required. Every ad is checked by a moderator before it appears on the site.")};
    return PublicationFormPage(f, m, m.draft.owner_email, kTexts, PhotoErrorsOnInput(m.errors),
                               [&](Html& h, const Tr& tr) { FormFields(h, tr, m); });
}

}  // namespace ejob::web::views
