#include "domain/antiscrape/crawler_guard.hpp"

#include <algorithm>
#include <functional>

namespace ejob::domain {

namespace {
std::string TrapKey(std::string_view ip) {
    return "trap:ip:" + std::string(ip);
}
constexpr int kUncounted = 1 << 30;  // the mark is a hit in the limiter; its count does not matter
}  // namespace

CrawlerGuard::CrawlerGuard(CrawlerPolicy policy, RateLimiter& limiter, const Clock& clock)
    : policy_(policy), limiter_(limiter), clock_(clock), shards_(new Shard[kShards]) {
    if (policy_.window <= 0) policy_.window = 5 * kMinute;
    if (policy_.trap_time <= 0) policy_.trap_time = 24 * kHour;
}

CrawlerGuard::~CrawlerGuard() = default;

void CrawlerGuard::Mark(std::string_view ip) {
    const Millis now = clock_.Now();
    // A mark in the current window and one in the next: it lasts until the next window ends.
    limiter_.Allow(TrapKey(ip), kUncounted, policy_.trap_time, now);
    limiter_.Allow(TrapKey(ip) + ":next", kUncounted, policy_.trap_time, now + policy_.trap_time);
    Shard& s = shards_[std::hash<std::string_view>{}(ip) % kShards];
    std::lock_guard lock(s.mu);
    if (auto it = s.entries.find(std::string(ip)); it != s.entries.end()) it->second.trapped = true;
}

bool CrawlerGuard::Trapped(std::string_view ip) {
    const Millis now = clock_.Now();
    return limiter_.Hits(TrapKey(ip), policy_.trap_time, now) > 0 ||
           limiter_.Hits(TrapKey(ip) + ":next", policy_.trap_time, now) > 0;
}

CrawlerGuard::Verdict CrawlerGuard::Judge(Entry& e, Millis now) const {
    const int limit = e.trapped ? policy_.trapped_requests_per_window : policy_.requests_per_window;
    if (e.count >= limit) return {false, RateLimiter::UntilWindowEnds(policy_.window, now)};
    ++e.count;
    return {};
}

CrawlerGuard::Verdict CrawlerGuard::Count(std::string_view ip) {
    if (policy_.requests_per_window <= 0) return {};
    const Millis now = clock_.Now();
    const Millis window_start = now - now % policy_.window;
    Shard& s = shards_[std::hash<std::string_view>{}(ip) % kShards];
    const std::string key(ip);
    {
        std::lock_guard lock(s.mu);
        if (auto it = s.entries.find(key); it != s.entries.end() && it->second.window_start == window_start)
            return Judge(it->second, now);
    }
    // The address's first page in this window: the shared mark is read outside the lock.
    const bool trapped = Trapped(ip);
    std::lock_guard lock(s.mu);
    if (s.swept_window != window_start) {  // a new window: entries of ended ones go
        std::erase_if(s.entries, [&](const auto& kv) { return kv.second.window_start != window_start; });
        s.swept_window = window_start;
    }
    auto it = s.entries.find(key);
    if (it == s.entries.end()) {
        if (s.entries.size() >= std::max<std::size_t>(1, policy_.max_addresses / kShards)) return {};
        it = s.entries.emplace(key, Entry{window_start, 0, trapped}).first;
    } else if (it->second.window_start != window_start) {
        it->second = Entry{window_start, 0, trapped};
    } else {
        it->second.trapped |= trapped;
    }
    return Judge(it->second, now);
}

std::size_t CrawlerGuard::Tracked() const {
    std::size_t n = 0;
    for (std::size_t i = 0; i < kShards; ++i) {
        std::lock_guard lock(shards_[i].mu);
        n += shards_[i].entries.size();
    }
    return n;
}

}  // namespace ejob::domain
