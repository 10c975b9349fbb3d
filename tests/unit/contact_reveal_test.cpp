#include <gtest/gtest.h>

#include "domain/antiscrape/contact_reveal.hpp"

namespace ejob::domain {
namespace {

// A deterministic stand-in for the MAC: fine inside a unit test of pure domain code.
class FakeSigner final : public Signer {
  public:
    std::string Sign(std::string_view m) const override { return "sig(" + std::string(m) + ")"; }
    bool Verify(std::string_view m, std::string_view s) const override { return Sign(m) == s; }
};

TEST(ContactReveal, TokenIsBoundToKindAndIdAndExpires) {
    FakeSigner signer;
    FixedClock clock(1'000'000);
    ContactReveal reveal(signer, clock);
    std::string token = reveal.Issue("vacancy", 7);
    EXPECT_TRUE(reveal.Check("vacancy", 7, token));
    EXPECT_FALSE(reveal.Check("vacancy", 8, token));
    EXPECT_FALSE(reveal.Check("resume", 7, token));
    EXPECT_FALSE(reveal.Check("vacancy", 7, ""));
    EXPECT_FALSE(reveal.Check("vacancy", 7, "abc"));
    clock.Advance(ContactReveal::kLifetime + 1);
    EXPECT_FALSE(reveal.Check("vacancy", 7, token));
}

TEST(ContactReveal, ExpiryCannotBeExtendedByEditingTheToken) {
    FakeSigner signer;
    FixedClock clock(1'000'000);
    ContactReveal reveal(signer, clock);
    std::string token = reveal.Issue("vacancy", 7);
    std::string sig = token.substr(token.find('.'));
    EXPECT_FALSE(reveal.Check("vacancy", 7, std::to_string(clock.Now() + 10 * kMinute) + sig));
}

}  // namespace
}  // namespace ejob::domain
