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
};
using IndexedVacancies = search::IndexedListings<VacancyIndexTraits>;

}  // namespace ejob::domain
