#include "security/totp.hpp"

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <sodium.h>

namespace ejob::security {
namespace {
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
}

std::string Base32(const std::vector<unsigned char>& bytes) {
    std::string out;
    unsigned buffer = 0;
    int bits = 0;
    for (unsigned char b : bytes) {
        buffer = (buffer << 8) | b;
        bits += 8;
        while (bits >= 5) {
            out += kAlphabet[(buffer >> (bits - 5)) & 31];
            bits -= 5;
        }
    }
    if (bits > 0) out += kAlphabet[(buffer << (5 - bits)) & 31];
    return out;
}

std::optional<std::vector<unsigned char>> FromBase32(std::string_view text) {
    std::vector<unsigned char> out;
    unsigned buffer = 0;
    int bits = 0;
    for (char c : text) {
        if (c == ' ' || c == '=') continue;
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
        const char* at = std::char_traits<char>::find(kAlphabet, 32, c);
        if (!at) return std::nullopt;
        buffer = (buffer << 5) | static_cast<unsigned>(at - kAlphabet);
        bits += 5;
        if (bits >= 8) {
            out.push_back(static_cast<unsigned char>((buffer >> (bits - 8)) & 255));
            bits -= 8;
        }
    }
    return out;
}

std::string TotpCode(const std::vector<unsigned char>& key, std::int64_t step, int digits) {
    unsigned char counter[8];
    for (int i = 7; i >= 0; --i) {
        counter[i] = static_cast<unsigned char>(step & 255);
        step >>= 8;
    }
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int mac_len = 0;
    HMAC(EVP_sha1(), key.data(), static_cast<int>(key.size()), counter, sizeof counter, mac, &mac_len);
    const int offset = mac[mac_len - 1] & 15;
    const std::uint32_t binary =
        ((mac[offset] & 0x7fu) << 24) | (mac[offset + 1] << 16) | (mac[offset + 2] << 8) | mac[offset + 3];
    std::uint32_t mod = 1;
    for (int i = 0; i < digits; ++i) mod *= 10;
    std::string code = std::to_string(binary % mod);
    return std::string(static_cast<size_t>(digits) - code.size(), '0') + code;
}

std::string Totp::NewSecret() {
    std::vector<unsigned char> key(20);
    randombytes_buf(key.data(), key.size());
    return Base32(key);
}

std::optional<std::int64_t> Totp::Match(std::string_view secret, std::string_view code, domain::Millis now) {
    auto key = FromBase32(secret);
    if (!key || key->empty() || code.size() != 6) return std::nullopt;
    const std::int64_t current = now / kStep;
    for (std::int64_t step : {current, current - 1, current + 1})
        if (sodium_memcmp(TotpCode(*key, step).data(), code.data(), 6) == 0) return step;
    return std::nullopt;
}

}  // namespace ejob::security
