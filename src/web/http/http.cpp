#include "web/http/http.hpp"

namespace ejob::web::http {

std::string Request::Cookie(std::string_view name) const {
    const std::string* header = Header("cookie");
    if (!header) return {};
    std::string_view s = *header;
    while (!s.empty()) {
        size_t semi = s.find(';');
        std::string_view part = s.substr(0, semi);
        while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
        size_t eq = part.find('=');
        if (eq != std::string_view::npos && part.substr(0, eq) == name) return std::string(part.substr(eq + 1));
        if (semi == std::string_view::npos) break;
        s.remove_prefix(semi + 1);
    }
    return {};
}

std::string PercentDecode(std::string_view s, bool plus_is_space) {
    std::string out;
    out.reserve(s.size());
    auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    for (size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c == '+' && plus_is_space) {
            out += ' ';
        } else if (c == '%' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
            out += static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2]));
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

Fields ParseUrlEncoded(std::string_view s, size_t max_fields) {
    Fields out;
    while (!s.empty() && out.size() < max_fields) {
        size_t amp = s.find('&');
        std::string_view pair = s.substr(0, amp);
        if (!pair.empty()) {
            size_t eq = pair.find('=');
            std::string_view k = pair.substr(0, eq);
            std::string_view v = eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1);
            out.emplace_back(PercentDecode(k, true), PercentDecode(v, true));
        }
        if (amp == std::string_view::npos) break;
        s.remove_prefix(amp + 1);
    }
    return out;
}

}  // namespace ejob::web::http
