#pragma once
// Time-based one-time codes (RFC 6238 over RFC 4226's HOTP): HMAC-SHA1 (OpenSSL), 30-second steps, 6 digits,
// secrets in base32 (RFC 4648) as authenticator apps take them.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/accounts/account.hpp"

namespace ejob::security {

std::string Base32(const std::vector<unsigned char>& bytes);
std::optional<std::vector<unsigned char>> FromBase32(std::string_view text);  // ignores case, spaces and '='

// The 6-digit code of `step` (a 30-second period since the Unix epoch), or the `digits`-digit one.
std::string TotpCode(const std::vector<unsigned char>& key, std::int64_t step, int digits = 6);

class Totp final : public domain::OneTimeCodes {
  public:
    static constexpr domain::Millis kStep = 30 * domain::kSecond;
    std::string NewSecret() override;
    std::optional<std::int64_t> Match(std::string_view secret, std::string_view code, domain::Millis now) override;
};

}  // namespace ejob::security
