#pragma once
// URLs that carry a secret token in their path, in one list: every log line that shows a path shows it redacted,
// and the response keeps such a URL from leaving the site in a Referer.
#include <string>
#include <string_view>

namespace ejob::web::middleware {

// The path segments followed by a secret: a publication's management link (/manage/{token}), the account links
// mailed to their owner (/account/confirm/{token}, /account/password-reset/{token}) and the photos a form holds for
// its visitor (/held-photos/{token}). Every route with a {token} parameter must put it right after one of these (a
// unit test walks the route table): a new secret link adds its segment here. No secret travels in a query string,
// and no log line prints one.
inline constexpr std::string_view kSecretSegments[] = {"manage", "confirm", "password-reset", "held-photos"};

namespace detail {
inline bool IsSecretSegment(std::string_view segment) {
    for (std::string_view s : kSecretSegments) {
        if (segment.size() != s.size()) continue;
        bool same = true;
        for (size_t i = 0; i < s.size() && same; ++i)
            same = (segment[i] >= 'A' && segment[i] <= 'Z' ? segment[i] - 'A' + 'a' : segment[i]) == s[i];
        if (same) return true;
    }
    return false;
}
}  // namespace detail

// The path for a log line: the first non-empty segment after each secret segment (matched regardless of case, after
// any language prefix) becomes "…", e.g. "/en/manage/…/edit"; control characters, spaces and '%' are
// percent-encoded, so that a path cannot forge a log line of its own.
inline std::string RedactedPath(std::string_view path) {
    std::string out;
    out.reserve(path.size());
    bool hide_next = false;
    for (size_t start = 0; start <= path.size();) {
        size_t end = path.find('/', start);
        if (end == std::string_view::npos) end = path.size();
        std::string_view segment = path.substr(start, end - start);
        if (start > 0) out += '/';
        if (hide_next && !segment.empty()) {
            out += "…";
            hide_next = false;
        } else {
            for (char c : segment) {
                auto b = static_cast<unsigned char>(c);
                if (b <= ' ' || b == 0x7F || c == '%') {
                    static constexpr char kHex[] = "0123456789ABCDEF";
                    out += '%';
                    out += kHex[b >> 4];
                    out += kHex[b & 15];
                } else {
                    out += c;
                }
            }
            if (detail::IsSecretSegment(segment)) hide_next = true;
        }
        start = end + 1;
    }
    return out;
}

// Whether the path holds a secret that RedactedPath leaves out.
inline bool CarriesToken(std::string_view path) {
    bool after_secret = false;
    for (size_t start = 0; start <= path.size();) {
        size_t end = path.find('/', start);
        if (end == std::string_view::npos) end = path.size();
        std::string_view segment = path.substr(start, end - start);
        if (after_secret && !segment.empty()) return true;
        if (detail::IsSecretSegment(segment)) after_secret = true;
        start = end + 1;
    }
    return false;
}

}  // namespace ejob::web::middleware
