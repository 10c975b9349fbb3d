#pragma once
// The retention job. Each run warns the owners of publications due within a week (once per due date), deletes the
// publications whose time is over together with their photos and the mail about them, removes photo files no
// publication refers to and old mail, sweeps expired sessions, tokens, counters, unconfirmed accounts and old audit
// entries, then has the database reclaim what was deleted (no copy left in its files). Idempotent; when several app
// servers run it, a lock lets one of them work at a time. A dry run reports what a run would do and changes nothing.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "domain/common/clock.hpp"
#include "domain/common/mail_queue.hpp"
#include "domain/common/unit_of_work.hpp"
#include "domain/retention/retention.hpp"

namespace ejob::domain {

struct DuePublication {
    std::int64_t id = 0;
    std::string kind;
    std::string status;  // "published", "stopped", "rejected"
    Millis due = 0;      // when its period ended
};

// A publication due within `warn_before`, and whom to tell.
struct DeletionWarning {
    std::int64_t id = 0;
    std::string kind;
    std::string lang;
    std::string email;  // the address it was posted with, or its account's
    std::string title;
    Millis due = 0;
};

// Rows that expire, by what they are.
struct SweptRows {
    std::int64_t sessions = 0;
    std::int64_t account_tokens = 0;
    std::int64_t rate_limits = 0;
    std::int64_t signin_failures = 0;
    std::int64_t unconfirmed_accounts = 0;
    std::int64_t audit_entries = 0;
    std::int64_t undelivered_mail = 0;
    std::int64_t cv_drafts = 0;      // the CV Maker's drafts (with their photos) at the end of their day
    std::int64_t reveal_nonces = 0;  // answered reveal challenges, once they would have expired
    std::int64_t reveal_counts = 0;  // owners' per-day reveal counts older than kRevealLogDays (reveal_guard.hpp)
};

// Port: what the job reads and deletes, the lock it runs under and the record of its runs.
class RetentionStore {
  public:
    virtual ~RetentionStore() = default;
    // Publications whose period ended at or before `now`.
    virtual std::vector<DuePublication> Due(const RetentionPolicy& policy, Millis now) = 0;
    // Publications due after `now` and within `policy.warn_before`, whose owner has not been warned of that date.
    virtual std::vector<DeletionWarning> ToWarn(const RetentionPolicy& policy, Millis now) = 0;
    virtual void MarkWarned(std::int64_t id, Millis due) = 0;
    // Deletes expired rows (or, with `dry_run`, only counts them).
    virtual SweptRows Sweep(const RetentionPolicy& policy, Millis now, bool dry_run) = 0;
    // Every photo name that some stored version refers to.
    virtual std::vector<std::string> ReferencedPhotos() = 0;
    // Which of `ids` are publications (accounts) that exist.
    virtual std::vector<std::int64_t> ExistingPublications(const std::vector<std::int64_t>& ids) = 0;
    virtual std::vector<std::int64_t> ExistingAccounts(const std::vector<std::int64_t>& ids) = 0;
    // Runs `job` while holding the cluster-wide retention lock; false (job not run) when another node holds it.
    virtual bool WithLock(const std::function<void()>& job) = 0;
    // Has the database reclaim deleted rows, so that no copy is left in its files.
    virtual void EraseDeleted() = 0;
    // Keeps the summary of a run (JSON) for the administrators.
    virtual void RecordRun(Millis started, Millis finished, const std::string& summary) = 0;
};

// Port: the photo files on disk.
class PhotoDirectory {
  public:
    virtual ~PhotoDirectory() = default;
    // Stems of the stored files older than `before`.
    virtual std::vector<std::string> StemsOlderThan(Millis before) = 0;
    virtual void Remove(const std::string& stem) = 0;
};

// Port: tells an owner that a publication will be deleted (in the same unit of work as MarkWarned).
class DeletionNotifier {
  public:
    virtual ~DeletionNotifier() = default;
    virtual void DeletionSoon(const DeletionWarning& w) = 0;
};

struct PurgeReport {
    bool ran = false;  // false: another node was purging
    bool dry_run = false;
    int publications = 0;  // deleted (or, in a dry run, that would be)
    int warned = 0;
    int orphan_photos = 0;
    int mail_files = 0;
    SweptRows swept;
    std::vector<DuePublication> deleted;    // what `publications` counts
    std::vector<DeletionWarning> warnings;  // what `warned` counts
    bool Changed() const;
    std::string Summary() const;  // JSON counts, as recorded and logged
};

class PurgeJob {
  public:
    struct Ports {
        RetentionStore& store;
        PhotoDirectory& photos;
        MailArchive& mail;
        DeletionNotifier& notifier;
        UnitOfWork& unit;
        // Deletes publication (kind, id) through the kind's lifecycle: rows, read model, photo files.
        std::function<void(const std::string&, std::int64_t)> delete_publication;
        const Clock& clock;
    };
    PurgeJob(Ports ports, RetentionPolicy policy) : p_(std::move(ports)), policy_(policy) {}

    PurgeReport Run(bool dry_run = false);
    const RetentionPolicy& policy() const { return policy_; }

  private:
    Ports p_;
    RetentionPolicy policy_;
};

}  // namespace ejob::domain
