#include "domain/services/service_ad.hpp"

#include "domain/common/msgid.hpp"
#include "domain/text/text.hpp"

namespace ejob::domain {

const std::vector<Option>& ServiceCategories() {
    static const std::vector<Option> k = {{"repair", N_("Repair and construction")},
                                          {"tutoring", N_("Tutoring and courses")},
                                          {"beauty", N_("Beauty and health")},
                                          {"transport", N_("Transport and delivery")},
                                          {"it_design", N_("IT and design")},
                                          {"household", N_("Household services")},
                                          {"handmade", N_("Handmade")},
                                          {"other", N_("Other services")}};
    return k;
}

const std::vector<Option>& PriceTypes() {
    static const std::vector<Option> k = {
        {"fixed", N_("Fixed price")}, {"from", N_("Price from")}, {"negotiable", N_("Negotiable")}};
    return k;
}

const std::vector<Option>& PriceUnits() {
    static const std::vector<Option> k = {{"hour", N_("per hour")}, {"job", N_("per job")}, {"month", N_("per month")}};
    return k;
}

ServiceAdDraft ToDraft(const ServiceAdContent& c) {
    ServiceAdDraft d;
    d.title = c.title;
    d.category = c.category;
    d.description = c.description;
    d.price_type = c.price_type;
    if (c.price) {
        d.price = std::to_string(*c.price / 100);
        if (std::int64_t cents = *c.price % 100) {
            d.price += cents < 10 ? ".0" : ".";
            d.price += std::to_string(cents);
        }
    }
    d.price_unit = c.price_unit;
    d.city = c.city;
    d.service_area = c.service_area;
    d.contact_name = c.contact_name;
    d.phone = c.phone;
    d.email = c.email;
    d.whatsapp = c.whatsapp;
    d.privacy = std::string(ToString(c.privacy));
    d.photos = c.photos;
    return d;
}

std::string SearchText(const ServiceAdContent& c) {
    // Never the contacts (phone, email, contact name).
    return text::Fold(c.title + "\n" + c.service_area + "\n" + c.description);
}

AuditedFields ServiceAdKind::Audited(const ServiceAdContent& c) {
    return {{N_("Title"), c.title},
            {N_("Category"), c.category},
            {N_("Description"), c.description},
            {N_("Price"), c.price_type},
            {N_("Price, AZN"), audit::Azn(c.price)},
            {N_("Price unit"), c.price_unit},
            {N_("City"), c.city},
            {N_("Service area"), c.service_area},
            {N_("Who may see the contacts"), std::string(ToString(c.privacy))},
            {N_("Photos"), audit::Count(c.photos)}};
}

}  // namespace ejob::domain
