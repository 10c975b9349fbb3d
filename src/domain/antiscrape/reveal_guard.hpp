#pragma once
// Contacts that cannot be harvested. Contacts are never in a page; a visitor asks for them (POST), and the guard
// decides: reveal, ask for a challenge first, or refuse until a quota's window ends.
//
// Quotas are layered, each with its own window (RevealPolicy, from the config): per address, per network (IPv4 /24,
// IPv6 /64), per browser session, and per account for signed-in people (who get more). An address that asked for
// few contacts lately gets them at once; past `free_reveals` in the address's window it must first solve a
// challenge: a token signed with the site key over the publication, an expiry, a difficulty and a random nonce,
// which the page's script answers with a proof of work (a number whose SHA-256 with the token has `difficulty`
// leading zero bits: about a second on a phone at the base difficulty, one hash to verify). Without JavaScript the
// challenge is a wait instead (the token is good only after `not_before`). The difficulty and the wait grow with
// the address's recent reveals. A challenge token is good for one reveal: a replay is refused before any quota is
// counted.
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/accounts/account.hpp"  // RateLimiter
#include "domain/common/clock.hpp"
#include "domain/common/signer.hpp"

namespace ejob::domain {

struct Quota {
    int limit = 0;  // reveals per window; 0: no limit
    Millis window = kHour;
};

struct RevealPolicy {
    Quota per_ip{30, kHour};
    Quota per_subnet{100, kHour};  // IPv4 /24, IPv6 /64
    Quota per_session{20, kHour};
    Quota per_account{60, kHour};  // a signed-in person: per account, and per address at the same figure
    int free_reveals = 5;          // per address in its window, before a challenge is asked
    int base_difficulty = 16;      // leading zero bits of the proof of work at the first challenge
    int difficulty_step = 5;       // one bit more for every this many reveals more
    int max_difficulty = 22;
    Millis base_wait = 3 * kSecond;  // without JavaScript: the wait at the first challenge (more with each step)
    Millis max_wait = 30 * kSecond;
    Millis challenge_lifetime = 5 * kMinute;
};

// Port: SHA-256.
class Digest {
  public:
    virtual ~Digest() = default;
    virtual std::array<unsigned char, 32> Sha256(std::string_view data) const = 0;
};

// Port: the nonces of challenges already answered, kept until the challenge would have expired.
class NonceStore {
  public:
    virtual ~NonceStore() = default;
    // Records the nonce; false when it was recorded before (a replay).
    virtual bool Use(std::string_view nonce, Millis expires_at) = 0;
};

// Who asks. `session` is a stable id of the browser (a hash of its CSRF cookie), empty when it keeps no cookies.
struct Visitor {
    std::string ip;
    std::string session;
    std::optional<std::int64_t> account;
    bool trapped = false;  // the address followed a link only robots follow: always the hardest challenge
};

// "203.0.113.0/24" for IPv4, "2001:db8:1:2::/64" for IPv6 (the first four groups), the address itself otherwise.
std::string NetworkOf(std::string_view ip);

struct RevealChallenge {
    std::string token;
    int difficulty = 0;     // bits of proof of work; 0: none (a wait)
    Millis not_before = 0;  // the token is good from then on
    Millis expires_at = 0;
};

class RevealGuard {
  public:
    enum class Verdict { Reveal, Challenge, OverQuota, BadToken, Replayed, TooEarly };
    struct Decision {
        Verdict verdict = Verdict::BadToken;
        RevealChallenge challenge;  // Challenge: the one to answer; TooEarly: the same one, still to wait for
        Millis retry_after = 0;     // OverQuota: until the fullest quota's window ends; TooEarly: until not_before
    };
    struct Ports {
        const Signer& signer;
        const Digest& digest;
        RateLimiter& limiter;
        NonceStore& nonces;
        const Clock& clock;
    };

    RevealGuard(RevealPolicy policy, Ports ports) : policy_(policy), p_(ports) {}

    // A visitor asks for the contacts of publication `kind`/`id`, answering an earlier challenge with `token` and
    // `solution` (or with neither). `solves`: the page can compute a proof of work (its script runs); otherwise a
    // challenge is a wait.
    Decision Ask(std::string_view kind, std::int64_t id, const Visitor& v, std::string_view token,
                 std::string_view solution, bool solves);

    // Whether SHA-256(token ":" solution) has `difficulty` leading zero bits.
    static bool Solves(const Digest& digest, std::string_view token, std::string_view solution, int difficulty);

    const RevealPolicy& policy() const { return policy_; }

  private:
    struct Layer {
        std::string key;
        Quota quota;
    };
    std::vector<Layer> Layers(const Visitor& v) const;
    RevealChallenge Issue(std::string_view kind, std::int64_t id, const Visitor& v, bool solves, int recent) const;

    RevealPolicy policy_;
    Ports p_;
};

// How many days of contact reveals an owner sees (and the site keeps).
constexpr int kRevealLogDays = 30;

// The owner's reveal log: how many times a publication's contacts were shown, per day (never to whom).
struct RevealDay {
    Millis day = 0;  // midnight in Baku
    std::int64_t count = 0;
};
class RevealLog {
  public:
    virtual ~RevealLog() = default;
    virtual void Count(std::int64_t publication_id, Millis day) = 0;
    // The days since `since` with at least one reveal, the latest first.
    virtual std::vector<RevealDay> Days(std::int64_t publication_id, Millis since) = 0;
    // The reveals since `since` of each of `ids` (those with none are left out).
    virtual std::map<std::int64_t, std::int64_t> Totals(const std::vector<std::int64_t>& ids, Millis since) = 0;
};

}  // namespace ejob::domain
