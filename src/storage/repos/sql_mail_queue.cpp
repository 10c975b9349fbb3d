#include "storage/repos/sql_mail_queue.hpp"

#include <algorithm>

namespace ejob::storage {
namespace {

constexpr const char* kEnqueue =
    "INSERT INTO mail_outbox (recipient, subject, body, queued_at, attempts, next_attempt_at, publication_id, "
    "account_id) VALUES (?, ?, ?, ?, 0, ?, ?, ?)";
constexpr const char* kNextDue =
    "SELECT id, recipient, subject, body, queued_at, attempts, publication_id, account_id FROM mail_outbox WHERE "
    "next_attempt_at "
    "<= ? "
    "AND id > ? ORDER BY id LIMIT 1";
constexpr const char* kDelivered = "DELETE FROM mail_outbox WHERE id = ?";
constexpr const char* kPostpone = "UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = ? WHERE id = ?";
constexpr const char* kCount = "SELECT COUNT(*) FROM mail_outbox";
constexpr const char* kNextAttempt = "SELECT MIN(next_attempt_at) FROM mail_outbox";

Value OrNull(std::int64_t id) {
    return id != 0 ? Value(id) : Value(nullptr);
}

}  // namespace

void SqlMailQueue::Enqueue(const domain::MailMessage& m) {
    for (char c : m.to + m.subject)
        if (c == '\r' || c == '\n') throw std::invalid_argument("a mail header holds a line break");
    const domain::Millis now = clock_.Now();
    db_.Write([&](Conn& c) {
        c.Exec(kEnqueue, {m.to, m.subject, m.body, now, now, OrNull(m.publication_id), OrNull(m.account_id)});
    });
    maybe_pending_.store(true, std::memory_order_relaxed);
}

SqlMailQueue::Delivery SqlMailQueue::DeliverDue(domain::MailSink& sink, size_t max) {
    maybe_pending_.store(false, std::memory_order_relaxed);
    Delivery out;
    std::int64_t after = 0;
    const std::string next_due =
        std::string(kNextDue) + (db_.dialect() == Dialect::Postgres ? " FOR UPDATE SKIP LOCKED" : "");
    while (out.delivered + out.failed < max) {
        const domain::Millis now = clock_.Now();
        bool found = false;
        std::int64_t failed_id = 0, attempts = 0;
        db_.Write([&](Conn& c) {
            found = false;
            auto row = c.QueryOne(next_due, {now, after});
            if (!row) return;
            found = true;
            const std::int64_t id = row->Int(0);
            after = id;
            try {
                sink.Deliver(
                    id, row->Int(4),
                    {row->Text(1), row->Text(2), row->Text(3), row->OptInt(6).value_or(0), row->OptInt(7).value_or(0)});
            } catch (const std::exception& e) {
                out.error = e.what();
                failed_id = id;
                attempts = row->Int(5) + 1;
                return;
            }
            c.Exec(kDelivered, {id});
        });
        if (!found) break;
        if (failed_id != 0) {
            const domain::Millis delay =
                std::min<domain::Millis>(domain::kSecond << std::min<std::int64_t>(attempts, 10), 10 * domain::kMinute);
            db_.Write([&](Conn& c) { c.Exec(kPostpone, {now + delay, failed_id}); });
            ++out.failed;
            maybe_pending_.store(true, std::memory_order_relaxed);
            break;  // the sink is failing (disk full, folder gone): try again later, not once per message
        } else {
            ++out.delivered;
        }
    }
    // When the mail still queued (postponed, or queued meanwhile by another node) is due next.
    db_.Read([&](Conn& c) {
        auto row = c.QueryOne(kNextAttempt);
        next_due_.store(row && !row->IsNull(0) ? row->Int(0) : std::numeric_limits<domain::Millis>::max(),
                        std::memory_order_relaxed);
    });
    return out;
}

std::int64_t SqlMailQueue::Queued() {
    return db_.ReadValue([](Conn& c) { return c.QueryOne(kCount)->Int(0); });
}

}  // namespace ejob::storage
