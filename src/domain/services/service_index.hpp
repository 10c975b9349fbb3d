#pragma once
// Self-employment ad lists from memory (search/indexed_listings.hpp): the fields an ad is filtered, counted and
// ordered by.
#include "domain/search/indexed_listings.hpp"
#include "domain/services/service_ad.hpp"

namespace ejob::domain {

struct ServiceAdIndexTraits {
    using Port = ServiceAdListings;
    using Summary = ServiceAdSummary;
    using Filter = ServiceAdFilter;
    static constexpr const char* kKind = "service";
    static search::ListingIndex MakeIndex();
    static search::IndexEntry Entry(const ServiceAdSummary& s, const std::string& search_text);
    static search::IndexQuery Query(const ServiceAdFilter& f, Millis now, const search::Synonyms& synonyms);
    static void Finish(ServiceAdSummary&, Millis) {}
    template <typename IO>
    static void Fields(IO& io, ServiceAdSummary& s) {
        io.Num(s.id);
        io.Str(s.slug);
        io.Str(s.title);
        io.Str(s.category);
        io.Str(s.city);
        io.Str(s.price_type);
        io.Str(s.price_unit);
        io.OptNum(s.price);
        io.Str(s.photo);
        io.Str(s.excerpt);
        io.Num(s.published_at);
    }
};
using IndexedServiceAds = search::IndexedListings<ServiceAdIndexTraits>;

}  // namespace ejob::domain
