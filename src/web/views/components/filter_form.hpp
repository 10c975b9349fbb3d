#pragma once
// The controls of a list page's filter form (a GET form: every choice is a plain query parameter).
#include <string>
#include <vector>

#include "domain/search/facet_counts.hpp"
#include "domain/vacancies/catalog.hpp"
#include "domain/vacancies/vacancy.hpp"  // ListOrder
#include "web/html.hpp"
#include "web/i18n.hpp"

namespace ejob::web::views {

// A <select> with an "any" first option (the empty value: no filter). With `counts`, each option says how many
// results it would give under the other filters, and one that would give none is shown as such and disabled
// (unless chosen).
void FilterSelect(Html& h, const Tr& tr, const char* name, const char* label,
                  const std::vector<domain::Option>& options, const std::string& selected, const char* any_label,
                  const domain::search::FacetCounts* counts = nullptr);
// A checkbox filter (value 1), with the number of results it would give.
void FilterCheckbox(Html& h, const Tr& tr, const char* name, const char* label, bool checked,
                    const domain::search::FacetCounts* counts = nullptr);
// The order of the results ("sort"): relevance (offered only with keywords), newest, highest salary or price
// (`highest_label`).
void SortSelect(Html& h, const Tr& tr, domain::ListOrder order, bool keywords, const char* highest_label);

// The bounds of a number field; a null bound is left out.
struct NumberBounds {
    const char* min = nullptr;
    const char* max = nullptr;
    const char* step = nullptr;
};
// <input type=number> with its label; `value` as typed.
void NumberFilter(Html& h, const Tr& tr, const char* name, const char* label, const std::string& value,
                  NumberBounds bounds);

}  // namespace ejob::web::views
