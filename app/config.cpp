#include "app/config.hpp"

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <toml.hpp>
#include <utility>

#include "domain/text/text.hpp"

namespace ejob::app {
namespace {

// [retention] periods in whole days.
void ApplyRetention(domain::RetentionPolicy& r, const toml::value& table) {
    namespace d = domain;
    const std::pair<const char*, d::Millis*> periods[] = {
        {"published_days", &r.published_for},
        {"stopped_days", &r.stopped_for},
        {"rejected_days", &r.rejected_for},
        {"warn_days_before", &r.warn_before},
        {"unconfirmed_accounts_days", &r.unconfirmed_accounts_for},
        {"audit_days", &r.audit_for},
        {"mail_days", &r.mail_for},
    };
    for (const auto& [key, period] : periods) {
        if (!table.contains(key)) continue;
        auto days = toml::find<long long>(table, key);
        if (days < 1 || days > 3660)
            throw CLI::ValidationError(std::string("retention.") + key, "expected 1 to 3660 days");
        *period = days * d::kDay;
    }
    if (r.warn_before >= r.published_for)
        throw CLI::ValidationError("retention.warn_days_before", "must be shorter than published_days");
}

// [reveal]: the contact reveal quotas (each a count and its window in minutes) and the challenge.
void ApplyReveal(domain::RevealPolicy& r, const toml::value& table) {
    namespace d = domain;
    auto number = [&](const char* key, long long lo, long long hi) -> std::optional<long long> {
        if (!table.contains(key)) return std::nullopt;
        auto v = toml::find<long long>(table, key);
        if (v < lo || v > hi)
            throw CLI::ValidationError(std::string("reveal.") + key,
                                       "expected " + std::to_string(lo) + " to " + std::to_string(hi));
        return v;
    };
    const std::pair<const char*, d::Quota*> quotas[] = {{"per_ip", &r.per_ip},
                                                        {"per_subnet", &r.per_subnet},
                                                        {"per_session", &r.per_session},
                                                        {"per_account", &r.per_account}};
    for (const auto& [key, quota] : quotas) {
        if (auto v = number(key, 0, 1000000)) quota->limit = static_cast<int>(*v);
        if (auto v = number((std::string(key) + "_minutes").c_str(), 1, 10080)) quota->window = *v * d::kMinute;
    }
    if (auto v = number("free_reveals", 0, 1000000)) r.free_reveals = static_cast<int>(*v);
    if (auto v = number("base_difficulty", 0, 28)) r.base_difficulty = static_cast<int>(*v);
    if (auto v = number("max_difficulty", 0, 28)) r.max_difficulty = static_cast<int>(*v);
    if (auto v = number("difficulty_step", 1, 1000)) r.difficulty_step = static_cast<int>(*v);
    if (auto v = number("base_wait_seconds", 0, 600)) r.base_wait = *v * d::kSecond;
    if (auto v = number("max_wait_seconds", 0, 3600)) r.max_wait = *v * d::kSecond;
    if (r.max_difficulty < r.base_difficulty)
        throw CLI::ValidationError("reveal.max_difficulty", "must not be below base_difficulty");
}

// A whole number of a table's `key` within lo … hi, if given.
std::optional<long long> BoundedNumber(const toml::value& table, const char* section, const std::string& key,
                                       long long lo, long long hi) {
    if (!table.contains(key)) return std::nullopt;
    auto v = toml::find<long long>(table, key);
    if (v < lo || v > hi)
        throw CLI::ValidationError(std::string(section) + "." + key,
                                   "expected " + std::to_string(lo) + " to " + std::to_string(hi));
    return v;
}

// [crawlers]: the honeypot's mark, the list and search budget per address, the deepest page.
void ApplyCrawlers(domain::CrawlerPolicy& c, const toml::value& table) {
    namespace d = domain;
    auto number = [&](const char* key, long long lo, long long hi) {
        return BoundedNumber(table, "crawlers", key, lo, hi);
    };
    if (auto v = number("list_requests", 0, 1000000000)) c.requests_per_window = static_cast<int>(*v);
    if (auto v = number("list_window_minutes", 1, 1440)) c.window = *v * d::kMinute;
    if (auto v = number("trapped_list_requests", 0, 1000000000)) c.trapped_requests_per_window = static_cast<int>(*v);
    if (auto v = number("trap_hours", 1, 720)) c.trap_time = *v * d::kHour;
    if (auto v = number("max_page", 0, 100000)) c.max_page = static_cast<int>(*v);
    if (auto v = number("max_tracked_addresses", 16, 100000000)) c.max_addresses = static_cast<size_t>(*v);
}

// [limits]: per address, email and account, each a count and its window in minutes ("publications_per_ip = 20",
// "publications_per_ip_minutes = 60"); and mail per address and hour.
void ApplyLimits(domain::LimitsPolicy& l, const toml::value& table) {
    namespace d = domain;
    const std::pair<const char*, d::ActionQuotas*> actions[] = {{"publications", &l.publication},
                                                                {"registrations", &l.registration},
                                                                {"password_resets", &l.password_reset},
                                                                {"contact", &l.contact},
                                                                {"reports", &l.report}};
    for (const auto& [action, q] : actions) {
        const std::pair<const char*, d::Quota*> layers[] = {
            {"per_ip", &q->per_ip}, {"per_email", &q->per_email}, {"per_account", &q->per_account}};
        for (const auto& [layer, quota] : layers) {
            const std::string key = std::string(action) + "_" + layer;
            if (auto v = BoundedNumber(table, "limits", key, 0, 1000000)) quota->limit = static_cast<int>(*v);
            if (auto v = BoundedNumber(table, "limits", key + "_minutes", 1, 10080)) quota->window = *v * d::kMinute;
        }
    }
    if (auto v = BoundedNumber(table, "limits", "mail_per_address_per_hour", 0, 1000000))
        l.mail_per_address_per_hour = static_cast<int>(*v);
}

}  // namespace

void ApplyListen(Config& c, const std::string& listen) {
    auto colon = listen.rfind(':');
    if (colon == std::string::npos) throw CLI::ValidationError("--listen", "expected HOST:PORT, got " + listen);
    c.host = listen.substr(0, colon);
    int port = std::atoi(listen.c_str() + colon + 1);
    if (port < 0 || port > 65535) throw CLI::ValidationError("--listen", "bad port in " + listen);
    c.port = static_cast<std::uint16_t>(port);
}

Config ParseConfigToml(std::string_view toml_text, const std::string& origin) {
    // A TOML file is UTF-8 text. Checked first, because toml11 3.7 reads past the end of its buffer when it reports
    // malformed UTF-8 inside a literal string ('...').
    if (!domain::text::IsValidUtf8(toml_text))
        throw std::runtime_error(origin + ": not UTF-8 text (a TOML file must be UTF-8)");
    Config c;
    std::istringstream in{std::string(toml_text)};
    auto t = toml::parse(in, origin);
    if (t.contains("listen")) ApplyListen(c, toml::find<std::string>(t, "listen"));
    if (t.contains("db")) c.db_url = toml::find<std::string>(t, "db");
    if (t.contains("data_dir")) c.data_dir = toml::find<std::string>(t, "data_dir");
    if (t.contains("base_url")) c.base_url = toml::find<std::string>(t, "base_url");
    if (t.contains("media_dir")) c.media_dir = toml::find<std::string>(t, "media_dir");
    if (t.contains("trust_proxy")) c.trust_proxy = toml::find<bool>(t, "trust_proxy");
    if (t.contains("threads")) c.threads = static_cast<unsigned>(toml::find<int>(t, "threads"));
    if (t.contains("secure_cookies")) c.secure_cookies = toml::find<bool>(t, "secure_cookies");
    if (t.contains("access_log")) c.access_log = toml::find<bool>(t, "access_log");
    if (t.contains("page_cache_mib")) c.page_cache_mib = static_cast<size_t>(toml::find<int>(t, "page_cache_mib"));
    if (t.contains("item_cache_mib")) c.item_cache_mib = static_cast<size_t>(toml::find<int>(t, "item_cache_mib"));
    if (t.contains("retention")) ApplyRetention(c.retention, toml::find(t, "retention"));
    if (t.contains("reveal")) ApplyReveal(c.reveal, toml::find(t, "reveal"));
    if (t.contains("crawlers")) ApplyCrawlers(c.crawlers, toml::find(t, "crawlers"));
    if (t.contains("limits")) ApplyLimits(c.limits, toml::find(t, "limits"));
    if (t.contains("http")) {  // connection limits and deadlines
        const auto& h = toml::find(t, "http");
        struct Key {
            const char* name;
            unsigned* out;
            long long lo, hi;
        };
        const Key keys[] = {
            {"header_timeout_seconds", &c.http.header_timeout_seconds, 1, 3600},
            {"body_timeout_seconds", &c.http.body_timeout_seconds, 1, 3600},
            {"min_transfer_kib_per_second", &c.http.min_transfer_kib_per_second, 1, 1 << 20},
            {"idle_timeout_seconds", &c.http.idle_timeout_seconds, 1, 3600},
            {"max_connections", &c.http.max_connections, 1, 1 << 20},
            {"max_connections_per_ip", &c.http.max_connections_per_ip, 0, 1 << 20},
        };
        for (const auto& [key, out, lo, hi] : keys) {
            if (!h.contains(key)) continue;
            auto n = toml::find<long long>(h, key);
            if (n < lo || n > hi)
                throw CLI::ValidationError(std::string("http.") + key,
                                           "expected " + std::to_string(lo) + " to " + std::to_string(hi));
            *out = static_cast<unsigned>(n);
        }
    }
    return c;
}

Config ReadConfigFile(const std::string& path) {
    std::ifstream file(path, std::ios_base::binary);
    if (!file.good()) throw std::runtime_error("toml::parse: file open error -> " + path);
    std::ostringstream text;
    text << file.rdbuf();
    return ParseConfigToml(text.str(), path);
}

}  // namespace ejob::app
