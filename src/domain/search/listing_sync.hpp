#pragma once
// Keeps every node's in-memory lists in step with the read model. Whatever makes content public or takes it down
// (approval, stop, resume, deletion, retention, account deletion) records "public content changed: kind, id" in
// the change feed in the same transaction. Every node reads the feed — right after its own commits, and a few times
// a second for the other nodes' — and refreshes those items from the read model; then whoever keeps copies of
// public pages (the page cache) is told.
//
// Sequence numbers of the feed may become visible out of order (PostgreSQL hands them out before commit): a number
// skipped when a later one was read is a gap, looked for again at every poll until it shows up or has been waited
// for long enough (its transaction rolled back, or never was).
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "domain/common/clock.hpp"

namespace ejob::domain::search {

struct ListingChange {
    std::int64_t seq = 0;
    std::string kind;  // "vacancy", "resume", "service"
    std::int64_t id = 0;
};

// Port: the change feed (storage).
class ListingChangeFeed {
  public:
    virtual ~ListingChangeFeed() = default;
    virtual std::int64_t Last() = 0;  // the newest sequence number, 0 when none
    virtual std::vector<ListingChange> After(std::int64_t seq, size_t limit) = 0;
    // Those of `seqs` that are visible now.
    virtual std::vector<ListingChange> Among(const std::vector<std::int64_t>& seqs) = 0;
};

// One kind's in-memory copy of the public read model.
class ListingReplica {
  public:
    virtual ~ListingReplica() = default;
    virtual const char* kind() const = 0;
    virtual void Reload() = 0;                  // everything, from the read model
    virtual void Refresh(std::int64_t id) = 0;  // one item: again from the read model, or gone
};

class ListingSync {
  public:
    // How long a missing sequence number is looked for (a transaction that took it and has not committed yet).
    static constexpr Millis kGapWait = 10 * 60 * kSecond;
    // At start-up, numbers up to this far below the newest that are not visible yet become gaps.
    static constexpr std::int64_t kStartWindow = 1000;

    ListingSync(ListingChangeFeed& feed, std::vector<ListingReplica*> replicas, const Clock& clock)
        : feed_(feed), replicas_(std::move(replicas)), clock_(clock) {}

    // Loads every replica; changes from here on are applied by Poll.
    void Start();
    // Applies the changes recorded since the last poll, and the late ones; returns how many items were refreshed.
    // Calls on_change (before returning, also when a refresh fails half-way) when any was.
    size_t Poll();
    std::function<void()> on_change;
    size_t gaps() const;

  private:
    ListingChangeFeed& feed_;
    std::vector<ListingReplica*> replicas_;
    const Clock& clock_;
    // Refreshes the items of `changes` (each once); returns how many.
    size_t Apply(const std::vector<ListingChange>& changes);

    mutable std::mutex mu_;
    std::int64_t high_ = 0;                // the highest number read
    std::map<std::int64_t, Millis> gaps_;  // numbers below high_ not seen yet, since when
};

}  // namespace ejob::domain::search
