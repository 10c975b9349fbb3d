#pragma once
// Static assets compiled into the binary, served under fingerprinted names (/static/css/site.1a2b3c4d.css) with a
// year-long immutable cache, and pre-compressed with gzip once at start-up.
#include <string>
#include <string_view>

namespace ejob::web {

struct StaticAsset {
    std::string name;  // "css/site.css"
    std::string url;   // "/static/css/site.1a2b3c4d.css"
    std::string content_type;
    std::string_view data;
    std::string gzip;  // empty when compression does not pay
    std::string etag;  // "\"1a2b3c4d\""
};

void LoadStaticAssets();
std::string StaticUrl(std::string_view name);
// Finds an asset by its URL path below /static/ (fingerprinted or plain). `fingerprinted` tells which.
const StaticAsset* FindStatic(std::string_view path_below_static, bool& fingerprinted);

// gzip of `data` at a fast level (zlib).
std::string Gzip(std::string_view data);

}  // namespace ejob::web
