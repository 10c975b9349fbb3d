#include "web/http/multipart.hpp"

#include <algorithm>
#include <utility>

namespace ejob::web::http {
namespace {

constexpr size_t kMaxBoundary = 70;  // RFC 2046
constexpr size_t kMaxParameters = 32;
constexpr std::string_view kCrlf = "\r\n";

bool IsAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// RFC 9110 token characters.
bool IsTchar(char c) {
    return IsAlnum(c) || std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

// RFC 2046 bchars.
bool IsBchar(char c) {
    return IsAlnum(c) || std::string_view("'()+_,-./:=? ").find(c) != std::string_view::npos;
}

bool IsWs(char c) {
    return c == ' ' || c == '\t';
}

char Lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

std::string ToLower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = Lower(c);
    return out;
}

bool IEquals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (Lower(a[i]) != Lower(b[i])) return false;
    return true;
}

std::string_view Trim(std::string_view s) {
    while (!s.empty() && IsWs(s.front())) s.remove_prefix(1);
    while (!s.empty() && IsWs(s.back())) s.remove_suffix(1);
    return s;
}

// The first `n` bytes of `s` plus `extra` look-ahead, without overflowing when `n` is huge.
std::string_view Window(std::string_view s, size_t n, size_t extra) {
    return n >= s.size() ? s : s.substr(0, std::min(s.size(), n + extra));
}

// A header value `type *( OWS ";" OWS name OWS "=" OWS value )`. Parameter names lower-cased, quoted values with
// `\"` and `\\` unescaped (any other backslash is kept, so unescaped Windows paths survive), unquoted values run to
// the next ';'. `ok` is false on an unterminated quote, a parameter without '=', a duplicate or too many parameters.
struct HeaderValue {
    std::string_view type;
    Fields params;
    bool ok = true;

    const std::string* Param(std::string_view name) const { return Request::Find(params, name); }
};

HeaderValue ParseHeaderValue(std::string_view s) {
    HeaderValue out;
    size_t i = s.find(';');
    out.type = Trim(s.substr(0, i));
    const size_t n = s.size();
    auto fail = [&out] {
        out.ok = false;
        return std::move(out);
    };
    while (i < n) {  // s[i] == ';'
        ++i;
        while (i < n && IsWs(s[i])) ++i;
        if (i == n) break;
        if (s[i] == ';') continue;  // empty parameter
        size_t name_start = i;
        while (i < n && IsTchar(s[i])) ++i;
        std::string name = ToLower(s.substr(name_start, i - name_start));
        while (i < n && IsWs(s[i])) ++i;
        if (name.empty() || i == n || s[i] != '=') return fail();
        ++i;
        while (i < n && IsWs(s[i])) ++i;
        std::string value;
        if (i < n && s[i] == '"') {
            ++i;
            bool closed = false;
            while (i < n) {
                char c = s[i++];
                if (c == '"') {
                    closed = true;
                    break;
                }
                if (c == '\\' && i < n && (s[i] == '"' || s[i] == '\\')) c = s[i++];
                value += c;
            }
            if (!closed) return fail();
            while (i < n && IsWs(s[i])) ++i;
            if (i < n && s[i] != ';') return fail();
        } else {
            size_t end = std::min(s.find(';', i), n);
            value = Trim(s.substr(i, end - i));
            i = end;
        }
        if (out.params.size() == kMaxParameters || out.Param(name)) return fail();
        out.params.emplace_back(std::move(name), std::move(value));
    }
    return out;
}

std::optional<std::string> BoundaryOf(const HeaderValue& ct) {
    const std::string* b = ct.ok ? ct.Param("boundary") : nullptr;
    if (!b || b->empty() || b->size() > kMaxBoundary || b->back() == ' ') return std::nullopt;
    if (!std::all_of(b->begin(), b->end(), IsBchar)) return std::nullopt;
    return *b;
}

int Hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

bool IsControl(char c) {
    return (static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7f;
}

// RFC 8187 ext-value `UTF-8'[language]'percent-encoded`; nullopt for other charsets, bad escapes or control bytes.
std::optional<std::string> DecodeExtValue(std::string_view v) {
    size_t q1 = v.find('\'');
    if (q1 == std::string_view::npos || !IEquals(v.substr(0, q1), "utf-8")) return std::nullopt;
    size_t q2 = v.find('\'', q1 + 1);
    if (q2 == std::string_view::npos) return std::nullopt;
    std::string out;
    for (size_t i = q2 + 1; i < v.size(); ++i) {
        char c = v[i];
        if (c == '%') {
            if (i + 2 >= v.size()) return std::nullopt;
            int hi = Hex(v[i + 1]), lo = Hex(v[i + 2]);
            if (hi < 0 || lo < 0) return std::nullopt;
            c = static_cast<char>(hi * 16 + lo);
            i += 2;
        }
        if (IsControl(c)) return std::nullopt;
        out += c;
    }
    return out;
}

// Everything after the last '/' or '\'; "." and ".." become empty.
std::string BaseName(std::string_view f) {
    size_t slash = f.find_last_of("/\\");
    if (slash != std::string_view::npos) f.remove_prefix(slash + 1);
    if (f == "." || f == "..") return {};
    return std::string(f);
}

struct PartHeaders {
    std::optional<std::string> disposition;
    std::optional<std::string> content_type;
};

// `block` is the header section without its final CRLF CRLF. False on a line without ':' or with a bad name, a
// control character (bare CR or LF included), a leading continuation line or a repeated Content-Disposition or
// Content-Type.
bool ParsePartHeaders(std::string_view block, PartHeaders& out) {
    std::string* current = nullptr;  // value a continuation line appends to; null for headers we ignore
    bool have_header = false;
    while (true) {
        size_t eol = block.find(kCrlf);
        std::string_view line = block.substr(0, eol);
        if (std::any_of(line.begin(), line.end(), IsControl)) return false;
        if (!line.empty() && IsWs(line.front())) {
            if (!have_header) return false;
            std::string_view more = Trim(line);
            if (current && !more.empty()) {
                if (!current->empty()) *current += ' ';
                *current += more;
            }
        } else {
            size_t colon = line.find(':');
            if (colon == std::string_view::npos || colon == 0) return false;
            std::string_view name = line.substr(0, colon);
            if (!std::all_of(name.begin(), name.end(), IsTchar)) return false;
            std::optional<std::string>* slot = nullptr;
            if (IEquals(name, "content-disposition")) {
                slot = &out.disposition;
            } else if (IEquals(name, "content-type")) {
                slot = &out.content_type;
            }
            current = nullptr;
            if (slot) {
                if (slot->has_value()) return false;
                *slot = std::string(Trim(line.substr(colon + 1)));
                current = &**slot;
            }
            have_header = true;
        }
        if (eol == std::string_view::npos) return true;
        block.remove_prefix(eol + kCrlf.size());
    }
}

MultipartResult Fail(MultipartError e) {
    MultipartResult r;
    r.error = e;
    return r;
}

}  // namespace

std::optional<std::string> MultipartBoundary(std::string_view content_type) {
    HeaderValue ct = ParseHeaderValue(content_type);
    if (!IEquals(ct.type, "multipart/form-data")) return std::nullopt;
    return BoundaryOf(ct);
}

MultipartResult ParseMultipart(std::string_view content_type, std::string_view body, const MultipartLimits& limits) {
    HeaderValue ct = ParseHeaderValue(content_type);
    if (!IEquals(ct.type, "multipart/form-data")) return Fail(MultipartError::NotMultipart);
    std::optional<std::string> boundary = BoundaryOf(ct);
    if (!boundary) return Fail(MultipartError::MissingBoundary);

    const std::string delimiter = "\r\n--" + *boundary;
    const std::string_view delim = delimiter;
    const std::string_view dash_boundary = delim.substr(kCrlf.size());

    // `pos` is always just past a delimiter.
    size_t pos;
    if (body.starts_with(dash_boundary)) {
        pos = dash_boundary.size();
    } else {
        size_t first = body.find(delim);  // after the preamble
        if (first == std::string_view::npos) return Fail(MultipartError::Malformed);
        pos = first + delim.size();
    }

    MultipartResult result;
    size_t parts = 0;
    auto skip_padding = [&] {
        while (pos < body.size() && IsWs(body[pos])) ++pos;
    };
    while (true) {
        if (body.substr(pos).starts_with("--")) {  // close delimiter; whatever follows its line is the epilogue
            pos += 2;
            skip_padding();
            if (pos == body.size() || body.substr(pos).starts_with(kCrlf)) return result;
            return Fail(MultipartError::Malformed);
        }
        skip_padding();
        if (!body.substr(pos).starts_with(kCrlf)) return Fail(MultipartError::Malformed);
        pos += kCrlf.size();
        if (++parts > limits.max_parts) return Fail(MultipartError::TooManyParts);

        // Header section. `sep` is where the CRLF that separates it from the data is (or the next delimiter
        // starts, for a part with headers and no data).
        std::string_view rest = body.substr(pos);
        size_t sep = pos;
        PartHeaders headers;
        if (!rest.starts_with(kCrlf)) {
            size_t end = Window(rest, limits.max_header_bytes, 4).find("\r\n\r\n");
            if (end == std::string_view::npos) return Fail(MultipartError::Malformed);
            std::string_view block = rest.substr(0, end);
            if (block.find(delim) != std::string_view::npos || !ParsePartHeaders(block, headers))
                return Fail(MultipartError::Malformed);
            sep = pos + end + kCrlf.size();
        }

        std::string name, filename;
        bool is_file = false;
        if (headers.disposition) {
            HeaderValue cd = ParseHeaderValue(*headers.disposition);
            if (!cd.ok) return Fail(MultipartError::Malformed);
            if (IEquals(cd.type, "form-data")) {
                if (const std::string* n = cd.Param("name")) name = *n;
                const std::string* plain = cd.Param("filename");
                const std::string* ext = cd.Param("filename*");
                is_file = plain || ext;
                std::optional<std::string> decoded = ext ? DecodeExtValue(*ext) : std::nullopt;
                if (decoded) {
                    filename = BaseName(*decoded);
                } else if (plain) {
                    filename = BaseName(*plain);
                }
            }
        }

        // Data: up to the next delimiter, searched no further than the part's limit allows (ignored parts are
        // searched to the end; that is still one linear pass).
        const bool keep = !name.empty();
        const size_t limit = !keep ? body.size() : is_file ? limits.max_file_bytes : limits.max_field_bytes;
        std::string_view from = body.substr(sep);  // starts with CRLF: the separator or the next delimiter
        std::string_view window = Window(from, limit, kCrlf.size() + delim.size());
        size_t next = window.find(delim);
        if (next == std::string_view::npos) {
            if (window.size() < from.size())
                return Fail(is_file ? MultipartError::FileTooLarge : MultipartError::FieldTooLarge);
            return Fail(MultipartError::Malformed);
        }
        std::string_view data = next == 0 ? std::string_view() : from.substr(kCrlf.size(), next - kCrlf.size());
        pos = sep + next + delim.size();

        if (!keep) continue;
        if (!is_file) {
            result.fields.emplace_back(std::move(name), std::string(data));
            continue;
        }
        if (filename.empty() && data.empty()) continue;  // an empty file input
        if (result.files.size() >= limits.max_files) return Fail(MultipartError::TooManyFiles);
        std::string type =
            headers.content_type && !headers.content_type->empty() ? *headers.content_type : "application/octet-stream";
        result.files.push_back({std::move(name), std::move(filename), std::move(type), std::string(data)});
    }
}

}  // namespace ejob::web::http
