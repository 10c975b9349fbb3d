#include "domain/search/listing_sync.hpp"

#include <algorithm>

namespace ejob::domain::search {

void ListingSync::Start() {
    std::lock_guard lock(mu_);
    low_ = feed_.Last();
    applied_.clear();
    gaps_.clear();
    for (auto* r : replicas_) r->Reload();
}

size_t ListingSync::Poll() {
    size_t refreshed = 0;
    {
        std::lock_guard lock(mu_);
        constexpr size_t kBatch = 2000;
        for (std::int64_t cursor = low_;;) {
            auto changes = feed_.After(cursor, kBatch);
            if (!changes.empty()) cursor = changes.back().seq;
            // One refresh per item, however often it changed.
            std::set<std::pair<std::string, std::int64_t>> items;
            for (const auto& c : changes)
                if (!applied_.count(c.seq)) items.insert({c.kind, c.id});
            for (const auto& [kind, id] : items) {
                for (auto* r : replicas_)
                    if (kind == r->kind()) r->Refresh(id);
            }
            refreshed += items.size();
            for (const auto& c : changes) applied_.insert(c.seq);
            // Numbers skipped so far are gaps until they show up or have been waited for long enough.
            const Millis now = clock_.Now();
            if (!applied_.empty()) {
                std::int64_t expect = low_ + 1;
                for (auto seq : applied_) {
                    for (; expect < seq; ++expect) gaps_.emplace(expect, now);
                    expect = seq + 1;
                }
            }
            for (;;) {
                if (applied_.count(low_ + 1)) {
                    applied_.erase(low_ + 1);
                    gaps_.erase(low_ + 1);
                    ++low_;
                    continue;
                }
                auto gap = gaps_.find(low_ + 1);
                if (gap != gaps_.end() && now - gap->second >= kGapWait) {
                    gaps_.erase(gap);
                    ++low_;
                    continue;
                }
                break;
            }
            if (changes.size() < kBatch) break;
        }
    }
    if (refreshed > 0 && on_change) on_change();
    return refreshed;
}

}  // namespace ejob::domain::search
