#include "support/images.hpp"

#include <vips/vips.h>

#include <stdexcept>

namespace ejob::testing::images {
namespace {

std::string Save(VipsImage* img, bool png) {
    void* buf = nullptr;
    size_t len = 0;
    int rc =
        png ? vips_pngsave_buffer(img, &buf, &len, nullptr) : vips_jpegsave_buffer(img, &buf, &len, "Q", 90, nullptr);
    if (rc != 0) throw std::runtime_error(vips_error_buffer());
    std::string out(static_cast<const char*>(buf), len);
    g_free(buf);
    return out;
}

// A colourful gradient so that encoders do real work.
VipsImage* Picture(int w, int h, int seed) {
    VipsImage* xyz = nullptr;
    VipsImage* rgb = nullptr;
    VipsImage* bytes = nullptr;
    if (vips_xyz(&xyz, w, h, nullptr)) throw std::runtime_error(vips_error_buffer());
    double a[] = {0.3 + seed % 5 * 0.1, 0.2, 0.1};
    double b[] = {10.0 + seed, 40, 90};
    VipsImage* x = nullptr;
    if (vips_linear(xyz, &x, a, b, 2, nullptr)) throw std::runtime_error(vips_error_buffer());
    VipsImage* bands[3] = {x, x, x};
    if (vips_bandjoin(bands, &rgb, 3, nullptr)) throw std::runtime_error(vips_error_buffer());
    if (vips_cast(rgb, &bytes, VIPS_FORMAT_UCHAR, nullptr)) throw std::runtime_error(vips_error_buffer());
    g_object_unref(xyz);
    g_object_unref(x);
    g_object_unref(rgb);
    return bytes;
}

uint32_t Crc32(const std::string& data) {
    uint32_t crc = 0xFFFFFFFFu;
    for (unsigned char c : data) {
        crc ^= c;
        for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return crc ^ 0xFFFFFFFFu;
}
std::string Be32(uint32_t v) {
    return {char(v >> 24), char((v >> 16) & 0xFF), char((v >> 8) & 0xFF), char(v & 0xFF)};
}
std::string Chunk(const std::string& type, const std::string& data) {
    return Be32(uint32_t(data.size())) + type + data + Be32(Crc32(type + data));
}

}  // namespace

std::string JpegWithCameraAndGps() {
    VipsImage* img = Picture(1600, 1200, 1);
    VipsImage* copy = nullptr;
    vips_copy(img, &copy, nullptr);
    g_object_unref(img);
    vips_image_set_string(copy, "exif-ifd0-Make", kCameraMake);
    vips_image_set_string(copy, "exif-ifd0-Model", "EjobModelX9000");
    vips_image_set_string(copy, "exif-ifd0-Artist", kArtist);
    vips_image_set_string(copy, "exif-ifd3-GPSLatitudeRef", "N");
    vips_image_set_string(copy, "exif-ifd3-GPSLatitude", "40/1 24/1 3000/100");
    vips_image_set_string(copy, "exif-ifd3-GPSLongitudeRef", "E");
    vips_image_set_string(copy, "exif-ifd3-GPSLongitude", "49/1 52/1 1200/100");
    std::string out = Save(copy, false);
    g_object_unref(copy);
    return out;
}

std::string SmallJpeg(int seed) {
    VipsImage* img = Picture(400, 300, seed);
    std::string out = Save(img, false);
    g_object_unref(img);
    return out;
}

std::string PngHeaderOnly(std::uint32_t width, std::uint32_t height) {
    using namespace std::string_literals;
    std::string ihdr = Be32(width) + Be32(height) + "\x08\x02\x00\x00\x00"s;
    std::string empty_zlib = "\x78\x9C\x03\x00\x00\x00\x00\x01"s;
    return "\x89PNG\r\n\x1A\n"s + Chunk("IHDR", ihdr) + Chunk("IDAT", empty_zlib) + Chunk("IEND", "");
}

std::string JpegHtmlPolyglot() {
    return SmallJpeg(3) + "<html><body><script>alert('polyglot')</script></body></html>";
}

}  // namespace ejob::testing::images
