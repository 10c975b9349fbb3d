// The crawler guard's list budget in memory: fixed windows, the trapped figure, and a table that stays bounded.
#include <gtest/gtest.h>

#include <map>

#include "domain/antiscrape/crawler_guard.hpp"

namespace ejob::domain {
namespace {

// Fixed windows, as the SQL limiter counts them; counts the reads too.
class MemoryLimiter final : public RateLimiter {
  public:
    bool Allow(std::string_view key, int limit, Millis window, Millis now) override {
        auto& [start, hits] = rows_[std::string(key)];
        if (start != now - now % window) start = now - now % window, hits = 0;
        return ++hits <= limit;
    }
    int Hits(std::string_view key, Millis window, Millis now) override {
        ++reads;
        auto it = rows_.find(std::string(key));
        return it == rows_.end() || it->second.first != now - now % window ? 0 : it->second.second;
    }
    void Reset(std::string_view key) override { rows_.erase(std::string(key)); }
    int reads = 0;

  private:
    std::map<std::string, std::pair<Millis, int>> rows_;
};

struct Guard {
    explicit Guard(CrawlerPolicy p) : guard(p, limiter, clock) {}
    MemoryLimiter limiter;
    FixedClock clock{1796623200000};  // a multiple of 5 minutes
    CrawlerGuard guard;
};

TEST(CrawlerGuard, CountsInFixedWindowsAndReadsTheMarkOncePerWindow) {
    Guard g({.requests_per_window = 3, .window = 5 * kMinute});
    for (int i = 0; i < 3; ++i) EXPECT_TRUE(g.guard.Count("10.0.0.1").allowed);
    auto refused = g.guard.Count("10.0.0.1");
    EXPECT_FALSE(refused.allowed);
    EXPECT_EQ(refused.retry_after, 5 * kMinute);
    EXPECT_EQ(g.limiter.reads, 2) << "the mark (two keys) read at the first page of the window only";
    g.clock.Advance(5 * kMinute);
    EXPECT_TRUE(g.guard.Count("10.0.0.1").allowed);
}

TEST(CrawlerGuard, AMarkedAddressGetsTheTrappedBudgetOnThisNodeAtOnceAndElsewhereAtItsNextWindow) {
    CrawlerPolicy p{.requests_per_window = 100, .trapped_requests_per_window = 2};
    Guard g(p);
    CrawlerGuard other_node(p, g.limiter, g.clock);
    EXPECT_TRUE(other_node.Count("10.0.0.2").allowed);
    for (int i = 0; i < 5; ++i) EXPECT_TRUE(g.guard.Count("10.0.0.2").allowed);
    g.guard.Mark("10.0.0.2");
    EXPECT_FALSE(g.guard.Count("10.0.0.2").allowed) << "5 pages already, 2 allowed";
    EXPECT_TRUE(other_node.Count("10.0.0.2").allowed) << "the other node reads the mark at its next window";
    g.clock.Advance(p.window);
    EXPECT_TRUE(other_node.Count("10.0.0.2").allowed);
    EXPECT_TRUE(other_node.Count("10.0.0.2").allowed);
    EXPECT_FALSE(other_node.Count("10.0.0.2").allowed);
    // The mark lasts trap_time at least, twice that at most.
    EXPECT_TRUE(g.guard.Trapped("10.0.0.2"));
    g.clock.Advance(p.trap_time);
    EXPECT_TRUE(g.guard.Trapped("10.0.0.2"));
    g.clock.Advance(p.trap_time);
    EXPECT_FALSE(g.guard.Trapped("10.0.0.2"));
}

TEST(CrawlerGuard, TheTableStaysBoundedAndForgetsEndedWindows) {
    Guard g({.requests_per_window = 1, .max_addresses = 160});  // 10 per shard
    for (int i = 0; i < 10000; ++i) g.guard.Count("10.1." + std::to_string(i / 256) + "." + std::to_string(i % 256));
    EXPECT_LE(g.guard.Tracked(), 160u);
    EXPECT_GT(g.guard.Tracked(), 100u);
    g.clock.Advance(g.guard.policy().window);
    g.guard.Count("10.2.0.1");
    EXPECT_LE(g.guard.Tracked(), 160u - 9) << "the shard of the new address dropped the ended window's entries";
}

TEST(CrawlerGuard, DeepPages) {
    Guard g({.max_page = 50});
    EXPECT_FALSE(g.guard.TooDeep(50));
    EXPECT_TRUE(g.guard.TooDeep(51));
    Guard none({.max_page = 0});
    EXPECT_FALSE(none.guard.TooDeep(1000000));
}

}  // namespace
}  // namespace ejob::domain
