#include "web/views/components/filter_form.hpp"

namespace ejob::web::views {

void FilterSelect(Html& h, const Tr& tr, const char* name, const char* label,
                  const std::vector<domain::Option>& options, const std::string& selected, const char* any_label) {
    std::string id = std::string("f-") + name;
    h.Open("div", {{"class", "field"}});
    h.Element("label", {{"for", id}}, tr(label));
    h.Open("select", {{"id", id}, {"name", name}});
    h.Element("option", {{"value", ""}}, tr(any_label));
    for (const auto& o : options)
        h.Element("option", {{"value", o.code}, Flag("selected", o.code == selected)}, tr(o.name.data()));
    h.Close("select").Close("div");
}

void NumberFilter(Html& h, const Tr& tr, const char* name, const char* label, const std::string& value,
                  NumberBounds bounds) {
    std::string id = std::string("f-") + name;
    h.Open("div", {{"class", "field"}});
    h.Element("label", {{"for", id}}, tr(label));
    h.Void("input", {{"id", id},
                     {"type", "number"},
                     {"name", name},
                     {"min", bounds.min ? bounds.min : "", bounds.min != nullptr},
                     {"max", bounds.max ? bounds.max : "", bounds.max != nullptr},
                     {"step", bounds.step ? bounds.step : "", bounds.step != nullptr},
                     {"inputmode", "numeric"},
                     {"value", value}});
    h.Close("div");
}

}  // namespace ejob::web::views
