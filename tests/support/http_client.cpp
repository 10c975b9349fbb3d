#include "support/http_client.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cctype>
#include <cstring>
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
    if (!from_address.empty()) {  // another loopback address (127/8): another visitor as the server sees it
        sockaddr_in local{};
        local.sin_family = AF_INET;
        inet_pton(AF_INET, from_address.c_str(), &local.sin_addr);
        if (bind(fd, reinterpret_cast<sockaddr*>(&local), sizeof local) != 0) {
            close(fd);
            throw std::runtime_error("cannot bind to " + from_address);
        }
    }
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
    std::string req =
        method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(port_) + "\r\nConnection: close\r\n";
    bool has_type = false, has_origin = false;
    for (const auto& [k, v] : headers) {
        req += k + ": " + v + "\r\n";
        has_type |= k == "Content-Type";
        has_origin |= k == "Origin";
    }
    // As Chromium does: every form post carries an Origin, and it is "null" when the page that holds the form
    // was served with `Referrer-Policy: no-referrer`.
    if (method == "POST" && !has_origin)
        req += "Origin: " + (referrer_policy_ == "no-referrer" ? std::string("null") : Origin()) + "\r\n";
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

std::string Client::Origin() const {
    return "http://127.0.0.1:" + std::to_string(port_);
}

HttpResult Client::Get(const std::string& path, const Form& headers) {
    HttpResult r = Send("GET", path, "", headers);
    // The page a person would now post a form from (a redirect leads to another page first).
    if (r.status < 300 || r.status >= 400) referrer_policy_ = r.Header("referrer-policy");
    return r;
}

HttpResult Client::Post(const std::string& path, const Form& form, const Form& headers) {
    HttpResult r = Send("POST", path, UrlEncodeForm(form), headers);
    if (r.status < 300 || r.status >= 400) referrer_policy_ = r.Header("referrer-policy");
    return r;
}

HttpResult Client::PostMultipart(const std::string& path, const Form& form, const std::vector<FilePart>& files,
                                 const Form& headers) {
    const std::string boundary = "----ejobTestBoundary7MA4YWxkTrZu0gW";
    std::string body;
    for (const auto& [k, v] : form)
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n\r\n" + v + "\r\n";
    for (const auto& f : files)
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.field + "\"; filename=\"" +
                f.filename + "\"\r\nContent-Type: " + f.content_type + "\r\n\r\n" + f.data + "\r\n";
    body += "--" + boundary + "--\r\n";
    Form h = headers;
    h.emplace_back("Content-Type", "multipart/form-data; boundary=" + boundary);
    HttpResult r = Send("POST", path, body, h);
    if (r.status < 300 || r.status >= 400) referrer_policy_ = r.Header("referrer-policy");
    return r;
}

namespace {
std::string Decode(std::string s) {
    const std::pair<const char*, const char*> kEntities[] = {
        {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}};
    for (const auto& [from, to] : kEntities)
        for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + std::strlen(to)))
            s.replace(at, std::strlen(from), to);
    return s;
}
std::string Attr(const std::string& tag, const std::string& name) {
    std::smatch m;
    if (std::regex_search(tag, m, std::regex("\\s" + name + "=\"([^\"]*)\""))) return Decode(m[1]);
    return {};
}
bool HasFlag(const std::string& tag, const std::string& name) {
    return std::regex_search(tag, std::regex("\\s" + name + "(\\s|>|$)"));
}
}  // namespace

Form FormFields(const std::string& html, const std::string& action_part) {
    Form out;
    size_t start = 0;
    while ((start = html.find("<form", start)) != std::string::npos) {
        size_t tag_end = html.find('>', start);
        std::string tag = html.substr(start, tag_end - start + 1);
        size_t end = html.find("</form>", tag_end);
        if (Attr(tag, "action").find(action_part) == std::string::npos) {
            start = end;
            continue;
        }
        std::string body = html.substr(tag_end + 1, end - tag_end - 1);
        std::regex element("<(input|textarea|select)\\b[^>]*>");
        for (auto it = std::sregex_iterator(body.begin(), body.end(), element); it != std::sregex_iterator(); ++it) {
            std::string t = (*it)[0];
            std::string kind = (*it)[1];
            std::string name = Attr(t, "name");
            if (name.empty()) continue;
            if (kind == "input") {
                std::string type = Attr(t, "type");
                if (type == "file" || type == "submit") continue;
                if ((type == "checkbox" || type == "radio") && !HasFlag(t, "checked")) continue;
                out.emplace_back(name, Attr(t, "value"));
            } else if (kind == "textarea") {
                size_t from = it->position() + it->length();
                size_t to = body.find("</textarea>", from);
                out.emplace_back(name, Decode(body.substr(from, to - from)));
            } else {
                size_t from = it->position() + it->length();
                std::string options = body.substr(from, body.find("</select>", from) - from);
                std::smatch m;
                std::string value;
                if (std::regex_search(options, m, std::regex("<option value=\"([^\"]*)\" selected>")))
                    value = Decode(m[1]);
                out.emplace_back(name, value);
            }
        }
        return out;
    }
    return out;
}

std::string CsrfToken(const std::string& html) {
    return InputValue(html, "_csrf");
}

std::string InputValue(const std::string& html, const std::string& name) {
    std::regex input("<input[^>]*name=\"" + name + "\"[^>]*value=\"([^\"]*)\"");
    std::smatch m;
    if (std::regex_search(html, m, input)) return m[1];
    std::regex input2("<input[^>]*value=\"([^\"]*)\"[^>]*name=\"" + name + "\"");
    if (std::regex_search(html, m, input2)) return m[1];
    return {};
}

}  // namespace ejob::testing
