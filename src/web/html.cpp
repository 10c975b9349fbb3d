#include "web/html.hpp"

#include <cctype>

namespace ejob::web {

std::string_view SafeUrl(std::string_view url) {
    // Browsers drop tabs and newlines and read "\" as "/": "/\evil.example" would lead to another host.
    for (char c : url)
        if (static_cast<unsigned char>(c) < 0x20 || c == '\\' || c == 0x7F) return "#";
    // Relative URLs: "/path", "?query", "#frag", "path" without a scheme.
    size_t colon = url.find(':');
    size_t slash = url.find_first_of("/?#");
    if (colon == std::string_view::npos || (slash != std::string_view::npos && slash < colon)) {
        if (url.substr(0, 2) == "//") return "#";  // protocol-relative: another host
        return url;
    }
    std::string scheme;
    for (char c : url.substr(0, colon)) scheme += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (scheme == "http" || scheme == "https" || scheme == "mailto" || scheme == "tel") return url;
    return "#";
}

void EscapeInto(std::string& out, std::string_view text) {
    for (char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
}

std::string Escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 16);
    EscapeInto(out, text);
    return out;
}

std::string UrlEncode(std::string_view s) {
    static const char* kHex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : s) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        }
    }
    return out;
}

void Html::Attrs(std::initializer_list<Attr> attrs) {
    for (const auto& a : attrs) {
        if (!a.present) continue;
        out_ += ' ';
        out_ += a.name;
        if (a.value.data() == nullptr) continue;  // boolean attribute
        out_ += "=\"";
        bool url = a.name == "href" || a.name == "src" || a.name == "action" || a.name == "formaction";
        EscapeInto(out_, url ? SafeUrl(a.value) : a.value);
        out_ += '"';
    }
}

Html& Html::Open(std::string_view tag, std::initializer_list<Attr> attrs) {
    out_ += '<';
    out_ += tag;
    Attrs(attrs);
    out_ += '>';
    return *this;
}

Html& Html::Close(std::string_view tag) {
    out_ += "</";
    out_ += tag;
    out_ += '>';
    return *this;
}

Html& Html::Void(std::string_view tag, std::initializer_list<Attr> attrs) {
    return Open(tag, attrs);
}

Html& Html::Text(std::string_view text) {
    EscapeInto(out_, text);
    return *this;
}

Html& Html::Element(std::string_view tag, std::initializer_list<Attr> attrs, std::string_view text) {
    Open(tag, attrs);
    Text(text);
    return Close(tag);
}

Html& Html::MultilineText(std::string_view text) {
    size_t start = 0;
    while (true) {
        size_t nl = text.find('\n', start);
        Text(text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start));
        if (nl == std::string_view::npos) break;
        out_ += "<br>";
        start = nl + 1;
    }
    return *this;
}

Html& Html::JsonData(std::string_view id, std::string_view json) {
    Open("script", {{"type", "application/json"}, {"id", id}});
    for (size_t i = 0; i < json.size(); ++i) {
        if (json[i] == '<') {
            out_ += "\\u003c";
        } else {
            out_ += json[i];
        }
    }
    return Close("script");
}

Html& Html::TrustedRaw(std::string_view markup) {
    out_ += markup;
    return *this;
}

}  // namespace ejob::web
