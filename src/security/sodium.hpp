#pragma once
// libsodium adapters for the domain's security ports.
#include <string>
#include <string_view>

#include "domain/accounts/account.hpp"
#include "domain/antiscrape/reveal_guard.hpp"
#include "domain/common/signer.hpp"
#include "domain/publications/publication.hpp"

namespace ejob::security {

// Must run once before anything else here (idempotent).
void InitSodium();

std::string Base64Url(const unsigned char* data, size_t len);
// 32 random bytes, base64url.
std::string RandomToken();

class SodiumTokenService final : public domain::TokenService {
  public:
    std::string NewToken() override { return RandomToken(); }
    // BLAKE2b-256 of the token: tokens carry 256 random bits, so a fast hash is enough.
    std::string Hash(std::string_view token) const override;
};

// Argon2id with OWASP parameters (m = 19 MiB, t = 2, p = 1), at most `max_concurrent` hashes at once.
class Argon2PasswordHasher final : public domain::PasswordHasher {
  public:
    explicit Argon2PasswordHasher(int max_concurrent = 2);
    std::string Hash(std::string_view password) override;
    bool Verify(std::string_view hash, std::string_view password) override;
    bool NeedsRehash(std::string_view hash) override;
};

// HMAC-SHA512-256 (crypto_auth) with the site secret.
class SodiumSigner final : public domain::Signer {
  public:
    explicit SodiumSigner(std::string_view secret_base64url);
    std::string Sign(std::string_view message) const override;
    bool Verify(std::string_view message, std::string_view signature) const override;

  private:
    unsigned char key_[32];
};

// SHA-256 (crypto_hash_sha256): the proof of work of contact reveal challenges.
class SodiumDigest final : public domain::Digest {
  public:
    std::array<unsigned char, 32> Sha256(std::string_view data) const override;
};

}  // namespace ejob::security
