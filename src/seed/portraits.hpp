#pragma once
// Demo pictures: flat, obviously drawn illustrations (never photos of real people) for demo resumes and service ads.
// Rendered in memory and encoded as PNG with libvips; the bytes are meant to go through media::ProcessPhoto like any
// upload. Both functions call media::InitVips() and throw std::runtime_error if libvips fails.
#include <cstdint>
#include <string>
#include <string_view>

namespace ejob::seed {

// A flat-style avatar of `size` × `size` pixels (clamped to 64…2048): a pastel background, a head and shoulders in a
// skin tone, a hair shape (longer hair when `female`), simple eyes, brows and a smile, sometimes glasses or a beard.
// Colours and shapes depend only on (seed, female, size); different seeds give different pictures.
std::string IllustratedPortraitPng(std::uint64_t seed, bool female, int size = 480);

// The motif drawn for a services category, as service-texts.txt gives it: "house" for repair, "books" for tutoring…
// Throws seed::DataError for a category without a picture.
std::string ServiceMotif(std::string_view category);

// A flat pictogram on a pastel background, `width` × `height` pixels (each clamped to 64…2048), in the motif and
// colours of the services `category` (ServiceMotif): the background is the category's colour, the accents vary a
// little with `seed`, and so do the details (confetti, bubbles, lines of code).
std::string IllustratedServicePhotoPng(std::string_view category, std::uint64_t seed, int width = 800,
                                       int height = 600);

}  // namespace ejob::seed
