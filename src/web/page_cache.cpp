#include "web/page_cache.hpp"

namespace ejob::web {

std::shared_ptr<const CachedPage> PageCache::Get(const std::string& key, std::int64_t now) {
    std::lock_guard g(mu_);
    auto it = map_.find(key);
    if (it == map_.end()) return nullptr;
    const auto& page = it->second.first;
    if (page->generation != generation_.load() || now - page->stored_at > ttl_ms_) {
        order_.erase(it->second.second);
        map_.erase(it);
        return nullptr;
    }
    order_.splice(order_.begin(), order_, it->second.second);
    return page;
}

void PageCache::Put(const std::string& key, std::shared_ptr<CachedPage> page, std::int64_t now) {
    if (max_entries_ == 0) return;
    page->stored_at = now;
    std::lock_guard g(mu_);
    if (auto it = map_.find(key); it != map_.end()) {
        order_.erase(it->second.second);
        map_.erase(it);
    }
    order_.push_front(key);
    map_.emplace(key, std::make_pair(std::shared_ptr<const CachedPage>(std::move(page)), order_.begin()));
    while (map_.size() > max_entries_) {
        map_.erase(order_.back());
        order_.pop_back();
    }
}

}  // namespace ejob::web
