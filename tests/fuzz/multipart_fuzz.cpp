// multipart/form-data: the Content-Type header value is the input's first line, the body the rest.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/fuzz_check.hpp"
#include "web/http/multipart.hpp"

namespace http = ejob::web::http;

namespace {

void Check(std::string_view content_type, std::string_view body, const http::MultipartLimits& limits) {
    http::MultipartResult r = http::ParseMultipart(content_type, body, limits);
    if (r.error != http::MultipartError::None) {
        FUZZ_CHECK(r.fields.empty() && r.files.empty());
    }
    if (r.error != http::MultipartError::NotMultipart && r.error != http::MultipartError::MissingBoundary) {
        FUZZ_CHECK(http::MultipartBoundary(content_type).has_value());
    }
    FUZZ_CHECK(r.fields.size() + r.files.size() <= limits.max_parts);
    FUZZ_CHECK(r.files.size() <= limits.max_files);
    for (const auto& [name, value] : r.fields) {
        FUZZ_CHECK(!name.empty());
        FUZZ_CHECK(value.size() <= limits.max_field_bytes);
        FUZZ_CHECK(value.size() <= body.size());
    }
    for (const http::UploadedFile& f : r.files) {
        FUZZ_CHECK(!f.field.empty());
        FUZZ_CHECK(!f.content_type.empty());
        FUZZ_CHECK(f.data.size() <= limits.max_file_bytes);
        FUZZ_CHECK(f.data.size() <= body.size());
        FUZZ_CHECK(f.filename.find_first_of("/\\") == std::string::npos);
        FUZZ_CHECK(f.filename != "." && f.filename != "..");
        FUZZ_CHECK(!f.filename.empty() || !f.data.empty());
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view input(reinterpret_cast<const char*>(data), size);
    size_t eol = input.find('\n');
    std::string_view content_type = input.substr(0, eol);
    std::string_view body = eol == std::string_view::npos ? std::string_view() : input.substr(eol + 1);
    if (!content_type.empty() && content_type.back() == '\r') content_type.remove_suffix(1);

    if (auto boundary = http::MultipartBoundary(content_type)) {
        FUZZ_CHECK(!boundary->empty() && boundary->size() <= 70);
    }
    Check(content_type, body, {});
    // Small limits, so that every limit is reached by small inputs.
    http::MultipartLimits small;
    small.max_parts = 4;
    small.max_files = 2;
    small.max_field_bytes = 16;
    small.max_file_bytes = 64;
    small.max_header_bytes = 80;
    Check(content_type, body, small);
    return 0;
}
