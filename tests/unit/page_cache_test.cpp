// The page cache is bounded by bytes: whatever is put in, it never holds more than its budget, and the pages
// used last stay.
#include "web/page_cache.hpp"

#include <gtest/gtest.h>

namespace ejob::web {
namespace {

std::shared_ptr<CachedPage> PageOf(size_t bytes, std::uint64_t generation = 1) {
    auto page = std::make_shared<CachedPage>();
    page->body.assign(bytes, 'x');
    page->generation = generation;
    return page;
}

TEST(PageCacheBytes, NeverHoldsMoreThanItsBudgetAndDropsTheLeastRecentlyUsed) {
    PageCache cache(1 << 20, 60'000);
    for (int i = 0; i < 1000; ++i) {
        cache.Put("az /vacancies?page=" + std::to_string(i), PageOf(10'000), 0);
        if (i > 0) {
            ASSERT_NE(cache.Get("az /vacancies?page=0", 0), nullptr) << i;  // used often: stays
        }
        ASSERT_LE(cache.bytes(), size_t{1} << 20);
    }
    // 10 kB pages, reckoned with their compressed copy (a quarter more) and bookkeeping: about 80 fit in 1 MiB.
    EXPECT_GT(cache.entries(), 75u);
    EXPECT_LT(cache.entries(), 85u);
    EXPECT_NE(cache.Get("az /vacancies?page=999", 0), nullptr);
    EXPECT_EQ(cache.Get("az /vacancies?page=1", 0), nullptr);
}

TEST(PageCacheBytes, OnePageNeverTakesMoreThanAnEighthAndZeroTurnsItOff) {
    PageCache cache(800'000, 60'000);
    cache.Put("big", PageOf(150'000), 0);
    EXPECT_EQ(cache.Get("big", 0), nullptr);
    cache.Put("small", PageOf(50'000), 0);
    EXPECT_NE(cache.Get("small", 0), nullptr);

    PageCache off(0, 60'000);
    off.Put("small", PageOf(10), 0);
    EXPECT_EQ(off.Get("small", 0), nullptr);
    EXPECT_EQ(off.bytes(), 0u);
}

TEST(PageCacheBytes, ReplacingAPageAndInvalidatingKeepTheCountRight) {
    PageCache cache(1 << 20, 60'000);
    cache.Put("a", PageOf(10'000), 0);
    const size_t one = cache.bytes();
    cache.Put("a", PageOf(10'000), 0);
    EXPECT_EQ(cache.bytes(), one);
    cache.Invalidate();
    EXPECT_EQ(cache.Get("a", 0), nullptr);  // an older generation
    EXPECT_EQ(cache.bytes(), 0u);
    cache.Put("b", PageOf(10'000, cache.generation()), 0);
    EXPECT_EQ(cache.Get("b", 60'001), nullptr);  // expired
    EXPECT_EQ(cache.entries(), 0u);
}

}  // namespace
}  // namespace ejob::web
