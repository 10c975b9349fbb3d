#pragma once
// Photos uploaded with a form: each goes through the photo pipeline (decode with limits, strip metadata,
// re-encode) and is stored under a random name; and serving stored photos to whoever may see them.
#include <optional>
#include <string>
#include <vector>

#include "domain/common/result.hpp"
#include "web/app.hpp"

namespace ejob::web {

struct SavedPhotos {
    std::vector<std::string> stems;          // stored, in upload order
    std::vector<domain::FieldError> errors;  // on "photo"; nothing is stored when there are errors
    int status = 422;
};

// Processes every file of `field` (at most `max_count`; empty file inputs are ignored).
SavedPhotos SaveUploadedPhotos(Ctx& ctx, const std::string& field, size_t max_count);

// Serves "<stem>-<variant>" from the photo store when the stem is allowed (nullopt: check the public photos).
http::Response ServePhoto(Ctx& ctx, const std::string& file, const std::optional<std::vector<std::string>>& allowed);

}  // namespace ejob::web
