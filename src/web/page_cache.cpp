#include "web/page_cache.hpp"

#include <algorithm>

#include "web/static_files.hpp"  // Gzip

namespace ejob::web {
namespace {

bool IsPageParameter(std::string_view declared, std::string_view name) {
    while (!declared.empty()) {
        size_t space = declared.find(' ');
        if (declared.substr(0, space) == name) return true;
        if (space == std::string_view::npos) break;
        declared.remove_prefix(space + 1);
    }
    return false;
}

}  // namespace

http::Fields PageQuery(const http::Fields& query, std::string_view declared) {
    http::Fields kept;
    for (const auto& [k, v] : query) {
        if (v.empty() || !IsPageParameter(declared, k)) continue;
        bool seen = false;
        for (const auto& kv : kept) seen |= kv.first == k;
        if (!seen) kept.emplace_back(k, v);
    }
    std::sort(kept.begin(), kept.end());
    return kept;
}

std::string CachedPage::GzipOf(const std::string& s) {
    return web::Gzip(s);
}

size_t PageCache::SizeOf(const std::string& key, const CachedPage& page) {
    constexpr size_t kOverhead = 256;  // map and list nodes, the page's other fields
    // The compressed copy, made later for the first client that takes it, is reckoned at a quarter of the body.
    return 2 * key.size() + page.body.size() + page.body.size() / 4 + page.content_type.size() + page.etag.size() +
           kOverhead;
}

void PageCache::Drop(const std::string& key) {
    auto it = map_.find(key);
    if (it == map_.end()) return;
    bytes_ -= SizeOf(key, *it->second.first);
    order_.erase(it->second.second);
    map_.erase(it);
}

std::shared_ptr<const CachedPage> PageCache::Get(const std::string& key, std::int64_t now) {
    std::lock_guard g(mu_);
    auto it = map_.find(key);
    if (it == map_.end()) return nullptr;
    const auto& page = it->second.first;
    if (page->generation != generation_.load() || now - page->stored_at > ttl_ms_) {
        Drop(key);
        return nullptr;
    }
    order_.splice(order_.begin(), order_, it->second.second);
    return page;
}

bool PageCache::Admit(const std::string& key) {
    constexpr size_t kRemembered = 1 << 16;
    const size_t h = std::hash<std::string>{}(key);
    std::lock_guard g(mu_);
    if (asked_.count(h) > 0) return true;  // still remembered after the cache was dropped
    if (asked_.size() >= kRemembered) asked_.clear();
    asked_.insert(h);
    return false;
}

void PageCache::Put(const std::string& key, std::shared_ptr<CachedPage> page, std::int64_t now) {
    const size_t size = SizeOf(key, *page);
    if (size > max_bytes_ / 8) return;  // one page never takes much of the cache (nor any, when it is off)
    page->stored_at = now;
    std::lock_guard g(mu_);
    Drop(key);
    order_.push_front(key);
    map_.emplace(key, std::make_pair(std::shared_ptr<const CachedPage>(std::move(page)), order_.begin()));
    bytes_ += size;
    while (bytes_ > max_bytes_ && !order_.empty()) Drop(order_.back());
}

size_t PageCache::entries() const {
    std::lock_guard g(mu_);
    return map_.size();
}

size_t PageCache::bytes() const {
    std::lock_guard g(mu_);
    return bytes_;
}

}  // namespace ejob::web
