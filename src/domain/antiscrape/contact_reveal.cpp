#include "domain/antiscrape/contact_reveal.hpp"

#include <charconv>

namespace ejob::domain {
namespace {
std::string Message(std::string_view kind, std::int64_t id, std::string_view expiry) {
    std::string m = "reveal:";
    m += kind;
    m += ':';
    m += std::to_string(id);
    m += ':';
    m += expiry;
    return m;
}
}  // namespace

std::string ContactReveal::Issue(std::string_view kind, std::int64_t id) const {
    std::string expiry = std::to_string(clock_.Now() + kLifetime);
    return expiry + "." + signer_.Sign(Message(kind, id, expiry));
}

bool ContactReveal::WasIssuedFor(std::string_view kind, std::int64_t id, std::string_view token) const {
    auto dot = token.find('.');
    if (dot == std::string_view::npos || dot == 0 || token.size() > 200) return false;
    auto expiry_text = token.substr(0, dot);
    Millis expiry = 0;
    auto [p, ec] = std::from_chars(expiry_text.data(), expiry_text.data() + expiry_text.size(), expiry);
    if (ec != std::errc() || p != expiry_text.data() + expiry_text.size()) return false;
    if (expiry + kDay < clock_.Now()) return false;
    return signer_.Verify(Message(kind, id, expiry_text), token.substr(dot + 1));
}

bool ContactReveal::Check(std::string_view kind, std::int64_t id, std::string_view token) const {
    auto dot = token.find('.');
    if (dot == std::string_view::npos || dot == 0 || token.size() > 200) return false;
    auto expiry_text = token.substr(0, dot);
    Millis expiry = 0;
    auto [p, ec] = std::from_chars(expiry_text.data(), expiry_text.data() + expiry_text.size(), expiry);
    if (ec != std::errc() || p != expiry_text.data() + expiry_text.size()) return false;
    if (expiry < clock_.Now() || expiry > clock_.Now() + kLifetime) return false;
    return signer_.Verify(Message(kind, id, expiry_text), token.substr(dot + 1));
}

}  // namespace ejob::domain
