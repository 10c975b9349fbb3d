// The contact reveal guard: layered quotas, the challenge (proof of work, or a wait without JavaScript), single-use
// challenge tokens, and the difficulty rising with an address's reveals.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "domain/antiscrape/reveal_guard.hpp"
#include "security/sodium.hpp"

namespace ejob::domain {
namespace {

class FakeSigner final : public Signer {
  public:
    std::string Sign(std::string_view m) const override {
        return "sig" + std::to_string(std::hash<std::string_view>{}(m));
    }
    bool Verify(std::string_view m, std::string_view s) const override { return Sign(m) == s; }
};

// Fixed windows, as the SQL limiter counts them.
class MemoryLimiter final : public RateLimiter {
  public:
    bool Allow(std::string_view key, int limit, Millis window, Millis now) override {
        auto& [start, hits] = rows_[std::string(key)];
        if (start != now - now % window) start = now - now % window, hits = 0;
        return ++hits <= limit;
    }
    int Hits(std::string_view key, Millis window, Millis now) override {
        auto it = rows_.find(std::string(key));
        return it == rows_.end() || it->second.first != now - now % window ? 0 : it->second.second;
    }
    void Reset(std::string_view key) override { rows_.erase(std::string(key)); }

  private:
    std::map<std::string, std::pair<Millis, int>> rows_;
};

class MemoryNonces final : public NonceStore {
  public:
    bool Use(std::string_view nonce, Millis) override { return used_.insert(std::string(nonce)).second; }

  private:
    std::set<std::string> used_;
};

struct Guard {
    FakeSigner signer;
    security::SodiumDigest digest;
    MemoryLimiter limiter;
    MemoryNonces nonces;
    FixedClock clock{1796623200000};
    RevealGuard guard;
    explicit Guard(RevealPolicy p) : guard(p, {signer, digest, limiter, nonces, clock}) {}

    // Solves a challenge the way the page's script does.
    std::string Solve(const RevealChallenge& c) {
        for (int n = 0;; ++n)
            if (RevealGuard::Solves(digest, c.token, std::to_string(n), c.difficulty)) return std::to_string(n);
    }
    // Asks, answering a challenge when one comes; the verdict of the final answer.
    RevealGuard::Verdict AskAndSolve(const Visitor& v) {
        auto d = guard.Ask("vacancy", 7, v, "", "", true);
        if (d.verdict != RevealGuard::Verdict::Challenge) return d.verdict;
        return guard.Ask("vacancy", 7, v, d.challenge.token, Solve(d.challenge), true).verdict;
    }
};

RevealPolicy Small() {
    RevealPolicy p;
    p.per_ip = {6, kHour};
    p.per_subnet = {10, kHour};
    p.per_session = {4, kHour};
    p.per_account = {8, kHour};
    p.free_reveals = 2;
    p.base_difficulty = 8;
    p.difficulty_step = 1;
    p.max_difficulty = 10;
    return p;
}

using V = RevealGuard::Verdict;

TEST(RevealGuard, TheFirstRevealsAreFreeThenAChallengeWhoseDifficultyRises) {
    Guard g(Small());
    Visitor v{"203.0.113.5", "", std::nullopt, false};
    EXPECT_EQ(g.guard.Ask("vacancy", 7, v, "", "", true).verdict, V::Reveal);
    EXPECT_EQ(g.guard.Ask("vacancy", 7, v, "", "", true).verdict, V::Reveal);
    auto d = g.guard.Ask("vacancy", 7, v, "", "", true);
    ASSERT_EQ(d.verdict, V::Challenge);
    EXPECT_EQ(d.challenge.difficulty, 8);
    EXPECT_EQ(g.guard.Ask("vacancy", 7, v, d.challenge.token, g.Solve(d.challenge), true).verdict, V::Reveal);
    d = g.guard.Ask("vacancy", 7, v, "", "", true);
    EXPECT_EQ(d.challenge.difficulty, 9) << "one bit more per reveal (step 1)";
    g.guard.Ask("vacancy", 7, v, d.challenge.token, g.Solve(d.challenge), true);
    g.AskAndSolve(v);
    EXPECT_EQ(g.guard.Ask("vacancy", 7, v, "", "", true).challenge.difficulty, 10) << "capped at max_difficulty";
}

TEST(RevealGuard, AChallengeIsGoodOnceForItsPublicationAndUntilItExpires) {
    Guard g(Small());
    Visitor v{"203.0.113.5", "", std::nullopt, false};
    g.guard.Ask("vacancy", 7, v, "", "", true);
    g.guard.Ask("vacancy", 7, v, "", "", true);
    auto c = g.guard.Ask("vacancy", 7, v, "", "", true).challenge;
    const std::string answer = g.Solve(c);
    EXPECT_EQ(g.guard.Ask("vacancy", 8, v, c.token, answer, true).verdict, V::BadToken) << "another publication";
    EXPECT_EQ(g.guard.Ask("resume", 7, v, c.token, answer, true).verdict, V::BadToken) << "another kind";
    std::string forged = c.token;
    forged[forged.find('.') + 1] = '0';  // difficulty 0 claimed: the signature no longer matches
    EXPECT_EQ(g.guard.Ask("vacancy", 7, v, forged, "", true).verdict, V::BadToken);
    std::string wrong = answer == "0" ? "1" : "0";
    if (!RevealGuard::Solves(g.digest, c.token, wrong, c.difficulty)) {
        EXPECT_EQ(g.guard.Ask("vacancy", 7, v, c.token, wrong, true).verdict, V::BadToken) << "a wrong answer";
    }
    const int before = g.limiter.Hits("reveal:ip:203.0.113.5", kHour, g.clock.Now());
    EXPECT_EQ(g.guard.Ask("vacancy", 7, v, c.token, answer, true).verdict, V::Reveal);
    EXPECT_EQ(g.guard.Ask("vacancy", 7, v, c.token, answer, true).verdict, V::Replayed);
    EXPECT_EQ(g.limiter.Hits("reveal:ip:203.0.113.5", kHour, g.clock.Now()), before + 1)
        << "the replay counted in no quota";

    auto late = g.guard.Ask("vacancy", 7, v, "", "", true).challenge;
    g.clock.Advance(RevealPolicy{}.challenge_lifetime + 1);
    EXPECT_EQ(g.guard.Ask("vacancy", 7, v, late.token, g.Solve(late), true).verdict, V::Challenge)
        << "an expired challenge brings a new one";
}

TEST(RevealGuard, WithoutJavaScriptTheChallengeIsAWait) {
    Guard g(Small());
    Visitor v{"203.0.113.5", "", std::nullopt, false};
    g.guard.Ask("vacancy", 7, v, "", "", false);
    g.guard.Ask("vacancy", 7, v, "", "", false);
    auto d = g.guard.Ask("vacancy", 7, v, "", "", false);
    ASSERT_EQ(d.verdict, V::Challenge);
    EXPECT_EQ(d.challenge.difficulty, 0);
    EXPECT_EQ(d.challenge.not_before - g.clock.Now(), 3 * kSecond);
    auto early = g.guard.Ask("vacancy", 7, v, d.challenge.token, "", false);
    EXPECT_EQ(early.verdict, V::TooEarly);
    EXPECT_EQ(early.retry_after, 3 * kSecond);
    g.clock.Advance(3 * kSecond);
    EXPECT_EQ(g.guard.Ask("vacancy", 7, v, d.challenge.token, "", false).verdict, V::Reveal);
    EXPECT_EQ(g.guard.Ask("vacancy", 7, v, "", "", false).challenge.not_before - g.clock.Now(), 6 * kSecond)
        << "longer with each step";
}

TEST(RevealGuard, EveryQuotaTripsAtItsFigureAndTheWindowEndsIt) {
    Guard g(Small());
    // Per address: 6.
    Visitor a{"198.51.100.1", "", std::nullopt, false};
    for (int i = 0; i < 6; ++i) ASSERT_EQ(g.AskAndSolve(a), V::Reveal) << i;
    auto over = g.guard.Ask("vacancy", 7, a, "", "", true);
    EXPECT_EQ(over.verdict, V::OverQuota);
    EXPECT_EQ(over.retry_after, RateLimiter::UntilWindowEnds(kHour, g.clock.Now()));
    // Per network: 10 for the /24, whatever the address.
    Visitor b{"198.51.100.2", "", std::nullopt, false};
    for (int i = 0; i < 4; ++i) ASSERT_EQ(g.AskAndSolve(b), V::Reveal) << i;
    EXPECT_EQ(g.guard.Ask("vacancy", 7, b, "", "", true).verdict, V::OverQuota) << "the /24 has had 10";
    Visitor other_net{"198.51.101.2", "", std::nullopt, false};
    EXPECT_EQ(g.AskAndSolve(other_net), V::Reveal);
    // Per session: 4, across addresses.
    Visitor s1{"192.0.2.1", "browser-1", std::nullopt, false}, s2{"192.0.3.1", "browser-1", std::nullopt, false};
    for (int i = 0; i < 2; ++i) ASSERT_EQ(g.AskAndSolve(s1), V::Reveal);
    for (int i = 0; i < 2; ++i) ASSERT_EQ(g.AskAndSolve(s2), V::Reveal);
    EXPECT_EQ(g.guard.Ask("vacancy", 7, s2, "", "", true).verdict, V::OverQuota) << "the session has had 4";
    // Signed in: 8 per account (more than an anonymous address).
    Visitor member{"192.0.4.1", "browser-2", 42, false};
    for (int i = 0; i < 8; ++i) ASSERT_EQ(g.AskAndSolve(member), V::Reveal) << i;
    EXPECT_EQ(g.guard.Ask("vacancy", 7, member, "", "", true).verdict, V::OverQuota);
    // A new window.
    g.clock.Advance(RateLimiter::UntilWindowEnds(kHour, g.clock.Now()));
    EXPECT_EQ(g.guard.Ask("vacancy", 7, a, "", "", true).verdict, V::Reveal);
}

TEST(RevealGuard, ATrappedAddressAlwaysGetsTheHardestChallenge) {
    Guard g(Small());
    Visitor v{"203.0.113.9", "", std::nullopt, true};
    auto d = g.guard.Ask("vacancy", 7, v, "", "", true);
    ASSERT_EQ(d.verdict, V::Challenge);
    EXPECT_EQ(d.challenge.difficulty, 10);
    EXPECT_EQ(g.guard.Ask("vacancy", 7, v, "", "", false).challenge.not_before - g.clock.Now(), 30 * kSecond);
}

TEST(RevealGuard, NetworksAreIpv4Slash24AndIpv6Slash64) {
    EXPECT_EQ(NetworkOf("203.0.113.77"), "203.0.113.0/24");
    EXPECT_EQ(NetworkOf("2001:db8:1:2:3:4:5:6"), "2001:db8:1:2::/64");
    EXPECT_EQ(NetworkOf("2001:db8:1:2::9"), "2001:db8:1:2::/64");
    EXPECT_EQ(NetworkOf("2001:db8::1"), "2001:db8::/64");
}

}  // namespace
}  // namespace ejob::domain
