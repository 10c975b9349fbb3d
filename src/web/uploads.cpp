#include "web/uploads.hpp"

#include <algorithm>
#include <filesystem>
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

constexpr const char* kHeldField = "held_photo";
constexpr const char* kRemoveHeldField = "remove_held_photo";

std::string HeldMessage(const std::string& cookie, const std::string& stem, domain::Millis expires) {
    return "held-photo:" + cookie + ":" + stem + ":" + std::to_string(expires);
}

std::string CsrfCookie(const Ctx& ctx) {
    return ctx.req.Cookie(ctx.CookieName("ejob_csrf"));
}

HeldPhoto Hold(const Ctx& ctx, const std::string& stem, domain::Millis expires) {
    HeldPhoto p;
    p.stem = stem;
    p.expires = expires;
    p.token =
        stem + "." + std::to_string(expires) + "." + ctx.app.signer.Sign(HeldMessage(CsrfCookie(ctx), stem, expires));
    return p;
}

// The held photo behind `token` when this visitor holds it, it has not expired and its files are still there.
std::optional<HeldPhoto> Verify(const Ctx& ctx, std::string_view token) {
    auto dot1 = token.find('.');
    auto dot2 = dot1 == std::string_view::npos ? dot1 : token.find('.', dot1 + 1);
    if (dot2 == std::string_view::npos || token.size() > 200) return std::nullopt;
    std::string stem(token.substr(0, dot1));
    std::string expires_text(token.substr(dot1 + 1, dot2 - dot1 - 1));
    if (!media::PhotoStore::IsValidStem(stem) || expires_text.empty() || expires_text.size() > 15 ||
        expires_text.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    domain::Millis expires = std::stoll(expires_text);
    std::string cookie = CsrfCookie(ctx);
    if (cookie.empty() || expires <= ctx.app.clock.Now() ||
        !ctx.app.signer.Verify(HeldMessage(cookie, stem, expires), token.substr(dot2 + 1)))
        return std::nullopt;
    std::error_code ec;
    if (!std::filesystem::exists(ctx.app.photo_store.PathOf(stem, "thumb.webp"), ec)) return std::nullopt;
    HeldPhoto p;
    p.stem = std::move(stem);
    p.token = std::string(token);
    p.expires = expires;
    p.from_form = true;
    return p;
}

constexpr const char* kNoLongerHeld =
    N_("A photo you chose before is no longer kept (chosen photos are kept for one hour). Choose it again.");
}  // namespace

std::vector<std::string> FormPhotos::Stems() const {
    std::vector<std::string> out;
    for (const auto& p : photos) out.push_back(p.stem);
    return out;
}

std::vector<views::HeldPhotoView> FormPhotos::ForForm(const Ctx&) const {
    std::vector<views::HeldPhotoView> out;
    for (const auto& p : photos) out.push_back({p.token, "/held-photos/" + p.token});
    return out;
}

FormPhotos CollectFormPhotos(Ctx& ctx, const std::string& field, size_t max_count, bool single) {
    FormPhotos out;
    out.field = field;
    auto removed = ctx.req.FormAll(kRemoveHeldField);
    bool lost = false;
    for (const auto& token : ctx.req.FormAll(kHeldField)) {
        auto held = Verify(ctx, token);
        bool remove = std::find(removed.begin(), removed.end(), token) != removed.end();
        if (held && remove) ctx.app.photo_store.Remove(held->stem);
        if (remove) continue;
        if (!held) {
            lost = true;
            continue;
        }
        bool seen =
            std::any_of(out.photos.begin(), out.photos.end(), [&](const HeldPhoto& p) { return p.stem == held->stem; });
        if (!seen) out.photos.push_back(std::move(*held));
    }
    if (lost) out.errors.push_back({field, kNoLongerHeld});

    std::vector<const http::UploadedFile*> files;
    for (const auto& f : ctx.req.files)
        if (f.field == field && !f.data.empty()) files.push_back(&f);
    if (files.empty()) return out;
    if (single && files.size() <= max_count) {
        // Choosing another file replaces the photo kept from the last attempt.
        for (const auto& p : out.photos) ctx.app.photo_store.Remove(p.stem);
        out.photos.clear();
    }
    if (out.photos.size() + files.size() > max_count) {
        size_t room = max_count > out.photos.size() ? max_count - out.photos.size() : 0;
        out.errors.push_back({field, room == 0 ? N_("You cannot add more photos.") : N_("At most {} photos."),
                              std::to_string(max_count)});
        return out;
    }
    // Each photo takes ~0.3 s of a core and up to ~150 MB: at most two are processed at once in this process.
    static media::PhotoProcessingLimiter limiter(2);
    domain::Millis expires = ctx.app.clock.Now() + kHeldPhotoLifetime;
    for (const auto* f : files) {
        auto processed = limiter.Process(f->data);
        std::string stem = processed.error == media::PhotoError::None ? ctx.app.photo_store.Save(processed.photo) : "";
        if (!stem.empty()) {
            out.photos.push_back(Hold(ctx, stem, expires));
            continue;
        }
        if (processed.error == media::PhotoError::TooLarge) out.status = 413;
        out.errors.push_back({field, processed.error == media::PhotoError::None
                                         ? N_("The photo could not be saved. Please try again.")
                                         : MessageFor(processed.error)});
    }
    return out;
}

void ClaimHeldPhotos(Ctx& ctx, FormPhotos& photos) {
    bool lost = false;
    std::vector<HeldPhoto> kept;
    for (auto& p : photos.photos) {
        if (!p.from_form) {
            kept.push_back(std::move(p));
            continue;
        }
        std::string fresh = ctx.app.photo_store.Rename(p.stem);
        if (fresh.empty()) {
            lost = true;
            continue;
        }
        kept.push_back(Hold(ctx, fresh, p.expires));
    }
    photos.photos = std::move(kept);
    if (lost) photos.errors.push_back({photos.field, kNoLongerHeld});
}

http::Response ServeHeldPhoto(Ctx& ctx) {
    auto held = Verify(ctx, ctx.params["token"]);
    if (!held) return NotFound(ctx);
    return ServePhoto(ctx, held->stem + "-thumb.webp", std::vector<std::string>{held->stem});
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
    if (!may || !in) return NotFound(ctx);
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
