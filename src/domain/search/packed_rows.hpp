#pragma once
// The list rows of a kind kept compactly in memory: each row packed into one shared buffer (lengths as varints, then
// the bytes), instead of a struct of strings each with its own allocation. A kind names its fields once, in one
// function that both writes and reads them: `template <typename IO> static void Fields(IO& io, Summary& s)` calling
// io.Str(s.title), io.Num(s.published_at), io.OptNum(s.salary), io.Flag(s.remote), …
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace ejob::domain::search {

class RowWriter {
  public:
    explicit RowWriter(std::string& out) : out_(out) {}
    void Str(const std::string& s) {
        Varint(s.size());
        out_ += s;
    }
    void Num(std::int64_t v) { Varint(Zigzag(v)); }
    template <typename Int>
    void OptNum(const std::optional<Int>& v) {
        Varint(v ? Zigzag(static_cast<std::int64_t>(*v)) + 1 : 0);
    }
    void Flag(bool b) { out_ += b ? '\1' : '\0'; }

  private:
    static std::uint64_t Zigzag(std::int64_t v) {
        return (static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63);
    }
    void Varint(std::uint64_t v) {
        while (v >= 0x80) {
            out_ += static_cast<char>(v | 0x80);
            v >>= 7;
        }
        out_ += static_cast<char>(v);
    }
    std::string& out_;
};

class RowReader {
  public:
    explicit RowReader(std::string_view in) : in_(in) {}
    void Str(std::string& s) {
        auto n = static_cast<size_t>(Varint());
        Need(n);
        s.assign(in_.substr(at_, n));
        at_ += n;
    }
    template <typename Int>
    void Num(Int& v) {
        v = static_cast<Int>(Unzigzag(Varint()));
    }
    template <typename Int>
    void OptNum(std::optional<Int>& v) {
        auto raw = Varint();
        if (raw == 0)
            v.reset();
        else
            v = static_cast<Int>(Unzigzag(raw - 1));
    }
    void Flag(bool& b) {
        Need(1);
        b = in_[at_++] != '\0';
    }

  private:
    static std::int64_t Unzigzag(std::uint64_t v) {
        return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1);
    }
    // A row is only ever read as it was written; reading past its buffer is a bug, stopped here.
    void Need(size_t n) const {
        if (n > in_.size() - at_) throw std::out_of_range("packed row read past its end");
    }
    std::uint64_t Varint() {
        std::uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            Need(1);
            auto byte = static_cast<unsigned char>(in_[at_++]);
            v |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
            if (byte < 0x80) return v;
        }
        throw std::out_of_range("packed row: number too long");
    }
    std::string_view in_;
    size_t at_ = 0;
};

// Rows by slot, packed one after another; a slot's row is replaced by appending (the old bytes stay until Compact).
template <typename Summary, typename Traits>
class PackedRows {
  public:
    void Put(std::uint32_t slot, Summary s) {
        if (at_.size() <= slot) at_.resize(slot + 1, 0);
        at_[slot] = bytes_.size();
        RowWriter w(bytes_);
        Traits::Fields(w, s);
    }
    Summary Get(std::uint32_t slot) const {
        Summary s;
        RowReader r(std::string_view(bytes_).substr(at_[slot]));
        Traits::Fields(r, s);
        return s;
    }
    // Keeps the rows of the slots that live on, at their new slots (old → new, `gone` for the others).
    void Compact(const std::vector<std::uint32_t>& moved, std::uint32_t gone, size_t live) {
        PackedRows out;
        out.at_.resize(live, 0);
        for (size_t old = 0; old < moved.size() && old < at_.size(); ++old)
            if (moved[old] != gone) out.Put(moved[old], Get(static_cast<std::uint32_t>(old)));
        *this = std::move(out);
    }
    void Shrink() {
        bytes_.shrink_to_fit();
        at_.shrink_to_fit();
    }
    size_t bytes() const { return bytes_.size() + at_.size() * sizeof(size_t); }

  private:
    std::string bytes_;
    std::vector<size_t> at_;  // by slot: where its row starts
};

}  // namespace ejob::domain::search
