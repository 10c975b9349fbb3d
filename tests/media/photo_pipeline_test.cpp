// Photo pipeline: every input is made here, in code (libvips or hand-written bytes); no binary fixtures.
#include "media/photo_pipeline.hpp"

#include <gtest/gtest.h>
#include <vips/vips.h>

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace ejob::media {
namespace {

namespace fs = std::filesystem;
using namespace std::string_literals;

// ---- helpers over libvips, for making inputs and inspecting outputs

struct Unref {
    void operator()(gpointer p) const {
        if (p) g_object_unref(p);
    }
};
using Image = std::unique_ptr<VipsImage, Unref>;

// `out` by address: it must be read after the call fills it in (argument evaluation order is unspecified).
Image Must(int rc, VipsImage** out) {
    Image img(*out);
    *out = nullptr;
    if (rc != 0 || !img) {
        ADD_FAILURE() << "libvips: " << vips_error_buffer();
        vips_error_clear();
        return nullptr;
    }
    return img;
}

// A w×h sRGB picture with structure (a gradient), so the encoders have something real to compress.
Image Gradient(int w, int h, int bands = 3) {
    VipsImage* out = nullptr;
    Image xyz = Must(vips_xyz(&out, w, h, nullptr), &out);
    double a[] = {255.0 / w, 255.0 / h};
    double b[] = {0, 0};
    Image lin = Must(vips_linear(xyz.get(), &out, a, b, 2, nullptr), &out);
    Image rgb = Must(vips_bandjoin_const1(lin.get(), &out, 128, nullptr), &out);
    if (bands == 4) rgb = Must(vips_bandjoin_const1(rgb.get(), &out, 255, nullptr), &out);
    Image u8 = Must(vips_cast_uchar(rgb.get(), &out, nullptr), &out);
    return Must(vips_copy(u8.get(), &out, "interpretation", VIPS_INTERPRETATION_sRGB, nullptr), &out);
}

// A private copy whose metadata may be set without touching anything shared.
Image Copy(const Image& img) {
    VipsImage* out = nullptr;
    return Must(vips_copy(img.get(), &out, nullptr), &out);
}

std::string Take(int rc, void* buf, size_t len) {
    if (rc != 0 || !buf) {
        ADD_FAILURE() << "libvips save: " << vips_error_buffer();
        vips_error_clear();
        g_free(buf);
        return {};
    }
    std::string s(static_cast<const char*>(buf), len);
    g_free(buf);
    return s;
}

std::string Jpeg(const Image& img, int q = 90) {
    void* buf = nullptr;
    size_t len = 0;
    int rc = vips_jpegsave_buffer(img.get(), &buf, &len, "Q", q, "strip", FALSE, nullptr);
    return Take(rc, buf, len);
}

std::string Png(const Image& img) {
    void* buf = nullptr;
    size_t len = 0;
    int rc = vips_pngsave_buffer(img.get(), &buf, &len, "strip", FALSE, nullptr);
    return Take(rc, buf, len);
}

std::string Webp(const Image& img) {
    void* buf = nullptr;
    size_t len = 0;
    int rc = vips_webpsave_buffer(img.get(), &buf, &len, "strip", FALSE, nullptr);
    return Take(rc, buf, len);
}

Image Decode(const std::string& bytes) {
    VipsImage* img = vips_image_new_from_buffer(bytes.data(), bytes.size(), "", nullptr);
    if (!img) {
        ADD_FAILURE() << "cannot decode output: " << vips_error_buffer();
        vips_error_clear();
        return nullptr;
    }
    // Make sure every pixel decodes, not just the header.
    double avg = 0;
    if (vips_avg(img, &avg, nullptr) != 0) {
        ADD_FAILURE() << "output does not decode fully: " << vips_error_buffer();
        vips_error_clear();
    }
    return Image(img);
}

std::vector<std::string> MetadataFields(const Image& img) {
    std::vector<std::string> names;
    gchar** fields = vips_image_get_fields(img.get());
    for (gchar** f = fields; f && *f; ++f) names.emplace_back(*f);
    g_strfreev(fields);
    return names;
}

bool Contains(const std::string& hay, const std::string& needle) {
    return hay.find(needle) != std::string::npos;
}

bool IsJpeg(const std::string& b) {
    return b.size() > 3 && b.compare(0, 3, "\xFF\xD8\xFF") == 0;
}
bool IsWebp(const std::string& b) {
    return b.size() > 12 && b.compare(0, 4, "RIFF") == 0 && b.compare(8, 4, "WEBP") == 0;
}

std::vector<const std::string*> Outputs(const ProcessedPhoto& p) {
    return {&p.display_webp, &p.display_jpeg, &p.thumb_webp, &p.thumb_jpeg};
}

// ---- hand-written PNG chunks (for a header that claims a huge image)

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

std::string PngChunk(const std::string& type, const std::string& data) {
    return Be32(uint32_t(data.size())) + type + data + Be32(Crc32(type + data));
}

std::string PngHeaderOnly(uint32_t width, uint32_t height) {
    std::string ihdr = Be32(width) + Be32(height) + "\x08\x02\x00\x00\x00"s;  // 8-bit RGB, no interlace
    std::string empty_zlib = "\x78\x9C\x03\x00\x00\x00\x00\x01"s;             // a valid, empty zlib stream
    return "\x89PNG\r\n\x1A\n"s + PngChunk("IHDR", ihdr) + PngChunk("IDAT", empty_zlib) + PngChunk("IEND", "");
}

class PhotoPipelineTest : public ::testing::Test {
  protected:
    static void SetUpTestSuite() { InitVips(); }
};

// ---- 1. metadata

TEST_F(PhotoPipelineTest, RemovesCameraGpsXmpAndIccMetadata) {
    Image img = Copy(Gradient(640, 480));
    vips_image_set_string(img.get(), "exif-ifd0-Make", "EjobTestCamMaker");
    vips_image_set_string(img.get(), "exif-ifd0-Model", "EjobModelX9000");
    vips_image_set_string(img.get(), "exif-ifd0-Artist", "Leyla Mammadova");
    vips_image_set_string(img.get(), "exif-ifd3-GPSLatitudeRef", "N");
    vips_image_set_string(img.get(), "exif-ifd3-GPSLatitude", "40/1 24/1 3000/100");
    vips_image_set_string(img.get(), "exif-ifd3-GPSLongitudeRef", "E");
    vips_image_set_string(img.get(), "exif-ifd3-GPSLongitude", "49/1 52/1 1200/100");
    const std::string xmp =
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
        "<rdf:Description xmlns:exif=\"http://ns.adobe.com/exif/1.0/\" exif:GPSLatitude=\"40,24.5N\"/>"
        "</rdf:RDF></x:xmpmeta>";
    vips_image_set_blob_copy(img.get(), "xmp-data", xmp.data(), xmp.size());
    // An embedded (Display P3) colour profile too.
    VipsImage* out = nullptr;
    Image p3 = Must(vips_icc_transform(img.get(), &out, "p3", "input_profile", "srgb", nullptr), &out);
    const std::string input = Jpeg(p3);

    // The input really carries all of it.
    ASSERT_TRUE(Contains(input, "Exif\0\0"s));
    ASSERT_TRUE(Contains(input, "EjobTestCamMaker"));
    ASSERT_TRUE(Contains(input, "GPS"));
    ASSERT_TRUE(Contains(input, "ICC_PROFILE"));
    {
        Image in = Decode(input);
        ASSERT_TRUE(in);
        ASSERT_NE(vips_image_get_typeof(in.get(), "exif-ifd3-GPSLatitude"), 0u) << "no GPS IFD in the test input";
        ASSERT_NE(vips_image_get_typeof(in.get(), "exif-ifd0-Make"), 0u);
    }

    PhotoResult r = ProcessPhoto(input);
    ASSERT_EQ(r.error, PhotoError::None);
    for (const std::string* o : Outputs(r.photo)) {
        EXPECT_FALSE(Contains(*o, "Exif\0\0"s));
        EXPECT_FALSE(Contains(*o, "EjobTestCamMaker"));
        EXPECT_FALSE(Contains(*o, "EjobModelX9000"));
        EXPECT_FALSE(Contains(*o, "Mammadova"));
        EXPECT_FALSE(Contains(*o, "GPS"));
        EXPECT_FALSE(Contains(*o, "xmpmeta"));
        EXPECT_FALSE(Contains(*o, "ICC_PROFILE"));
        EXPECT_FALSE(Contains(*o, "ICCP"));  // WebP's ICC chunk
        EXPECT_FALSE(Contains(*o, "EXIF"));  // WebP's EXIF chunk
        EXPECT_FALSE(Contains(*o, "XMP "));  // WebP's XMP chunk
        Image decoded = Decode(*o);
        ASSERT_TRUE(decoded);
        for (const std::string& f : MetadataFields(decoded)) {
            EXPECT_NE(f.rfind("exif-", 0), 0u) << f;
            EXPECT_NE(f.rfind("xmp-", 0), 0u) << f;
            EXPECT_NE(f.rfind("iptc-", 0), 0u) << f;
            EXPECT_NE(f.rfind("icc-", 0), 0u) << f;
            EXPECT_NE(f, "orientation");
        }
    }
}

TEST_F(PhotoPipelineTest, EmbeddedProfileIsAppliedBeforeItIsDropped) {
    // A flat mid-green in sRGB, stored as Display P3 with its profile: the output (sRGB, untagged) must show the
    // same green, not the P3 numbers read as sRGB.
    VipsImage* out = nullptr;
    Image black = Must(vips_black(&out, 64, 64, "bands", 3, nullptr), &out);
    double a[] = {1, 1, 1}, b[] = {40, 160, 60};
    Image lin = Must(vips_linear(black.get(), &out, a, b, 3, nullptr), &out);
    Image u8 = Must(vips_cast_uchar(lin.get(), &out, nullptr), &out);
    Image srgb = Must(vips_copy(u8.get(), &out, "interpretation", VIPS_INTERPRETATION_sRGB, nullptr), &out);
    Image p3 = Must(vips_icc_transform(srgb.get(), &out, "p3", "input_profile", "srgb", nullptr), &out);
    PhotoResult r = ProcessPhoto(Png(p3));
    ASSERT_EQ(r.error, PhotoError::None);
    Image decoded = Decode(r.photo.display_webp);
    ASSERT_TRUE(decoded);
    double* px = nullptr;
    int n = 0;
    ASSERT_EQ(vips_getpoint(decoded.get(), &px, &n, 32, 32, nullptr), 0);
    ASSERT_GE(n, 3);
    EXPECT_NEAR(px[0], 40, 8);
    EXPECT_NEAR(px[1], 160, 8);
    EXPECT_NEAR(px[2], 60, 8);
    g_free(px);
}

// ---- 2. orientation

TEST_F(PhotoPipelineTest, AutorotatesExifOrientation) {
    Image img = Copy(Gradient(400, 200));
    vips_image_set_int(img.get(), "orientation", 6);  // "rotate 90° clockwise to display"
    const std::string input = Jpeg(img);
    {
        Image in = Decode(input);
        ASSERT_TRUE(in);
        ASSERT_EQ(vips_image_get_width(in.get()), 400);
        int orientation = 0;
        ASSERT_EQ(vips_image_get_int(in.get(), "orientation", &orientation), 0);
        ASSERT_EQ(orientation, 6);
    }
    PhotoResult r = ProcessPhoto(input);
    ASSERT_EQ(r.error, PhotoError::None);
    EXPECT_EQ(r.photo.width, 200);
    EXPECT_EQ(r.photo.height, 400);
    for (const std::string* o : Outputs(r.photo)) {
        Image d = Decode(*o);
        ASSERT_TRUE(d);
        const bool thumb = o == &r.photo.thumb_webp || o == &r.photo.thumb_jpeg;
        EXPECT_EQ(vips_image_get_width(d.get()), thumb ? 160 : 200);
        EXPECT_EQ(vips_image_get_height(d.get()), thumb ? 320 : 400);
        EXPECT_EQ(vips_image_get_typeof(d.get(), "orientation"), 0u);
    }
}

// ---- 3. what is not a photo, or not a whole one

TEST_F(PhotoPipelineTest, RejectsWhatIsNotAJpegPngOrWebp) {
    const std::string gif =
        "GIF89a\x01\x00\x01\x00\x80\x00\x00\xFF\xFF\xFF\x00\x00\x00\x21\xF9\x04\x01\x00\x00\x00\x00"
        "\x2C\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02\x44\x01\x00\x3B"s;
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"html named .jpg", "<html><script>alert(1)</script></html>"},
        {"html with BOM", "\xEF\xBB\xBF<!DOCTYPE html><html><body>hi</body></html>"},
        {"pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"},
        {"svg",
         "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
         "<script>alert(1)</script><rect width=\"10\" height=\"10\"/></svg>"},
        {"gif", gif},
        {"tiff", "II*\x00\x08\x00\x00\x00\x00\x00\x00\x00"s},
        {"heic",
         "\x00\x00\x00\x18"
         "ftypheic\x00\x00\x00\x00mif1heic"s},
        {"riff but wave", "RIFF\x24\x00\x00\x00WAVEfmt \x10\x00\x00\x00"s},
        {"text", "just some text"},
        {"jpeg magic too short", "\xFF\xD8"s},
    };
    for (const auto& [name, bytes] : cases) {
        EXPECT_EQ(ProcessPhoto(bytes).error, PhotoError::NotAnImage) << name;
    }
}

TEST_F(PhotoPipelineTest, OtherLoadersAreBlockedInTheWholeProcess) {
    // Defence in depth: even a direct libvips call cannot run a loader outside the allow-list after InitVips.
    const std::string gif =
        "GIF89a\x01\x00\x01\x00\x80\x00\x00\xFF\xFF\xFF\x00\x00\x00\x21\xF9\x04\x01\x00\x00\x00\x00"
        "\x2C\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02\x44\x01\x00\x3B"s;
    const std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>";
    for (const std::string* bytes : {&gif, &svg}) {
        VipsImage* img = vips_image_new_from_buffer(bytes->data(), bytes->size(), "", nullptr);
        EXPECT_EQ(img, nullptr) << *bytes;
        if (img) g_object_unref(img);
        vips_error_clear();
    }
    const std::string jpeg = Jpeg(Gradient(16, 16));
    EXPECT_TRUE(Decode(jpeg));
}

TEST_F(PhotoPipelineTest, EmptyAndTooLarge) {
    EXPECT_EQ(ProcessPhoto("").error, PhotoError::Empty);
    std::string big(11u << 20, '\0');
    big[0] = '\xFF', big[1] = '\xD8', big[2] = '\xFF';
    auto t0 = std::chrono::steady_clock::now();
    EXPECT_EQ(ProcessPhoto(big).error, PhotoError::TooLarge);
    EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::milliseconds(50));
    // The limit is the caller's.
    const std::string jpeg = Jpeg(Gradient(100, 100));
    PhotoLimits small;
    small.max_bytes = jpeg.size() - 1;
    EXPECT_EQ(ProcessPhoto(jpeg, small).error, PhotoError::TooLarge);
    small.max_bytes = jpeg.size();
    EXPECT_EQ(ProcessPhoto(jpeg, small).error, PhotoError::None);
}

TEST_F(PhotoPipelineTest, TruncatedOrBrokenFilesAreCorrupt) {
    const std::string jpeg = Jpeg(Gradient(800, 600));
    EXPECT_EQ(ProcessPhoto(jpeg.substr(0, jpeg.size() / 2)).error, PhotoError::Corrupt);
    const std::string png = Png(Gradient(800, 600));
    EXPECT_EQ(ProcessPhoto(png.substr(0, png.size() / 2)).error, PhotoError::Corrupt);
    const std::string webp = Webp(Gradient(800, 600));
    EXPECT_EQ(ProcessPhoto(webp.substr(0, webp.size() / 2)).error, PhotoError::Corrupt);
    EXPECT_EQ(ProcessPhoto("\xFF\xD8\xFF\xE0 this is no jpeg at all"s).error, PhotoError::Corrupt);
    EXPECT_EQ(ProcessPhoto("\x89PNG\r\n\x1A\n garbage"s).error, PhotoError::Corrupt);
}

TEST_F(PhotoPipelineTest, PolyglotPayloadAfterEoiIsNotCarriedOver) {
    const std::string polyglot = Jpeg(Gradient(300, 200)) + "<html><script>alert(1)</script></html>";
    PhotoResult r = ProcessPhoto(polyglot);
    ASSERT_EQ(r.error, PhotoError::None);
    for (const std::string* o : Outputs(r.photo)) {
        EXPECT_FALSE(Contains(*o, "<script"));
        EXPECT_FALSE(Contains(*o, "alert(1)"));
    }
}

TEST_F(PhotoPipelineTest, PolyglotPayloadInCommentSegmentIsNotCarriedOver) {
    const std::string jpeg = Jpeg(Gradient(300, 200));
    const std::string payload = "<html><script>alert(1)</script></html>";
    const size_t len = payload.size() + 2;
    const std::string com = "\xFF\xFE"s + char(len >> 8) + char(len & 0xFF) + payload;
    const std::string polyglot = jpeg.substr(0, 2) + com + jpeg.substr(2);  // right after SOI
    ASSERT_TRUE(Contains(polyglot, "<script"));
    PhotoResult r = ProcessPhoto(polyglot);
    ASSERT_EQ(r.error, PhotoError::None);
    for (const std::string* o : Outputs(r.photo)) {
        EXPECT_FALSE(Contains(*o, "<script"));
        EXPECT_FALSE(Contains(*o, "alert(1)"));
    }
}

TEST_F(PhotoPipelineTest, MangledInputsNeverCrashOrThrow) {
    const std::string jpeg = Jpeg(Gradient(160, 120));
    std::mt19937 rng(12345);
    for (int i = 0; i < 60; ++i) {
        std::string m = jpeg;
        for (int k = 0; k < 8; ++k) m[3 + rng() % (m.size() - 3)] = char(rng());
        PhotoResult r = ProcessPhoto(m);
        EXPECT_TRUE(r.error == PhotoError::None || r.error == PhotoError::Corrupt) << PhotoErrorName(r.error);
        if (r.error != PhotoError::None) {
            EXPECT_TRUE(r.photo.display_jpeg.empty());
        }
    }
}

// ---- 4. pixel limit from the header

TEST_F(PhotoPipelineTest, HugePngHeaderIsRejectedBeforeDecoding) {
    const std::string png = PngHeaderOnly(60000, 60000);
    ASSERT_LT(png.size(), 100u);
    auto t0 = std::chrono::steady_clock::now();
    PhotoResult r = ProcessPhoto(png);
    auto elapsed = std::chrono::steady_clock::now() - t0;
    EXPECT_EQ(r.error, PhotoError::TooManyPixels);
    EXPECT_LT(elapsed, std::chrono::milliseconds(200));
}

TEST_F(PhotoPipelineTest, PixelLimitIsTheCallers) {
    const std::string jpeg = Jpeg(Gradient(400, 300));
    PhotoLimits limits;
    limits.max_pixels = 400 * 300 - 1;
    EXPECT_EQ(ProcessPhoto(jpeg, limits).error, PhotoError::TooManyPixels);
    limits.max_pixels = 400 * 300;
    EXPECT_EQ(ProcessPhoto(jpeg, limits).error, PhotoError::None);
}

TEST_F(PhotoPipelineTest, HeaderChecksAloneDecideWhatProcessPhotoRefusesFirst) {
    const std::string jpeg = Jpeg(Gradient(40, 30)), png = Png(Gradient(40, 30)), webp = Webp(Gradient(40, 30));
    EXPECT_EQ(SniffPhotoFormat(jpeg), PhotoFormat::Jpeg);
    EXPECT_EQ(SniffPhotoFormat(png), PhotoFormat::Png);
    EXPECT_EQ(SniffPhotoFormat(webp), PhotoFormat::Webp);
    EXPECT_EQ(SniffPhotoFormat("\xFF\xD8"s), PhotoFormat::Unknown);
    EXPECT_EQ(SniffPhotoFormat("RIFF\x24\x00\x00\x00WAVEfmt "s), PhotoFormat::Unknown);
    for (const std::string* ok : {&jpeg, &png, &webp}) EXPECT_EQ(CheckPhotoHeader(*ok), PhotoError::None);
    EXPECT_EQ(CheckPhotoHeader(""), PhotoError::Empty);
    EXPECT_EQ(CheckPhotoHeader("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"), PhotoError::NotAnImage);
    EXPECT_EQ(CheckPhotoHeader(PngHeaderOnly(60000, 60000)), PhotoError::TooManyPixels);
    EXPECT_NE(CheckPhotoHeader(jpeg.substr(0, 3)), PhotoError::None);  // the magic number and no header
    EXPECT_NE(CheckPhotoHeader(png.substr(0, 20)), PhotoError::None);
    PhotoLimits limits;
    limits.max_pixels = 40 * 30 - 1;
    EXPECT_EQ(CheckPhotoHeader(jpeg, limits), PhotoError::TooManyPixels);
    limits.max_bytes = 10;
    EXPECT_EQ(CheckPhotoHeader(jpeg, limits), PhotoError::TooLarge);
}

// ---- 5. sizes and formats

TEST_F(PhotoPipelineTest, LargePhotoFitsDisplayAndThumbBoxes) {
    PhotoResult r = ProcessPhoto(Jpeg(Gradient(4000, 3000)));
    ASSERT_EQ(r.error, PhotoError::None);
    EXPECT_EQ(r.photo.width, 1200);
    EXPECT_EQ(r.photo.height, 900);
    EXPECT_TRUE(IsJpeg(r.photo.display_jpeg));
    EXPECT_TRUE(IsJpeg(r.photo.thumb_jpeg));
    EXPECT_TRUE(IsWebp(r.photo.display_webp));
    EXPECT_TRUE(IsWebp(r.photo.thumb_webp));
    for (const std::string* o : {&r.photo.display_webp, &r.photo.display_jpeg}) {
        Image d = Decode(*o);
        ASSERT_TRUE(d);
        EXPECT_EQ(vips_image_get_width(d.get()), 1200);
        EXPECT_EQ(vips_image_get_height(d.get()), 900);
        EXPECT_EQ(vips_image_get_bands(d.get()), 3);
    }
    for (const std::string* o : {&r.photo.thumb_webp, &r.photo.thumb_jpeg}) {
        Image d = Decode(*o);
        ASSERT_TRUE(d);
        EXPECT_EQ(vips_image_get_width(d.get()), 320);
        EXPECT_EQ(vips_image_get_height(d.get()), 240);
    }
    // Progressive JPEG (SOF2 marker).
    EXPECT_TRUE(Contains(r.photo.display_jpeg, "\xFF\xC2"s));
}

TEST_F(PhotoPipelineTest, PortraitFitsByHeight) {
    PhotoResult r = ProcessPhoto(Png(Gradient(1500, 3000)));
    ASSERT_EQ(r.error, PhotoError::None);
    EXPECT_EQ(r.photo.width, 600);
    EXPECT_EQ(r.photo.height, 1200);
    Image t = Decode(r.photo.thumb_jpeg);
    ASSERT_TRUE(t);
    EXPECT_EQ(vips_image_get_width(t.get()), 160);
    EXPECT_EQ(vips_image_get_height(t.get()), 320);
}

TEST_F(PhotoPipelineTest, SmallPhotoIsNeverEnlarged) {
    PhotoResult r = ProcessPhoto(Jpeg(Gradient(200, 100)));
    ASSERT_EQ(r.error, PhotoError::None);
    EXPECT_EQ(r.photo.width, 200);
    EXPECT_EQ(r.photo.height, 100);
    Image t = Decode(r.photo.thumb_webp);
    ASSERT_TRUE(t);
    EXPECT_EQ(vips_image_get_width(t.get()), 200);
    EXPECT_EQ(vips_image_get_height(t.get()), 100);
}

TEST_F(PhotoPipelineTest, AcceptsPngAndWebpInput) {
    for (const std::string& input : {Png(Gradient(500, 400)), Webp(Gradient(500, 400))}) {
        PhotoResult r = ProcessPhoto(input);
        ASSERT_EQ(r.error, PhotoError::None);
        EXPECT_EQ(r.photo.width, 500);
        EXPECT_EQ(r.photo.height, 400);
        EXPECT_TRUE(IsJpeg(r.photo.display_jpeg));
        EXPECT_TRUE(IsWebp(r.photo.display_webp));
    }
}

TEST_F(PhotoPipelineTest, TransparentLogoKeepsAlphaInWebpAndIsFlattenedOnWhiteInJpeg) {
    VipsImage* out = nullptr;
    Image rgba = Gradient(200, 200, 4);
    // Clear the alpha of the top-left quarter.
    Image clear = Must(vips_copy(rgba.get(), &out, nullptr), &out);
    double ink[] = {0, 0, 0, 0};
    ASSERT_EQ(vips_draw_rect(clear.get(), ink, 4, 0, 0, 100, 100, "fill", TRUE, nullptr), 0);
    PhotoResult r = ProcessPhoto(Png(clear));
    ASSERT_EQ(r.error, PhotoError::None);
    Image webp = Decode(r.photo.display_webp);
    ASSERT_TRUE(webp);
    EXPECT_EQ(vips_image_get_bands(webp.get()), 4);
    Image jpeg = Decode(r.photo.display_jpeg);
    ASSERT_TRUE(jpeg);
    EXPECT_EQ(vips_image_get_bands(jpeg.get()), 3);
    double* px = nullptr;
    int n = 0;
    ASSERT_EQ(vips_getpoint(jpeg.get(), &px, &n, 10, 10, nullptr), 0);
    ASSERT_EQ(n, 3);
    for (int i = 0; i < 3; ++i) EXPECT_GE(px[i], 245) << "band " << i;
    g_free(px);
}

TEST_F(PhotoPipelineTest, GreyscaleSixteenBitAndCmykBecomeEightBitSrgb) {
    VipsImage* out = nullptr;
    Image rgb = Gradient(300, 200);
    Image grey = Must(vips_colourspace(rgb.get(), &out, VIPS_INTERPRETATION_B_W, nullptr), &out);
    Image rgb16 = Must(vips_colourspace(rgb.get(), &out, VIPS_INTERPRETATION_RGB16, nullptr), &out);
    Image cmyk = Must(vips_colourspace(rgb.get(), &out, VIPS_INTERPRETATION_CMYK, nullptr), &out);
    for (const std::string& input : {Jpeg(grey), Png(rgb16), Jpeg(cmyk)}) {
        PhotoResult r = ProcessPhoto(input);
        ASSERT_EQ(r.error, PhotoError::None);
        for (const std::string* o : Outputs(r.photo)) {
            Image d = Decode(*o);
            ASSERT_TRUE(d);
            EXPECT_EQ(vips_image_get_format(d.get()), VIPS_FORMAT_UCHAR);
            EXPECT_EQ(vips_image_get_width(d.get()) * 2, vips_image_get_height(d.get()) * 3);
        }
    }
}

// ---- concurrency limit

TEST_F(PhotoPipelineTest, LimiterProcessesConcurrentCallsCorrectly) {
    PhotoProcessingLimiter limiter(2);
    const std::string jpeg = Jpeg(Gradient(1600, 1200));
    std::atomic<int> ok{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 4; ++i) {
        threads.emplace_back([&] {
            if (limiter.Process(jpeg).error == PhotoError::None) ++ok;
        });
    }
    for (auto& t : threads) t.join();
    EXPECT_EQ(ok.load(), 4);
    auto r = limiter.TryProcessFor(jpeg, std::chrono::milliseconds(100));
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->error, PhotoError::None);
}

TEST_F(PhotoPipelineTest, LimiterTryReportsBusyWhenNoSlotComesFree) {
    PhotoProcessingLimiter limiter(1);
    const std::string big = Jpeg(Gradient(4000, 3000));
    std::atomic<bool> started{false};
    std::thread holder([&] {
        started = true;
        limiter.Process(big);
    });
    while (!started) std::this_thread::yield();
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    // The holder needs far more than 1 ms for 12 MP; if it somehow finished first we still get a result.
    auto r = limiter.TryProcessFor("", std::chrono::milliseconds(1));
    holder.join();
    if (r.has_value()) {
        EXPECT_EQ(r->error, PhotoError::Empty);
    }
    auto after = limiter.TryProcessFor("", std::chrono::milliseconds(1));
    ASSERT_TRUE(after.has_value());
    EXPECT_EQ(after->error, PhotoError::Empty);
}

// ---- 6. store

class PhotoStoreTest : public PhotoPipelineTest {
  protected:
    void SetUp() override {
        char tmpl[] = "/tmp/ejob-photo-store-XXXXXX";
        ASSERT_NE(mkdtemp(tmpl), nullptr);
        root_ = tmpl;
        dir_ = root_ + "/media/photos";  // not there yet: Save creates it
    }
    void TearDown() override {
        std::error_code ec;
        fs::remove_all(root_, ec);
    }
    static std::string ReadFile(const std::string& path) {
        std::ifstream in(path, std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), {});
    }
    std::string root_, dir_;
};

TEST_F(PhotoStoreTest, SaveWritesFourFilesUnderRandomStemsAndRemoveDeletesThem) {
    PhotoResult r = ProcessPhoto(Jpeg(Gradient(640, 480)));
    ASSERT_EQ(r.error, PhotoError::None);
    PhotoStore store(dir_);
    const std::string a = store.Save(r.photo);
    const std::string b = store.Save(r.photo);
    ASSERT_TRUE(PhotoStore::IsValidStem(a)) << a;
    ASSERT_TRUE(PhotoStore::IsValidStem(b)) << b;
    EXPECT_NE(a, b);

    EXPECT_EQ(ReadFile(dir_ + "/" + a + "-display.webp"), r.photo.display_webp);
    EXPECT_EQ(ReadFile(dir_ + "/" + a + "-display.jpg"), r.photo.display_jpeg);
    EXPECT_EQ(ReadFile(dir_ + "/" + a + "-thumb.webp"), r.photo.thumb_webp);
    EXPECT_EQ(ReadFile(dir_ + "/" + a + "-thumb.jpg"), r.photo.thumb_jpeg);
    EXPECT_EQ(store.PathOf(a, "thumb.jpg"), dir_ + "/" + a + "-thumb.jpg");

    std::set<std::string> names;
    for (const auto& e : fs::directory_iterator(dir_)) names.insert(e.path().filename().string());
    EXPECT_EQ(names.size(), 8u) << "no temporary files are left behind";

    store.Remove(a);
    for (std::string_view v : PhotoStore::kVariants) EXPECT_FALSE(fs::exists(store.PathOf(a, v))) << v;
    for (std::string_view v : PhotoStore::kVariants) EXPECT_TRUE(fs::exists(store.PathOf(b, v))) << v;
    store.Remove(a);  // already gone: ignored
    fs::remove(store.PathOf(b, "thumb.webp"));
    store.Remove(b);  // one missing file: the rest still go
    EXPECT_TRUE(fs::is_empty(dir_));
}

TEST_F(PhotoStoreTest, RenameMovesEveryVariantOnceAndKeepsTheFileTimes) {
    PhotoResult r = ProcessPhoto(Jpeg(Gradient(320, 240)));
    ASSERT_EQ(r.error, PhotoError::None);
    PhotoStore store(dir_);
    const std::string old_stem = store.Save(r.photo);
    auto written = fs::last_write_time(store.PathOf(old_stem, "display.webp"));
    const std::string fresh = store.Rename(old_stem);
    ASSERT_TRUE(PhotoStore::IsValidStem(fresh)) << fresh;
    EXPECT_NE(fresh, old_stem);
    for (std::string_view v : PhotoStore::kVariants) {
        EXPECT_FALSE(fs::exists(store.PathOf(old_stem, v))) << v;
        EXPECT_TRUE(fs::exists(store.PathOf(fresh, v))) << v;
    }
    EXPECT_EQ(ReadFile(store.PathOf(fresh, "thumb.webp")), r.photo.thumb_webp);
    EXPECT_EQ(fs::last_write_time(store.PathOf(fresh, "display.webp")), written) << "the sweep still sees its age";
    EXPECT_EQ(store.Rename(old_stem), "") << "a stem can be taken once";
    EXPECT_EQ(store.Rename("../etc"), "");
}

TEST_F(PhotoStoreTest, RefusesInvalidStemsAndVariants) {
    for (std::string_view bad : {"../x", "", "abc/def", "0123456789abcdef0123456789abcde",
                                 "0123456789abcdef0123456789abcdef0", "0123456789ABCDEF0123456789ABCDEF",
                                 "../../../../../../etc/passwd....", "0123456789abcdef0123456789abcde\0"}) {
        EXPECT_FALSE(PhotoStore::IsValidStem(bad)) << bad;
    }
    EXPECT_TRUE(PhotoStore::IsValidStem("0123456789abcdef0123456789abcdef"));
    PhotoStore store(dir_);
    EXPECT_EQ(store.PathOf("../x", "display.jpg"), "");
    EXPECT_EQ(store.PathOf("0123456789abcdef0123456789abcdef", "../../etc/passwd"), "");
    EXPECT_EQ(store.PathOf("0123456789abcdef0123456789abcdef", "display.png"), "");
    store.Remove("../x");  // no effect, no crash
    EXPECT_EQ(store.Save(ProcessedPhoto{}), "") << "an empty photo is not saved";
}

}  // namespace
}  // namespace ejob::media
