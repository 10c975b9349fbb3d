#include "storage/repos/published_cache.hpp"

#define ZDICT_STATIC_LINKING_ONLY
#include <zdict.h>
#include <zstd.h>

namespace ejob::storage {
namespace {

constexpr int kLevel = 3;

// Contexts are reused (making one costs more than a page's content): one for compressing, which only a miss does,
// shared under a lock (its work area is over a MiB); one per thread for decompressing (a few hundred KiB).
std::mutex compress_mu;
ZSTD_CCtx* CompressContext() {
    static std::unique_ptr<ZSTD_CCtx, size_t (*)(ZSTD_CCtx*)> ctx(ZSTD_createCCtx(), ZSTD_freeCCtx);
    return ctx.get();
}
ZSTD_DCtx* DecompressContext() {
    thread_local std::unique_ptr<ZSTD_DCtx, size_t (*)(ZSTD_DCtx*)> ctx(ZSTD_createDCtx(), ZSTD_freeDCtx);
    return ctx.get();
}

}  // namespace

// A dictionary trained on the first items kept: the contents of one site share their field names and much of their
// wording, so each compresses to a fraction of what it does alone.
struct PublishedCache::Dictionary {
    explicit Dictionary(const std::string& bytes)
        : cdict(ZSTD_createCDict(bytes.data(), bytes.size(), kLevel), ZSTD_freeCDict),
          ddict(ZSTD_createDDict(bytes.data(), bytes.size()), ZSTD_freeDDict) {}
    bool ok() const { return cdict && ddict; }
    std::unique_ptr<ZSTD_CDict, size_t (*)(ZSTD_CDict*)> cdict;
    std::unique_ptr<ZSTD_DDict, size_t (*)(ZSTD_DDict*)> ddict;
};

std::string PublishedCache::Compress(const std::string& in, const Dictionary* dict) {
    std::string out(ZSTD_compressBound(in.size()), '\0');
    std::lock_guard lock(compress_mu);
    const size_t n = dict ? ZSTD_compress_usingCDict(CompressContext(), out.data(), out.size(), in.data(), in.size(),
                                                     dict->cdict.get())
                          : ZSTD_compressCCtx(CompressContext(), out.data(), out.size(), in.data(), in.size(), kLevel);
    if (ZSTD_isError(n)) return {};
    out.resize(n);
    return out;
}

std::optional<std::string> PublishedCache::Decompress(const std::string& in, size_t size, const Dictionary* dict) {
    std::string out(size, '\0');
    const size_t n = dict ? ZSTD_decompress_usingDDict(DecompressContext(), out.data(), size, in.data(), in.size(),
                                                       dict->ddict.get())
                          : ZSTD_decompressDCtx(DecompressContext(), out.data(), size, in.data(), in.size());
    if (ZSTD_isError(n) || n != size) return std::nullopt;
    return out;
}

void PublishedCache::Learn(const std::string& json) {
    std::vector<std::string> samples;
    {
        std::lock_guard lock(mu_);
        if (dict_ || training_) return;
        samples_.push_back(json);
        if (samples_.size() < kTrainingSamples) return;
        training_ = true;
        samples.swap(samples_);
    }
    std::string all;
    std::vector<size_t> sizes;
    for (const auto& s : samples) {
        all += s;
        sizes.push_back(s.size());
    }
    std::string bytes(kDictionaryBytes, '\0');
    // fastCover with fixed, small parameters: several MiB less at the peak than the default search of parameters,
    // for a dictionary almost as good.
    ZDICT_fastCover_params_t params{};
    params.k = 200;
    params.d = 8;
    params.f = 16;
    params.accel = 1;
    params.zParams.compressionLevel = kLevel;
    const size_t n = ZDICT_trainFromBuffer_fastCover(bytes.data(), bytes.size(), all.data(), sizes.data(),
                                                     static_cast<unsigned>(sizes.size()), params);
    std::shared_ptr<const Dictionary> dict;
    if (!ZDICT_isError(n)) {
        bytes.resize(n);
        auto made = std::make_shared<const Dictionary>(bytes);
        if (made->ok()) dict = std::move(made);
    }
    std::lock_guard lock(mu_);
    dict_ = std::move(dict);  // none when the samples did not make one: entries stay compressed alone
    dictionary_bytes_ = dict_ ? n : 0;
}

PublishedCache::PublishedCache(size_t max_bytes, const domain::Clock& clock) : max_bytes_(max_bytes), clock_(clock) {}

size_t PublishedCache::SizeOf(const Entry& e) {
    const auto& p = e.publication;
    // The strings' heap bytes, the entry, its map and list nodes.
    return e.compressed->size() + e.kind.size() + p.kind.size() + p.slug.size() + p.lang.size() + p.owner_email.size() +
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
    std::shared_ptr<const std::string> compressed;
    std::shared_ptr<const Dictionary> dict;
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
        compressed = it->second.compressed;
        dict = it->second.dict;
        json_size = it->second.json_size;
    }
    auto json = Decompress(*compressed, json_size, dict.get());
    if (!json) return std::nullopt;
    item.json = std::move(*json);
    return item;
}

void PublishedCache::Put(std::string_view kind, const domain::Publication& publication, const std::string& json,
                         std::uint64_t version_before) {
    if (!enabled()) return;
    Learn(json);
    std::shared_ptr<const Dictionary> dict;
    {
        std::lock_guard lock(mu_);
        dict = dict_;
    }
    auto compressed = std::make_shared<const std::string>(Compress(json, dict.get()));
    if (compressed->empty()) return;
    std::lock_guard lock(mu_);
    if (version_.load() != version_before) return;  // a change was applied meanwhile: what was read may be older
    if (auto old = map_.find(publication.id); old != map_.end()) Drop(old);
    order_.push_front(publication.id);
    Entry e{std::string(kind), publication,  std::move(compressed), std::move(dict),
            json.size(),       clock_.Now(), order_.begin()};
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
    return bytes_ + dictionary_bytes_;
}

bool PublishedCache::trained() const {
    std::lock_guard lock(mu_);
    return dict_ != nullptr;
}

}  // namespace ejob::storage
