#include "domain/vacancies/vacancy_index.hpp"

namespace ejob::domain {

namespace {
// Facet fields, in this order; the category comes first (CountByCategory).
enum Field : size_t { kCategory, kSubcategory, kCity, kEmploymentType, kExperience, kEducation };
enum Number : size_t { kSalary };
}  // namespace

search::ListingIndex VacancyIndexTraits::MakeIndex() {
    return search::ListingIndex({"category", "subcategory", "city", "employment_type", "experience", "education"},
                                {"salary"}, {kSalary});
}

search::IndexEntry VacancyIndexTraits::Entry(const VacancySummary& s, const std::string& search_text) {
    search::IndexEntry e;
    e.id = s.id;
    e.published_at = s.published_at;
    e.facets = {s.category, s.subcategory, s.city, s.employment_type, s.experience, s.education};
    // A range is as good as its top: "from 800 to 1200" passes "at least 1000".
    auto salary = s.salary_max ? s.salary_max : s.salary_min;
    e.numbers = {salary.value_or(search::kNoNumber)};
    e.title = s.position;
    e.text = search_text;
    return e;
}

search::IndexQuery VacancyIndexTraits::Query(const VacancyFilter& f, Millis now, const search::Synonyms& synonyms) {
    search::IndexQuery q;
    q.text = synonyms.Understand(f.terms);
    q.equal = {f.category, f.subcategory, f.city, f.employment_type, f.experience, f.education};
    if (f.min_salary) q.ranges.push_back({.field = kSalary, .min = f.min_salary});
    q.range_facets.push_back({"with_salary", {{"1", {.field = kSalary}}}, f.with_salary ? "1" : ""});
    search::RangeFacet posted{"posted", {}, f.posted_within_days ? std::to_string(f.posted_within_days) : ""};
    for (int days : {1, 3, 7, 30})
        posted.options.push_back({std::to_string(days), {.field = search::kPublishedAt, .min = now - days * kDay}});
    q.range_facets.push_back(std::move(posted));
    search::ListPart(q, f, kSalary);
    return q;
}

}  // namespace ejob::domain
