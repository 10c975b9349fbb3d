#include "web/views/components/filter_form.hpp"

namespace ejob::web::views {

namespace {
std::string Counted(const Tr& tr, std::string text, std::int64_t n) {
    return text + " (" + tr.Number(n) + ")";
}
}  // namespace

void FilterSelect(Html& h, const Tr& tr, const char* name, const char* label,
                  const std::vector<domain::Option>& options, const std::string& selected, const char* any_label,
                  const domain::search::FacetCounts* counts) {
    std::string id = std::string("f-") + name;
    h.Open("div", {{"class", "field"}});
    h.Element("label", {{"for", id}}, tr(label));
    h.Open("select", {{"id", id}, {"name", name}});
    h.Element("option", {{"value", ""}}, tr(any_label));
    for (const auto& o : options) {
        const bool chosen = o.code == selected;
        if (!counts || !counts->counted) {
            h.Element("option", {{"value", o.code}, Flag("selected", chosen)}, tr(o.name.data()));
            continue;
        }
        const std::int64_t n = counts->Of(name, std::string(o.code));
        h.Element("option", {{"value", o.code}, Flag("selected", chosen), Flag("disabled", n == 0 && !chosen)},
                  Counted(tr, tr(o.name.data()), n));
    }
    h.Close("select").Close("div");
}

void FilterCheckbox(Html& h, const Tr& tr, const char* name, const char* label, bool checked,
                    const domain::search::FacetCounts* counts) {
    std::string id = std::string("f-") + name;
    h.Open("div", {{"class", "field checkbox"}});
    h.Void("input", {{"id", id}, {"type", "checkbox"}, {"name", name}, {"value", "1"}, Flag("checked", checked)});
    std::string text = tr(label);
    if (counts && counts->counted) text = Counted(tr, text, counts->Of(name, "1"));
    h.Element("label", {{"for", id}}, text);
    h.Close("div");
}

void SortSelect(Html& h, const Tr& tr, domain::ListOrder order, bool keywords, const char* highest_label) {
    using domain::ListOrder;
    if (order == ListOrder::Default) order = keywords ? ListOrder::Relevance : ListOrder::Newest;
    h.Open("div", {{"class", "field"}});
    h.Element("label", {{"for", "f-sort"}}, tr("Order"));
    h.Open("select", {{"id", "f-sort"}, {"name", "sort"}});
    if (keywords)
        h.Element("option", {{"value", "relevance"}, Flag("selected", order == ListOrder::Relevance)},
                  tr("Most relevant first"));
    h.Element("option", {{"value", "newest"}, Flag("selected", order == ListOrder::Newest)}, tr("Newest first"));
    h.Element("option", {{"value", "highest"}, Flag("selected", order == ListOrder::Highest)}, tr(highest_label));
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
