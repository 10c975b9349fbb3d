#pragma once
// Demo content: believable self-employment ("services") ad drafts for development databases, screenshots and load
// tests.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "domain/services/service_ad.hpp"

namespace ejob::seed {

// Returns `count` service ad drafts that pass domain::ServiceAdKind::Validate: plumbers, tutors, manicure at home,
// removals, web sites, cleaning, handmade ceramics and the like, each with a matching category, a price that fits
// its type (about 35% fixed, 45% "from", 20% negotiable) in realistic AZN with a unit, a service area, a contact
// name, a phone (usually with WhatsApp) and/or an email on the reserved example.com/.org/.net domains, and privacy
// "everyone" (about 80%) or "signed_in". About 70% are written in Azerbaijani, 20% in Russian and 10% in English
// (draft.lang says which); about 85% are in Baku. photos and owner_email are left empty.
// The result depends only on (count, seed), and a longer list starts with the shorter one for the same seed.
// The first drafts, one per category, are "everyone", so a small demo site has contacts to show.
// When count >= the number of service categories, every category appears at least once.
std::vector<ejob::domain::ServiceAdDraft> DemoServices(std::size_t count, std::uint64_t seed);

// The demo photos (PNG) of the `index`-th demo ad: 1–3 illustrations in the motif and colours of its category
// (IllustratedServicePhotoPng), different for every index.
std::vector<std::string> DemoServicePhotos(const ejob::domain::ServiceAdDraft& draft, std::size_t index);

}  // namespace ejob::seed
