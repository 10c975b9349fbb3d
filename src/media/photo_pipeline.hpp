#pragma once
// Photo pipeline (libvips): untrusted upload bytes → re-encoded, metadata-free WebP + JPEG in two sizes, and a
// directory store for the results. Used for resume photos, services-ad photos and company logos.
//
// Pure of HTTP and SQL. Errors are values: ProcessPhoto never throws. Every upload is decoded by one of three
// allow-listed libvips loaders (JPEG, PNG, WebP), size- and pixel-checked from the header before any pixel work,
// autorotated, shrunk to fit (never enlarged), converted to sRGB, stripped of every metadata field and re-encoded —
// which also defuses polyglot files (an HTML or script payload hidden in a comment or after the image data).
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <semaphore>
#include <string>
#include <string_view>

namespace ejob::media {

enum class PhotoError {
    None,
    Empty,          // zero bytes
    TooLarge,       // more than PhotoLimits::max_bytes
    TooManyPixels,  // width × height from the header is more than PhotoLimits::max_pixels (checked before decoding)
    NotAnImage,     // not JPEG/PNG/WebP: unknown, PDF, SVG, HTML, GIF, HEIF, TIFF…
    Corrupt,        // a JPEG/PNG/WebP that is truncated or cannot be decoded
};

// A short English name for logs ("too_many_pixels"); user-facing text is translated elsewhere.
std::string_view PhotoErrorName(PhotoError e);

struct PhotoLimits {
    size_t max_bytes = 10 << 20;
    uint64_t max_pixels = 40'000'000;
    int display_size = 1200;  // the display image fits in display_size × display_size
    int thumb_size = 320;     // the thumbnail fits in thumb_size × thumb_size
    // A square display image of display_size (the CV Maker's portrait): cropped around what draws the eye, and
    // only display_jpeg is made.
    bool square = false;
};

struct ProcessedPhoto {
    std::string display_webp, display_jpeg, thumb_webp, thumb_jpeg;
    int width = 0, height = 0;  // of the display image
};

struct PhotoResult {
    PhotoError error = PhotoError::None;
    ProcessedPhoto photo;  // filled only when error == None
};

// Once per process, before the first ProcessPhoto (ProcessPhoto also calls it lazily; repeated calls are no-ops).
// Starts libvips, blocks every loader but JPEG/PNG/WebP and all "untrusted" operations, turns the operation cache
// off and sets libvips' worker threads to 1 per operation. Throws std::runtime_error if libvips cannot start.
void InitVips();

// The format the first bytes claim (magic numbers only, nothing is decoded): FF D8 FF, the PNG signature, or a RIFF
// container of type WEBP.
enum class PhotoFormat { Unknown, Jpeg, Png, Webp };
PhotoFormat SniffPhotoFormat(std::string_view bytes);

// The checks ProcessPhoto makes before any pixel is decoded: size, the magic bytes, libvips' choice of loader (it
// must be the one for the sniffed format) and width × height read from the header. None when the photo may be
// decoded. Starts libvips like ProcessPhoto.
PhotoError CheckPhotoHeader(std::string_view bytes, const PhotoLimits& limits = {}) noexcept;

// Decodes, checks and re-encodes one uploaded photo. Thread-safe; bound concurrency with PhotoProcessingLimiter
// (a 40 MP image may take ~150 MB while it is processed).
PhotoResult ProcessPhoto(std::string_view bytes, const PhotoLimits& limits = {}) noexcept;

// Bounds concurrent ProcessPhoto calls with a counting semaphore (default 2 at a time).
class PhotoProcessingLimiter {
  public:
    static constexpr int kMaxSlots = 64;
    explicit PhotoProcessingLimiter(int slots = 2);
    PhotoProcessingLimiter(const PhotoProcessingLimiter&) = delete;
    PhotoProcessingLimiter& operator=(const PhotoProcessingLimiter&) = delete;

    // Waits for a free slot, then processes.
    PhotoResult Process(std::string_view bytes, const PhotoLimits& limits = {});
    // Waits at most `wait` for a free slot; nullopt if none came free (answer "busy, try again").
    std::optional<PhotoResult> TryProcessFor(std::string_view bytes, std::chrono::milliseconds wait,
                                             const PhotoLimits& limits = {});

  private:
    std::counting_semaphore<kMaxSlots> slots_;
};

// Processed photos as files in one directory, under random names:
//   <dir>/<stem>-display.webp  <dir>/<stem>-display.jpg  <dir>/<stem>-thumb.webp  <dir>/<stem>-thumb.jpg
// where stem is 32 lower-case hex characters (128 random bits). Each file is written atomically (temporary file,
// fsync, rename), so a reader never sees a partial file.
class PhotoStore {
  public:
    // The variants a stem has, as PathOf takes them.
    static constexpr std::string_view kVariants[] = {"display.webp", "display.jpg", "thumb.webp", "thumb.jpg"};

    explicit PhotoStore(std::string dir);

    // Writes the four files (creating the directory if needed) and returns the new stem, or "" on an I/O error
    // (then no file of that stem is left behind).
    std::string Save(const ProcessedPhoto& photo);
    // Deletes the four files of a stem; a missing file or an invalid stem is ignored.
    void Remove(std::string_view stem);
    // Moves the four files of `stem` to a new random stem and returns it; "" when the stem has no files (or was
    // just moved by someone else: of two concurrent calls for one stem, exactly one succeeds). File times are kept.
    std::string Rename(std::string_view stem);
    // <dir>/<stem>-<variant>, or "" when the stem is invalid or the variant is not one of kVariants.
    std::string PathOf(std::string_view stem, std::string_view variant) const;
    // Exactly 32 characters of [0-9a-f]: never a path separator, dot or empty string.
    static bool IsValidStem(std::string_view stem);

    const std::string& dir() const { return dir_; }

  private:
    std::string dir_;
};

}  // namespace ejob::media
