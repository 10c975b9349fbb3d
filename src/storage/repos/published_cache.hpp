#pragma once
// The published items a node has served lately, kept in memory so that a detail page asked for again is rendered
// without a database round trip (on PostgreSQL the round trip is most of a detail page's cost). Each entry is the
// publication's row and its live content as JSON compressed with zstd — with a dictionary trained on the first
// kTrainingSamples items kept, which makes a vacancy ~5 times smaller than its JSON; the cache is bounded by bytes
// (least recently used go first) and is a copy that may be lost at any time.
//
// Kept in step by the change feed like the in-memory lists: every approval, stop, resume or deletion forgets the
// item on every node (this node at once, the others within a poll). Entries are also refreshed after kFreshFor, so
// that views counted by other nodes show. A page read from the database while a change was being applied is not
// kept (the version check in Put), so a copy from before a change cannot outlive it.
#include <atomic>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "domain/common/clock.hpp"
#include "domain/publications/publication.hpp"
#include "domain/search/listing_sync.hpp"

namespace ejob::storage {

class PublishedCache {
  public:
    static constexpr domain::Millis kFreshFor = 60 * domain::kSecond;
    static constexpr size_t kTrainingSamples = 1000;
    static constexpr size_t kDictionaryBytes = 64 << 10;

    // max_bytes = 0: nothing is kept.
    PublishedCache(size_t max_bytes, const domain::Clock& clock);
    PublishedCache(const PublishedCache&) = delete;
    PublishedCache& operator=(const PublishedCache&) = delete;

    struct Item {
        domain::Publication publication;  // views: as read, plus the views this node counted since
        std::string json;                 // the live content
    };
    std::optional<Item> Find(std::string_view kind, std::int64_t id);
    // Read before asking the database for an item, and passed to Put with what it answered.
    std::uint64_t Version() const { return version_.load(); }
    void Put(std::string_view kind, const domain::Publication& publication, const std::string& json,
             std::uint64_t version_before);
    void Viewed(std::int64_t id);

    void Forget(std::int64_t id);
    void Clear();

    // The change feed's subscriber for one kind: a changed item is forgotten.
    domain::search::ListingReplica& Replica(const char* kind);

    bool enabled() const { return max_bytes_ > 0; }
    size_t entries() const;
    size_t bytes() const;  // entries and the dictionary
    bool trained() const;  // whether new entries are compressed with the dictionary

  private:
    struct Dictionary;
    struct Entry {
        std::string kind;
        domain::Publication publication;
        std::shared_ptr<const std::string> compressed;
        std::shared_ptr<const Dictionary> dict;  // the one it was compressed with, or none
        size_t json_size = 0;
        domain::Millis cached_at = 0;
        std::list<std::int64_t>::iterator order;
    };
    class KindReplica final : public domain::search::ListingReplica {
      public:
        KindReplica(PublishedCache& cache, const char* kind) : cache_(cache), kind_(kind) {}
        const char* kind() const override { return kind_; }
        void Reload() override { cache_.Clear(); }
        void Refresh(std::int64_t id) override { cache_.Forget(id); }

      private:
        PublishedCache& cache_;
        const char* kind_;
    };

    static size_t SizeOf(const Entry& e);
    static std::string Compress(const std::string& json, const Dictionary* dict);
    static std::optional<std::string> Decompress(const std::string& in, size_t size, const Dictionary* dict);
    // Keeps `json` as a training sample until there are enough, then trains the dictionary (once).
    void Learn(const std::string& json);
    void Drop(std::unordered_map<std::int64_t, Entry>::iterator it);  // with mu_ held

    const size_t max_bytes_;
    const domain::Clock& clock_;
    std::atomic<std::uint64_t> version_{0};
    mutable std::mutex mu_;
    size_t bytes_ = 0;
    std::list<std::int64_t> order_;  // most recently used first
    std::unordered_map<std::int64_t, Entry> map_;
    std::list<KindReplica> replicas_;
    std::vector<std::string> samples_;
    bool training_ = false;
    std::shared_ptr<const Dictionary> dict_;
    size_t dictionary_bytes_ = 0;
};

}  // namespace ejob::storage
