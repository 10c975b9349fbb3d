#pragma once
// Outgoing mail. Code that tells someone something composes a Message and puts it in a MailQueue, which stores it
// in the same database transaction as the change it reports (storage/repos/sql_mail_queue.*). A delivery job takes
// queued messages to a MailSink: files in a directory (var/mail by default; one RFC 5322 message per file, written
// atomically and fsynced) for development, tests and a local MTA's pickup folder.
#include <cstdint>
#include <string>

namespace ejob::mail {

struct Message {
    std::string to;
    std::string subject;
    std::string body;  // plain text, UTF-8
};

// Port: stores a message for delivery, inside the caller's transaction when there is one.
class MailQueue {
  public:
    virtual ~MailQueue() = default;
    virtual void Enqueue(const Message& m) = 0;
};

// Where queued mail is delivered. Deliver throws when the message could not be handed over; it may be called again
// for the same message (`id`), and must not duplicate it then.
class MailSink {
  public:
    virtual ~MailSink() = default;
    virtual void Deliver(std::int64_t id, std::int64_t queued_at_ms, const Message& m) = 0;
};

// The message as RFC 5322 text (UTF-8 body, encoded subject).
std::string Rfc5322(const Message& m);

class FileMailSink final : public MailSink {
  public:
    explicit FileMailSink(std::string dir);
    // Writes "<queued_at>-<id>.eml" (the same name again for the same message), fsyncs the file and the folder.
    void Deliver(std::int64_t id, std::int64_t queued_at_ms, const Message& m) override;
    const std::string& dir() const { return dir_; }

  private:
    std::string dir_;
};

}  // namespace ejob::mail
