#include "domain/antiscrape/reveal_guard.hpp"

#include <algorithm>
#include <charconv>
#include <random>

namespace ejob::domain {

namespace {

std::optional<Millis> Number(std::string_view s) {
    Millis n = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
    if (ec != std::errc() || p != s.data() + s.size() || s.empty() || s.size() > 18) return std::nullopt;
    return n;
}

// 16 random bytes as hex: the challenge's nonce (unpredictable, so a solution cannot be computed ahead).
std::string NewNonce() {
    static thread_local std::random_device rd;
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (int i = 0; i < 4; ++i) {
        unsigned v = rd();
        for (int k = 0; k < 8; ++k, v >>= 4) out += kHex[v & 15];
    }
    return out;
}

// What the signature covers: the publication and every field of the token before the signature.
std::string Signed(std::string_view kind, std::int64_t id, std::string_view fields) {
    std::string m = "reveal-challenge:";
    m += kind;
    m += ':';
    m += std::to_string(id);
    m += ':';
    m += fields;
    return m;
}

}  // namespace

std::string NetworkOf(std::string_view ip) {
    if (ip.find(':') == std::string_view::npos) {
        auto last = ip.rfind('.');
        if (last == std::string_view::npos) return std::string(ip);
        return std::string(ip.substr(0, last)) + ".0/24";
    }
    // IPv6: the first four groups (a "::" among them stands for zero groups; keep it as written, which is enough to
    // group addresses written the same way — servers see the canonical form).
    size_t pos = 0;
    for (int group = 0; group < 4; ++group) {
        auto colon = ip.find(':', pos);
        if (colon == std::string_view::npos) return std::string(ip) + "/64";
        if (colon == pos && group > 0) break;  // "::" before the fourth group
        pos = colon + 1;
    }
    return std::string(ip.substr(0, pos)) + ":/64";
}

bool RevealGuard::Solves(const Digest& digest, std::string_view token, std::string_view solution, int difficulty) {
    if (difficulty <= 0) return true;
    if (solution.empty() || solution.size() > 20) return false;
    std::string input(token);
    input += ':';
    input += solution;
    auto h = digest.Sha256(input);
    int bits = 0;
    for (unsigned char byte : h) {
        if (byte == 0) {
            bits += 8;
            if (bits >= difficulty) return true;
            continue;
        }
        for (int b = 7; b >= 0 && !(byte >> b & 1); --b) ++bits;
        break;
    }
    return bits >= difficulty;
}

std::vector<RevealGuard::Layer> RevealGuard::Layers(const Visitor& v) const {
    const auto& pol = policy_;
    std::vector<Layer> out;
    if (v.account) {
        out.push_back({"reveal:account:" + std::to_string(*v.account), pol.per_account});
        out.push_back({"reveal:ip:" + v.ip, {std::max(pol.per_ip.limit, pol.per_account.limit), pol.per_ip.window}});
    } else {
        out.push_back({"reveal:ip:" + v.ip, pol.per_ip});
        if (!v.session.empty()) out.push_back({"reveal:session:" + v.session, pol.per_session});
    }
    out.push_back({"reveal:net:" + NetworkOf(v.ip), pol.per_subnet});
    return out;
}

RevealChallenge RevealGuard::Issue(std::string_view kind, std::int64_t id, const Visitor& v, bool solves,
                                   int recent) const {
    const auto& pol = policy_;
    const Millis now = p_.clock.Now();
    const int steps = v.trapped ? 1000 : std::max(0, recent - pol.free_reveals) / std::max(1, pol.difficulty_step);
    RevealChallenge c;
    c.expires_at = now + pol.challenge_lifetime;
    if (solves) {
        c.difficulty = std::min(pol.max_difficulty, pol.base_difficulty + steps);
        c.not_before = now;
    } else {
        c.difficulty = 0;
        c.not_before = now + std::min(pol.max_wait, pol.base_wait * (1 + steps));
    }
    std::string fields = std::to_string(c.expires_at) + "." + std::to_string(c.difficulty) + "." +
                         std::to_string(c.not_before) + "." + NewNonce();
    c.token = fields + "." + p_.signer.Sign(Signed(kind, id, fields));
    return c;
}

RevealGuard::Decision RevealGuard::Ask(std::string_view kind, std::int64_t id, const Visitor& v, std::string_view token,
                                       std::string_view solution, bool solves) {
    const Millis now = p_.clock.Now();
    Decision d;
    const auto layers = Layers(v);
    const int recent = p_.limiter.Hits(layers[v.account ? 1 : 0].key, policy_.per_ip.window, now);

    if (!token.empty()) {
        // "<expires>.<difficulty>.<not_before>.<nonce>.<signature>"
        if (token.size() > 400) return d;
        std::array<std::string_view, 5> parts;
        size_t start = 0;
        for (size_t i = 0; i < 4; ++i) {
            auto dot = token.find('.', start);
            if (dot == std::string_view::npos) return d;
            parts[i] = token.substr(start, dot - start);
            start = dot + 1;
        }
        parts[4] = token.substr(start);
        auto expires = Number(parts[0]), difficulty = Number(parts[1]), not_before = Number(parts[2]);
        std::string_view fields = token.substr(0, start - 1);
        if (!expires || !difficulty || !not_before || *difficulty > 64 ||
            !p_.signer.Verify(Signed(kind, id, fields), parts[4]))
            return d;  // forged, or for another publication
        if (*expires <= now) {
            d.verdict = Verdict::Challenge;  // expired: a new one
            d.challenge = Issue(kind, id, v, solves, recent);
            return d;
        }
        if (now < *not_before) {
            d.verdict = Verdict::TooEarly;
            d.challenge = {std::string(token), static_cast<int>(*difficulty), *not_before, *expires};
            d.retry_after = *not_before - now;
            return d;
        }
        if (!Solves(p_.digest, token, solution, static_cast<int>(*difficulty))) return d;
        if (!p_.nonces.Use(parts[3], *expires)) {
            d.verdict = Verdict::Replayed;
            return d;
        }
    }

    // Every quota first, then count the reveal in each: a refused request counts in none.
    for (const auto& layer : layers) {
        if (layer.quota.limit <= 0) continue;
        if (p_.limiter.Hits(layer.key, layer.quota.window, now) >= layer.quota.limit) {
            d.verdict = Verdict::OverQuota;
            d.retry_after = std::max(d.retry_after, RateLimiter::UntilWindowEnds(layer.quota.window, now));
        }
    }
    if (d.verdict == Verdict::OverQuota) return d;
    if (token.empty() && (v.trapped || recent >= policy_.free_reveals)) {
        d.verdict = Verdict::Challenge;
        d.challenge = Issue(kind, id, v, solves, recent);
        return d;
    }
    for (const auto& layer : layers)
        p_.limiter.Allow(layer.key, std::max(layer.quota.limit, 1), layer.quota.window, now);
    d.verdict = Verdict::Reveal;
    return d;
}

}  // namespace ejob::domain
