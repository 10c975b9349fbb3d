#include "seed/demo_services.hpp"

#include <algorithm>
#include <utility>

#include "seed/demo_data.hpp"
#include "seed/portraits.hpp"

namespace ejob::seed {
namespace {

using domain::ServiceAdDraft;

struct Price {
    std::string unit;  // hour | job | month
    int lo = 0, hi = 0, step = 1;
};

// What people offer (services.txt).
struct Service {
    std::string category, area;  // area: local | online | delivery | travel | baku
    int women_pct = 0, fixed_pct = 0, from_pct = 0;
    bool craftsman = false;  // "Elvin usta"
    std::vector<Price> prices;
    Text title, intro;
    std::vector<Text> items;
};

struct Extra {
    std::string categories;  // space-separated, or "all"
    Text text;
};

struct Texts {
    std::vector<Extra> extras;
    std::vector<Text> headings, baku, online, delivery, travel;
    Text negotiable, from, closing_whatsapp, closing_phone, closing_email, experience, town, town_and_villages;
};

const Texts& ServiceTexts() {
    static const Texts kTexts = [] {
        Texts t;
        const Section& ph = DemoSection("service-texts.txt", "phrases");
        for (const Field* f : ph.All("extra")) t.extras.push_back({f->Parts()[0], f->AsText(1)});
        t.headings = ph.Texts("heading");
        t.negotiable = ph.One("negotiable").AsText();
        t.from = ph.One("from").AsText();
        t.closing_whatsapp = ph.One("closing-whatsapp").AsText();
        t.closing_phone = ph.One("closing-phone").AsText();
        t.closing_email = ph.One("closing-email").AsText();
        t.experience = ph.One("experience").AsText();
        const Section& areas = DemoSection("service-texts.txt", "areas");
        t.baku = areas.Texts("baku");
        t.online = areas.Texts("online");
        t.delivery = areas.Texts("delivery");
        t.travel = areas.Texts("travel");
        t.town = areas.One("town").AsText();
        t.town_and_villages = areas.One("town-and-villages").AsText();
        if (t.extras.empty() || t.headings.empty() || t.baku.empty() || t.online.empty() || t.delivery.empty() ||
            t.travel.empty())
            throw DataError("service-texts.txt: a list is empty");
        return t;
    }();
    return kTexts;
}

const std::vector<Service>& Services() {
    static const std::vector<Service> kServices = [] {
        std::vector<Service> out;
        for (const Section& s : DemoData("services.txt")) {
            if (s.name != "service") continue;
            Service v;
            v.category = s.One("category").value;
            v.area = s.One("area").value;
            if (const Field* f = s.Find("women")) v.women_pct = f->Int();
            v.craftsman = s.Get("craftsman") == "yes";
            const Field& types = s.One("price-types");
            v.fixed_pct = types.Int(0, 1);
            v.from_pct = types.Int(1, 1);
            for (const Field* f : s.All("price")) {
                auto parts = f->Parts();
                if (parts.size() != 3) f->Fail("expected unit | lowest highest | step");
                v.prices.push_back({parts[0], f->Int(1, 0), f->Int(1, 1), std::max(1, f->Int(2))});
            }
            v.title = s.One("title").AsText();
            v.intro = s.One("intro").AsText();
            v.items = s.Texts("item");
            if (v.prices.empty() || v.items.empty())
                throw DataError("services.txt:" + std::to_string(s.line) + ": a service needs a price and items");
            out.push_back(std::move(v));
        }
        return out;
    }();
    return kServices;
}

std::string ServiceArea(const Service& s, const Place& place, Lang lang, Rng& rng) {
    const Texts& t = ServiceTexts();
    if (rng.Percent(12)) return {};
    if (s.area == "online" && rng.Percent(45)) return rng.Pick(t.online).In(lang);
    if (place.code == "baku") {
        if (s.area == "delivery" && rng.Percent(70)) return rng.Pick(t.delivery).In(lang);
        if (s.area == "travel" && rng.Percent(60)) return rng.Pick(t.travel).In(lang);
        return rng.Pick(t.baku).In(lang);
    }
    const Text& pattern = rng.Percent(50) ? t.town_and_villages : t.town;
    return Fill(pattern.In(lang), {{"{town}", place.name.In(lang)}});
}

ServiceAdDraft MakeDraft(const Service& s, Rng& rng) {
    const Texts& t = ServiceTexts();
    ServiceAdDraft d;
    Lang lang = PickLang(rng);
    d.lang = kLangCodes[lang];
    d.title = s.title.In(lang);
    d.category = s.category;

    // Price: fixed, "from" or negotiable, in one of the service's units.
    int pr = static_cast<int>(rng.Below(100));
    d.price_type = pr < s.fixed_pct ? "fixed" : pr < s.fixed_pct + s.from_pct ? "from" : "negotiable";
    const Price& price = s.prices.size() > 1 && rng.Percent(40) ? s.prices[1] : s.prices[0];
    if (d.price_type != "negotiable") {
        int steps = (price.hi - price.lo) / price.step;
        d.price = std::to_string(price.lo + price.step * rng.Between(0, steps));
        d.price_unit = price.unit;
    } else if (rng.Percent(30)) {
        d.price_unit = price.unit;
    }

    const Place& place = s.area == "baku" ? PlaceOf("baku") : PickPlace("city", rng);
    d.city = place.code;
    d.service_area = ServiceArea(s, place, lang, rng);

    // Contact: a first name, sometimes "usta"/"xanım" or a surname; a phone (usually on WhatsApp) and/or an email.
    const People& people = DemoPeople();
    bool woman = rng.Percent(s.women_pct);
    const Text& first = woman ? rng.Pick(people.women) : rng.Pick(people.men);
    const Surname& last = rng.Pick(people.surnames);
    d.contact_name = first.In(lang);
    int r = static_cast<int>(rng.Below(100));
    if (lang == kAz && !woman && s.craftsman && r < 50)
        d.contact_name += " usta";
    else if (lang == kAz && woman && r < 25)
        d.contact_name += " xanım";
    else if (r >= 60)
        d.contact_name += " " + SurnameIn(last, woman, lang);
    int cr = static_cast<int>(rng.Below(100));
    if (cr < 94) {
        d.phone = DemoPhone(false, rng);
        d.whatsapp = rng.Percent(75);
    }
    if (cr >= 70) d.email = DemoEmail(first.In(kEn), SurnameIn(last, woman, kEn), rng.Between(1970, 2004), rng);
    d.privacy = rng.Percent(80) ? "everyone" : "signed_in";

    // Description: intro, what is included, a few extra lines, and how to get in touch.
    std::vector<std::string> items;
    for (const auto& item : s.items) items.push_back(item.In(lang));
    items = Choose(items, 3 + rng.Below(2), rng);
    std::string desc = s.intro.In(lang) + "\n\n" + rng.Pick(t.headings).In(lang) + "\n" +
                       RenderList(items, rng.Percent(50) ? kBullet : kDash);

    std::vector<std::string> extra;
    if (rng.Percent(65)) {
        int years = rng.Between(2, 20);
        extra.push_back(Fill(t.experience.In(lang), {{"{n}", std::to_string(years)}, {"{years}", YearsRu(years)}}));
    }
    std::vector<const Extra*> fits;
    for (const auto& e : t.extras)
        if (HasWord(e.categories, "all") || HasWord(e.categories, s.category)) fits.push_back(&e);
    std::size_t start = rng.Below(fits.size()), want = rng.Below(3);
    for (std::size_t i = 0; i < want && i < fits.size(); ++i)
        extra.push_back(fits[(start + i) % fits.size()]->text.In(lang));
    if (d.price_type == "negotiable")
        extra.push_back(t.negotiable.In(lang));
    else if (d.price_type == "from" && rng.Percent(50))
        extra.push_back(t.from.In(lang));
    if (!extra.empty()) desc += "\n\n" + Join(extra, " ");
    if (rng.Percent(80)) {
        const Text& closing = d.whatsapp ? t.closing_whatsapp : !d.phone.empty() ? t.closing_phone : t.closing_email;
        desc += "\n\n" + closing.In(lang);
    }
    d.description = desc;
    return d;
}

}  // namespace

std::vector<domain::ServiceAdDraft> DemoServices(std::size_t count, std::uint64_t seed) {
    Rng rng(seed);
    const auto& categories = domain::ServiceCategories();
    const auto& services = Services();

    auto out =
        MakeCoveringCategories(count, rng, categories, services, [&](const Service& k) { return MakeDraft(k, rng); });
    // The first ads, one per category, show their contacts to everyone, so that even a small demo site has
    // contacts to reveal.
    for (std::size_t i = 0; i < std::min(out.size(), categories.size()); ++i) out[i].privacy = "everyone";
    return out;
}

std::vector<std::string> DemoServicePhotos(const domain::ServiceAdDraft& draft, std::size_t index) {
    std::vector<std::string> out;
    for (std::size_t k = 0; k < 1 + index % 3; ++k)
        out.push_back(IllustratedServicePhotoPng(draft.category, index * 3 + k));
    return out;
}

}  // namespace ejob::seed
