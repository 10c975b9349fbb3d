#pragma once
#include <string>
#include <string_view>

namespace ejob::domain {

// Port: a keyed MAC with the site secret (libsodium crypto_auth in production).
class Signer {
  public:
    virtual ~Signer() = default;
    virtual std::string Sign(std::string_view message) const = 0;  // URL-safe text
    virtual bool Verify(std::string_view message, std::string_view signature) const = 0;
};

}  // namespace ejob::domain
