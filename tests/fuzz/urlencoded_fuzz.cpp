// application/x-www-form-urlencoded bodies and query strings, and percent-decoding.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz/fuzz_check.hpp"
#include "web/html.hpp"  // UrlEncode
#include "web/http/http.hpp"

namespace http = ejob::web::http;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view input(reinterpret_cast<const char*>(data), size);

    for (size_t max_fields : {size_t(200), size_t(3), size_t(0)}) {
        http::Fields fields = http::ParseUrlEncoded(input, max_fields);
        FUZZ_CHECK(fields.size() <= max_fields);
        size_t bytes = 0;
        for (const auto& [k, v] : fields) bytes += k.size() + v.size();
        FUZZ_CHECK(bytes <= input.size());
    }

    for (bool plus_is_space : {true, false}) {
        std::string decoded = http::PercentDecode(input, plus_is_space);
        FUZZ_CHECK(decoded.size() <= input.size());
        if (input.find('%') == std::string_view::npos) {
            FUZZ_CHECK(decoded.size() == input.size());
        }
    }

    // Whatever the site encodes into a link decodes back to itself.
    std::string encoded = ejob::web::UrlEncode(input);
    FUZZ_CHECK(encoded.find_first_of("&=#?+ ") == std::string::npos);
    FUZZ_CHECK(http::PercentDecode(encoded, true) == input);
    http::Fields pair = http::ParseUrlEncoded("k=" + encoded);
    FUZZ_CHECK(pair.size() == 1 && pair[0].first == "k" && pair[0].second == input);
    return 0;
}
