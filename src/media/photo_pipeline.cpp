#include "media/photo_pipeline.hpp"

#include <vips/vips.h>

#include <fcntl.h>
#include <sys/random.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <vector>

namespace ejob::media {
namespace {

// ---- small RAII wrappers over the libvips C API

struct ObjectUnref {
    void operator()(gpointer p) const {
        if (p) g_object_unref(p);
    }
};
using Image = std::unique_ptr<VipsImage, ObjectUnref>;

struct GFree {
    void operator()(void* p) const { g_free(p); }
};
using GBuffer = std::unique_ptr<void, GFree>;

struct AreaUnref {
    void operator()(VipsArrayDouble* a) const {
        if (a) vips_area_unref(VIPS_AREA(a));
    }
};
using DoubleArray = std::unique_ptr<VipsArrayDouble, AreaUnref>;

// Thrown inside this file only, caught by ProcessPhoto: a pipeline step failed with the given error.
struct StepFailed {
    PhotoError error;
};

[[noreturn]] void Fail(PhotoError e) {
    vips_error_clear();  // the message is of no use to the caller; keep libvips' global buffer short
    throw StepFailed{e};
}

// Takes the result of a libvips call "int f(..., VipsImage** out, ...)"; non-zero means failure. `out` is passed by
// address so that it is read after the call (the order in which arguments are evaluated is unspecified).
Image Checked(int rc, VipsImage** out, PhotoError on_error = PhotoError::Corrupt) {
    Image img(*out);
    *out = nullptr;
    if (rc != 0 || !img) Fail(on_error);
    return img;
}

// ---- format detection: our own magic bytes and libvips' loader must agree

using Format = PhotoFormat;

const char* ExpectedLoader(Format f) {
    switch (f) {
        case Format::Jpeg:
            return "VipsForeignLoadJpegBuffer";
        case Format::Png:
            return "VipsForeignLoadPngBuffer";
        case Format::Webp:
            return "VipsForeignLoadWebpBuffer";
        case Format::Unknown:
            break;
    }
    return nullptr;
}

// Opens the image lazily (header only: sequential access decodes nothing until pixels are asked for).
Image LoadHeader(Format f, std::string_view bytes) {
    void* data = const_cast<char*>(bytes.data());  // libvips does not write to the buffer
    VipsImage* out = nullptr;
    int rc = -1;
    switch (f) {
        case Format::Jpeg:
            rc = vips_jpegload_buffer(data, bytes.size(), &out, "access", VIPS_ACCESS_SEQUENTIAL, "fail_on",
                                      VIPS_FAIL_ON_TRUNCATED, nullptr);
            break;
        case Format::Png:
            rc = vips_pngload_buffer(data, bytes.size(), &out, "access", VIPS_ACCESS_SEQUENTIAL, "fail_on",
                                     VIPS_FAIL_ON_TRUNCATED, nullptr);
            break;
        case Format::Webp:
            rc = vips_webpload_buffer(data, bytes.size(), &out, "access", VIPS_ACCESS_SEQUENTIAL, "fail_on",
                                      VIPS_FAIL_ON_TRUNCATED, nullptr);
            break;
        case Format::Unknown:
            break;
    }
    return Checked(rc, &out);
}

// ---- pixel steps

// To 8-bit sRGB (3 bands, or 4 with alpha). An embedded ICC profile is applied (then dropped with the rest of the
// metadata); a broken profile is ignored rather than failing the upload.
Image ToSrgb8(Image img) {
    if (vips_image_get_typeof(img.get(), VIPS_META_ICC_NAME)) {
        VipsImage* out = nullptr;
        if (vips_icc_transform(img.get(), &out, "srgb", "embedded", TRUE, "intent", VIPS_INTENT_PERCEPTUAL, "depth", 8,
                               nullptr) == 0 &&
            out) {
            img.reset(out);
        } else {
            if (out) g_object_unref(out);
            vips_error_clear();
        }
    }
    if (vips_image_guess_interpretation(img.get()) != VIPS_INTERPRETATION_sRGB) {
        VipsImage* out = nullptr;
        img = Checked(vips_colourspace(img.get(), &out, VIPS_INTERPRETATION_sRGB, nullptr), &out);
    }
    if (img->BandFmt != VIPS_FORMAT_UCHAR) {
        VipsImage* out = nullptr;
        img = Checked(vips_cast_uchar(img.get(), &out, nullptr), &out);
    }
    if (img->Bands != 3 && img->Bands != 4) Fail(PhotoError::Corrupt);
    return img;
}

// Removes every metadata field (exif-*, xmp-data, iptc-data, icc-profile-data, orientation, jpeg-thumbnail-data,
// comments, png text chunks, gain maps…). Built-in header fields (width, bands…) are not metadata and stay.
// Works on a fresh copy so that an image another reference may share is never modified.
Image WithoutMetadata(const Image& img) {
    VipsImage* out = nullptr;
    Image copy = Checked(vips_copy(img.get(), &out, nullptr), &out);
    gchar** fields = vips_image_get_fields(copy.get());
    for (gchar** f = fields; f && *f; ++f) vips_image_remove(copy.get(), *f);
    g_strfreev(fields);
    return copy;
}

Image CopyToMemory(const Image& img) {
    VipsImage* mem = vips_image_copy_memory(img.get());
    if (!mem) Fail(PhotoError::Corrupt);  // a truncated or undecodable file fails here, when pixels are read
    return Image(mem);
}

// Shrinks to fit a size × size box; never enlarges.
Image FitWithin(const Image& img, int size) {
    VipsImage* out = nullptr;
    return Checked(
        vips_thumbnail_image(img.get(), &out, size, "height", size, "size", VIPS_SIZE_DOWN, "no_rotate", TRUE, nullptr),
        &out);
}

std::string TakeBuffer(void* buf, size_t len) {
    GBuffer owned(buf);
    return std::string(static_cast<const char*>(buf), len);
}

uint32_t ReadLe32(std::string_view b, size_t at) {
    return uint32_t(uint8_t(b[at])) | uint32_t(uint8_t(b[at + 1])) << 8 | uint32_t(uint8_t(b[at + 2])) << 16 |
           uint32_t(uint8_t(b[at + 3])) << 24;
}

void AppendLe32(std::string& out, uint32_t v) {
    for (int i = 0; i < 4; ++i) out += char((v >> (8 * i)) & 0xFF);
}

// libvips 8.14's webpsave ignores strip=TRUE and always muxes in an EXIF chunk, which it synthesizes (resolution,
// dimensions, orientation) even when the image has no metadata left. So the WebP container is rewritten here without
// its EXIF, XMP and ICCP chunks, and the VP8X flags are cleared to match; an extended header left with nothing to
// describe is dropped (simple format). Returns nullopt if `webp` is not a well-formed RIFF/WebP file.
std::optional<std::string> WithoutWebpMetadataChunks(std::string_view webp) {
    if (webp.size() < 12 || webp.substr(0, 4) != "RIFF" || webp.substr(8, 4) != "WEBP") return std::nullopt;
    if (ReadLe32(webp, 4) != webp.size() - 8) return std::nullopt;
    struct Chunk {
        std::string_view fourcc;
        std::string_view whole;  // header + payload + padding
    };
    std::vector<Chunk> kept;
    for (size_t at = 12; at < webp.size();) {
        if (webp.size() - at < 8) return std::nullopt;
        const uint32_t size = ReadLe32(webp, at + 4);
        const size_t whole = 8 + size_t(size) + (size & 1);
        if (whole > webp.size() - at) return std::nullopt;
        std::string_view fourcc = webp.substr(at, 4);
        if (fourcc != "EXIF" && fourcc != "XMP " && fourcc != "ICCP") kept.push_back({fourcc, webp.substr(at, whole)});
        at += whole;
    }
    if (kept.empty()) return std::nullopt;

    std::string vp8x;
    if (kept.front().fourcc == "VP8X") {
        if (kept.front().whole.size() < 18) return std::nullopt;
        vp8x = std::string(kept.front().whole);
        vp8x[8] = char(uint8_t(vp8x[8]) & ~(0x20 | 0x08 | 0x04));  // ICC, EXIF, XMP flags
        kept.erase(kept.begin());
        // Nothing left for the extended header to say (no alpha, no animation) and one bitstream chunk: simple WebP.
        if (uint8_t(vp8x[8]) == 0 && kept.size() == 1 && (kept[0].fourcc == "VP8 " || kept[0].fourcc == "VP8L")) {
            vp8x.clear();
        }
    }
    std::string body = "WEBP" + vp8x;
    for (const Chunk& c : kept) body += c.whole;
    std::string out = "RIFF";
    AppendLe32(out, uint32_t(body.size()));
    return out + body;
}

std::string EncodeWebp(const Image& img) {
    void* buf = nullptr;
    size_t len = 0;
    if (vips_webpsave_buffer(img.get(), &buf, &len, "Q", 80, "strip", TRUE, nullptr) != 0 || !buf) {
        g_free(buf);
        Fail(PhotoError::Corrupt);
    }
    std::optional<std::string> clean = WithoutWebpMetadataChunks(TakeBuffer(buf, len));
    if (!clean) Fail(PhotoError::Corrupt);
    return std::move(*clean);
}

std::string EncodeJpeg(const Image& img) {
    Image opaque;
    const Image* src = &img;
    if (img->Bands == 4) {  // JPEG has no alpha: flatten onto white
        DoubleArray white(vips_array_double_newv(3, 255.0, 255.0, 255.0));
        VipsImage* out = nullptr;
        Image flat = Checked(vips_flatten(img.get(), &out, "background", white.get(), nullptr), &out);
        out = nullptr;
        opaque = Checked(vips_cast_uchar(flat.get(), &out, nullptr), &out);
        src = &opaque;
    }
    void* buf = nullptr;
    size_t len = 0;
    if (vips_jpegsave_buffer(src->get(), &buf, &len, "Q", 82, "interlace", TRUE, "optimize_coding", TRUE, "strip", TRUE,
                             nullptr) != 0 ||
        !buf) {
        g_free(buf);
        Fail(PhotoError::Corrupt);
    }
    return TakeBuffer(buf, len);
}

// The checks before any pixel is decoded; throws StepFailed when the header cannot be read.
PhotoError CheckHeader(std::string_view bytes, const PhotoLimits& limits) {
    if (bytes.empty()) return PhotoError::Empty;
    if (bytes.size() > limits.max_bytes) return PhotoError::TooLarge;

    // Allow-list: our magic bytes first (an HTML file named .jpg stops here), then libvips' own choice of loader
    // must be the one we expect (never PDF, SVG, GIF, HEIF, TIFF, ImageMagick…).
    const Format format = SniffPhotoFormat(bytes);
    if (format == Format::Unknown) return PhotoError::NotAnImage;
    InitVips();
    const char* loader = vips_foreign_find_load_buffer(bytes.data(), bytes.size());
    if (!loader || std::strcmp(loader, ExpectedLoader(format)) != 0) {
        vips_error_clear();
        return PhotoError::NotAnImage;
    }

    // Pixel limit from the header, before any pixel is decoded.
    Image header = LoadHeader(format, bytes);
    const int w = vips_image_get_width(header.get()), h = vips_image_get_height(header.get());
    if (w <= 0 || h <= 0) return PhotoError::Corrupt;
    if (uint64_t(w) * uint64_t(h) > limits.max_pixels) return PhotoError::TooManyPixels;
    return PhotoError::None;
}

PhotoResult Process(std::string_view bytes, const PhotoLimits& limits) {
    if (PhotoError e = CheckHeader(bytes, limits); e != PhotoError::None) return {e, {}};

    // Decode (with shrink-on-load where the format has it), autorotate, shrink to the display size.
    VipsImage* out = nullptr;
    Image display =
        Checked(vips_thumbnail_buffer(const_cast<char*>(bytes.data()), bytes.size(), &out, limits.display_size,
                                      "height", limits.display_size, "size", VIPS_SIZE_DOWN, "crop",
                                      limits.square ? VIPS_INTERESTING_ATTENTION : VIPS_INTERESTING_NONE,
                                      // thumbnail's own "fail_on" does not reach the loader in 8.14; this does.
                                      "option_string", "fail_on=truncated", nullptr),
                &out);
    display = ToSrgb8(std::move(display));
    display = CopyToMemory(WithoutMetadata(display));  // decode once; both encoders and the thumbnail read this
    if (limits.square) {
        PhotoResult r;
        r.photo.width = display->Xsize;
        r.photo.height = display->Ysize;
        r.photo.display_jpeg = EncodeJpeg(display);
        return r;
    }

    Image thumb = CopyToMemory(WithoutMetadata(FitWithin(display, limits.thumb_size)));

    PhotoResult r;
    r.photo.width = display->Xsize;
    r.photo.height = display->Ysize;
    r.photo.display_webp = EncodeWebp(display);
    r.photo.display_jpeg = EncodeJpeg(display);
    r.photo.thumb_webp = EncodeWebp(thumb);
    r.photo.thumb_jpeg = EncodeJpeg(thumb);
    return r;
}

// ---- files

bool RandomStem(std::string& stem) {
    unsigned char raw[16];
    size_t got = 0;
    while (got < sizeof raw) {
        ssize_t n = getrandom(raw + got, sizeof raw - got, 0);
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        got += size_t(n);
    }
    static constexpr char kHex[] = "0123456789abcdef";
    stem.clear();
    for (unsigned char c : raw) {
        stem += kHex[c >> 4];
        stem += kHex[c & 15];
    }
    return true;
}

bool WriteAll(int fd, std::string_view data) {
    while (!data.empty()) {
        ssize_t n = ::write(fd, data.data(), data.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        data.remove_prefix(size_t(n));
    }
    return true;
}

// Writes `data` to `path` atomically: a temporary file in the same directory, fsync, rename.
bool WriteFileAtomically(const std::string& path, std::string_view data) {
    const std::string tmp = path + ".tmp";
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (fd < 0) return false;
    bool ok = WriteAll(fd, data) && ::fsync(fd) == 0;
    ok = (::close(fd) == 0) && ok;
    if (ok && ::rename(tmp.c_str(), path.c_str()) == 0) return true;
    ::unlink(tmp.c_str());
    return false;
}

void SyncDirectory(const std::string& dir) {
    int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

}  // namespace

std::string_view PhotoErrorName(PhotoError e) {
    switch (e) {
        case PhotoError::None:
            return "none";
        case PhotoError::Empty:
            return "empty";
        case PhotoError::TooLarge:
            return "too_large";
        case PhotoError::TooManyPixels:
            return "too_many_pixels";
        case PhotoError::NotAnImage:
            return "not_an_image";
        case PhotoError::Corrupt:
            return "corrupt";
    }
    return "unknown";
}

void InitVips() {
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] {
        if (VIPS_INIT("ejob") != 0) return;
        // A bad upload can make a loader log hundreds of warnings; it is answered with an error value instead.
        // (libvips does the same when VIPS_WARNING is set in the environment.)
        g_log_set_handler(
            "VIPS", G_LOG_LEVEL_WARNING, [](const gchar*, GLogLevelFlags, const gchar*, gpointer) {}, nullptr);
        // Only three loaders may ever run in this process, and nothing libvips marks as unsafe for untrusted input.
        vips_block_untrusted_set(TRUE);
        vips_operation_block_set("VipsForeignLoad", TRUE);
        vips_operation_block_set("VipsForeignLoadJpeg", FALSE);
        vips_operation_block_set("VipsForeignLoadPng", FALSE);
        vips_operation_block_set("VipsForeignLoadWebp", FALSE);
        // No operation cache: every upload is new, and a cached operation could outlive the caller's buffer.
        vips_cache_set_max(0);
        vips_cache_set_max_mem(0);
        vips_cache_set_max_files(0);
        // One worker thread per operation; PhotoProcessingLimiter bounds how many run at once.
        vips_concurrency_set(1);
        ok = true;
    });
    if (!ok) throw std::runtime_error("libvips failed to start");
}

PhotoFormat SniffPhotoFormat(std::string_view b) {
    static constexpr unsigned char kPng[] = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    auto u = [&](size_t i) { return static_cast<unsigned char>(b[i]); };
    if (b.size() >= 3 && u(0) == 0xFF && u(1) == 0xD8 && u(2) == 0xFF) return PhotoFormat::Jpeg;
    if (b.size() >= 8 && std::memcmp(b.data(), kPng, 8) == 0) return PhotoFormat::Png;
    if (b.size() >= 12 && b.substr(0, 4) == "RIFF" && b.substr(8, 4) == "WEBP") return PhotoFormat::Webp;
    return PhotoFormat::Unknown;
}

PhotoError CheckPhotoHeader(std::string_view bytes, const PhotoLimits& limits) noexcept {
    try {
        return CheckHeader(bytes, limits);
    } catch (const StepFailed& f) {
        return f.error;
    } catch (...) {
        vips_error_clear();
        return PhotoError::Corrupt;
    }
}

PhotoResult ProcessPhoto(std::string_view bytes, const PhotoLimits& limits) noexcept {
    try {
        return Process(bytes, limits);
    } catch (const StepFailed& f) {
        return {f.error, {}};
    } catch (...) {  // out of memory, or libvips failed to start: the photo could not be processed
        vips_error_clear();
        return {PhotoError::Corrupt, {}};
    }
}

// ---- PhotoProcessingLimiter

PhotoProcessingLimiter::PhotoProcessingLimiter(int slots)
    : slots_(slots < 1 ? 1 : (slots > kMaxSlots ? kMaxSlots : slots)) {}

PhotoResult PhotoProcessingLimiter::Process(std::string_view bytes, const PhotoLimits& limits) {
    slots_.acquire();
    PhotoResult r = ProcessPhoto(bytes, limits);  // noexcept: the slot is always given back
    slots_.release();
    return r;
}

std::optional<PhotoResult> PhotoProcessingLimiter::TryProcessFor(std::string_view bytes, std::chrono::milliseconds wait,
                                                                 const PhotoLimits& limits) {
    if (!slots_.try_acquire_for(wait)) return std::nullopt;
    PhotoResult r = ProcessPhoto(bytes, limits);
    slots_.release();
    return r;
}

// ---- PhotoStore

PhotoStore::PhotoStore(std::string dir) : dir_(std::move(dir)) {}

bool PhotoStore::IsValidStem(std::string_view stem) {
    if (stem.size() != 32) return false;
    for (char c : stem) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    }
    return true;
}

std::string PhotoStore::PathOf(std::string_view stem, std::string_view variant) const {
    if (!IsValidStem(stem)) return {};
    for (std::string_view v : kVariants) {
        if (v == variant) return dir_ + "/" + std::string(stem) + "-" + std::string(variant);
    }
    return {};
}

std::string PhotoStore::Save(const ProcessedPhoto& photo) {
    const std::string_view contents[] = {photo.display_webp, photo.display_jpeg, photo.thumb_webp, photo.thumb_jpeg};
    for (std::string_view c : contents) {
        if (c.empty()) return {};
    }
    std::error_code ec;
    std::filesystem::create_directories(dir_, ec);
    if (ec) return {};
    std::string stem;
    if (!RandomStem(stem)) return {};
    for (size_t i = 0; i < std::size(kVariants); ++i) {
        if (!WriteFileAtomically(PathOf(stem, kVariants[i]), contents[i])) {
            Remove(stem);
            return {};
        }
    }
    SyncDirectory(dir_);
    return stem;
}

void PhotoStore::Remove(std::string_view stem) {
    if (!IsValidStem(stem)) return;
    for (std::string_view v : kVariants) {
        ::unlink(PathOf(stem, v).c_str());  // ENOENT is fine
    }
}

std::string PhotoStore::Rename(std::string_view stem) {
    if (!IsValidStem(stem)) return {};
    std::string fresh;
    if (!RandomStem(fresh)) return {};
    // The first variant decides who owns the photo: rename(2) of one path succeeds for one caller only.
    for (size_t i = 0; i < std::size(kVariants); ++i) {
        if (::rename(PathOf(stem, kVariants[i]).c_str(), PathOf(fresh, kVariants[i]).c_str()) != 0) {
            if (i == 0) return {};
            Remove(fresh);  // a variant went missing: the photo is incomplete
            Remove(stem);
            return {};
        }
    }
    SyncDirectory(dir_);
    return fresh;
}

}  // namespace ejob::media
