#include "domain/vacancies/catalog.hpp"

#include "domain/common/msgid.hpp"

namespace ejob::domain {

const std::vector<Category>& Categories() {
    static const std::vector<Category> kCategories = {
        {"finance",
         N_("Finance"),
         {{"accounting", N_("Accounting")},
          {"audit", N_("Audit")},
          {"banking", N_("Banking")},
          {"credit", N_("Credit")},
          {"cashier", N_("Cashier")},
          {"economist", N_("Economist")}}},
        {"marketing",
         N_("Marketing"),
         {{"pr", N_("PR")},
          {"advertising", N_("Advertising")},
          {"smm", N_("SMM")},
          {"copywriting", N_("Copywriting")}}},
        {"it",
         N_("IT"),
         {{"development", N_("Software development")},
          {"sysadmin", N_("System administration")},
          {"databases", N_("Databases")},
          {"it_pm", N_("IT project management")}}},
        {"administration",
         N_("Administration"),
         {{"office", N_("Office management")}, {"reception", N_("Secretary and reception")}, {"hr", N_("HR")}}},
        {"sales", N_("Sales"), {}},
        {"design", N_("Design"), {}},
        {"law", N_("Law"), {}},
        {"education", N_("Education and science"), {}},
        {"industry",
         N_("Industry and agriculture"),
         {{"construction", N_("Construction")},
          {"engineering", N_("Engineering")},
          {"geology", N_("Geology")},
          {"agriculture", N_("Agriculture")}}},
        {"services",
         N_("Services"),
         {{"courier", N_("Courier")},
          {"driver", N_("Driver")},
          {"cleaning", N_("Cleaning")},
          {"restaurant", N_("Restaurant")},
          {"security", N_("Security")},
          {"tourism", N_("Tourism and hotels")},
          {"beauty", N_("Beauty")}}},
        {"medicine", N_("Medicine and pharmacy"), {}},
        {"misc", N_("Miscellaneous"), {{"students", N_("For students")}}},
    };
    return kCategories;
}

// The cities of republican status and the towns most listings are in come first, then every district.
const std::vector<Option>& Cities() {
    static const std::vector<Option> kCities = {
        {"baku", N_("Baku")},
        {"sumgait", N_("Sumgait")},
        {"ganja", N_("Ganja")},
        {"mingachevir", N_("Mingachevir")},
        {"shirvan", N_("Shirvan")},
        {"lankaran", N_("Lankaran")},
        {"shaki", N_("Shaki")},
        {"yevlakh", N_("Yevlakh")},
        {"naftalan", N_("Naftalan")},
        {"khankendi", N_("Khankendi")},
        {"nakhchivan", N_("Nakhchivan")},
        {"khirdalan", N_("Khirdalan")},
        {"guba", N_("Guba")},
        {"gabala", N_("Gabala")},
        {"shamakhi", N_("Shamakhi")},
        {"gusar", N_("Gusar")},
        {"zagatala", N_("Zagatala")},
        {"masally", N_("Masally")},
        {"salyan", N_("Salyan")},
        {"barda", N_("Barda")},
        {"aghdam", N_("Aghdam")},
        {"shusha", N_("Shusha")},
        // every other district (rayon)
        {"absheron", N_("Absheron")},
        {"aghjabadi", N_("Aghjabadi")},
        {"agdash", N_("Agdash")},
        {"aghstafa", N_("Aghstafa")},
        {"aghsu", N_("Aghsu")},
        {"astara", N_("Astara")},
        {"babek", N_("Babek")},
        {"balakan", N_("Balakan")},
        {"beylagan", N_("Beylagan")},
        {"bilasuvar", N_("Bilasuvar")},
        {"jabrayil", N_("Jabrayil")},
        {"jalilabad", N_("Jalilabad")},
        {"julfa", N_("Julfa")},
        {"dashkasan", N_("Dashkasan")},
        {"fuzuli", N_("Fuzuli")},
        {"gadabay", N_("Gadabay")},
        {"goranboy", N_("Goranboy")},
        {"goychay", N_("Goychay")},
        {"goygol", N_("Goygol")},
        {"hajigabul", N_("Hajigabul")},
        {"imishli", N_("Imishli")},
        {"ismayilli", N_("Ismayilli")},
        {"kalbajar", N_("Kalbajar")},
        {"kangarli", N_("Kangarli")},
        {"kurdamir", N_("Kurdamir")},
        {"lachin", N_("Lachin")},
        {"lerik", N_("Lerik")},
        {"neftchala", N_("Neftchala")},
        {"oghuz", N_("Oghuz")},
        {"ordubad", N_("Ordubad")},
        {"gakh", N_("Gakh")},
        {"gazakh", N_("Gazakh")},
        {"gobustan", N_("Gobustan")},
        {"gubadli", N_("Gubadli")},
        {"saatli", N_("Saatli")},
        {"sabirabad", N_("Sabirabad")},
        {"samukh", N_("Samukh")},
        {"sadarak", N_("Sadarak")},
        {"siyazan", N_("Siyazan")},
        {"shabran", N_("Shabran")},
        {"shahbuz", N_("Shahbuz")},
        {"shamkir", N_("Shamkir")},
        {"sharur", N_("Sharur")},
        {"tartar", N_("Tartar")},
        {"tovuz", N_("Tovuz")},
        {"ujar", N_("Ujar")},
        {"khachmaz", N_("Khachmaz")},
        {"khizi", N_("Khizi")},
        {"khojaly", N_("Khojaly")},
        {"khojavend", N_("Khojavend")},
        {"yardimli", N_("Yardimli")},
        {"zangilan", N_("Zangilan")},
        {"zardab", N_("Zardab")},
        {"other", N_("Other city")},
    };
    return kCities;
}

const std::vector<Option>& EmploymentTypes() {
    static const std::vector<Option> k = {{"full_time", N_("Full-time")},   {"part_time", N_("Part-time")},
                                          {"shift", N_("Shift work")},      {"remote", N_("Remote")},
                                          {"internship", N_("Internship")}, {"temporary", N_("Temporary")}};
    return k;
}

const std::vector<Option>& ExperienceLevels() {
    static const std::vector<Option> k = {{"none", N_("No experience")},
                                          {"lt1", N_("Less than 1 year")},
                                          {"1_3", N_("1 to 3 years")},
                                          {"3_5", N_("3 to 5 years")},
                                          {"gt5", N_("More than 5 years")}};
    return k;
}

const std::vector<Option>& EducationLevels() {
    static const std::vector<Option> k = {{"degree", N_("Scientific degree")},
                                          {"higher", N_("Higher")},
                                          {"incomplete_higher", N_("Incomplete higher")},
                                          {"technical_secondary", N_("Technical secondary")},
                                          {"specialised_secondary", N_("Specialised secondary")},
                                          {"secondary", N_("Secondary")},
                                          {"none", N_("No education requirement")}};
    return k;
}

// The same levels as a person's own education: "none" reads "no education", not "no requirement".
const std::vector<Option>& ResumeEducationLevels() {
    static const std::vector<Option> k = [] {
        std::vector<Option> levels = EducationLevels();
        levels.back() = {"none", N_("No education")};
        return levels;
    }();
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
