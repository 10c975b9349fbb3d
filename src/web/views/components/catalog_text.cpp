#include "web/views/components/catalog_text.hpp"

namespace ejob::web::views {

std::string OptionName(const Tr& tr, const std::vector<domain::Option>& options, std::string_view code) {
    if (const auto* o = domain::FindOption(options, code)) return tr(std::string(o->name).c_str());
    return std::string(code);
}

std::string CategoryName(const Tr& tr, std::string_view code) {
    if (const auto* c = domain::FindCategory(code)) return tr(std::string(c->name).c_str());
    return std::string(code);
}

std::vector<domain::Option> CategoryOptions() {
    std::vector<domain::Option> out;
    for (const auto& c : domain::Categories()) out.push_back({c.code, c.name});
    return out;
}

}  // namespace ejob::web::views
