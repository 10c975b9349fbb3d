#include "security/sodium.hpp"

#include <sodium.h>

#include <condition_variable>
#include <cstring>
#include <mutex>
#include <stdexcept>

namespace ejob::security {
namespace {

constexpr unsigned long long kOpsLimit = 2;
constexpr size_t kMemLimit = 19ull * 1024 * 1024;

// Bounds concurrent Argon2id hashes: each takes 19 MiB and ~20 ms of one core.
class Gate {
  public:
    void Set(int n) {
        std::lock_guard g(mu_);
        free_ = n;
    }
    void Enter() {
        std::unique_lock l(mu_);
        cv_.wait(l, [&] { return free_ > 0; });
        --free_;
    }
    void Leave() {
        std::lock_guard g(mu_);
        ++free_;
        cv_.notify_one();
    }

  private:
    std::mutex mu_;
    std::condition_variable cv_;
    int free_ = 2;
};
Gate g_gate;

struct GateGuard {
    GateGuard() { g_gate.Enter(); }
    ~GateGuard() { g_gate.Leave(); }
};

}  // namespace

void InitSodium() {
    if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialise");
}

std::string Base64Url(const unsigned char* data, size_t len) {
    std::string out(sodium_base64_ENCODED_LEN(len, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
    sodium_bin2base64(out.data(), out.size(), data, len, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    out.resize(std::strlen(out.c_str()));
    return out;
}

std::string RandomToken() {
    unsigned char buf[32];
    randombytes_buf(buf, sizeof buf);
    return Base64Url(buf, sizeof buf);
}

std::string SodiumTokenService::Hash(std::string_view token) const {
    unsigned char out[32];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(token.data()), token.size(), nullptr, 0);
    return Base64Url(out, sizeof out);
}

Argon2PasswordHasher::Argon2PasswordHasher(int max_concurrent) {
    g_gate.Set(max_concurrent);
}

std::string Argon2PasswordHasher::Hash(std::string_view password) {
    char out[crypto_pwhash_STRBYTES];
    GateGuard guard;
    if (crypto_pwhash_str_alg(out, password.data(), password.size(), kOpsLimit, kMemLimit,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw std::runtime_error("out of memory while hashing a password");
    return out;
}

bool Argon2PasswordHasher::Verify(std::string_view hash, std::string_view password) {
    std::string h(hash);
    GateGuard guard;
    return crypto_pwhash_str_verify(h.c_str(), password.data(), password.size()) == 0;
}

bool Argon2PasswordHasher::NeedsRehash(std::string_view hash) {
    std::string h(hash);
    return crypto_pwhash_str_needs_rehash(h.c_str(), kOpsLimit, kMemLimit) != 0;
}

SodiumSigner::SodiumSigner(std::string_view secret) {
    // Derive the MAC key from the stored secret so that any length of secret works.
    crypto_generichash(key_, sizeof key_, reinterpret_cast<const unsigned char*>(secret.data()), secret.size(), nullptr,
                       0);
}

std::string SodiumSigner::Sign(std::string_view message) const {
    unsigned char mac[crypto_auth_BYTES];
    crypto_auth(mac, reinterpret_cast<const unsigned char*>(message.data()), message.size(), key_);
    return Base64Url(mac, sizeof mac);
}

bool SodiumSigner::Verify(std::string_view message, std::string_view signature) const {
    std::string expected = Sign(message);
    return expected.size() == signature.size() &&
           sodium_memcmp(expected.data(), signature.data(), expected.size()) == 0;
}

std::array<unsigned char, 32> SodiumDigest::Sha256(std::string_view data) const {
    std::array<unsigned char, 32> out{};
    crypto_hash_sha256(out.data(), reinterpret_cast<const unsigned char*>(data.data()), data.size());
    return out;
}

}  // namespace ejob::security
