// Behaviour of the HTTP server itself: graceful shutdown, unknown methods, keep-alive.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <future>
#include <thread>

#include "support/test_site.hpp"

namespace ejob::testing {
namespace {

int Connect(std::uint16_t port) {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
    if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
        close(fd);
        return -1;
    }
    timeval tv{10, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    return fd;
}

std::string ReadAll(int fd) {
    std::string out;
    char buf[8192];
    ssize_t n;
    while ((n = recv(fd, buf, sizeof buf, 0)) > 0) out.append(buf, static_cast<size_t>(n));
    return out;
}

TEST(Server, RequestInFlightFinishesDuringGracefulShutdown) {
    TestSite site;
    std::uint16_t port = site.port();
    int fd = Connect(port);
    ASSERT_GE(fd, 0);
    std::string body = "position=Kassir&category=finance";
    std::string head =
        "POST /en/vacancies/new HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " +
        std::to_string(body.size()) + "\r\n\r\n";
    // Headers and half of the body: the request is in flight.
    ASSERT_GT(send(fd, head.data(), head.size(), 0), 0);
    ASSERT_GT(send(fd, body.data(), body.size() / 2, 0), 0);
    std::this_thread::sleep_for(std::chrono::milliseconds(100));

    auto stopped = std::async(std::launch::async, [&] { site.site().Stop(); });
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    EXPECT_EQ(stopped.wait_for(std::chrono::milliseconds(0)), std::future_status::timeout)
        << "stop must wait for the request in flight";
    // New connections are no longer accepted.
    int late = Connect(port);
    if (late >= 0) {
        std::string get = "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
        send(late, get.data(), get.size(), MSG_NOSIGNAL);
        EXPECT_EQ(ReadAll(late).find("200 OK"), std::string::npos);
        close(late);
    }
    // The rest of the body arrives; the request is answered completely.
    ASSERT_GT(send(fd, body.data() + body.size() / 2, body.size() - body.size() / 2, 0), 0);
    std::string answer = ReadAll(fd);
    close(fd);
    EXPECT_EQ(answer.rfind("HTTP/1.1 403", 0), 0u) << answer.substr(0, 200);  // no CSRF token: refused, but answered
    EXPECT_NE(answer.find("</html>"), std::string::npos);
    EXPECT_EQ(stopped.wait_for(std::chrono::seconds(10)), std::future_status::ready);
}

TEST(Server, KeepAliveServesSeveralRequestsOnOneConnection) {
    TestSite site;
    int fd = Connect(site.port());
    ASSERT_GE(fd, 0);
    std::string two =
        "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nGET /readyz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    send(fd, two.data(), two.size(), 0);
    std::string answer = ReadAll(fd);
    close(fd);
    EXPECT_NE(answer.find("ok\n"), std::string::npos);
    EXPECT_NE(answer.find("ready\n"), std::string::npos);
}

TEST(Server, UnknownMethodsAndPathsGetErrorPagesNot5xx) {
    TestSite site;
    Client c = site.NewClient();
    EXPECT_EQ(c.Raw("DELETE /en/vacancies HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").status, 405);
    EXPECT_EQ(c.Get("/en/vacancies/abc").status, 404);
    EXPECT_EQ(c.Get("/en/vacancies/99999999999999999999999").status, 404);
    EXPECT_EQ(c.Get("/xx/vacancies").status, 404);
    EXPECT_EQ(c.Get("/en/vacancies/%00").status, 404);
    EXPECT_EQ(c.Raw("HEAD /en/vacancies HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").status, 200);
}

}  // namespace
}  // namespace ejob::testing
