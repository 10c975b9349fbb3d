#pragma once
// Ports: the stored photo files (var/media), and the store that turns uploaded files into them. Implemented with
// libvips and a directory in media/photo_files.hpp; the domain sees stems (32 hex characters) and untrusted bytes.
//
// The lifecycle decides when a photo is stored: only once the text of its form is valid
// (PublicationService::Submit, Edit). A form refused for its text stores nothing as a publication's photo; the web
// layer holds the photos chosen with it for the corrected form (web/uploads.hpp).
#include <string>
#include <string_view>
#include <vector>

#include "domain/common/msgid.hpp"

namespace ejob::domain {

// Port: removes stored photo files. The lifecycle removes files no version refers to any more, after the
// transaction that made them unreferenced has committed.
class PhotoFiles {
  public:
    virtual ~PhotoFiles() = default;
    virtual void Remove(const std::vector<std::string>& stems) = 0;
};

// Why the store refused an uploaded file.
enum class PhotoRefusal { None, Empty, TooLarge, TooManyPixels, NotAnImage, Corrupt, NotSaved };

// The message id shown next to the photo field.
constexpr const char* PhotoRefusalMessage(PhotoRefusal r) {
    switch (r) {
        case PhotoRefusal::TooLarge:
            return N_("The photo is larger than 10 MB. Choose a smaller one.");
        case PhotoRefusal::TooManyPixels:
            return N_("The photo has more than 40 megapixels. Choose a smaller one.");
        case PhotoRefusal::Corrupt:
            return N_("The photo is damaged or incomplete. Choose another file.");
        case PhotoRefusal::Empty:
            return N_("The photo file is empty.");
        case PhotoRefusal::NotSaved:
            return N_("The photo could not be saved. Please try again.");
        default:
            return N_("This file is not a JPEG, PNG or WebP photo.");
    }
}

// A photo chosen earlier and kept for the form is lost (its hold ended, or the form was sent twice).
constexpr const char* kPhotoNoLongerHeld =
    N_("A photo you chose before is no longer kept (chosen photos are kept for one hour). Choose it again.");

struct StoredPhoto {
    std::string stem;  // empty when refused
    PhotoRefusal refusal = PhotoRefusal::None;
};

// Port: the photo store.
class PhotoStore : public PhotoFiles {
  public:
    // Decodes one uploaded file (untrusted bytes), checks it, re-encodes it without any metadata and stores it
    // under a new random stem; or says why it was refused (then nothing of it is stored).
    virtual StoredPhoto Store(std::string_view upload) = 0;
    // Moves the files of a stored stem to a new random stem and returns it, so that one file never goes to two
    // publications; "" when the files are gone (of two concurrent calls for one stem, exactly one succeeds).
    virtual std::string Claim(std::string_view stem) = 0;
};

// The photo field of a submitted form, as the lifecycle takes it. The service stores these only for a valid text;
// when it refuses the form, `held` lists every photo stored for the form (to be held for the next attempt) and
// `chosen` the files it did not store (none when it stored them; all of them when the text was refused).
struct PhotoChoice {
    std::string field;                     // the form's photo field, for errors
    std::vector<std::string> held;         // stored by an earlier attempt of this form, in no version yet
    std::vector<std::string_view> chosen;  // files chosen now, not decoded yet
};

}  // namespace ejob::domain
