// The TOML configuration file, as `ejob serve --config FILE` reads it.
#include <cstddef>
#include <cstdint>
#include <exception>
#include <string_view>

#include "app/config.hpp"
#include "fuzz/fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view toml(reinterpret_cast<const char*>(data), size);
    try {
        ejob::app::Config c = ejob::app::ParseConfigToml(toml, "fuzz.toml");
        const auto& r = c.retention;
        FUZZ_CHECK(r.warn_before < r.published_for);
        FUZZ_CHECK(r.published_for > 0 && r.stopped_for > 0 && r.rejected_for > 0 && r.mail_for > 0);
    } catch (const std::exception&) {
        // Refused with a message: what a bad file must do.
    }
    return 0;
}
