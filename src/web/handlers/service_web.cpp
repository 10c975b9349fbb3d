// The self-employment ad kind on the web: form parsing, contact lines (with WhatsApp), detail page, list page.
#include <algorithm>

#include "domain/text/text.hpp"
#include "domain/vacancies/catalog.hpp"
#include "domain/vacancies/validation.hpp"
#include "web/handlers/forms.hpp"
#include "web/handlers/kinds.hpp"
#include "web/handlers/list_pages.hpp"
#include "web/handlers/list_query.hpp"
#include "web/router.hpp"

namespace ejob::web::handlers {
namespace d = ejob::domain;

namespace {

std::string Digits(const std::string& s) {
    std::string out;
    for (char c : s)
        if (c >= '0' && c <= '9') out += c;
    return out;
}

// wa.me wants the international number without "+": a local Azerbaijani number (050 123 45 67) gets 994.
std::string WhatsAppNumber(const std::string& phone) {
    std::string digits = Digits(phone);
    bool international = d::text::Trim(phone).substr(0, 1) == "+" || digits.rfind("994", 0) == 0;
    if (!international && digits.size() == 10 && digits[0] == '0') return "994" + digits.substr(1);
    if (!international && digits.size() == 9) return "994" + digits;
    return digits;
}

}  // namespace

d::ServiceAdDraft KindWeb<d::ServiceAdKind>::Parse(const Ctx& ctx) {
    const auto& r = ctx.req;
    d::ServiceAdDraft d;
    d.title = r.FormOr("title");
    d.category = r.FormOr("category");
    d.description = r.FormOr("description");
    d.price_type = r.FormOr("price_type");
    d.price = r.FormOr("price");
    d.price_unit = r.FormOr("price_unit");
    d.city = r.FormOr("city");
    d.service_area = r.FormOr("service_area");
    d.contact_name = r.FormOr("contact_name");
    d.phone = r.FormOr("phone");
    d.email = r.FormOr("email");
    d.whatsapp = !r.FormOr("whatsapp").empty();
    d.privacy = r.FormOr("privacy");
    if (d.privacy.empty()) d.privacy = "everyone";
    d.owner_email = r.FormOr("owner_email");
    d.lang = std::string(Code(ctx.lang));
    return d;  // photos stay empty: the generic handler fills them
}

std::vector<views::ContactLine> KindWeb<d::ServiceAdKind>::Contacts(const Tr& tr, const d::ServiceAdContent& c) {
    std::vector<views::ContactLine> out;
    if (!c.contact_name.empty()) out.push_back({tr("Contact person"), c.contact_name, ""});
    if (!c.phone.empty()) {
        std::string tel = "tel:";
        for (char ch : c.phone)
            if ((ch >= '0' && ch <= '9') || (ch == '+' && tel.size() == 4)) tel += ch;
        out.push_back({tr("Phone"), c.phone, tel});
        if (c.whatsapp) {
            std::string number = WhatsAppNumber(c.phone);
            if (!number.empty()) out.push_back({tr("WhatsApp"), c.phone, "https://wa.me/" + number});
        }
    }
    if (!c.email.empty()) out.push_back({tr("Email"), c.email, "mailto:" + c.email});
    return out;
}

std::string KindWeb<d::ServiceAdKind>::Detail(const views::Frame& f, const d::PublishedItem<d::ServiceAdContent>& item,
                                              views::ContactsModel contacts) {
    return views::ServiceDetail(f, {item.publication, item.content, std::move(contacts)});
}

// ---- /services

http::Response ServiceListHandler(Ctx& ctx) {
    const auto& r = ctx.req;
    views::ServiceListModel m;
    auto& f = m.filter;
    ReadListBasics(r, m);
    f.category = OptionCode(r, "category", d::ServiceCategories());
    f.city = OptionCode(r, "city", d::Cities());
    m.price_min_text = NumberText(r, "price_min", 12);
    m.price_max_text = NumberText(r, "price_max", 12);
    if (auto v = d::rules::ParseAzn(m.price_min_text)) f.price_min = v;
    if (auto v = d::rules::ParseAzn(m.price_max_text)) f.price_max = v;

    m.page_link_base = ctx.L("/services") + PageLinkQuery()
                                                .Add("q", m.q)
                                                .Add("sort", ListOrderCode(f.order))
                                                .Add("category", f.category)
                                                .Add("city", f.city)
                                                .Add("price_min", f.price_min ? m.price_min_text : "")
                                                .Add("price_max", f.price_max ? m.price_max_text : "")
                                                .str();

    m.page = ctx.app.service_listings.List(f, ctx.app.clock.Now());
    if (f.page > 1 && m.page.items.empty()) return NotFound(ctx, kPastTheLastPage);
    m.counts = ctx.app.service_listings.CountByCategory();
    return HtmlResponse(views::ServiceListPage(MakeFrame(ctx), m));
}

}  // namespace ejob::web::handlers
