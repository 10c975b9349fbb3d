#pragma once
// URLs that carry a secret token in their path (management, password-reset and confirmation links): the access
// log leaves the token out, and the response keeps the URL from leaving the site in a Referer.
#include <cstring>
#include <string>

namespace ejob::web::middleware {

inline constexpr const char* kTokenMarkers[] = {"/manage/", "/password-reset/", "/confirm/"};

inline bool CarriesToken(const std::string& path) {
    for (const char* marker : kTokenMarkers)
        if (path.find(marker) != std::string::npos) return true;
    return false;
}

// The path with its token replaced by "…".
inline std::string RedactedPath(const std::string& path) {
    for (const char* marker : kTokenMarkers) {
        auto at = path.find(marker);
        if (at == std::string::npos) continue;
        size_t start = at + std::strlen(marker);
        size_t end = path.find('/', start);
        return path.substr(0, start) + "…" + (end == std::string::npos ? "" : path.substr(end));
    }
    return path;
}

}  // namespace ejob::web::middleware
