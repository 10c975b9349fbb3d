#pragma once
// The retention job: deletes publications whose time is over (published for more than ~6 months, stopped for more
// than a month), together with their photos, and photo files that no publication refers to. Idempotent; when
// several app servers run it, a lock lets one of them work at a time, and running it twice changes nothing more.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "domain/common/clock.hpp"
#include "domain/retention/retention.hpp"

namespace ejob::domain {

struct DuePublication {
    std::int64_t id = 0;
    std::string kind;
};

// Port: what the job reads and the lock it runs under.
class RetentionStore {
  public:
    virtual ~RetentionStore() = default;
    virtual std::vector<DuePublication> Due(const RetentionPolicy& policy, Millis now) = 0;
    // Every photo name that some stored version refers to.
    virtual std::vector<std::string> ReferencedPhotos() = 0;
    // Runs `job` while holding the cluster-wide retention lock; false (job not run) when another node holds it.
    virtual bool WithLock(const std::function<void()>& job) = 0;
};

// Port: the photo files on disk.
class PhotoDirectory {
  public:
    virtual ~PhotoDirectory() = default;
    // Stems of the stored files older than `before`.
    virtual std::vector<std::string> StemsOlderThan(Millis before) = 0;
    virtual void Remove(const std::string& stem) = 0;
};

struct PurgeReport {
    bool ran = false;  // false: another node was purging
    int publications = 0;
    int orphan_photos = 0;
};

class PurgeJob {
  public:
    // `delete_publication(kind, id)` deletes through the kind's lifecycle (rows, read model, photo files).
    PurgeJob(RetentionStore& store, PhotoDirectory& photos,
             std::function<void(const std::string&, std::int64_t)> delete_publication, const Clock& clock,
             RetentionPolicy policy = {})
        : store_(store), photos_(photos), delete_(std::move(delete_publication)), clock_(clock), policy_(policy) {}

    PurgeReport Run();

  private:
    RetentionStore& store_;
    PhotoDirectory& photos_;
    std::function<void(const std::string&, std::int64_t)> delete_;
    const Clock& clock_;
    RetentionPolicy policy_;
};

}  // namespace ejob::domain
