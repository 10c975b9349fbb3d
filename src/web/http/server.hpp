#pragma once
// The HTTP server: libmicrohttpd with epoll and a thread pool. The only file that includes microhttpd.h is
// server.cpp. Handlers run on pool threads and may block (database, hashing).
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "web/http/http.hpp"

namespace ejob::web::http {

struct ServerOptions {
    std::string host = "127.0.0.1";
    std::uint16_t port = 8080;  // 0: any free port (tests)
    unsigned threads = 8;
    size_t max_body = 1 << 20;  // bytes; larger bodies get 413 without being buffered
    // Per-request body limit decided from the request line and headers (e.g. larger for photo uploads); it may
    // note its decision in the request (Request::routing) for the handler.
    std::function<size_t(Request&)> body_limit;
    size_t max_header_memory = 32 * 1024;  // per connection: request line + headers (MHD answers 431 beyond)
    unsigned max_connections = 1000;       // open connections in all (shared out between the worker threads)
    unsigned per_ip_connections = 32;      // open connections from one client address; 0: no limit (behind a proxy)
    // Deadlines (slow clients). A connection is closed when it misses one, however steadily bytes trickle in:
    //  - the request line and headers must be complete this long after the connection opened, or after the previous
    //    answer on a kept-alive connection plus the idle timeout;
    //  - a request body must be complete within body_timeout_seconds + its length at min_transfer_bytes_per_second
    //    (a chunked body: the body limit's length), and so must the sending of an answer.
    // The handler's own time is never limited here.
    unsigned header_timeout_seconds = 10;
    unsigned body_timeout_seconds = 30;
    size_t min_transfer_bytes_per_second = 8 * 1024;
    unsigned idle_timeout_seconds = 30;    // a connection on which no byte moves for this long is closed
    unsigned shutdown_grace_seconds = 15;  // in-flight requests get this long to finish on stop
};

// Headers added to every response, errors included.
Fields SecurityHeaders();

class Server {
  public:
    Server(ServerOptions options, Handler handler);
    ~Server();
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    void Start();                // throws std::runtime_error when it cannot listen
    std::uint16_t port() const;  // the bound port (useful with port 0)
    // Stops accepting, lets in-flight requests finish (up to the grace period), then closes everything.
    void Stop();

    struct State;

  private:
    std::unique_ptr<State> state_;
};

}  // namespace ejob::web::http
