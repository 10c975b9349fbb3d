#pragma once
// Catalogue codes as a reader sees them: the translated name of a city, category, level, ….
#include <string>
#include <string_view>
#include <vector>

#include "domain/vacancies/catalog.hpp"
#include "web/i18n.hpp"

namespace ejob::web::views {

// The translated name of `code` in `options`; an unknown code as it is.
std::string OptionName(const Tr& tr, const std::vector<domain::Option>& options, std::string_view code);
// The translated name of a job category (vacancies and resumes share them).
std::string CategoryName(const Tr& tr, std::string_view code);
// The job categories as options, for a <select>.
std::vector<domain::Option> CategoryOptions();

}  // namespace ejob::web::views
