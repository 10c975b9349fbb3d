// Following the change feed: every change applied once, none lost when numbers become visible out of order (as on
// PostgreSQL, where a number is taken before its transaction commits), none waited for forever.
#include "domain/search/listing_sync.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace ejob::domain::search {
namespace {

// The feed as a reader sees it: only committed changes are visible.
class FakeFeed final : public ListingChangeFeed {
  public:
    std::vector<ListingChange> visible;
    std::int64_t Last() override { return visible.empty() ? 0 : visible.back().seq; }
    std::vector<ListingChange> After(std::int64_t seq, size_t limit) override {
        std::vector<ListingChange> out;
        auto sorted = visible;
        std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.seq < b.seq; });
        for (const auto& c : sorted)
            if (c.seq > seq && out.size() < limit) out.push_back(c);
        return out;
    }
    std::vector<ListingChange> Among(const std::vector<std::int64_t>& seqs) override {
        ++among_calls;
        std::vector<ListingChange> out;
        for (const auto& c : visible)
            if (std::find(seqs.begin(), seqs.end(), c.seq) != seqs.end()) out.push_back(c);
        return out;
    }
    int among_calls = 0;
};

class CountingReplica final : public ListingReplica {
  public:
    const char* kind() const override { return "vacancy"; }
    void Reload() override { ++reloads; }
    void Refresh(std::int64_t id) override { refreshed.push_back(id); }
    int reloads = 0;
    std::vector<std::int64_t> refreshed;
};

class Sync : public ::testing::Test {
  protected:
    FakeFeed feed;
    CountingReplica vacancies;
    FixedClock clock{1'000'000};
    ListingSync sync{feed, {&vacancies}, clock};
    int changes_told = 0;
    void SetUp() override {
        sync.on_change = [this] { ++changes_told; };
        sync.Start();
    }
};

TEST_F(Sync, AppliesEachChangeOnceAndTellsTheCache) {
    EXPECT_EQ(vacancies.reloads, 1);
    feed.visible = {{1, "vacancy", 10}, {2, "vacancy", 11}, {3, "vacancy", 10}, {4, "resume", 99}};
    EXPECT_EQ(sync.Poll(), 3u);  // 10 and 11 once each (the same item twice is one refresh), and the resume
    EXPECT_EQ(vacancies.refreshed, (std::vector<std::int64_t>{10, 11}));
    EXPECT_EQ(changes_told, 1);
    EXPECT_EQ(sync.Poll(), 0u);
    EXPECT_EQ(changes_told, 1) << "nothing new: the page cache stays";
    EXPECT_EQ(vacancies.refreshed.size(), 2u);
}

TEST_F(Sync, ANumberThatShowsUpLateIsStillApplied) {
    // 2 was taken by a transaction that commits after 3.
    feed.visible = {{1, "vacancy", 10}, {3, "vacancy", 12}};
    sync.Poll();
    EXPECT_EQ(vacancies.refreshed, (std::vector<std::int64_t>{10, 12}));
    clock.Advance(5 * kSecond);
    feed.visible.push_back({2, "vacancy", 11});
    sync.Poll();
    EXPECT_EQ(vacancies.refreshed, (std::vector<std::int64_t>{10, 12, 11}));
    feed.visible.push_back({4, "vacancy", 13});
    sync.Poll();
    EXPECT_EQ(vacancies.refreshed, (std::vector<std::int64_t>{10, 12, 11, 13})) << "3 is not applied twice";
}

TEST_F(Sync, AChangeCommittedWhileTheNodeStartsIsNotLost) {
    // 3 was taken before the node started but committed after its load had read everything.
    feed.visible = {{1, "vacancy", 10}, {2, "vacancy", 11}, {4, "vacancy", 13}};
    sync.Start();
    EXPECT_EQ(sync.gaps(), 1u);
    EXPECT_EQ(sync.Poll(), 0u);
    feed.visible.push_back({3, "vacancy", 12});
    EXPECT_EQ(sync.Poll(), 1u);
    EXPECT_EQ(vacancies.refreshed, (std::vector<std::int64_t>{12}));
    EXPECT_EQ(sync.gaps(), 0u);
    const int looked = feed.among_calls;
    sync.Poll();
    EXPECT_EQ(feed.among_calls, looked) << "no gap left: nothing more to look for";
}

TEST_F(Sync, ANumberNeverCommittedIsNotWaitedForForever) {
    // 2 was taken by a transaction that rolled back: it never shows up.
    feed.visible = {{1, "vacancy", 10}, {3, "vacancy", 12}};
    sync.Poll();
    clock.Advance(ListingSync::kGapWait + kSecond);
    sync.Poll();                                 // gives up on 2
    feed.visible.push_back({2, "vacancy", 11});  // far too late: a number handed out a minute ago
    feed.visible.push_back({4, "vacancy", 13});
    sync.Poll();
    EXPECT_EQ(vacancies.refreshed, (std::vector<std::int64_t>{10, 12, 13}));
}

}  // namespace
}  // namespace ejob::domain::search
