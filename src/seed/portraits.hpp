#pragma once
// Demo pictures: flat, obviously drawn illustrations (never photos of real people) for demo resumes and service ads.
// Rendered in memory and encoded as PNG with libvips; the bytes are meant to go through media::ProcessPhoto like any
// upload. Both functions call media::InitVips() and throw std::runtime_error if libvips fails.
#include <cstdint>
#include <string>

namespace ejob::seed {

// A flat-style avatar of `size` × `size` pixels (clamped to 64…2048): a pastel background, a head and shoulders in a
// skin tone, a hair shape (longer hair when `female`), simple eyes, brows and a smile, sometimes glasses or a beard.
// Colours and shapes depend only on (seed, female, size); different seeds give different pictures.
std::string IllustratedPortraitPng(std::uint64_t seed, bool female, int size = 480);

// A flat pictogram on a pastel background, `width` × `height` pixels (each clamped to 64…2048). The pictogram is
// chosen by seed % 8, in the order of domain::ServiceCategories(): repair (a house with a wrench), tutoring (books),
// beauty (a hand mirror and nail polish), transport (a van), it_design (a laptop), household (a bucket with
// bubbles), handmade (a vase), other (a light bulb) — so `category_index + 8 * k` draws a matching picture.
std::string IllustratedServicePhotoPng(std::uint64_t seed, int width = 800, int height = 600);

}  // namespace ejob::seed
