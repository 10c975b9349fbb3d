#pragma once
// A kind's public lists served from memory: a ListingIndex and the items' list rows under one lock, loaded from the
// read model (a ListingSource, implemented by storage) and refreshed item by item as the change feed reports
// (ListingSync). A kind says how its rows become index entries and its filters become index queries in a traits
// type (e.g. domain/vacancies/vacancy_index.hpp):
//   using Port, Summary, Filter;  static constexpr const char* kKind;
//   static ListingIndex MakeIndex();  static IndexEntry Entry(const Summary&, const std::string& search_text);
//   static IndexQuery Query(const Filter&, Millis now, const Synonyms&);  static void Finish(Summary&, Millis now);
//   template <typename IO> static void Fields(IO&, Summary&);  (the fields kept in memory: packed_rows.hpp)
#include <algorithm>
#include <functional>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <vector>

#include "domain/search/listing_index.hpp"
#include "domain/search/listing_sync.hpp"
#include "domain/search/packed_rows.hpp"
#include "domain/vacancies/vacancy.hpp"  // Page, CategoryCount

namespace ejob::domain::search {

// Port: one kind's read model rows (its list summaries) with the folded text they are found by.
template <typename Summary>
class ListingSource {
  public:
    struct Item {
        Summary summary;
        std::string search_text;
    };
    virtual ~ListingSource() = default;
    // Every published item of the kind.
    virtual void ForEach(const std::function<void(Item&&)>& each) = 0;
    // One item; nullopt when it is not published (any more).
    virtual std::optional<Item> Find(std::int64_t id) = 0;
};

// The order, page and counting a list's filter asks for, as an index query.
template <typename Filter>
void ListPart(IndexQuery& q, const Filter& f, size_t sort_field) {
    q.order = f.order == ListOrder::Highest  ? Order::NumberDesc
              : f.order == ListOrder::Newest ? Order::Newest
                                             : Order::Relevance;
    q.sort_field = sort_field;
    q.offset = static_cast<size_t>(std::max(f.page - 1, 0)) * static_cast<size_t>(std::max(f.per_page, 0));
    q.limit = static_cast<size_t>(std::max(f.per_page, 0));
    q.count_facets = f.count_options;
}

template <typename Traits>
class IndexedListings final : public Traits::Port, public ListingReplica {
    using Summary = typename Traits::Summary;
    using Filter = typename Traits::Filter;

  public:
    IndexedListings(ListingSource<Summary>& source, const Synonyms& synonyms)
        : source_(source), synonyms_(synonyms), index_(Traits::MakeIndex()) {}

    const char* kind() const override { return Traits::kKind; }

    void Reload() override {
        ListingIndex fresh = Traits::MakeIndex();
        fresh.Bulk(true);
        Rows rows;
        source_.ForEach([&](typename ListingSource<Summary>::Item&& item) {
            const auto slot = fresh.Put(Traits::Entry(item.summary, item.search_text));
            rows.Put(slot, std::move(item.summary));
        });
        fresh.Bulk(false);
        rows.Shrink();
        std::unique_lock lock(mu_);
        index_ = std::move(fresh);
        rows_ = std::move(rows);
    }

    void Refresh(std::int64_t id) override {
        auto item = source_.Find(id);
        std::unique_lock lock(mu_);
        if (!item) {
            index_.Remove(id);
        } else {
            const auto slot = index_.Put(Traits::Entry(item->summary, item->search_text));
            rows_.Put(slot, std::move(item->summary));
        }
        auto moved = index_.CompactIfSparse();
        if (!moved.empty()) rows_.Compact(moved, ListingIndex::kGone, static_cast<size_t>(index_.size()));
    }

    Page<Summary> List(const Filter& f, Millis now) override {
        const IndexQuery q = Traits::Query(f, now, synonyms_);
        Page<Summary> page;
        page.page = f.page;
        page.per_page = f.per_page;
        {
            std::shared_lock lock(mu_);
            auto r = index_.Search(q);
            page.total = r.total;
            page.options = std::move(r.facets);
            page.items.reserve(r.slots.size());
            for (auto s : r.slots) page.items.push_back(rows_.Get(s));
        }
        for (auto& item : page.items) Traits::Finish(item, now);
        return page;
    }

    std::vector<CategoryCount> CountByCategory() override {
        std::vector<CategoryCount> out;
        std::shared_lock lock(mu_);
        for (auto& [code, n] : index_.Counts(0)) out.push_back({code, n});  // the category is the first field
        return out;
    }

    IndexStats stats() const {
        std::shared_lock lock(mu_);
        return {index_.size(), index_.words(), index_.postings(), rows_.bytes()};
    }

  private:
    ListingSource<Summary>& source_;
    const Synonyms& synonyms_;
    mutable std::shared_mutex mu_;
    ListingIndex index_;
    using Rows = PackedRows<Summary, Traits>;
    Rows rows_;  // by slot
};

}  // namespace ejob::domain::search
