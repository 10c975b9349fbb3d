#pragma once
#include <chrono>
#include <cstdint>

namespace ejob::domain {

// UTC Unix milliseconds, the only time representation stored or passed between layers.
using Millis = std::int64_t;

constexpr Millis kSecond = 1000;
constexpr Millis kMinute = 60 * kSecond;
constexpr Millis kHour = 60 * kMinute;
constexpr Millis kDay = 24 * kHour;

// Midnight in Baku (UTC+4) of the day `at` falls on.
constexpr Millis BakuDayStart(Millis at) {
    constexpr Millis kOffset = 4 * kHour;
    Millis local = at + kOffset;
    Millis day = local - ((local % kDay) + kDay) % kDay;
    return day - kOffset;
}

class Clock {
  public:
    virtual ~Clock() = default;
    virtual Millis Now() const = 0;
};

class SystemClock final : public Clock {
  public:
    Millis Now() const override {
        using namespace std::chrono;
        return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
    }
};

// The system's time moved by a fixed amount: runs the real binary as if it were another day (EJOB_CLOCK_OFFSET), to
// try retention and expiry end to end.
class ShiftedClock final : public Clock {
  public:
    explicit ShiftedClock(Millis by) : by_(by) {}
    Millis Now() const override { return SystemClock().Now() + by_; }

  private:
    Millis by_;
};

// A clock tests can move by hand.
class FixedClock final : public Clock {
  public:
    explicit FixedClock(Millis now) : now_(now) {}
    Millis Now() const override { return now_; }
    void Advance(Millis by) { now_ += by; }
    void Set(Millis now) { now_ = now; }

  private:
    Millis now_;
};

}  // namespace ejob::domain
