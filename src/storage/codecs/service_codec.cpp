#include "storage/codecs/codecs.hpp"
#include "storage/codecs/json_fields.hpp"

namespace ejob::storage {
namespace {
using nlohmann::json;
using namespace json_fields;
}  // namespace

std::string ToJson(const domain::ServiceAdContent& c) {
    json j = {{"title", c.title},
              {"category", c.category},
              {"description", c.description},
              {"price_type", c.price_type},
              {"price_unit", c.price_unit},
              {"city", c.city},
              {"service_area", c.service_area},
              {"contact_name", c.contact_name},
              {"phone", c.phone},
              {"email", c.email},
              {"whatsapp", c.whatsapp},
              {"privacy", PrivacyName(c.privacy)},
              {"photos", c.photos}};
    Opt(j, "price", c.price);
    return j.dump();
}

void FromJson(const std::string& text, domain::ServiceAdContent& c) {
    json j = json::parse(text);
    c = domain::ServiceAdContent{};
    c.title = Str(j, "title");
    c.category = Str(j, "category");
    c.description = Str(j, "description");
    c.price_type = Str(j, "price_type");
    c.price_unit = Str(j, "price_unit");
    c.city = Str(j, "city");
    c.service_area = Str(j, "service_area");
    c.contact_name = Str(j, "contact_name");
    c.phone = Str(j, "phone");
    c.email = Str(j, "email");
    c.whatsapp = Bool(j, "whatsapp");
    c.privacy = Privacy(j);
    c.photos = Strings(j, "photos");
    ReadOpt(j, "price", c.price);
}

}  // namespace ejob::storage
