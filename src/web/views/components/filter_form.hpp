#pragma once
// The controls of a list page's filter form (a GET form: every choice is a plain query parameter).
#include <string>
#include <vector>

#include "domain/vacancies/catalog.hpp"
#include "web/html.hpp"
#include "web/i18n.hpp"

namespace ejob::web::views {

// A <select> with an "any" first option (the empty value: no filter).
void FilterSelect(Html& h, const Tr& tr, const char* name, const char* label,
                  const std::vector<domain::Option>& options, const std::string& selected, const char* any_label);

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
