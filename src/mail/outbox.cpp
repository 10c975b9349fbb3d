#include "mail/outbox.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <stdexcept>

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

std::string Rfc5322(const domain::MailMessage& m) {
    for (char c : m.to + m.subject)
        if (c == '\r' || c == '\n') throw std::invalid_argument("a mail header holds a line break");
    return "To: " + m.to + "\r\nFrom: ejob.az <no-reply@ejob.az>\r\nSubject: " + EncodeHeader(m.subject) +
           "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
           "Content-Transfer-Encoding: 8bit\r\n\r\n" +
           m.body + "\r\n";
}

FileMailSink::FileMailSink(std::string dir) : dir_(std::move(dir)) {
    std::filesystem::create_directories(dir_);
}

void FileMailSink::Deliver(std::int64_t id, std::int64_t queued_at_ms, const domain::MailMessage& m) {
    const std::string text = Rfc5322(m);
    std::string name = std::to_string(queued_at_ms) + "-" + std::to_string(id);
    if (m.publication_id != 0) name += "-p" + std::to_string(m.publication_id);
    if (m.account_id != 0) name += "-a" + std::to_string(m.account_id);
    name += ".eml";
    const std::string tmp = dir_ + "/." + name + ".tmp";
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0640);
    if (fd < 0) throw std::runtime_error("cannot write mail to " + dir_ + ": " + std::strerror(errno));
    size_t done = 0;
    while (done < text.size()) {
        ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            int err = errno;
            ::close(fd);
            ::unlink(tmp.c_str());
            throw std::runtime_error("cannot write mail to " + dir_ + ": " + std::strerror(err));
        }
        done += static_cast<size_t>(n);
    }
    bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (!synced || ::rename(tmp.c_str(), (dir_ + "/" + name).c_str()) != 0) {
        ::unlink(tmp.c_str());
        throw std::runtime_error("cannot store mail in " + dir_);
    }
    int dfd = ::open(dir_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);  // the new name survives a crash
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
}

std::vector<domain::MailArchive::Kept> FileMailSink::List() {
    std::vector<Kept> out;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dir_, ec)) {
        // "<queued_at>-<id>[-p<publication>][-a<account>].eml"
        const std::string name = entry.path().filename().string();
        if (name.size() < 5 || name.compare(name.size() - 4, 4, ".eml") != 0) continue;
        Kept k;
        k.name = name;
        const char* p = name.c_str();
        char* end = nullptr;
        k.queued_at = std::strtoll(p, &end, 10);
        if (end == p || *end != '-') continue;
        std::strtoll(end + 1, &end, 10);
        if (std::strncmp(end, "-p", 2) == 0) k.publication_id = std::strtoll(end + 2, &end, 10);
        if (std::strncmp(end, "-a", 2) == 0) k.account_id = std::strtoll(end + 2, &end, 10);
        if (std::strcmp(end, ".eml") != 0) continue;
        out.push_back(std::move(k));
    }
    return out;
}

void FileMailSink::Remove(const std::string& name) {
    if (name.find('/') != std::string::npos) return;
    std::error_code ec;
    std::filesystem::remove(dir_ + "/" + name, ec);
}

}  // namespace ejob::mail
