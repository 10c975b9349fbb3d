#pragma once
// The mail outbox as a table: messages are queued inside the caller's transaction and delivered by a job.
#include <atomic>
#include <limits>
#include <string>

#include "domain/common/clock.hpp"
#include "domain/common/mail_queue.hpp"
#include "domain/common/unit_of_work.hpp"
#include "storage/db.hpp"

namespace ejob::storage {

class SqlMailQueue final : public domain::MailQueue {
  public:
    SqlMailQueue(Db& db, const domain::Clock& clock) : db_(db), clock_(clock) {}
    void Enqueue(const domain::MailMessage& m) override;

    struct Delivery {
        size_t delivered = 0;
        size_t failed = 0;  // left queued for a later attempt
        std::string error;  // why the last one failed
    };
    // Hands due messages to `sink`, each in its own transaction (a row is deleted only with its delivery; on
    // PostgreSQL rows another node is delivering are skipped). A failed message is retried later, with a growing
    // delay (at most 10 minutes). At most `max` messages per call.
    Delivery DeliverDue(domain::MailSink& sink, size_t max = 100);
    // True when this process may have queued mail since the last delivery, or a postponed one is due (a cheap check
    // for every request).
    bool MaybePending() const {
        return maybe_pending_.load(std::memory_order_relaxed) ||
               clock_.Now() >= next_due_.load(std::memory_order_relaxed);
    }
    std::int64_t Queued();

  private:
    Db& db_;
    const domain::Clock& clock_;
    std::atomic<bool> maybe_pending_{true};  // mail queued before a restart is delivered too
    std::atomic<domain::Millis> next_due_{std::numeric_limits<domain::Millis>::max()};
};

// One database transaction per unit of work; every repository write inside joins it.
class SqlUnitOfWork final : public domain::UnitOfWork {
  public:
    explicit SqlUnitOfWork(Db& db) : db_(db) {}
    void Atomically(const std::function<void()>& f) override {
        db_.Write([&](Conn&) { f(); });
    }

  private:
    Db& db_;
};

}  // namespace ejob::storage
