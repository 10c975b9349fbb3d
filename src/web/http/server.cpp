#include "web/http/server.hpp"

#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <cstring>
#include <limits>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <unordered_set>

#include "security/sodium.hpp"

namespace ejob::web::http {

Fields SecurityHeaders() {
    return {
        {"Content-Security-Policy",
         "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
         "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"},
        {"X-Content-Type-Options", "nosniff"},
        {"Referrer-Policy", "strict-origin-when-cross-origin"},
        {"X-Frame-Options", "DENY"},
        {"Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), interest-cohort=()"},
        {"Cross-Origin-Opener-Policy", "same-origin"},
    };
}

namespace {

using Clock = std::chrono::steady_clock;
constexpr std::int64_t kNoDeadline = std::numeric_limits<std::int64_t>::max();

std::int64_t NowMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now().time_since_epoch()).count();
}

// One open connection, for the deadline sweep.
struct Conn {
    MHD_socket fd = MHD_INVALID_SOCKET;
    std::atomic<std::int64_t> deadline_ms{kNoDeadline};  // NowMs() clock
};

}  // namespace

struct Server::State {
    ServerOptions options;
    Handler handler;
    MHD_Daemon* daemon = nullptr;
    std::atomic<int> in_flight{0};
    std::atomic<std::uint64_t> next_id{1};
    std::string id_prefix;

    // Open connections. MHD reports a connection closed (and the set loses it) before it closes the socket, so a
    // socket in the set is still that connection's while the mutex is held.
    std::mutex conns_mu;
    std::unordered_set<Conn*> conns;
    std::thread sweeper;
    std::condition_variable sweep_cv;
    bool stopping = false;  // under conns_mu

    std::int64_t TransferMs(unsigned long long bytes) const {
        auto rate = std::max<unsigned long long>(options.min_transfer_bytes_per_second, 1);
        return static_cast<std::int64_t>(options.body_timeout_seconds) * 1000 +
               static_cast<std::int64_t>(std::min<unsigned long long>(bytes / rate, 1ull << 30)) * 1000;
    }
};

namespace {

struct Pending {
    Request request;
    size_t max_body = 0;
    bool rejected = false;  // a response was already queued (e.g. 413)
};

Conn* ConnOf(MHD_Connection* c) {
    const MHD_ConnectionInfo* info = MHD_get_connection_info(c, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
    return info ? static_cast<Conn*>(info->socket_context) : nullptr;
}

void SetDeadline(MHD_Connection* c, std::int64_t deadline_ms) {
    if (Conn* conn = ConnOf(c)) conn->deadline_ms.store(deadline_ms, std::memory_order_relaxed);
}

void OnConnection(void* cls, MHD_Connection* connection, void** socket_context, MHD_ConnectionNotificationCode code) {
    auto* state = static_cast<Server::State*>(cls);
    if (code == MHD_CONNECTION_NOTIFY_STARTED) {
        auto* conn = new Conn();
        const MHD_ConnectionInfo* info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CONNECTION_FD);
        if (info) conn->fd = info->connect_fd;
        conn->deadline_ms = NowMs() + static_cast<std::int64_t>(state->options.header_timeout_seconds) * 1000;
        std::lock_guard lock(state->conns_mu);
        state->conns.insert(conn);
        *socket_context = conn;
    } else if (code == MHD_CONNECTION_NOTIFY_CLOSED) {
        auto* conn = static_cast<Conn*>(*socket_context);
        if (!conn) return;
        {
            std::lock_guard lock(state->conns_mu);
            state->conns.erase(conn);
        }
        delete conn;
        *socket_context = nullptr;
    }
}

// Closes the connections past their deadline: shutting the socket down makes MHD see the end of the stream (or a
// failed send) and close the connection in its own thread.
void Sweep(Server::State* state) {
    std::unique_lock lock(state->conns_mu);
    while (!state->stopping) {
        state->sweep_cv.wait_for(lock, std::chrono::milliseconds(200));
        std::int64_t now = NowMs();
        for (Conn* conn : state->conns) {
            if (conn->deadline_ms.load(std::memory_order_relaxed) > now || conn->fd == MHD_INVALID_SOCKET) continue;
            conn->deadline_ms.store(kNoDeadline, std::memory_order_relaxed);
            shutdown(conn->fd, SHUT_RDWR);
        }
    }
}

// What MHD 0.9.75 reads leniently: the first Content-Length wins and Transfer-Encoding silently overrides it. A
// request that frames its body in two ways, or repeats them, is refused, so that no two readers of the stream (a
// proxy, MHD) can disagree on where the next request begins. MHD's own strict mode would refuse an HTTP/1.1 request
// without Host, but its answer repeats the status line and headers; the check is done here instead.
struct Framing {
    int content_length = 0, transfer_encoding = 0, host = 0;
    bool chunked = true;
    bool bad_name = false;
};

MHD_Result CountFraming(void* cls, MHD_ValueKind, const char* key, const char* value) {
    auto* f = static_cast<Framing*>(cls);
    if (!key) return MHD_YES;
    if (strcasecmp(key, "content-length") == 0) ++f->content_length;
    if (strcasecmp(key, "host") == 0) ++f->host;
    if (strcasecmp(key, "transfer-encoding") == 0) {
        ++f->transfer_encoding;
        f->chunked = f->chunked && value && strcasecmp(value, "chunked") == 0;
    }
    if (*key == '\0' || std::strpbrk(key, " \t")) f->bad_name = true;
    return MHD_YES;
}

const char* BadFraming(MHD_Connection* connection, const char* version) {
    Framing f;
    MHD_get_connection_values(connection, MHD_HEADER_KIND, &CountFraming, &f);
    bool http10 = version && std::strcmp(version, MHD_HTTP_VERSION_1_0) == 0;  // MHD accepts HTTP/1.x only
    if (f.host == 0 && !http10) return "Missing Host.\n";
    if (f.content_length > 1) return "Repeated Content-Length.\n";
    if (f.transfer_encoding > 0 && f.content_length > 0) return "Content-Length together with Transfer-Encoding.\n";
    if (f.transfer_encoding > 1 || (f.transfer_encoding == 1 && !f.chunked)) return "Unsupported Transfer-Encoding.\n";
    if (f.host > 1) return "Repeated Host.\n";
    if (f.bad_name) return "Malformed header name.\n";
    return nullptr;
}

MHD_Result CollectKV(void* cls, MHD_ValueKind, const char* key, const char* value) {
    auto* fields = static_cast<Fields*>(cls);
    if (fields->size() >= 200) return MHD_NO;
    std::string k = key ? key : "";
    for (char& c : k) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    fields->emplace_back(std::move(k), value ? value : "");
    return MHD_YES;
}

MHD_Result CollectQuery(void* cls, MHD_ValueKind, const char* key, const char* value) {
    auto* fields = static_cast<Fields*>(cls);
    if (fields->size() >= 100) return MHD_NO;
    fields->emplace_back(key ? key : "", value ? value : "");
    return MHD_YES;
}

MHD_Result Send(Server::State* state, MHD_Connection* connection, const Response& r, bool head) {
    // For HEAD, MHD sends the headers (with the body's Content-Length) and leaves the body out itself.
    (void)head;
    SetDeadline(connection, NowMs() + state->TransferMs(r.body.size()));
    MHD_Response* resp =
        MHD_create_response_from_buffer(r.body.size(), const_cast<char*>(r.body.data()), MHD_RESPMEM_MUST_COPY);
    if (!resp) return MHD_NO;
    MHD_add_response_header(resp, "Content-Type", r.content_type.c_str());
    // A response may replace a default header (e.g. a stricter Referrer-Policy); it is never sent twice, since
    // browsers read the last of repeated values.
    for (const auto& [k, v] : SecurityHeaders()) {
        bool replaced = false;
        for (const auto& [rk, rv] : r.headers) replaced |= strcasecmp(rk.c_str(), k.c_str()) == 0;
        if (!replaced) MHD_add_response_header(resp, k.c_str(), v.c_str());
    }
    for (const auto& [k, v] : r.headers) MHD_add_response_header(resp, k.c_str(), v.c_str());
    MHD_Result ret = MHD_queue_response(connection, static_cast<unsigned>(r.status), resp);
    MHD_destroy_response(resp);
    return ret;
}

Response PlainError(int status, const char* text) {
    Response r;
    r.status = status;
    r.content_type = "text/plain; charset=utf-8";
    r.body = text;
    r.headers.emplace_back("Connection", "close");
    return r;
}

Response Dispatch(Server::State* state, Request& req) {
    try {
        Response r = state->handler(req);
        if (req.body_too_large && r.status != 413) return PlainError(413, "Request body too large.\n");
        return r;
    } catch (...) {
        return PlainError(500, "Internal error.\n");
    }
}

std::string RemoteIp(MHD_Connection* c) {
    const MHD_ConnectionInfo* info = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    if (!info || !info->client_addr) return "-";
    char buf[INET6_ADDRSTRLEN] = "-";
    const sockaddr* sa = info->client_addr;
    if (sa->sa_family == AF_INET)
        inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in*>(sa)->sin_addr, buf, sizeof buf);
    else if (sa->sa_family == AF_INET6)
        inet_ntop(AF_INET6, &reinterpret_cast<const sockaddr_in6*>(sa)->sin6_addr, buf, sizeof buf);
    return buf;
}

MHD_Result OnRequest(void* cls, MHD_Connection* connection, const char* url, const char* method, const char* version,
                     const char* upload_data, size_t* upload_data_size, void** con_cls) {
    auto* state = static_cast<Server::State*>(cls);
    auto* pending = static_cast<Pending*>(*con_cls);
    if (!pending) {
        pending = new Pending();
        *con_cls = pending;
        state->in_flight.fetch_add(1);
        if (const char* bad = BadFraming(connection, version)) {
            pending->rejected = true;
            return Send(state, connection, PlainError(400, bad), false);
        }
        Request& req = pending->request;
        req.method = method ? method : "";
        req.path = url ? url : "/";
        req.remote_ip = RemoteIp(connection);
        req.request_id = state->id_prefix + std::to_string(state->next_id.fetch_add(1));
        MHD_get_connection_values(connection, MHD_HEADER_KIND, &CollectKV, &req.headers);
        MHD_get_connection_values(connection, MHD_GET_ARGUMENT_KIND, &CollectQuery, &req.query);
        pending->max_body = state->options.max_body;
        if (state->options.body_limit) {
            try {
                pending->max_body = state->options.body_limit(req);
            } catch (...) {  // the application's exception boundary is in its handler; this is the server's
                pending->rejected = true;
                return Send(state, connection, PlainError(500, "Internal error.\n"), false);
            }
        }
        unsigned long long expected = 0;  // body bytes
        if (const std::string* len = req.Header("content-length")) {
            // Refuse an oversize body before reading any of it.
            expected = std::strtoull(len->c_str(), nullptr, 10);
            if (expected > pending->max_body) {
                // Answer now, without reading the body; the handler renders the (translated) refusal.
                pending->rejected = true;
                req.body_too_large = true;
                return Send(state, connection, Dispatch(state, req), false);
            }
        } else if (req.Header("transfer-encoding")) {
            expected = pending->max_body;
        }
        SetDeadline(connection, NowMs() + state->TransferMs(expected));
        return MHD_YES;
    }
    if (*upload_data_size > 0) {
        if (!pending->rejected) {
            auto& body = pending->request.body;
            if (body.size() + *upload_data_size > pending->max_body) {
                pending->request.body_too_large = true;
                body.clear();
                body.shrink_to_fit();
            } else if (!pending->request.body_too_large) {
                body.append(upload_data, *upload_data_size);
            }
        }
        *upload_data_size = 0;
        return MHD_YES;
    }
    if (pending->rejected) return MHD_YES;
    Request& req = pending->request;
    bool head = req.method == "HEAD";
    if (head) req.method = "GET";
    SetDeadline(connection, kNoDeadline);  // the handler takes the time it needs
    return Send(state, connection, Dispatch(state, req), head);
}

void OnCompleted(void* cls, MHD_Connection* connection, void** con_cls, MHD_RequestTerminationCode) {
    auto* state = static_cast<Server::State*>(cls);
    // Kept alive: the next request's headers must be complete within the idle timeout plus the header deadline.
    const auto& o = state->options;
    SetDeadline(connection,
                NowMs() + (static_cast<std::int64_t>(o.idle_timeout_seconds) + o.header_timeout_seconds) * 1000);
    auto* pending = static_cast<Pending*>(*con_cls);
    if (pending) {
        delete pending;
        *con_cls = nullptr;
        state->in_flight.fetch_sub(1);
    }
}

}  // namespace

Server::Server(ServerOptions options, Handler handler) : state_(std::make_unique<State>()) {
    state_->options = std::move(options);
    state_->handler = std::move(handler);
    state_->id_prefix = security::RandomToken().substr(0, 6) + "-";
}

Server::~Server() {
    Stop();
}

void Server::Start() {
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(state_->options.port);
    if (inet_pton(AF_INET, state_->options.host.c_str(), &addr.sin_addr) != 1)
        throw std::runtime_error("cannot parse listen address " + state_->options.host);
    const auto& o = state_->options;
    // Malformed framing and a missing Host are refused in OnRequest (BadFraming), not by MHD's strict mode.
    state_->daemon = MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_USE_ITC | MHD_USE_TURBO,
                                      o.port, nullptr, nullptr, &OnRequest, state_.get(),         //
                                      MHD_OPTION_SOCK_ADDR, reinterpret_cast<sockaddr*>(&addr),   //
                                      MHD_OPTION_THREAD_POOL_SIZE, o.threads,                     //
                                      MHD_OPTION_CONNECTION_LIMIT, o.max_connections,             //
                                      MHD_OPTION_PER_IP_CONNECTION_LIMIT, o.per_ip_connections,   //
                                      MHD_OPTION_CONNECTION_TIMEOUT, o.idle_timeout_seconds,      //
                                      MHD_OPTION_CONNECTION_MEMORY_LIMIT, o.max_header_memory,    //
                                      MHD_OPTION_LISTEN_BACKLOG_SIZE, 1024u,                      //
                                      MHD_OPTION_NOTIFY_COMPLETED, &OnCompleted, state_.get(),    //
                                      MHD_OPTION_NOTIFY_CONNECTION, &OnConnection, state_.get(),  //
                                      MHD_OPTION_END);
    if (!state_->daemon) throw std::runtime_error("cannot listen on " + o.host + ":" + std::to_string(o.port));
    state_->stopping = false;
    state_->sweeper = std::thread(&Sweep, state_.get());
}

std::uint16_t Server::port() const {
    if (!state_->daemon) return 0;
    const MHD_DaemonInfo* info = MHD_get_daemon_info(state_->daemon, MHD_DAEMON_INFO_BIND_PORT);
    return info ? info->port : 0;
}

void Server::Stop() {
    if (!state_ || !state_->daemon) return;
    // Stop accepting: MHD hands the listening socket back to us; closing it refuses new connections at once.
    MHD_socket listen = MHD_quiesce_daemon(state_->daemon);
    if (listen != MHD_INVALID_SOCKET) close(listen);
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(state_->options.shutdown_grace_seconds);
    while (state_->in_flight.load() > 0 && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    MHD_stop_daemon(state_->daemon);
    state_->daemon = nullptr;
    {
        std::lock_guard lock(state_->conns_mu);
        state_->stopping = true;
    }
    state_->sweep_cv.notify_all();
    if (state_->sweeper.joinable()) state_->sweeper.join();
}

}  // namespace ejob::web::http
