// An uploaded photo's first bytes: the magic-number sniff and the checks before any pixel is decoded (libvips'
// loader choice and the width and height in the header).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/fuzz_check.hpp"
#include "media/photo_pipeline.hpp"

namespace media = ejob::media;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const media::PhotoFormat format = media::SniffPhotoFormat(bytes);
    media::PhotoLimits limits;
    limits.max_pixels = 4096 * 4096;
    const media::PhotoError e = media::CheckPhotoHeader(bytes, limits);
    if (format == media::PhotoFormat::Unknown) {
        FUZZ_CHECK(e == media::PhotoError::NotAnImage || e == media::PhotoError::Empty);
    }
    if (size == 0) FUZZ_CHECK(e == media::PhotoError::Empty);
    return 0;
}
