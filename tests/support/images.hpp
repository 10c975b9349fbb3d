#pragma once
// Image files for upload tests, made with libvips at test time (no binary fixtures in the repository).
#include <cstdint>
#include <string>

namespace ejob::testing::images {

// A 1600×1200 JPEG carrying camera make/model, an artist name and GPS coordinates in EXIF.
std::string JpegWithCameraAndGps();
// A small ordinary JPEG / PNG.
std::string SmallJpeg(int seed = 0);
// A valid PNG header declaring width×height pixels, with no real image data behind it.
std::string PngHeaderOnly(std::uint32_t width, std::uint32_t height);
// A valid JPEG with an HTML/JavaScript payload appended after its end marker.
std::string JpegHtmlPolyglot();

constexpr const char* kCameraMake = "EjobTestCamMaker";
constexpr const char* kArtist = "Leyla Mammadova";

}  // namespace ejob::testing::images
