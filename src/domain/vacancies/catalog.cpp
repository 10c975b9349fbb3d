#include "domain/vacancies/catalog.hpp"

namespace ejob::domain {

const std::vector<Category>& Categories() {
    static const std::vector<Category> kCategories = {
        {"finance", "Finance",
         {{"accounting", "Accounting"}, {"audit", "Audit"}, {"banking", "Banking"}, {"credit", "Credit"},
          {"cashier", "Cashier"}, {"economist", "Economist"}}},
        {"marketing", "Marketing",
         {{"pr", "PR"}, {"advertising", "Advertising"}, {"smm", "SMM"}, {"copywriting", "Copywriting"}}},
        {"it", "IT",
         {{"development", "Software development"}, {"sysadmin", "System administration"},
          {"databases", "Databases"}, {"it_pm", "IT project management"}}},
        {"administration", "Administration",
         {{"office", "Office management"}, {"reception", "Secretary and reception"}, {"hr", "HR"}}},
        {"sales", "Sales", {}},
        {"design", "Design", {}},
        {"law", "Law", {}},
        {"education", "Education and science", {}},
        {"industry", "Industry and agriculture",
         {{"construction", "Construction"}, {"engineering", "Engineering"}, {"geology", "Geology"},
          {"agriculture", "Agriculture"}}},
        {"services", "Services",
         {{"courier", "Courier"}, {"driver", "Driver"}, {"cleaning", "Cleaning"}, {"restaurant", "Restaurant"},
          {"security", "Security"}, {"tourism", "Tourism and hotels"}, {"beauty", "Beauty"}}},
        {"medicine", "Medicine and pharmacy", {}},
        {"misc", "Miscellaneous", {{"students", "For students"}}},
    };
    return kCategories;
}

const std::vector<Option>& Cities() {
    static const std::vector<Option> kCities = {
        {"baku", "Baku"},         {"sumgait", "Sumgait"},     {"ganja", "Ganja"},       {"mingachevir", "Mingachevir"},
        {"shirvan", "Shirvan"},   {"lankaran", "Lankaran"},   {"shaki", "Shaki"},       {"yevlakh", "Yevlakh"},
        {"naftalan", "Naftalan"}, {"khankendi", "Khankendi"}, {"nakhchivan", "Nakhchivan"}, {"khirdalan", "Khirdalan"},
        {"guba", "Guba"},         {"gabala", "Gabala"},       {"shamakhi", "Shamakhi"}, {"gusar", "Gusar"},
        {"zagatala", "Zagatala"}, {"masally", "Masally"},     {"salyan", "Salyan"},     {"barda", "Barda"},
        {"aghdam", "Aghdam"},     {"shusha", "Shusha"},       {"other", "Other city"},
    };
    return kCities;
}

const std::vector<Option>& EmploymentTypes() {
    static const std::vector<Option> k = {{"full_time", "Full-time"},   {"part_time", "Part-time"},
                                          {"shift", "Shift work"},      {"remote", "Remote"},
                                          {"internship", "Internship"}, {"temporary", "Temporary"}};
    return k;
}

const std::vector<Option>& ExperienceLevels() {
    static const std::vector<Option> k = {{"none", "No experience"},
                                          {"lt1", "Less than 1 year"},
                                          {"1_3", "1 to 3 years"},
                                          {"3_5", "3 to 5 years"},
                                          {"gt5", "More than 5 years"}};
    return k;
}

const std::vector<Option>& EducationLevels() {
    static const std::vector<Option> k = {{"degree", "Scientific degree"},
                                          {"higher", "Higher"},
                                          {"incomplete_higher", "Incomplete higher"},
                                          {"technical_secondary", "Technical secondary"},
                                          {"specialised_secondary", "Specialised secondary"},
                                          {"secondary", "Secondary"},
                                          {"none", "No education requirement"}};
    return k;
}

const Category* FindCategory(std::string_view code) {
    for (const auto& c : Categories())
        if (c.code == code) return &c;
    return nullptr;
}

const Option* FindOption(const std::vector<Option>& options, std::string_view code) {
    for (const auto& o : options)
        if (o.code == code) return &o;
    return nullptr;
}

}  // namespace ejob::domain
