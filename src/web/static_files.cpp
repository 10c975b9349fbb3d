#include "web/static_files.hpp"

#include <zlib.h>

#include <cstdio>
#include <unordered_map>
#include <vector>

#include "embedded/embedded.hpp"

namespace ejob::web {
namespace {

std::vector<StaticAsset> g_assets;
std::unordered_map<std::string, size_t> g_by_name;
std::unordered_map<std::string, size_t> g_by_url;

std::string ContentType(std::string_view name) {
    auto ends = [&](std::string_view ext) {
        return name.size() >= ext.size() && name.substr(name.size() - ext.size()) == ext;
    };
    if (ends(".css")) return "text/css; charset=utf-8";
    if (ends(".js")) return "text/javascript; charset=utf-8";
    if (ends(".svg")) return "image/svg+xml";
    if (ends(".png")) return "image/png";
    if (ends(".woff2")) return "font/woff2";
    if (ends(".txt")) return "text/plain; charset=utf-8";
    return "application/octet-stream";
}

}  // namespace

std::string Gzip(std::string_view data) {
    z_stream zs{};
    if (deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return {};
    std::string out(deflateBound(&zs, data.size()) + 32, '\0');
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    zs.avail_in = static_cast<uInt>(data.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    int rc = deflate(&zs, Z_FINISH);
    out.resize(zs.total_out);
    deflateEnd(&zs);
    return rc == Z_STREAM_END ? out : std::string();
}

void LoadStaticAssets() {
    if (!g_assets.empty()) return;
    for (const auto& f : embedded::StaticFiles()) {
        StaticAsset a;
        a.name = std::string(f.name);
        a.data = f.data;
        a.content_type = ContentType(a.name);
        char hash[16];
        std::snprintf(hash, sizeof hash, "%08lx",
                      crc32(0L, reinterpret_cast<const Bytef*>(f.data.data()), f.data.size()));
        a.etag = std::string("\"") + hash + "\"";
        auto dot = a.name.rfind('.');
        a.url = "/static/" + a.name.substr(0, dot) + "." + hash + a.name.substr(dot);
        if (a.content_type.rfind("image/png", 0) != 0 && a.content_type.rfind("font/", 0) != 0 && f.data.size() > 512) {
            a.gzip = Gzip(f.data);
            if (a.gzip.size() >= f.data.size()) a.gzip.clear();
        }
        g_assets.push_back(std::move(a));
    }
    for (size_t i = 0; i < g_assets.size(); ++i) {
        g_by_name[g_assets[i].name] = i;
        g_by_url[g_assets[i].url] = i;
    }
}

std::string StaticUrl(std::string_view name) {
    auto it = g_by_name.find(std::string(name));
    return it == g_by_name.end() ? "/static/" + std::string(name) : g_assets[it->second].url;
}

const StaticAsset* FindStatic(std::string_view path, bool& fingerprinted) {
    std::string url = "/static/" + std::string(path);
    if (auto it = g_by_url.find(url); it != g_by_url.end()) {
        fingerprinted = true;
        return &g_assets[it->second];
    }
    if (auto it = g_by_name.find(std::string(path)); it != g_by_name.end()) {
        fingerprinted = false;
        return &g_assets[it->second];
    }
    return nullptr;
}

}  // namespace ejob::web
