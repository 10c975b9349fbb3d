#pragma once
// Result<T>: the outcome of a domain operation. Exceptions are reserved for bugs and infrastructure failures.
#include <cstdint>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace ejob::domain {

enum class ErrorCode { Invalid, NotFound, Conflict, Unauthorized, Forbidden, RateLimited, Internal };

// A validation problem with one form field. `message` is an English msgid, translated by the web layer.
struct FieldError {
    std::string field;
    std::string message;
    std::string arg;  // substituted for "{}" after translation; "a|b" fills two placeholders
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    std::vector<FieldError> fields;   // for Invalid
    std::string message;              // msgid for other codes
    std::string arg;                  // substituted for "{}" in `message`
    std::int64_t retry_after_ms = 0;  // RateLimited: when to try again (0: not said)

    static Error Invalid(std::vector<FieldError> f) { return {ErrorCode::Invalid, std::move(f), {}}; }
    static Error Of(ErrorCode c, std::string msg = {}) { return {c, {}, std::move(msg)}; }
};

template <typename T>
class Result {
  public:
    Result(T value) : v_(std::move(value)) {}  // NOLINT: implicit by design
    Result(Error e) : v_(std::move(e)) {}      // NOLINT
    bool ok() const { return v_.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() { return std::get<0>(v_); }
    const T& value() const { return std::get<0>(v_); }
    T& operator*() { return value(); }
    const T& operator*() const { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    const Error& error() const { return std::get<1>(v_); }

  private:
    std::variant<T, Error> v_;
};

struct Unit {};

}  // namespace ejob::domain
