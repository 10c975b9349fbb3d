// Slow and odd clients, through the real server over loopback: the header and keep-alive deadlines, the per-address
// connection cap, and requests whose framing two readers could disagree on.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "support/test_site.hpp"

namespace ejob::testing {
namespace {

using Ms = std::chrono::milliseconds;
using SteadyClock = std::chrono::steady_clock;

// A TCP connection to the site from `from` (any 127/8 address is loopback); -1 when the connection fails.
int Connect(std::uint16_t port, const char* from = "127.0.0.1") {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in local{};
    local.sin_family = AF_INET;
    inet_pton(AF_INET, from, &local.sin_addr);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
    if (bind(fd, reinterpret_cast<sockaddr*>(&local), sizeof local) != 0 ||
        connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
        close(fd);
        return -1;
    }
    timeval tv{5, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    return fd;
}

void SendAll(int fd, const std::string& bytes) {
    size_t sent = 0;
    while (sent < bytes.size()) {
        ssize_t n = send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
        if (n <= 0) return;  // the server may close first (refusals); what it answered is read afterwards
        sent += static_cast<size_t>(n);
    }
}

// Everything the server sends until it closes the connection (or stays silent for the receive timeout).
std::string ReadAll(int fd) {
    std::string out;
    char buf[8192];
    ssize_t n;
    while ((n = recv(fd, buf, sizeof buf, 0)) > 0) out.append(buf, static_cast<size_t>(n));
    return out;
}

// Sends `bytes` on a new connection and returns all that came back.
std::string Exchange(std::uint16_t port, const std::string& bytes) {
    int fd = Connect(port);
    if (fd < 0) return "(no connection)";
    SendAll(fd, bytes);
    std::string answer = ReadAll(fd);
    close(fd);
    return answer;
}

// The status codes of every response in `answer`, in order.
std::vector<int> Statuses(const std::string& answer) {
    std::vector<int> out;
    for (size_t at = answer.find("HTTP/1."); at != std::string::npos; at = answer.find("HTTP/1.", at + 1))
        if (at + 12 <= answer.size() && answer[at + 8] == ' ') out.push_back(std::stoi(answer.substr(at + 9, 3)));
    return out;
}

// Whether the server has closed `fd` (end of stream or reset), without waiting.
bool Closed(int fd) {
    char c;
    ssize_t n = recv(fd, &c, 1, MSG_DONTWAIT);
    return n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK);
}

TEST(SlowClients, HeadersTrickledInAreCutAtTheDeadlineWhileOthersAreServed) {
    TestSite site([](app::Config& c) { c.http.header_timeout_seconds = 2; });
    Client other = site.NewClient();
    ASSERT_EQ(other.Get("/en/vacancies").status, 200);  // warm

    int slow = Connect(site.port());
    ASSERT_GE(slow, 0);
    auto opened = SteadyClock::now();
    const std::string head = "GET /en/vacancies HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ";
    size_t sent = 0;
    auto next_byte = opened;
    Ms closed_after{-1}, slowest{0};
    int served = 0;
    while (SteadyClock::now() - opened < std::chrono::seconds(8)) {
        if (SteadyClock::now() >= next_byte) {  // one byte a second, as the client did every 30 s
            send(slow, head.data() + (sent % head.size()), 1, MSG_NOSIGNAL);
            ++sent;
            next_byte += std::chrono::seconds(1);
        }
        if (Closed(slow)) {
            closed_after = std::chrono::duration_cast<Ms>(SteadyClock::now() - opened);
            break;
        }
        auto t0 = SteadyClock::now();
        EXPECT_EQ(other.Get("/en/vacancies").status, 200);
        slowest = std::max(slowest, std::chrono::duration_cast<Ms>(SteadyClock::now() - t0));
        ++served;
        std::this_thread::sleep_for(Ms(50));
    }
    close(slow);
    EXPECT_GE(closed_after.count(), 1900) << "closed before its deadline";
    EXPECT_LE(closed_after.count(), 3000) << "not closed at its deadline (2 s): " << closed_after.count() << " ms";
    EXPECT_GE(sent, 2u);
    EXPECT_GE(served, 10);
    EXPECT_LT(slowest.count(), 200) << "other visitors waited";
}

TEST(SlowClients, KeptAliveConnectionServesRequestsAfterAPauseLongerThanTheHeaderDeadline) {
    TestSite site([](app::Config& c) { c.http.header_timeout_seconds = 1; });
    int fd = Connect(site.port());
    ASSERT_GE(fd, 0);
    std::string answers;
    auto read_one = [&] {
        // Reads until one complete response (these answers carry Content-Length) has arrived.
        std::string got;
        char buf[8192];
        while (true) {
            size_t end = got.find("\r\n\r\n");
            if (end != std::string::npos) {
                size_t cl = got.find("Content-Length: ");
                if (cl != std::string::npos && cl < end &&
                    got.size() >= end + 4 + std::stoul(got.substr(cl + 16, got.find("\r\n", cl) - cl - 16)))
                    break;
            }
            ssize_t n = recv(fd, buf, sizeof buf, 0);
            if (n <= 0) break;
            got.append(buf, static_cast<size_t>(n));
        }
        answers += got;
    };
    SendAll(fd, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    read_one();
    std::this_thread::sleep_for(Ms(1500));  // idle, longer than the header deadline and shorter than the idle timeout
    SendAll(fd, "GET /readyz HTTP/1.1\r\nHost: x\r\n\r\n");
    read_one();
    SendAll(fd, "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    answers += ReadAll(fd);
    close(fd);
    EXPECT_EQ(Statuses(answers), (std::vector<int>{200, 200, 200})) << answers;
    EXPECT_NE(answers.find("ready\n"), std::string::npos);
}

TEST(SlowClients, ConnectionsFromOneAddressAreCappedAndOthersStillServed) {
    TestSite site([](app::Config& c) { c.http.max_connections_per_ip = 4; });
    std::vector<int> held;
    for (int i = 0; i < 4; ++i) {
        int fd = Connect(site.port());
        ASSERT_GE(fd, 0);
        SendAll(fd, "GET / HTTP/1.1\r\n");  // slow: headers never finished
        held.push_back(fd);
    }
    std::this_thread::sleep_for(Ms(200));  // accepted and counted
    // A fifth from the same address is closed without an answer.
    std::string refused = Exchange(site.port(), "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    EXPECT_EQ(refused.find("HTTP/1.1 200"), std::string::npos) << refused.substr(0, 200);
    // Another address is served at once.
    int other = Connect(site.port(), "127.0.0.2");
    ASSERT_GE(other, 0);
    auto t0 = SteadyClock::now();
    SendAll(other, "GET /en/vacancies HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    std::string answer = ReadAll(other);
    auto waited = std::chrono::duration_cast<Ms>(SteadyClock::now() - t0);
    close(other);
    EXPECT_EQ(answer.rfind("HTTP/1.1 200", 0), 0u) << answer.substr(0, 200);
    EXPECT_LT(waited.count(), 500);
    // Once one of the held connections goes, the first address gets a connection again.
    close(held.back());
    held.pop_back();
    EXPECT_TRUE(Eventually([&] {
        return Exchange(site.port(), "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                   .rfind("HTTP/1.1 200", 0) == 0;
    }));
    for (int fd : held) close(fd);
}

TEST(SlowClients, Http11WithoutHostIsRefused) {
    TestSite site;
    std::uint16_t port = site.port();
    EXPECT_EQ(Statuses(Exchange(port, "GET /healthz HTTP/1.1\r\nConnection: close\r\n\r\n")), std::vector<int>{400});
    EXPECT_EQ(Statuses(Exchange(port, "GET /healthz HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\n\r\n")),
              std::vector<int>{400});
    // HTTP/1.0 has no Host requirement.
    EXPECT_EQ(Statuses(Exchange(port, "GET /healthz HTTP/1.0\r\n\r\n")), std::vector<int>{200});
}

TEST(SlowClients, AmbiguousBodyFramingIsRefusedAndTheRestIsNotReadAsARequest) {
    TestSite site;
    std::uint16_t port = site.port();
    const std::string smuggled = "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    const std::string post = "POST /en/vacancies/new HTTP/1.1\r\nHost: x\r\n";

    // Two Content-Length headers (equal or not).
    std::string a = Exchange(
        port, post + "Content-Length: 0\r\nContent-Length: " + std::to_string(smuggled.size()) + "\r\n\r\n" + smuggled);
    EXPECT_EQ(Statuses(a), std::vector<int>{400}) << a;
    std::string b = Exchange(port, post + "Content-Length: 3\r\nContent-Length: 3\r\n\r\nabc" + smuggled);
    EXPECT_EQ(Statuses(b), std::vector<int>{400}) << b;

    // Content-Length with chunked: MHD alone would read the chunked body and answer the rest as a second request.
    std::string c = Exchange(port, post + "Content-Length: " + std::to_string(5 + smuggled.size()) +
                                       "\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n" + smuggled);
    EXPECT_EQ(Statuses(c), std::vector<int>{400}) << c;
    EXPECT_EQ(c.find("ok\n"), std::string::npos);

    // A transfer coding other than chunked, and whitespace between a header's name and its colon.
    EXPECT_EQ(Statuses(Exchange(port, post + "Transfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n")),
              std::vector<int>{400});
    std::string d =
        Exchange(port, post + "Content-Length : " + std::to_string(smuggled.size()) + "\r\n\r\n" + smuggled);
    EXPECT_EQ(Statuses(d), std::vector<int>{400}) << d;

    // A plain chunked body is still read.
    std::string e = Exchange(port, post +
                                       "Connection: close\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                                       "Transfer-Encoding: chunked\r\n\r\n5\r\na=b&c\r\n0\r\n\r\n");
    EXPECT_EQ(Statuses(e), std::vector<int>{403}) << e;  // answered (no CSRF token), not refused as malformed
}

TEST(SlowClients, GarbageRequestLinesGetNo5xx) {
    TestSite site;
    std::uint16_t port = site.port();
    const std::string lines[] = {
        "GARBAGE\r\n\r\n",
        "GET /\r\n\r\n",  // HTTP/0.9
        "GET / HTTP/1.1 extra\r\nHost: x\r\n\r\n",
        "GET / FTP/1.1\r\nHost: x\r\n\r\n",
        "\x16\x03\x01\x02\x01\x01\x01\x01\xfc\x03\x03\r\n\r\n",  // a TLS hello on the plain port
        "GET /" + std::string(100000, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: x\r\nX-Long: " + std::string(100000, 'b') + "\r\n\r\n",
    };
    for (const auto& line : lines) {
        std::string answer = Exchange(port, line);
        std::vector<int> statuses = Statuses(answer);
        EXPECT_LE(statuses.size(), 1u) << line.substr(0, 40);
        for (int status : statuses) {
            EXPECT_GE(status, 400) << line.substr(0, 40);
            EXPECT_LT(status, 500) << line.substr(0, 40);
        }
    }
    // The server is still well.
    EXPECT_EQ(site.NewClient().Get("/healthz").status, 200);
}

TEST(SlowClients, KeepAliveSequenceOfThreeRequestsStillWorks) {
    TestSite site;
    std::string answer = Exchange(site.port(),
                                  "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"
                                  "GET /readyz HTTP/1.1\r\nHost: x\r\n\r\n"
                                  "GET /en/vacancies HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    EXPECT_EQ(Statuses(answer), (std::vector<int>{200, 200, 200})) << answer.substr(0, 400);
}

}  // namespace
}  // namespace ejob::testing
