#pragma once
// Contacts never appear in page HTML. A page carries a short-lived token bound to one publication; posting it
// back reveals the contacts. The token is "<expiry ms>.<signature>" over kind, id and expiry.
#include <cstdint>
#include <string>
#include <string_view>

#include "domain/common/clock.hpp"

namespace ejob::domain {

// Port: a keyed MAC with the site secret (libsodium crypto_auth in production).
class Signer {
  public:
    virtual ~Signer() = default;
    virtual std::string Sign(std::string_view message) const = 0;  // URL-safe text
    virtual bool Verify(std::string_view message, std::string_view signature) const = 0;
};

class ContactReveal {
  public:
    static constexpr Millis kLifetime = 15 * kMinute;

    ContactReveal(const Signer& signer, const Clock& clock) : signer_(signer), clock_(clock) {}

    std::string Issue(std::string_view kind, std::int64_t id) const;
    // True when the token was issued for this publication and has not expired.
    bool Check(std::string_view kind, std::int64_t id, std::string_view token) const;
    // True when the token was issued for this publication, even if it has expired (within a day): such a visitor
    // had the page open and may get a fresh token.
    bool WasIssuedFor(std::string_view kind, std::int64_t id, std::string_view token) const;

  private:
    const Signer& signer_;
    const Clock& clock_;
};

}  // namespace ejob::domain
