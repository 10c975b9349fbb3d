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

constexpr const char* kHeldField = "held_photo";
constexpr const char* kRemoveHeldField = "remove_held_photo";

std::string HeldMessage(const std::string& cookie, const std::string& stem, domain::Millis expires) {
    return "held-photo:" + cookie + ":" + stem + ":" + std::to_string(expires);
}

std::string CsrfCookie(const Ctx& ctx) {
    return ctx.req.Cookie(ctx.CookieName("ejob_csrf"));
}

// The form's hidden value for a held photo.
std::string HeldToken(const Ctx& ctx, const std::string& stem, domain::Millis expires) {
    return stem + "." + std::to_string(expires) + "." +
           ctx.app.signer.Sign(HeldMessage(CsrfCookie(ctx), stem, expires));
}

struct HeldPhoto {
    std::string stem;
    domain::Millis expires = 0;
};

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
    return HeldPhoto{std::move(stem), expires};
}

}  // namespace

FormPhotos ReadFormPhotos(Ctx& ctx, const std::string& field, size_t max_count, bool single) {
    FormPhotos out;
    out.choice.field = field;
    auto& held = out.choice.held;
    auto removed = ctx.req.FormAll(kRemoveHeldField);
    bool lost = false;
    for (const auto& token : ctx.req.FormAll(kHeldField)) {
        auto photo = Verify(ctx, token);
        bool remove = std::find(removed.begin(), removed.end(), token) != removed.end();
        if (photo && remove) ctx.app.photos.Remove({photo->stem});
        if (remove) continue;
        if (!photo) {
            lost = true;
            continue;
        }
        if (std::find(held.begin(), held.end(), photo->stem) != held.end()) continue;
        held.push_back(photo->stem);
        out.expires[photo->stem] = photo->expires;
    }
    if (lost) out.errors.push_back({field, domain::kPhotoNoLongerHeld});

    std::vector<std::string_view> files;
    for (const auto& f : ctx.req.files)
        if (f.field == field && !f.data.empty()) files.push_back(f.data);
    if (files.empty()) return out;
    if (single && files.size() <= max_count) {
        // Choosing another file replaces the photo kept from the last attempt.
        ctx.app.photos.Remove(held);
        held.clear();
    }
    if (held.size() + files.size() > max_count) {
        size_t room = max_count > held.size() ? max_count - held.size() : 0;
        out.errors.push_back({field, room == 0 ? N_("You cannot add more photos.") : N_("At most {} photos."),
                              std::to_string(max_count)});
        return out;
    }
    for (auto data : files) {
        // Known from the size alone, before any decoding: the answer says the photo was too much data.
        if (data.size() > media::PhotoLimits{}.max_bytes) {
            out.status = 413;
            out.errors.push_back({field, domain::PhotoRefusalMessage(domain::PhotoRefusal::TooLarge)});
            continue;
        }
        out.choice.chosen.push_back(data);
    }
    return out;
}

std::vector<views::HeldPhotoView> HoldFormPhotos(Ctx& ctx, FormPhotos& photos,
                                                 std::vector<domain::FieldError>& errors) {
    auto& choice = photos.choice;
    for (auto upload : choice.chosen) {
        auto stored = ctx.app.photos.Store(upload);
        if (stored.stem.empty())
            errors.push_back({choice.field, domain::PhotoRefusalMessage(stored.refusal)});
        else
            choice.held.push_back(std::move(stored.stem));
    }
    choice.chosen.clear();
    // A photo the form carried keeps the end of its hold; one stored or renamed by this request starts a new one.
    domain::Millis fresh = ctx.app.clock.Now() + kHeldPhotoLifetime;
    std::vector<views::HeldPhotoView> out;
    for (const auto& stem : choice.held) {
        auto carried = photos.expires.find(stem);
        std::string token = HeldToken(ctx, stem, carried == photos.expires.end() ? fresh : carried->second);
        out.push_back({token, "/held-photos/" + token});
    }
    return out;
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
