#pragma once
// Delivery of outgoing mail (the ports are in domain/common/mail_queue.hpp): files in a directory (var/mail by
// default; one RFC 5322 message per file, written atomically and fsynced) for development, tests and a local MTA's
// pickup folder.
#include <cstdint>
#include <string>

#include "domain/common/mail_queue.hpp"

namespace ejob::mail {

// The message as RFC 5322 text (UTF-8 body, encoded subject).
std::string Rfc5322(const domain::MailMessage& m);

class FileMailSink final : public domain::MailSink, public domain::MailArchive {
  public:
    explicit FileMailSink(std::string dir);
    // Writes "<queued_at>-<id>.eml", with "-p<publication>" or "-a<account>" before ".eml" for mail about one (the
    // same name again for the same message), fsyncs the file and the folder.
    void Deliver(std::int64_t id, std::int64_t queued_at_ms, const domain::MailMessage& m) override;
    // The messages in the folder, read back from their names (other files are left alone).
    std::vector<Kept> List() override;
    void Remove(const std::string& name) override;
    const std::string& dir() const { return dir_; }

  private:
    std::string dir_;
};

}  // namespace ejob::mail
