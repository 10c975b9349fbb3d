#pragma once
// An in-memory index of what is public for one kind of publication: for every published item its facet codes
// (category, city, …), its numbers (salary, birth year, …), its date, and the words of its text, with the words of
// its title marked. Any list page — any combination of filters, any words, any page, any order — is answered from
// memory, together with how many results each filter option would give under the other filters, at a cost that
// does not depend on the database. The index is a cache: it is rebuilt from the read model at start-up and kept in
// step with it by the change feed (listing_sync.hpp), so it may be lost at any time.
//
// Items live in slots (dense numbers); a removed item leaves a dead slot until the slots are compacted. Words are
// matched as prefixes of the indexed words, like the search box always did. Not thread-safe: the owner locks
// (IndexedListings).
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "domain/common/clock.hpp"
#include "domain/search/facet_counts.hpp"
#include "domain/search/search_query.hpp"

namespace ejob::domain::search {

inline constexpr std::int64_t kNoNumber = std::numeric_limits<std::int64_t>::min();

// One published item as the index sees it.
struct IndexEntry {
    std::int64_t id = 0;
    Millis published_at = 0;
    std::vector<std::string> facets;    // one code per facet field, in the index's order; "" = none
    std::vector<std::int64_t> numbers;  // one per number field; kNoNumber = none
    std::string title;                  // the title as written (folded here)
    std::string text;                   // all the searchable text, already folded (text::Fold)
};

// The field number that means an item's publication date (IndexEntry::published_at) in a NumberRange.
inline constexpr size_t kPublishedAt = static_cast<size_t>(-1);

// A bound on a number field (or kPublishedAt). An item without the number passes only when `keep_missing`.
struct NumberRange {
    size_t field = 0;
    std::optional<std::int64_t> min, max;  // inclusive
    bool keep_missing = false;
    bool Passes(std::int64_t v) const {
        if (v == kNoNumber) return keep_missing;
        return (!min || v >= *min) && (!max || v <= *max);
    }
};

// A filter with named options over a number field ("posted within 1/3/7/30 days", "with a salary"): each option is
// counted under the other filters; `chosen` (an option's code, or "") is applied.
struct RangeFacet {
    std::string name;
    std::vector<std::pair<std::string, NumberRange>> options;
    std::string chosen;
};

enum class Order {
    Newest,      // newest first
    Relevance,   // title matches first (all words, then some), then newest; Newest without words
    NumberDesc,  // by a sort field, highest first, items without it last; then newest
};

struct IndexQuery {
    SearchQuery text;
    std::vector<std::string> equal;  // per facet field: the code it must have, "" = any (may be shorter)
    std::vector<NumberRange> ranges;
    std::vector<RangeFacet> range_facets;
    Order order = Order::Newest;
    size_t sort_field = 0;  // for NumberDesc: a number field declared sortable
    size_t offset = 0;
    size_t limit = 20;
    bool count_facets = false;  // also count every option of every facet field and range facet
};

struct IndexResult {
    std::vector<std::uint32_t> slots;  // the page, in order
    std::int64_t total = 0;
    FacetCounts facets;
};

// Memory figures: items, distinct words, postings.
struct IndexStats {
    std::int64_t items = 0;
    size_t words = 0, postings = 0, row_bytes = 0;
};

class ListingIndex {
  public:
    // `sortable`: the number fields an Order::NumberDesc may use (each keeps an order of its own).
    ListingIndex(std::vector<std::string> facet_fields, std::vector<std::string> number_fields,
                 std::vector<size_t> sortable = {});

    // Adds the item, replacing the one with the same id; returns its slot.
    std::uint32_t Put(const IndexEntry& e);
    // Loading many items: between Bulk(true) and Bulk(false), Put leaves the orders unsorted (sorted once at the
    // end) and memory is trimmed at the end.
    void Bulk(bool on);
    // Removes the item (its slot becomes dead); false when it was not there.
    bool Remove(std::int64_t id);
    // When dead slots are many, renumbers the live ones densely. Returns old slot → new slot (kGone for dead), or
    // an empty vector when nothing moved.
    static constexpr std::uint32_t kGone = std::numeric_limits<std::uint32_t>::max();
    std::vector<std::uint32_t> CompactIfSparse();

    IndexResult Search(const IndexQuery& q) const;

    std::int64_t size() const { return live_; }
    std::int64_t id_at(std::uint32_t slot) const { return ids_[slot]; }
    std::optional<std::uint32_t> SlotOf(std::int64_t id) const {
        auto it = slot_of_.find(id);
        return it == slot_of_.end() ? std::nullopt : std::optional<std::uint32_t>(it->second);
    }
    // Live items per code of a facet field.
    std::map<std::string, std::int64_t> Counts(size_t field) const;
    // Distinct words indexed, and postings held (memory figures).
    size_t words() const { return postings_.size(); }
    size_t postings() const;

  private:
    using Bits = std::vector<std::uint64_t>;
    std::uint16_t Intern(size_t field, const std::string& code);
    std::int64_t Number(size_t field, std::uint32_t slot) const {
        return field == kPublishedAt ? published_[slot] : numbers_[field][slot];
    }
    // The order whose items come by `field` from highest down (kPublishedAt: newest first), if one is kept.
    const std::vector<std::uint32_t>* OrderBy(size_t field) const;
    // How many items at the start of `order` (highest first) have `field` >= min.
    size_t PrefixAtLeast(const std::vector<std::uint32_t>& order, size_t field, std::int64_t min) const;
    // Narrows `bits` to the items that pass `range`.
    void Narrow(Bits& bits, const NumberRange& range) const;
    // How many items of `mask` pass each option.
    std::vector<std::int64_t> CountOptions(const RangeFacet& facet, const Bits& mask) const;
    void SortOrders();
    void Grow(size_t slots);
    bool Before(size_t order, std::uint32_t a, std::uint32_t b) const;  // a comes first in order
    void Expand(const std::string& prefix, Bits& any, Bits& title) const;
    void Take(const Bits& bits, std::int64_t count, size_t order, size_t& skip, size_t limit,
              std::vector<std::uint32_t>& out) const;

    std::vector<std::string> facet_fields_, number_fields_;
    std::vector<size_t> sortable_;
    size_t words_cap_ = 0;  // bitset length in 64-bit words
    std::uint32_t slots_ = 0;
    std::int64_t live_ = 0;
    std::vector<std::int64_t> ids_;
    std::vector<Millis> published_;
    std::vector<std::uint16_t> codes_;                // [slot * fields + field]
    std::vector<std::vector<std::int64_t>> numbers_;  // [field][slot]
    std::vector<Bits> present_;                       // [field]: live items that have the number
    bool bulk_ = false;
    std::vector<std::vector<std::string>> code_names_;
    std::vector<std::unordered_map<std::string, std::uint16_t>> code_of_;
    std::vector<std::vector<Bits>> code_bits_;            // [field][code]: live slots with that code
    std::vector<std::vector<std::int64_t>> code_counts_;  // [field][code]: live count
    Bits alive_;
    std::unordered_map<std::int64_t, std::uint32_t> slot_of_;
    std::map<std::string, std::vector<std::uint32_t>, std::less<>> postings_;  // word → slot << 1 | in title
    std::vector<std::vector<std::uint32_t>> orders_;  // [0] newest first, then one per sortable field
};

}  // namespace ejob::domain::search
