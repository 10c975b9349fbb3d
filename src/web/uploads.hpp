#pragma once
// The photo field of a form, read for the service (which stores the photos of a valid form through its
// domain::PhotoStore port); and serving stored photos to whoever may see them.
//
// A form that comes back with errors keeps the photos already chosen ("held" photos): they are processed and
// stored once, and the form carries them back as hidden values "<stem>.<expires>.<signature>", signed with the site
// key over the visitor's CSRF cookie, so another visitor can neither use nor see them. A held photo lives
// kHeldPhotoLifetime; one that never becomes part of a publication is an unreferenced file, which the retention
// job deletes a day after it was written (domain/retention/purge.cpp) — after the hold has ended, never during it.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/common/clock.hpp"
#include "domain/common/photo_store.hpp"
#include "domain/common/result.hpp"
#include "web/app.hpp"
#include "web/views/form_fields.hpp"

namespace ejob::web {

// One hour: long enough to correct a form, short enough that a forgotten tab does not keep files for long.
constexpr domain::Millis kHeldPhotoLifetime = domain::kHour;
static_assert(kHeldPhotoLifetime < domain::kDay, "the unused-file sweep (a day's grace) must not end a hold");

// The photo field of one submitted form, read without decoding anything: the photos the form carries back, then
// the files chosen just now. The service stores them only for a valid text (domain::PhotoChoice).
struct FormPhotos {
    domain::PhotoChoice choice;
    std::vector<domain::FieldError> errors;         // found before any decoding: the form comes back with them
    int status = 422;                               // 413 when a file is over the photo size limit
    std::map<std::string, domain::Millis> expires;  // of the held photos the form carried, by stem
};

// Reads the held photos the form carries back (dropping, and deleting, those ticked "remove"; a foreign or expired
// one is an error asking to choose the photo again) and the files chosen in `field`, which are not decoded here. At
// most `max_count` photos in all; when the field takes a single photo, a newly chosen file replaces the held one. A
// file over the photo size limit is an error (status 413) and is dropped.
FormPhotos ReadFormPhotos(Ctx& ctx, const std::string& field, size_t max_count, bool single);

// For the form shown again: holds every photo `photos` still has. The files still chosen are decoded and stored
// now, so that the visitor need not choose them again (one that cannot be adds its error to `errors`). Returns the
// held photos as thumbnails with a "remove" box, their hidden tokens signed for this visitor.
std::vector<views::HeldPhotoView> HoldFormPhotos(Ctx& ctx, FormPhotos& photos, std::vector<domain::FieldError>& errors);

// Serves "<stem>-<variant>" from the photo store when the stem is allowed (nullopt: check the public photos).
http::Response ServePhoto(Ctx& ctx, const std::string& file, const std::optional<std::vector<std::string>>& allowed);

// GET /held-photos/{token}: the thumbnail of a held photo, only to the visitor who holds it.
http::Response ServeHeldPhoto(Ctx& ctx);

}  // namespace ejob::web
