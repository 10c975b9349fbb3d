#include "domain/services/service_index.hpp"

namespace ejob::domain {

namespace {
enum Number : size_t { kPrice };
}  // namespace

search::ListingIndex ServiceAdIndexTraits::MakeIndex() {
    return search::ListingIndex({"category", "city"}, {"price"}, {kPrice});
}

search::IndexEntry ServiceAdIndexTraits::Entry(const ServiceAdSummary& s, const std::string& search_text) {
    search::IndexEntry e;
    e.id = s.id;
    e.published_at = s.published_at;
    e.facets = {s.category, s.city};
    e.numbers = {s.price.value_or(search::kNoNumber)};
    e.title = s.title;
    e.text = search_text;
    return e;
}

search::IndexQuery ServiceAdIndexTraits::Query(const ServiceAdFilter& f, Millis, const search::Synonyms& synonyms) {
    search::IndexQuery q;
    q.text = synonyms.Understand(f.terms);
    q.equal = {f.category, f.city};
    // Negotiable ads have no price: a price bound leaves them out.
    if (f.price_min || f.price_max) q.ranges.push_back({.field = kPrice, .min = f.price_min, .max = f.price_max});
    search::ListPart(q, f, kPrice);
    return q;
}

}  // namespace ejob::domain
