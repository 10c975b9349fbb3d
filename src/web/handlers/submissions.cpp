// The owner's private management link, /manage/{token}: one URL space for every kind of publication.
#include "web/handlers/handlers.hpp"
#include "web/handlers/publication_handlers.hpp"

namespace ejob::web::handlers {
namespace d = ejob::domain;

namespace {

Response InvalidLink(Ctx& ctx) {
    return NotFound(ctx, N_("This management link is not valid. Check that you copied it completely."));
}

// Finds the kind of the publication behind the token (one query), then calls
// `f.template operator()<Kind>(token, record)` with that kind's record.
template <typename F>
Response WithManaged(Ctx& ctx, F&& f) {
    const std::string& token = ctx.params["token"];
    std::optional<Response> out;
    if (auto kind = ctx.app.kinds.KindOfToken(token))
        ctx.app.kinds.Visit(*kind, [&]<typename Kind>(d::PublicationService<Kind>& service) {
            if (auto r = service.Manage(token)) out = f.template operator()<Kind>(token, r.value());
        });
    return out ? std::move(*out) : InvalidLink(ctx);
}

}  // namespace

Response Manage(Ctx& ctx) {
    return WithManaged(ctx, [&]<typename Kind>(const std::string& token, const auto& record) {
        return ManagePageOf<Kind>(ctx, token, record);
    });
}

Response ManageEditForm(Ctx& ctx) {
    return WithManaged(ctx, [&]<typename Kind>(const std::string& token, const auto& record) {
        return EditFormOf<Kind>(ctx, ManageTarget(ctx, token), record);
    });
}

Response ManageEdit(Ctx& ctx) {
    return WithManaged(ctx, [&]<typename Kind>(const std::string& token, const auto& record) {
        return EditOf<Kind>(ctx, ManageTarget(ctx, token), record, [&](const auto& draft, auto& photos) {
            return KindWeb<Kind>::Service(ctx).Edit(token, draft, photos);
        });
    });
}

Response ManageDelete(Ctx& ctx) {
    return WithManaged(ctx, [&]<typename Kind>(const std::string& token, const auto&) {
        auto r = KindWeb<Kind>::Service(ctx).RequestDeletion(token);
        if (!r) return ErrorPage(ctx, r.error());
        return Response::Redirect(303, ctx.L("/manage/" + token + "?deleted=1"));
    });
}

// A signed-in user with a confirmed email takes an anonymous publication into the account.
Response ManageAttach(Ctx& ctx) {
    return WithManaged(ctx, [&]<typename Kind>(const std::string& token, const auto&) {
        auto r = KindWeb<Kind>::Service(ctx).Attach(token, ctx.user->account_id, ctx.user->confirmed);
        if (!r) return ErrorPage(ctx, r.error());
        return Response::Redirect(303, ctx.L("/manage/" + token + "?attached=1"));
    });
}

// Thumbnails of the owner's own photos, also while they wait for moderation.
Response ManageMedia(Ctx& ctx) {
    return WithManaged(ctx, [&]<typename Kind>(const std::string&, const auto& record) {
        auto photos = d::PublicationService<Kind>::EditablePhotos(record);
        if (record.live) photos.insert(photos.end(), record.live->photos.begin(), record.live->photos.end());
        return ServePhoto(ctx, ctx.params["file"], photos);
    });
}

}  // namespace ejob::web::handlers
