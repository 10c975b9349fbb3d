#pragma once
// Outgoing mail as files in a directory (var/mail by default): one RFC 5322 message per file, written atomically.
// A delivery job (or the operator) sends them on; tests and development read them directly.
#include <string>

namespace ejob::mail {

struct Message {
    std::string to;
    std::string subject;
    std::string body;  // plain text, UTF-8
};

class Outbox {
  public:
    explicit Outbox(std::string dir);
    // Returns the path of the written file.
    std::string Put(const Message& m);
    const std::string& dir() const { return dir_; }

  private:
    std::string dir_;
};

}  // namespace ejob::mail
