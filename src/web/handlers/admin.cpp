// Administration: sign-in, the moderation queue of every kind, review, approve, reject, delete.
#include "web/handlers/handlers.hpp"
#include "web/handlers/publication_handlers.hpp"

namespace ejob::web::handlers {
namespace d = ejob::domain;

namespace {

Response NotFound(Ctx& ctx) {
    return ErrorResponse(ctx, 404, N_("The page you asked for does not exist or was removed."));
}

template <typename F>
Response WithKind(Ctx& ctx, F&& f) {
    auto r = WithKindOf(ctx, LeadingId(ctx.params["id"]), std::forward<F>(f));
    return r ? std::move(*r) : NotFound(ctx);
}

}  // namespace

Response AdminHome(Ctx& ctx) {
    return Response::Redirect(303, ctx.L("/admin/moderation"));
}

Response AdminLoginForm(Ctx& ctx) {
    if (ctx.IsAdmin()) return Response::Redirect(303, ctx.L("/admin/moderation"));
    views::LoginModel m;
    m.csrf = ctx.CsrfToken();
    return HtmlResponse(views::AdminLogin(MakeFrame(ctx), m));
}

Response AdminLogin(Ctx& ctx) {
    std::string email = ctx.req.FormOr("email");
    auto result = ctx.app.accounts.SignIn(email, ctx.req.FormOr("password"), ctx.req.remote_ip, "admin");
    if (!result) {
        views::LoginModel m;
        m.email = email;
        m.csrf = ctx.CsrfToken();
        bool limited = result.error().code == d::ErrorCode::RateLimited;
        m.error = limited ? result.error().message : result.error().fields.front().message;
        return HtmlResponse(views::AdminLogin(MakeFrame(ctx), m), limited ? 429 : 422);
    }
    // A fresh session id, and the old session (if any) ends.
    std::string old = ctx.req.Cookie(ctx.CookieName("ejob_session"));
    if (!old.empty()) ctx.app.accounts.SignOut(old);
    ctx.SetCookie("ejob_session", result->session_token, -1);
    return Response::Redirect(303, ctx.L("/admin/moderation"));
}

Response AdminLogout(Ctx& ctx) {
    ctx.app.accounts.SignOut(ctx.req.Cookie(ctx.CookieName("ejob_session")));
    ctx.SetCookie("ejob_session", "", 0);
    return Response::Redirect(303, ctx.L("/"));
}

Response ModerationQueue(Ctx& ctx) {
    views::QueueModel m;
    std::string kind = ctx.req.QueryOr("kind");
    if (kind != "vacancy" && kind != "resume" && kind != "service") kind.clear();
    m.kind = kind;
    m.queue = ctx.app.moderation.Queue(kind, 200);
    m.deletions = ctx.app.moderation.DeletionRequests(200);
    m.csrf = ctx.CsrfToken();
    std::string done = ctx.req.QueryOr("done");
    if (done == "approved") m.notice = N_("The publication is now public.");
    if (done == "rejected") m.notice = N_("The publication was rejected; the owner sees the reason.");
    if (done == "deleted") m.notice = N_("The publication was deleted for good.");
    return HtmlResponse(views::AdminQueue(MakeFrame(ctx), m));
}

Response ModerationReview(Ctx& ctx) {
    return WithKind(ctx, [&]<typename Kind>(std::int64_t id) { return ReviewPage<Kind>(ctx, id); });
}

Response ModerationApprove(Ctx& ctx) {
    return WithKind(ctx, [&]<typename Kind>(std::int64_t id) { return ApproveOf<Kind>(ctx, id); });
}

Response ModerationReject(Ctx& ctx) {
    return WithKind(ctx, [&]<typename Kind>(std::int64_t id) { return RejectOf<Kind>(ctx, id); });
}

Response AdminDeletePublication(Ctx& ctx) {
    return WithKind(ctx, [&]<typename Kind>(std::int64_t id) { return DeleteOf<Kind>(ctx, id); });
}

// Moderators see every stored photo, also of publications that are not public.
Response AdminMedia(Ctx& ctx) {
    std::string file = ctx.params["file"];
    std::string stem = file.substr(0, file.find('-'));
    return ServePhoto(ctx, file, std::vector<std::string>{stem});
}

}  // namespace ejob::web::handlers
