#pragma once
// The CV Maker: the form with its live preview, in three templates, and the words of a CV in the PDF's language.
#include <string>

#include "domain/cv_maker/cv_draft.hpp"
#include "web/views/form_fields.hpp"
#include "web/views/layout.hpp"

namespace ejob::web::views {

// The headings, month names and "present" of a CV in `lang`, from the catalogs.
domain::cv::Labels CvLabels(Lang lang);

struct CvMakerModel {
    domain::cv::Draft draft;  // as stored, or as typed when the form came back
    bool stored = false;      // the visitor has a draft kept for today
    bool has_photo = false;   // … with a photo
    domain::Millis expires_at = 0, updated_at = 0;
    Errors errors;         // of the form
    Errors import_errors;  // of the JSON Resume import
    std::string csrf;
    const char* notice = nullptr;  // msgid: what just happened ("Saved.")
};
std::string CvMakerPage(const Frame& f, const CvMakerModel& m);

// The preview alone (what the script fetches while the person types).
std::string CvPreview(const Frame& f, const domain::cv::Draft& d, bool has_photo, domain::Millis photo_version);

}  // namespace ejob::web::views
