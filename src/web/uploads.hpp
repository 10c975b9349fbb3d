#pragma once
// Photos uploaded with a form: each goes through the photo pipeline (decode with limits, strip metadata,
// re-encode) and is stored under a random name; and serving stored photos to whoever may see them.
//
// A form that comes back with errors keeps the photos already chosen ("held" photos): they were processed and
// stored once, and the form carries them back as hidden values "<stem>.<expires>.<signature>", signed with the site
// key over the visitor's CSRF cookie, so another visitor can neither use nor see them. A held photo lives
// kHeldPhotoLifetime; one that never becomes part of a publication is an unreferenced file, which the retention
// job deletes a day after it was written (domain/retention/purge.cpp) — after the hold has ended, never during it.
#include <optional>
#include <string>
#include <vector>

#include "domain/common/clock.hpp"
#include "domain/common/result.hpp"
#include "web/app.hpp"
#include "web/views/form_fields.hpp"

namespace ejob::web {

// One hour: long enough to correct a form, short enough that a forgotten tab does not keep files for long.
constexpr domain::Millis kHeldPhotoLifetime = domain::kHour;
static_assert(kHeldPhotoLifetime < domain::kDay, "the unused-file sweep (a day's grace) must not end a hold");

struct HeldPhoto {
    std::string stem;
    std::string token;  // the form's hidden value
    domain::Millis expires = 0;
    bool from_form = false;  // carried back by the form (not chosen just now)
};

// The photos of one form submission: those the form carried back, then those chosen just now.
struct FormPhotos {
    std::string field;
    std::vector<HeldPhoto> photos;
    std::vector<domain::FieldError> errors;  // on the photo field
    int status = 422;

    std::vector<std::string> Stems() const;
    // For the form shown again: thumbnails with a "remove" box.
    std::vector<views::HeldPhotoView> ForForm(const Ctx& ctx) const;
};

// Reads the held photos the form carries back (dropping, and deleting, those ticked "remove"; a foreign or expired
// one is an error asking to choose the photo again), then processes the files chosen in `field`. At most
// `max_count` photos in all; when the field takes a single photo, a newly chosen file replaces the held one.
// Every photo that could be processed is held, even when another one is refused.
FormPhotos CollectFormPhotos(Ctx& ctx, const std::string& field, size_t max_count, bool single);

// Right before the service call: moves each photo the form carried back to a new name, so that a form sent twice
// (the Back button after success) cannot give one file to two publications. A photo already used that way is
// dropped with an error. The held tokens then carry the new names, for the form shown again if the draft is refused.
void ClaimHeldPhotos(Ctx& ctx, FormPhotos& photos);

// Serves "<stem>-<variant>" from the photo store when the stem is allowed (nullopt: check the public photos).
http::Response ServePhoto(Ctx& ctx, const std::string& file, const std::optional<std::vector<std::string>>& allowed);

// GET /held-photos/{token}: the thumbnail of a held photo, only to the visitor who holds it.
http::Response ServeHeldPhoto(Ctx& ctx);

}  // namespace ejob::web
