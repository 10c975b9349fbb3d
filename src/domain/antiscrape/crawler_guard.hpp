#pragma once
// Crawlers that read every list page, trapped and throttled; people browsing never meet a limit.
//
// - A honeypot: a link in every page that people never see or follow, to a path robots.txt disallows. An address
//   that asks for it is marked in the shared RateLimiter (every node sees it) for `trap_time` to twice that (the mark
//   is kept in the window it was made in and the next). A marked address gets the hardest reveal challenge (see
//   Visitor::trapped) and a much smaller list budget.
// - A request budget per address for the list and search pages, page-cache hits included: a count per address in
//   fixed windows, kept in the memory of each node (a database write per list request would cost more than the page
//   itself), so behind a load balancer an address gets the budget on each node. At most `max_addresses` addresses
//   are tracked; entries of ended windows are dropped when a new window starts, and when the table is full a new
//   address is let through uncounted until the window ends (a crawler with that many addresses is not stopped by a
//   per-address budget anyway). Memory: about 100 bytes per address, so 10 MB at the default 100 000.
// - Deep pages: lists and search show at most `max_page` pages; past them a page asks to narrow the filters.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "domain/accounts/account.hpp"  // RateLimiter
#include "domain/common/clock.hpp"

namespace ejob::domain {

struct CrawlerPolicy {
    int requests_per_window = 600;  // list and search pages per address and window; 0: no budget
    Millis window = 5 * kMinute;
    int trapped_requests_per_window = 30;  // for an address that followed the honeypot link
    Millis trap_time = 24 * kHour;         // how long the mark lasts (at least; at most twice)
    int max_page = 50;                     // the deepest page of a list or search; 0: no limit
    std::size_t max_addresses = 100000;    // addresses tracked per node
};

class CrawlerGuard {
  public:
    struct Verdict {
        bool allowed = true;
        Millis retry_after = 0;  // refused: until the window ends
    };

    CrawlerGuard(CrawlerPolicy policy, RateLimiter& limiter, const Clock& clock);
    ~CrawlerGuard();

    // The address asked for the honeypot: marks it, on every node.
    void Mark(std::string_view ip);
    // Whether the address is marked (reads the shared limiter).
    bool Trapped(std::string_view ip);
    // One list or search page for the address: a hash lookup and a counter under one of several mutexes; the shared
    // mark is read once per address and window.
    Verdict Count(std::string_view ip);
    // Whether a page number is past the deepest page shown.
    bool TooDeep(std::int64_t page) const { return policy_.max_page > 0 && page > policy_.max_page; }

    const CrawlerPolicy& policy() const { return policy_; }
    std::size_t Tracked() const;  // addresses in the table now (all shards)

  private:
    struct Entry {
        Millis window_start = 0;
        int count = 0;
        bool trapped = false;
    };
    struct Shard {
        mutable std::mutex mu;
        std::unordered_map<std::string, Entry> entries;
        Millis swept_window = 0;
    };
    static constexpr std::size_t kShards = 16;
    Verdict Judge(Entry& e, Millis now) const;

    CrawlerPolicy policy_;
    RateLimiter& limiter_;
    const Clock& clock_;
    std::unique_ptr<Shard[]> shards_;
};

}  // namespace ejob::domain
