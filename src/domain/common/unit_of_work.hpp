#pragma once
// Port: several changes that must be stored together or not at all — a publication and the mail that tells its
// owner, an account and its confirmation link. Storage implements it with one database transaction that every
// repository call inside `Atomically` joins.
#include <functional>

namespace ejob::domain {

class UnitOfWork {
  public:
    virtual ~UnitOfWork() = default;
    // Runs `f`; everything it stores commits when it returns and is rolled back when it throws. `f` may run again
    // from the start when the database asks for a retry, so it must not have effects outside the database.
    virtual void Atomically(const std::function<void()>& f) = 0;
};

}  // namespace ejob::domain
