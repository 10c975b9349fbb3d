#include "support/http_client.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cctype>
#include <regex>
#include <stdexcept>

namespace ejob::testing {

std::string UrlEncodeForm(const Form& form) {
    static const char* kHex = "0123456789ABCDEF";
    std::string out;
    for (const auto& [k, v] : form) {
        if (!out.empty()) out += '&';
        for (const std::string* s : {&k, &v}) {
            for (unsigned char c : *s) {
                if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
                    out += static_cast<char>(c);
                } else {
                    out += '%';
                    out += kHex[c >> 4];
                    out += kHex[c & 15];
                }
            }
            if (s == &k) out += '=';
        }
    }
    return out;
}

HttpResult Client::Raw(const std::string& bytes) {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port_);
    inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
    if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
        close(fd);
        throw std::runtime_error("cannot connect to the test server");
    }
    timeval tv{30, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    size_t sent = 0;
    while (sent < bytes.size()) {
        ssize_t n = send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
        if (n <= 0) break;  // the server may answer and close before reading everything (413)
        sent += static_cast<size_t>(n);
    }
    shutdown(fd, SHUT_WR);
    std::string raw;
    char buf[65536];
    ssize_t n;
    while ((n = recv(fd, buf, sizeof buf, 0)) > 0) raw.append(buf, static_cast<size_t>(n));
    close(fd);

    HttpResult r;
    size_t header_end = raw.find("\r\n\r\n");
    if (raw.size() < 12 || header_end == std::string::npos) return r;
    r.status = std::stoi(raw.substr(9, 3));
    size_t line = raw.find("\r\n") + 2;
    while (line < header_end) {
        size_t end = raw.find("\r\n", line);
        std::string h = raw.substr(line, end - line);
        size_t colon = h.find(':');
        if (colon != std::string::npos) {
            std::string name = h.substr(0, colon);
            for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            size_t v = colon + 1;
            while (v < h.size() && h[v] == ' ') ++v;
            r.headers.emplace(name, h.substr(v));
        }
        line = end + 2;
    }
    r.body = raw.substr(header_end + 4);
    for (auto [it, end] = r.headers.equal_range("set-cookie"); it != end; ++it) {
        const std::string& c = it->second;
        size_t eq = c.find('='), semi = c.find(';');
        std::string name = c.substr(0, eq), value = c.substr(eq + 1, semi - eq - 1);
        if (value.empty() || c.find("Max-Age=0") != std::string::npos)
            cookies.erase(name);
        else
            cookies[name] = value;
    }
    return r;
}

HttpResult Client::Send(const std::string& method, const std::string& path, const std::string& body,
                        const Form& headers) {
    std::string req = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(port_) +
                      "\r\nConnection: close\r\n";
    bool has_type = false;
    for (const auto& [k, v] : headers) {
        req += k + ": " + v + "\r\n";
        has_type |= k == "Content-Type";
    }
    if (!cookies.empty()) {
        req += "Cookie: ";
        bool first = true;
        for (const auto& [k, v] : cookies) {
            if (!first) req += "; ";
            req += k + "=" + v;
            first = false;
        }
        req += "\r\n";
    }
    if (method == "POST") {
        if (!has_type) req += "Content-Type: application/x-www-form-urlencoded\r\n";
        req += "Content-Length: " + std::to_string(body.size()) + "\r\n";
    }
    req += "\r\n" + body;
    return Raw(req);
}

HttpResult Client::Get(const std::string& path, const Form& headers) { return Send("GET", path, "", headers); }

HttpResult Client::Post(const std::string& path, const Form& form, const Form& headers) {
    return Send("POST", path, UrlEncodeForm(form), headers);
}

std::string CsrfToken(const std::string& html) { return InputValue(html, "_csrf"); }

std::string InputValue(const std::string& html, const std::string& name) {
    std::regex input("<input[^>]*name=\"" + name + "\"[^>]*value=\"([^\"]*)\"");
    std::smatch m;
    if (std::regex_search(html, m, input)) return m[1];
    std::regex input2("<input[^>]*value=\"([^\"]*)\"[^>]*name=\"" + name + "\"");
    if (std::regex_search(html, m, input2)) return m[1];
    return {};
}

}  // namespace ejob::testing
