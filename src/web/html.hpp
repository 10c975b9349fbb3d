#pragma once
// Html: the only way views produce markup. Text and attribute values are escaped; URL attributes (href, src,
// action, formaction) pass through SafeUrl; data for scripts is JSON in <script type="application/json">.
// Raw markup goes only through TrustedRaw(), which is greppable.
#include <initializer_list>
#include <string>
#include <string_view>

namespace ejob::web {

struct Attr {
    std::string_view name;
    std::string_view value;
    bool present = true;  // false: attribute left out (for optional boolean attributes)
};
inline Attr Flag(std::string_view name, bool on = true) {
    return {name, {}, on};
}

// Allows http, https, mailto, tel and relative URLs; anything else becomes "#".
std::string_view SafeUrl(std::string_view url);
void EscapeInto(std::string& out, std::string_view text);
std::string Escape(std::string_view text);
// Percent-encodes a query-string value.
std::string UrlEncode(std::string_view s);

class Html {
  public:
    Html() { out_.reserve(32 * 1024); }

    Html& Open(std::string_view tag, std::initializer_list<Attr> attrs = {});
    Html& Close(std::string_view tag);
    // An element with no content (<input>, <meta>, <link>, <br>).
    Html& Void(std::string_view tag, std::initializer_list<Attr> attrs = {});
    Html& Text(std::string_view text);
    // Open + Text + Close.
    Html& Element(std::string_view tag, std::initializer_list<Attr> attrs, std::string_view text);
    Html& Element(std::string_view tag, std::string_view text) { return Element(tag, {}, text); }
    // Text with line breaks kept as <br>.
    Html& MultilineText(std::string_view text);
    // JSON data for scripts; "</" is escaped so it cannot end the script element.
    Html& JsonData(std::string_view id, std::string_view json);
    // Markup that is already safe (a literal, or output of another Html). Keep uses rare and reviewed.
    Html& TrustedRaw(std::string_view markup);

    std::string& str() { return out_; }
    std::string Take() { return std::move(out_); }

  private:
    void Attrs(std::initializer_list<Attr> attrs);
    std::string out_;
};

}  // namespace ejob::web
