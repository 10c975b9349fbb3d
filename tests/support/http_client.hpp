#pragma once
// A small HTTP/1.1 client over loopback for the web tests. It keeps cookies like a browser would.
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace ejob::testing {

using Form = std::vector<std::pair<std::string, std::string>>;

struct FilePart {
    std::string field, filename, content_type, data;
};

struct HttpResult {
    int status = 0;
    std::multimap<std::string, std::string> headers;  // names in lower case
    std::string body;
    std::string Header(const std::string& name) const {
        auto it = headers.find(name);
        return it == headers.end() ? std::string() : it->second;
    }
};

std::string UrlEncodeForm(const Form& form);

class Client {
  public:
    explicit Client(std::uint16_t port) : port_(port) {}
    HttpResult Get(const std::string& path, const Form& headers = {});
    HttpResult Post(const std::string& path, const Form& form, const Form& headers = {});
    // multipart/form-data, as a browser sends a form with file inputs.
    HttpResult PostMultipart(const std::string& path, const Form& form, const std::vector<FilePart>& files,
                             const Form& headers = {});
    // Sends raw bytes and returns the parsed answer (for malformed or oversize requests).
    HttpResult Raw(const std::string& request_bytes);

    std::map<std::string, std::string> cookies;
    // The loopback address to connect from ("127.0.0.2"…); empty: the system's choice (127.0.0.1).
    std::string from_address;
    // "http://127.0.0.1:<port>", the Origin a browser sends with this site's forms.
    std::string Origin() const;

  private:
    HttpResult Send(const std::string& method, const std::string& path, const std::string& body, const Form& headers);
    std::uint16_t port_;
    std::string referrer_policy_;  // of the last page shown, which decides the Origin of the next form post
};

// The fields a browser would send for the form whose action contains `action_part`: inputs (checked boxes and
// radios only; no file inputs, no buttons), textareas and selected options. Values are HTML-decoded.
Form FormFields(const std::string& html, const std::string& action_part);

// The value of <input name="_csrf" value="…"> in a page.
std::string CsrfToken(const std::string& html);
// The value of the first input/textarea named `name` in a page (attribute-decoded for &amp; only).
std::string InputValue(const std::string& html, const std::string& name);

}  // namespace ejob::testing
