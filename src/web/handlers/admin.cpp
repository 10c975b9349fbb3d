#include "domain/common/msgid.hpp"
#include "web/handlers/forms.hpp"
#include "web/handlers/handlers.hpp"
#include "web/page_cache.hpp"
#include "web/router.hpp"

namespace ejob::web::handlers {
namespace d = ejob::domain;

namespace {

views::ReviewModel ReviewOf(Ctx& ctx, d::VacancyRecord record) {
    views::ReviewModel m;
    m.csrf = ctx.CsrfToken();
    const auto& content = record.latest_content ? *record.latest_content : *record.live;
    m.form.draft = d::ToDraft(content);
    m.form.csrf = m.csrf;
    m.record = std::move(record);
    return m;
}

std::optional<std::int64_t> IdParam(Ctx& ctx) { return LeadingId(ctx.params["id"]); }

}  // namespace

Response AdminHome(Ctx& ctx) { return Response::Redirect(303, ctx.L("/admin/moderation")); }

Response AdminLoginForm(Ctx& ctx) {
    if (ctx.admin) return Response::Redirect(303, ctx.L("/admin/moderation"));
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
    m.queue = ctx.app.moderation.Queue("", 200);
    m.deletions = ctx.app.moderation.DeletionRequests(200);
    m.csrf = ctx.CsrfToken();
    std::string done = ctx.req.QueryOr("done");
    if (done == "approved") m.notice = N_("The vacancy is published.");
    if (done == "rejected") m.notice = N_("The vacancy was rejected; the owner sees the reason.");
    if (done == "deleted") m.notice = N_("The publication was deleted for good.");
    return HtmlResponse(views::AdminQueue(MakeFrame(ctx), m));
}

Response ModerationReview(Ctx& ctx) {
    auto id = IdParam(ctx);
    auto record = id ? ctx.app.vacancies.ForModeration(*id) : d::Result<d::VacancyRecord>(d::Error::Of(d::ErrorCode::NotFound));
    if (!record) return ErrorResponse(ctx, 404, N_("The page you asked for does not exist or was removed."));
    return HtmlResponse(views::AdminReview(MakeFrame(ctx), ReviewOf(ctx, std::move(record.value()))));
}

Response ModerationApprove(Ctx& ctx) {
    auto id = IdParam(ctx);
    if (!id) return ErrorResponse(ctx, 404, N_("The page you asked for does not exist or was removed."));
    auto draft = DraftFromForm(ctx);
    auto result = ctx.app.vacancies.Approve(ctx.admin->account_id, *id, draft);
    if (!result) {
        auto record = ctx.app.vacancies.ForModeration(*id);
        if (!record) return ErrorResponse(ctx, 404, N_("The page you asked for does not exist or was removed."));
        auto m = ReviewOf(ctx, std::move(record.value()));
        if (result.error().code == d::ErrorCode::Invalid) {
            m.form.draft = draft;
            m.form.errors = result.error().fields;
            return HtmlResponse(views::AdminReview(MakeFrame(ctx), m), 422);
        }
        m.conflict = result.error().message;
        return HtmlResponse(views::AdminReview(MakeFrame(ctx), m), 409);
    }
    ctx.app.cache.Invalidate();
    return Response::Redirect(303, ctx.L("/admin/moderation?done=approved"));
}

Response ModerationReject(Ctx& ctx) {
    auto id = IdParam(ctx);
    if (!id) return ErrorResponse(ctx, 404, N_("The page you asked for does not exist or was removed."));
    std::string reason = ctx.req.FormOr("reason");
    auto result = ctx.app.vacancies.Reject(ctx.admin->account_id, *id, reason);
    if (!result) {
        auto record = ctx.app.vacancies.ForModeration(*id);
        if (!record) return ErrorResponse(ctx, 404, N_("The page you asked for does not exist or was removed."));
        auto m = ReviewOf(ctx, std::move(record.value()));
        m.reason = reason;
        if (result.error().code == d::ErrorCode::Invalid) {
            m.reason_errors = result.error().fields;
            return HtmlResponse(views::AdminReview(MakeFrame(ctx), m), 422);
        }
        m.conflict = result.error().message;
        return HtmlResponse(views::AdminReview(MakeFrame(ctx), m), 409);
    }
    return Response::Redirect(303, ctx.L("/admin/moderation?done=rejected"));
}

Response AdminDeletePublication(Ctx& ctx) {
    auto id = IdParam(ctx);
    if (!id || !ctx.app.vacancies.Delete(ctx.admin->account_id, *id))
        return ErrorResponse(ctx, 404, N_("The page you asked for does not exist or was removed."));
    ctx.app.cache.Invalidate();
    return Response::Redirect(303, ctx.L("/admin/moderation?done=deleted"));
}

}  // namespace ejob::web::handlers
