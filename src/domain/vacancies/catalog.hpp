#pragma once
// Reference data: categories, cities and the option lists of the vacancy form.
// Names are English msgids; the web layer translates them.
#include <string_view>
#include <vector>

namespace ejob::domain {

struct Option {
    std::string_view code;
    std::string_view name;  // msgid
};

struct Category {
    std::string_view code;
    std::string_view name;  // msgid
    std::vector<Option> subcategories;
};

const std::vector<Category>& Categories();
const std::vector<Option>& Cities();
const std::vector<Option>& EmploymentTypes();
const std::vector<Option>& ExperienceLevels();
const std::vector<Option>& EducationLevels();        // what a vacancy asks for
const std::vector<Option>& ResumeEducationLevels();  // what a person has (same codes)

const Category* FindCategory(std::string_view code);
const Option* FindOption(const std::vector<Option>& options, std::string_view code);

}  // namespace ejob::domain
