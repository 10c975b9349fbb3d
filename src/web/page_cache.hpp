#pragma once
// A cache of public pages that are the same for every anonymous visitor (home, lists, detail, search), keyed by
// language + path + the query parameters the page reads, bounded by bytes (least recently used pages go first). Any
// change to a publication bumps the generation and so invalidates everything; entries also expire after a short time so
// that several nodes converge without talking to each other.
#include <atomic>
#include <cstdint>
#include <functional>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "web/http/http.hpp"

namespace ejob::web {

struct CachedPage {
    int status = 200;
    std::string content_type;
    std::string body;
    // The body gzip-compressed: made when a client that takes gzip first asks (a page only robots ask for is never
    // compressed); empty when compressing does not pay.
    const std::string& Gzip() const {
        std::call_once(gzip_once_, [this] {
            if (body.size() > 1024) gzip_ = GzipOf(body);
            if (gzip_.size() >= body.size()) gzip_.clear();
        });
        return gzip_;
    }
    static std::string GzipOf(const std::string& s);
    std::string etag;
    std::int64_t stored_at = 0;
    std::uint64_t generation = 0;

  private:
    mutable std::once_flag gzip_once_;
    mutable std::string gzip_;
};

class PageCache {
  public:
    // max_bytes = 0: nothing is cached.
    PageCache(size_t max_bytes, std::int64_t ttl_ms) : max_bytes_(max_bytes), ttl_ms_(ttl_ms) {}
    std::shared_ptr<const CachedPage> Get(const std::string& key, std::int64_t now);
    // Whether a page missing from the cache should be kept: only from its second request on (the keys asked for
    // recently are remembered by hash), so that one-off URLs — a crawler walking every filter combination — cost
    // neither a compression nor the place of a page that people come back to.
    bool Admit(const std::string& key);
    void Put(const std::string& key, std::shared_ptr<CachedPage> page, std::int64_t now);
    // Something public changed (on any node: the change feed tells): drop every page.
    void Invalidate() { generation_.fetch_add(1); }
    std::uint64_t generation() const { return generation_.load(); }
    bool enabled() const { return max_bytes_ > 0; }
    // What the cache holds now: pages and their bytes (keys, bodies and compressed bodies).
    size_t entries() const;
    size_t bytes() const;

  private:
    static size_t SizeOf(const std::string& key, const CachedPage& page);
    void Drop(const std::string& key);  // with mu_ held

    size_t max_bytes_;
    size_t bytes_ = 0;
    std::int64_t ttl_ms_;
    std::atomic<std::uint64_t> generation_{1};
    mutable std::mutex mu_;
    std::list<std::string> order_;  // most recent first
    std::unordered_map<std::string, std::pair<std::shared_ptr<const CachedPage>, std::list<std::string>::iterator>>
        map_;
    std::unordered_set<size_t> asked_;  // hashes of keys asked for recently
};

// The query of a cached page: only the parameters the page reads (`declared`, Route::query: names separated by
// spaces), each once (the first value, as the handlers read it), non-empty, sorted.
http::Fields PageQuery(const http::Fields& query, std::string_view declared);

}  // namespace ejob::web
