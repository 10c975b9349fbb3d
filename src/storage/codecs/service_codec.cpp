#include <nlohmann/json.hpp>

#include "storage/codecs/codecs.hpp"

namespace ejob::storage {
namespace {
using nlohmann::json;

template <typename T>
void Opt(json& j, const char* key, const std::optional<T>& v) {
    if (v) j[key] = *v;
}
template <typename T>
void ReadOpt(const json& j, const char* key, std::optional<T>& v) {
    if (auto it = j.find(key); it != j.end() && it->is_number_integer()) v = it->get<T>();
}
std::string Str(const json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}
bool Bool(const json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_boolean() && it->get<bool>();
}
std::vector<std::string> Strings(const json& j, const char* key) {
    std::vector<std::string> out;
    if (auto it = j.find(key); it != j.end() && it->is_array())
        for (const auto& e : *it)
            if (e.is_string()) out.push_back(e.get<std::string>());
    return out;
}
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
              {"privacy", std::string(domain::ToString(c.privacy))},
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
    c.privacy = domain::ParseContactVisibility(Str(j, "privacy")).value_or(domain::ContactVisibility::Everyone);
    c.photos = Strings(j, "photos");
    ReadOpt(j, "price", c.price);
}

}  // namespace ejob::storage
