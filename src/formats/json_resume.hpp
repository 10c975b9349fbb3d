#pragma once
// The CV Maker's draft as a JSON Resume document (https://jsonresume.org/schema, v1.0.0): what "Export" downloads,
// what "Import" reads back, and how a draft is kept for its day in the database. Fields JSON Resume has no place for
// (template, PDF language, photo shape, desired salary, birth date, cover letter) sit under the namespaced key
// "x-ejob"; links are basics.profiles, a job's city work[].location. The photo, when there is one, is basics.image as a data: URL of a JPEG.
#include <string>
#include <string_view>

#include "domain/common/result.hpp"
#include "domain/cv_maker/cv_draft.hpp"

namespace ejob::formats {

constexpr size_t kMaxJsonResumeBytes = 1 << 20;  // an import larger than this is refused before parsing

struct JsonResume {
    domain::cv::Draft draft;
    std::string photo_jpeg;  // decoded from basics.image; "" when none (not yet checked as an image)
};

// Pretty-printed JSON (2-space indent), UTF-8 as is. `photo_jpeg` "" leaves basics.image out.
std::string ToJsonResume(const domain::cv::Draft& d, std::string_view photo_jpeg);

// Reads a JSON Resume document. Refuses (an Error whose field is "file"), without a partial result: more than
// kMaxJsonResumeBytes, invalid UTF-8 or JSON, a top level that is not an object, a known key of the wrong type, more
// than domain::cv::kMaxRows entries of a list, a basics.image that is not a data: URL of base64 JPEG/PNG/WebP. Unknown
// keys are ignored; missing ones stay empty. The draft is then checked by domain::cv::CheckDraft, whose errors are
// returned too (their field names are the form's).
domain::Result<JsonResume> FromJsonResume(std::string_view json);

}  // namespace ejob::formats
