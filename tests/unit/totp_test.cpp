// One-time codes against RFC 6238's own test vectors, base32 as RFC 4648 gives it, and the sign-in delays.
#include <gtest/gtest.h>

#include "domain/accounts/account.hpp"
#include "security/totp.hpp"

namespace ejob::security {
namespace {

std::vector<unsigned char> Bytes(std::string_view s) {
    return {s.begin(), s.end()};
}

TEST(Totp, GivesTheCodesOfRfc6238AppendixB) {
    const auto key = Bytes("12345678901234567890");
    const std::pair<std::int64_t, const char*> vectors[] = {{59, "94287082"},         {1111111109, "07081804"},
                                                            {1111111111, "14050471"}, {1234567890, "89005924"},
                                                            {2000000000, "69279037"}, {20000000000, "65353130"}};
    for (const auto& [seconds, code] : vectors) EXPECT_EQ(TotpCode(key, seconds / 30, 8), code) << seconds;
    EXPECT_EQ(TotpCode(key, 1111111109 / 30), "081804") << "six digits: the last six";
}

TEST(Totp, Base32IsRfc4648) {
    EXPECT_EQ(Base32(Bytes("foobar")), "MZXW6YTBOI");
    EXPECT_EQ(Base32(Bytes("f")), "MY");
    EXPECT_EQ(*FromBase32("MZXW6YTBOI======"), Bytes("foobar"));
    EXPECT_EQ(*FromBase32("mzxw 6ytb oi"), Bytes("foobar")) << "as people type it";
    EXPECT_FALSE(FromBase32("MZXW1"));
}

TEST(Totp, MatchesTheCurrentStepAndOneEitherWayOnly) {
    Totp totp;
    const std::string secret = totp.NewSecret();
    EXPECT_EQ(secret.size(), 32u);
    const auto key = *FromBase32(secret);
    const domain::Millis now = 1'765'000'000'000;
    const std::int64_t step = now / Totp::kStep;
    for (std::int64_t d : {-1, 0, 1}) EXPECT_EQ(totp.Match(secret, TotpCode(key, step + d), now), step + d) << d;
    for (std::int64_t d : {-3, -2, 2, 3}) EXPECT_FALSE(totp.Match(secret, TotpCode(key, step + d), now)) << d;
    EXPECT_FALSE(totp.Match(secret, "12345", now));
    EXPECT_FALSE(totp.Match("not base32!", "123456", now));
}

TEST(ThrottlePolicy, WaitsLongerAfterEachFailureAndForgets) {
    const domain::ThrottlePolicy p{5, 15 * domain::kMinute, domain::kHour};
    const domain::Millis last = 1'000'000;
    EXPECT_EQ(p.Wait({5, last}, last), 0) << "the free failures";
    EXPECT_EQ(p.Wait({6, last}, last), domain::kSecond);
    EXPECT_EQ(p.Wait({7, last}, last), 2 * domain::kSecond);
    EXPECT_EQ(p.Wait({9, last}, last + domain::kSecond), 7 * domain::kSecond) << "8 s after the last failure";
    EXPECT_EQ(p.Wait({40, last}, last), 15 * domain::kMinute) << "at most the cap";
    EXPECT_EQ(p.Wait({1000, last}, last + domain::kHour), 0) << "forgotten after an hour without a failure";
}

}  // namespace
}  // namespace ejob::security
