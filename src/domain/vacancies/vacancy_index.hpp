#pragma once
// Vacancy lists from memory (search/indexed_listings.hpp): the fields a vacancy is filtered, counted and ordered by.
#include "domain/search/indexed_listings.hpp"
#include "domain/vacancies/vacancy.hpp"

namespace ejob::domain {

struct VacancyIndexTraits {
    using Port = VacancyListings;
    using Summary = VacancySummary;
    using Filter = VacancyFilter;
    static constexpr const char* kKind = "vacancy";
    static search::ListingIndex MakeIndex();
    static search::IndexEntry Entry(const VacancySummary& s, const std::string& search_text);
    static search::IndexQuery Query(const VacancyFilter& f, Millis now, const search::Synonyms& synonyms);
    static void Finish(VacancySummary&, Millis) {}
    template <typename IO>
    static void Fields(IO& io, VacancySummary& s) {
        io.Num(s.id);
        io.Str(s.slug);
        io.Str(s.position);
        io.Str(s.company);
        io.Str(s.category);
        io.Str(s.city);
        io.Str(s.employment_type);
        io.Str(s.subcategory);
        io.Str(s.experience);
        io.Str(s.education);
        io.Flag(s.remote);
        io.OptNum(s.salary_min);
        io.OptNum(s.salary_max);
        io.Str(s.logo);
        io.Str(s.excerpt);
        io.Num(s.published_at);
    }
};
using IndexedVacancies = search::IndexedListings<VacancyIndexTraits>;

}  // namespace ejob::domain
