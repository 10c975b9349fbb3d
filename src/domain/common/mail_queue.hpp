#pragma once
// Outgoing mail as the rest of the system sees it. Code that tells someone something composes a MailMessage and puts
// it in a MailQueue, which stores it in the same database transaction as the change it reports
// (storage/repos/sql_mail_queue.*). A delivery job takes queued messages to a MailSink (mail/outbox.*: files in a
// folder).
#include <cstdint>
#include <string>
#include <vector>

#include "domain/common/clock.hpp"

namespace ejob::domain {

struct MailMessage {
    std::string to;
    std::string subject;
    std::string body;  // plain text, UTF-8
    // The publication or the account the message is about (0: none). Queued mail goes when they are deleted;
    // delivered mail the sink keeps too (MailArchive).
    std::int64_t publication_id = 0;
    std::int64_t account_id = 0;
    // Mail the person needs whoever caused it: the links they asked for (confirmation, password reset, which have
    // limits of their own), the moderators' decisions, retention warnings, an administrator's change. MailCap counts
    // it but always queues it; other mail (what a stranger's request sends: a new publication's management link,
    // "already registered", the contact form) is dropped past the cap.
    bool required = false;
};

// Port: stores a message for delivery, inside the caller's transaction when there is one.
class MailQueue {
  public:
    virtual ~MailQueue() = default;
    virtual void Enqueue(const MailMessage& m) = 0;
};

// Port: where queued mail is delivered. Deliver throws when the message could not be handed over; it may be called
// again for the same message (`id`), and must not duplicate it then.
class MailSink {
  public:
    virtual ~MailSink() = default;
    virtual void Deliver(std::int64_t id, std::int64_t queued_at_ms, const MailMessage& m) = 0;
};

// Port: delivered mail the sink keeps (the files of the file outbox, until a local mail server picks them up).
// Retention removes it when it is old, or when the publication or account it is about was deleted.
class MailArchive {
  public:
    struct Kept {
        std::string name;
        Millis queued_at = 0;
        std::int64_t publication_id = 0;
        std::int64_t account_id = 0;
    };
    virtual ~MailArchive() = default;
    virtual std::vector<Kept> List() = 0;
    virtual void Remove(const std::string& name) = 0;
};

}  // namespace ejob::domain
