#pragma once
// Strict, bounded parser for multipart/form-data request bodies (RFC 7578 on top of RFC 2046 section 5.1).
// Pure standard C++; the whole body is already in memory, the parser only slices it. Every search is a find() that
// starts where the previous one stopped and, for parts that are kept, is bounded by the part's size limit, so the
// work is linear in the body size and a limit is reported as soon as it is exceeded.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "web/http/http.hpp"

namespace ejob::web::http {

struct MultipartLimits {
    size_t max_parts = 100;              // every part counts, also ignored and skipped ones
    size_t max_files = 10;               // file parts kept (an empty file input does not count)
    size_t max_field_bytes = 64 * 1024;  // per non-file part
    size_t max_file_bytes = 10 << 20;    // per file part
    size_t max_header_bytes = 4096;      // per part, not counting the CRLF CRLF that ends the headers
};

enum class MultipartError {
    None,
    NotMultipart,     // Content-Type is not multipart/form-data
    MissingBoundary,  // no boundary parameter, or an empty, too long (> 70) or otherwise invalid one
    Malformed,        // bad syntax, a missing close delimiter, headers larger than max_header_bytes
    TooManyParts,
    TooManyFiles,
    FieldTooLarge,
    FileTooLarge,
};

// On error `fields` and `files` are empty.
struct MultipartResult {
    MultipartError error = MultipartError::None;
    Fields fields;  // non-file parts in body order; values raw (the caller does UTF-8 clean-up)
    std::vector<UploadedFile> files;
};

// The boundary from a Content-Type header value such as `multipart/form-data; boundary="----abc"`: quoted or not,
// media type and parameter names case-insensitive, other parameters allowed. nullopt when the media type is not
// multipart/form-data or the boundary is missing or invalid (empty, longer than 70, characters outside RFC 2046
// bchars, ending in a space).
std::optional<std::string> MultipartBoundary(std::string_view content_type);

// Parses a multipart/form-data body. Parts are separated by CRLF "--" boundary, the last one is closed by
// CRLF "--" boundary "--"; a preamble before the first delimiter and an epilogue after the close are ignored.
// A part needs `Content-Disposition: form-data; name=...` (parameters quoted or not, `\"` and `\\` unescaped in
// quoted values); parts without a name are ignored. A part with a `filename` (or `filename*=UTF-8''...`, which
// wins) parameter is a file, except that a file part with an empty filename and no data (a browser's empty file
// input) is skipped. Header names are case-insensitive; header folding is unfolded; other headers are ignored.
MultipartResult ParseMultipart(std::string_view content_type, std::string_view body,
                               const MultipartLimits& limits = {});

}  // namespace ejob::web::http
