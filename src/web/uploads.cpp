#include "web/uploads.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "domain/common/msgid.hpp"
#include "media/photo_pipeline.hpp"
#include "web/router.hpp"

namespace ejob::web {

namespace {
const char* MessageFor(media::PhotoError e) {
    switch (e) {
        case media::PhotoError::TooLarge:
            return N_("The photo is larger than 10 MB. Choose a smaller one.");
        case media::PhotoError::TooManyPixels:
            return N_("The photo has more than 40 megapixels. Choose a smaller one.");
        case media::PhotoError::Corrupt:
            return N_("The photo is damaged or incomplete. Choose another file.");
        case media::PhotoError::Empty:
            return N_("The photo file is empty.");
        default:
            return N_("This file is not a JPEG, PNG or WebP photo.");
    }
}
}  // namespace

SavedPhotos SaveUploadedPhotos(Ctx& ctx, const std::string& field, size_t max_count) {
    SavedPhotos out;
    std::vector<const http::UploadedFile*> files;
    for (const auto& f : ctx.req.files)
        if (f.field == field && !f.data.empty()) files.push_back(&f);
    if (files.empty()) return out;
    if (files.size() > max_count) {
        out.errors.push_back({field, max_count == 0 ? N_("You cannot add more photos.") : N_("At most {} photos."),
                              std::to_string(max_count)});
        return out;
    }
    // Each photo takes ~0.3 s of a core and up to ~150 MB: at most two are processed at once in this process.
    static media::PhotoProcessingLimiter limiter(2);
    for (const auto* f : files) {
        auto processed = limiter.Process(f->data);
        std::string stem = processed.error == media::PhotoError::None ? ctx.app.photo_store.Save(processed.photo) : "";
        if (stem.empty()) {
            if (processed.error == media::PhotoError::TooLarge) out.status = 413;
            out.errors.push_back({field, processed.error == media::PhotoError::None
                                             ? N_("The photo could not be saved. Please try again.")
                                             : MessageFor(processed.error)});
            for (const auto& s : out.stems) ctx.app.photo_store.Remove(s);
            out.stems.clear();
            return out;
        }
        out.stems.push_back(stem);
    }
    return out;
}

http::Response ServePhoto(Ctx& ctx, const std::string& file, const std::optional<std::vector<std::string>>& allowed) {
    // "<32 hex>-display.webp" and friends.
    auto dash = file.find('-');
    std::string stem = file.substr(0, dash);
    std::string variant = dash == std::string::npos ? "" : file.substr(dash + 1);
    std::string path = ctx.app.photo_store.PathOf(stem, variant);
    bool may = !path.empty() && (allowed ? std::find(allowed->begin(), allowed->end(), stem) != allowed->end()
                                         : ctx.app.photo_is_public(stem));
    std::ifstream in(may ? path : std::string(), std::ios::binary);
    if (!may || !in) return ErrorResponse(ctx, 404, N_("The page you asked for does not exist or was removed."));
    std::stringstream data;
    data << in.rdbuf();
    http::Response r;
    r.content_type = variant.size() > 4 && variant.substr(variant.size() - 4) == "webp" ? "image/webp" : "image/jpeg";
    r.body = data.str();
    // Names are random and never reused: the browser may keep them; public ones may be cached by proxies too.
    // Short: a photo must disappear soon after its publication is stopped, deleted or made anonymous.
    r.headers.emplace_back("Cache-Control", allowed ? "private, max-age=300" : "public, max-age=300");
    r.headers.emplace_back("Content-Disposition", "inline");
    return r;
}

}  // namespace ejob::web
