#pragma once
// A bounded pool of database connections shared by the SQLite and PostgreSQL backends: connections are opened on
// demand up to `max`, handed out one per caller, and dropped instead of reused when `broken` says so.
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace ejob::storage {

template <typename C>
class ConnectionPool {
  public:
    ConnectionPool(
        int max, std::function<std::unique_ptr<C>()> open,
        std::function<bool(const C&)> broken = [](const C&) { return false; })
        : max_(max), open_fn_(std::move(open)), broken_(std::move(broken)) {}

    class Lease {
      public:
        explicit Lease(ConnectionPool& pool) : pool_(pool), conn_(pool.Acquire()) {}
        ~Lease() { pool_.Release(std::move(conn_)); }
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        C& operator*() { return *conn_; }

      private:
        ConnectionPool& pool_;
        std::unique_ptr<C> conn_;
    };

  private:
    std::unique_ptr<C> Acquire() {
        std::unique_lock lock(mu_);
        cv_.wait(lock, [&] { return !free_.empty() || open_ < max_; });
        if (!free_.empty()) {
            auto c = std::move(free_.back());
            free_.pop_back();
            return c;
        }
        ++open_;
        lock.unlock();
        try {
            return open_fn_();
        } catch (...) {
            std::lock_guard g(mu_);
            --open_;
            cv_.notify_one();
            throw;
        }
    }

    void Release(std::unique_ptr<C> c) {
        std::lock_guard g(mu_);
        if (broken_(*c))
            --open_;  // dropped; a new one is opened when needed
        else
            free_.push_back(std::move(c));
        cv_.notify_one();
    }

    int max_;
    std::function<std::unique_ptr<C>()> open_fn_;
    std::function<bool(const C&)> broken_;
    int open_ = 0;
    std::mutex mu_;
    std::condition_variable cv_;
    std::vector<std::unique_ptr<C>> free_;
};

}  // namespace ejob::storage
