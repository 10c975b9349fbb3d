#include "storage/repos/published_cache.hpp"

#include <zlib.h>

namespace ejob::storage {
namespace {

// Raw deflate at the fastest level: a miss pays it once, every hit pays the (cheaper) inflate.
std::string Deflate(const std::string& in) {
    z_stream zs{};
    if (deflateInit2(&zs, 1, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK) return {};
    std::string out(deflateBound(&zs, in.size()), '\0');
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    zs.avail_in = static_cast<uInt>(in.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    out.resize(zs.total_out);
    deflateEnd(&zs);
    return rc == Z_STREAM_END ? out : std::string();
}

std::optional<std::string> Inflate(const std::string& in, size_t size) {
    z_stream zs{};
    if (inflateInit2(&zs, -15) != Z_OK) return std::nullopt;
    std::string out(size, '\0');
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    zs.avail_in = static_cast<uInt>(in.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    const int rc = inflate(&zs, Z_FINISH);
    const bool whole = rc == Z_STREAM_END && zs.total_out == size;
    inflateEnd(&zs);
    if (!whole) return std::nullopt;
    return out;
}

}  // namespace

PublishedCache::PublishedCache(size_t max_bytes, const domain::Clock& clock) : max_bytes_(max_bytes), clock_(clock) {}

size_t PublishedCache::SizeOf(const Entry& e) {
    const auto& p = e.publication;
    // The strings' heap bytes, the entry, its map and list nodes.
    return e.deflated->size() + e.kind.size() + p.kind.size() + p.slug.size() + p.lang.size() + p.owner_email.size() +
           sizeof(Entry) + sizeof(std::string) + 96;
}

void PublishedCache::Drop(std::unordered_map<std::int64_t, Entry>::iterator it) {
    bytes_ -= SizeOf(it->second);
    order_.erase(it->second.order);
    map_.erase(it);
}

std::optional<PublishedCache::Item> PublishedCache::Find(std::string_view kind, std::int64_t id) {
    if (!enabled()) return std::nullopt;
    Item item;
    std::shared_ptr<const std::string> deflated;
    size_t json_size = 0;
    {
        std::lock_guard lock(mu_);
        auto it = map_.find(id);
        if (it == map_.end()) return std::nullopt;
        if (it->second.kind != kind || clock_.Now() - it->second.cached_at >= kFreshFor) {
            Drop(it);
            return std::nullopt;
        }
        order_.splice(order_.begin(), order_, it->second.order);
        item.publication = it->second.publication;
        deflated = it->second.deflated;
        json_size = it->second.json_size;
    }
    auto json = Inflate(*deflated, json_size);
    if (!json) return std::nullopt;
    item.json = std::move(*json);
    return item;
}

void PublishedCache::Put(std::string_view kind, const domain::Publication& publication, const std::string& json,
                         std::uint64_t version_before) {
    if (!enabled()) return;
    auto deflated = std::make_shared<const std::string>(Deflate(json));
    if (deflated->empty()) return;
    std::lock_guard lock(mu_);
    if (version_.load() != version_before) return;  // a change was applied meanwhile: what was read may be older
    if (auto old = map_.find(publication.id); old != map_.end()) Drop(old);
    order_.push_front(publication.id);
    Entry e{std::string(kind), publication, std::move(deflated), json.size(), clock_.Now(), order_.begin()};
    const size_t size = SizeOf(e);
    if (size > max_bytes_) {
        order_.pop_front();
        return;
    }
    map_.emplace(publication.id, std::move(e));
    bytes_ += size;
    while (bytes_ > max_bytes_) Drop(map_.find(order_.back()));
}

void PublishedCache::Viewed(std::int64_t id) {
    if (!enabled()) return;
    std::lock_guard lock(mu_);
    if (auto it = map_.find(id); it != map_.end()) ++it->second.publication.views;
}

void PublishedCache::Forget(std::int64_t id) {
    std::lock_guard lock(mu_);
    version_.fetch_add(1);
    if (auto it = map_.find(id); it != map_.end()) Drop(it);
}

void PublishedCache::Clear() {
    std::lock_guard lock(mu_);
    version_.fetch_add(1);
    map_.clear();
    order_.clear();
    bytes_ = 0;
}

domain::search::ListingReplica& PublishedCache::Replica(const char* kind) {
    std::lock_guard lock(mu_);
    return replicas_.emplace_back(*this, kind);
}

size_t PublishedCache::entries() const {
    std::lock_guard lock(mu_);
    return map_.size();
}

size_t PublishedCache::bytes() const {
    std::lock_guard lock(mu_);
    return bytes_;
}

}  // namespace ejob::storage
