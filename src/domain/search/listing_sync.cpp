#include "domain/search/listing_sync.hpp"

#include <set>
#include <utility>

namespace ejob::domain::search {

void ListingSync::Start() {
    std::lock_guard lock(mu_);
    high_ = feed_.Last();
    gaps_.clear();
    // Numbers taken but not committed yet are below the newest: what the reload cannot see, it looks for later.
    const std::int64_t from = std::max<std::int64_t>(0, high_ - kStartWindow);
    std::set<std::int64_t> visible;
    for (const auto& c : feed_.After(from, static_cast<size_t>(kStartWindow))) visible.insert(c.seq);
    const Millis now = clock_.Now();
    for (std::int64_t seq = from + 1; seq <= high_; ++seq)
        if (!visible.count(seq)) gaps_.emplace(seq, now);
    for (auto* r : replicas_) r->Reload();
}

size_t ListingSync::Apply(const std::vector<ListingChange>& changes) {
    std::set<std::pair<std::string, std::int64_t>> items;
    for (const auto& c : changes) items.insert({c.kind, c.id});
    for (const auto& [kind, id] : items)
        for (auto* r : replicas_)
            if (kind == r->kind()) r->Refresh(id);
    return items.size();
}

size_t ListingSync::Poll() {
    std::lock_guard lock(mu_);
    size_t refreshed = 0;
    // Whoever keeps copies of public pages hears of what was applied, even when a later refresh fails; and before
    // this poll returns, so that a writer's next request never meets a page from before its own change.
    struct Tell {
        ListingSync& sync;
        size_t& refreshed;
        ~Tell() {
            if (refreshed > 0 && sync.on_change) sync.on_change();
        }
    } tell{*this, refreshed};
    const Millis now = clock_.Now();
    constexpr size_t kBatch = 2000;
    for (;;) {
        auto changes = feed_.After(high_, kBatch);
        for (const auto& c : changes) {
            for (std::int64_t seq = high_ + 1; seq < c.seq; ++seq) gaps_.emplace(seq, now);
            high_ = std::max(high_, c.seq);
        }
        refreshed += Apply(changes);
        if (changes.size() < kBatch) break;
    }
    if (!gaps_.empty()) {
        std::vector<std::int64_t> missing;
        for (const auto& [seq, since] : gaps_) missing.push_back(seq);
        auto late = feed_.Among(missing);
        for (const auto& c : late) gaps_.erase(c.seq);
        refreshed += Apply(late);
        for (auto it = gaps_.begin(); it != gaps_.end();)
            it = now - it->second >= kGapWait ? gaps_.erase(it) : std::next(it);
    }
    return refreshed;
}

size_t ListingSync::gaps() const {
    std::lock_guard lock(mu_);
    return gaps_.size();
}

}  // namespace ejob::domain::search
