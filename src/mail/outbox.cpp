#include "mail/outbox.hpp"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "security/sodium.hpp"

namespace ejob::mail {
namespace {
// RFC 2047 encoded-word for a UTF-8 subject.
std::string EncodeHeader(const std::string& s) {
    static const char* kB64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out = "=?UTF-8?B?";
    size_t i = 0;
    for (; i + 2 < s.size(); i += 3) {
        unsigned n = (static_cast<unsigned char>(s[i]) << 16) | (static_cast<unsigned char>(s[i + 1]) << 8) |
                     static_cast<unsigned char>(s[i + 2]);
        out += kB64[(n >> 18) & 63];
        out += kB64[(n >> 12) & 63];
        out += kB64[(n >> 6) & 63];
        out += kB64[n & 63];
    }
    if (i < s.size()) {
        unsigned n = static_cast<unsigned char>(s[i]) << 16;
        if (i + 1 < s.size()) n |= static_cast<unsigned char>(s[i + 1]) << 8;
        out += kB64[(n >> 18) & 63];
        out += kB64[(n >> 12) & 63];
        out += i + 1 < s.size() ? kB64[(n >> 6) & 63] : '=';
        out += '=';
    }
    return out + "?=";
}
}  // namespace

Outbox::Outbox(std::string dir) : dir_(std::move(dir)) {
    std::filesystem::create_directories(dir_);
}

std::string Outbox::Put(const Message& m) {
    for (char c : m.to)
        if (c == '\r' || c == '\n') throw std::invalid_argument("bad recipient");
    auto now = std::chrono::system_clock::now();
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count();
    std::string name = std::to_string(ms) + "-" + security::RandomToken().substr(0, 10) + ".eml";
    std::string tmp = dir_ + "/." + name + ".tmp";
    std::string final_path = dir_ + "/" + name;
    {
        std::ofstream f(tmp, std::ios::binary);
        f << "To: " << m.to << "\r\n"
          << "From: ejob.az <no-reply@ejob.az>\r\n"
          << "Subject: " << EncodeHeader(m.subject) << "\r\n"
          << "MIME-Version: 1.0\r\n"
          << "Content-Type: text/plain; charset=utf-8\r\n"
          << "Content-Transfer-Encoding: 8bit\r\n\r\n"
          << m.body << "\r\n";
        f.flush();
        if (!f) throw std::runtime_error("cannot write mail to " + tmp);
    }
    std::filesystem::rename(tmp, final_path);
    return final_path;
}

}  // namespace ejob::mail
