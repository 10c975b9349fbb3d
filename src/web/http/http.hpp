#pragma once
// Request and response as handlers see them. Nothing here knows libmicrohttpd.
#include <any>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ejob::web::http {

using Fields = std::vector<std::pair<std::string, std::string>>;

struct UploadedFile {
    std::string field;         // form field name
    std::string filename;      // as sent, without any directory part ("C:\a\b.jpg" -> "b.jpg"); may be empty
    std::string content_type;  // the part's Content-Type as sent, "application/octet-stream" when absent
    std::string data;          // raw bytes; sniff them, do not trust filename or content_type
};

struct Request {
    std::string method;               // "GET", "POST", ...; HEAD is answered as GET without a body
    std::string path;                 // percent-decoded
    Fields query;                     // decoded
    Fields headers;                   // names in lower case
    Fields form;                      // form fields (urlencoded or multipart), decoded
    std::vector<UploadedFile> files;  // multipart file parts
    std::string body;
    std::string remote_ip;
    std::string request_id;
    bool body_too_large = false;
    std::any routing;  // what the application decided from the request line (its route), before the body came

    const std::string* Query(std::string_view name) const { return Find(query, name); }
    const std::string* Header(std::string_view name) const { return Find(headers, name); }
    const std::string* Form(std::string_view name) const { return Find(form, name); }
    std::string QueryOr(std::string_view name, std::string_view fallback = {}) const {
        const auto* v = Query(name);
        return v ? *v : std::string(fallback);
    }
    // Every value of a repeated form field, in order.
    std::vector<std::string> FormAll(std::string_view name) const {
        std::vector<std::string> out;
        for (const auto& [k, v] : form)
            if (k == name) out.push_back(v);
        return out;
    }
    std::string FormOr(std::string_view name) const {
        const auto* v = Form(name);
        return v ? *v : std::string();
    }
    std::string Cookie(std::string_view name) const;
    // The client takes gzip-encoded responses (Accept-Encoding).
    bool AcceptsGzip() const {
        const std::string* ae = Header("accept-encoding");
        return ae && ae->find("gzip") != std::string::npos;
    }

    static const std::string* Find(const Fields& f, std::string_view name) {
        for (const auto& [k, v] : f)
            if (k == name) return &v;
        return nullptr;
    }
};

struct Response {
    int status = 200;
    std::string content_type = "text/html; charset=utf-8";
    std::string body;
    Fields headers;

    static Response Redirect(int status, std::string location) {
        Response r;
        r.status = status;
        r.content_type = "text/plain; charset=utf-8";
        r.headers.emplace_back("Location", std::move(location));
        return r;
    }
};

using Handler = std::function<Response(Request&)>;

// Parses "a=1&b=x%20y" (also '+' as space). Stops after `max_fields`.
Fields ParseUrlEncoded(std::string_view s, size_t max_fields = 200);
std::string PercentDecode(std::string_view s, bool plus_is_space);

}  // namespace ejob::web::http
