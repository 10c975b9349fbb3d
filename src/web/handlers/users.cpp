// The administrators' users console (domain::AccountAdministration): find accounts by email, one account's page,
// and block, unblock, change the email, delete.
#include <algorithm>

#include "web/errors.hpp"
#include "web/handlers/handlers.hpp"
#include "web/handlers/list_query.hpp"
#include "web/responses.hpp"
#include "web/views/users_views.hpp"

namespace ejob::web::handlers {
namespace d = ejob::domain;

namespace {

// The account `id` as an administrator sees it, with empty forms; nullopt when there is none.
std::optional<views::UserModel> UserModelFor(Ctx& ctx, std::int64_t id) {
    auto overview = ctx.app.users.Overview(id);
    if (!overview) return std::nullopt;
    views::UserModel m;
    m.overview = std::move(*overview);
    m.me = ctx.user->account_id;
    m.csrf = ctx.CsrfToken();
    return m;
}

// After an action: the account's page, or the error page (a refused form is shown by its own handler).
Response Done(Ctx& ctx, std::int64_t id, const d::Result<d::Unit>& r, const char* done) {
    if (!r) return ErrorPage(ctx, r.error());
    return Response::Redirect(303, ctx.L("/admin/users/" + std::to_string(id) + "?done=" + done));
}

// The account's page again with the refused form's errors next to its fields.
Response Refused(Ctx& ctx, std::int64_t id, const d::Error& error, bool email_form) {
    if (error.code != d::ErrorCode::Invalid) return ErrorPage(ctx, error);
    auto m = UserModelFor(ctx, id);
    if (!m) return NotFound(ctx);
    (email_form ? m->email_errors : m->delete_errors) = error.fields;
    if (email_form) m->new_email = ctx.req.FormOr("email");
    return HtmlResponse(views::UserPage(MakeFrame(ctx), *m), StatusOf(error.code));
}

std::optional<std::int64_t> AccountId(Ctx& ctx) {
    return LeadingId(ctx.params["id"]);
}

}  // namespace

Response UsersPage(Ctx& ctx) {
    views::UsersModel m;
    m.q = SearchBoxText(ctx.req);
    const auto page = std::clamp<std::int64_t>(LeadingId(ctx.req.QueryOr("page")).value_or(1), 1, 1 << 30);
    auto found = ctx.app.users.Find(m.q, static_cast<int>(page));
    if (!found) return NotFound(ctx, kPastTheLastPage);
    m.found = std::move(*found);
    m.page_link_base = ctx.L("/admin/users") + (m.q.empty() ? "" : "?q=" + UrlEncode(m.q));
    if (ctx.req.QueryOr("done") == "deleted")
        m.notice = N_("The account was deleted with all its publications and their photos.");
    return HtmlResponse(views::UsersPage(MakeFrame(ctx), m));
}

Response UserPage(Ctx& ctx) {
    auto id = AccountId(ctx);
    auto m = id ? UserModelFor(ctx, *id) : std::nullopt;
    if (!m) return NotFound(ctx);
    const std::string done = ctx.req.QueryOr("done");
    if (done == "blocked") m->notice = N_("The account is blocked; its publications are no longer public.");
    if (done == "unblocked")
        m->notice = N_("The account is unblocked; the publications the block stopped are public again.");
    if (done == "email") m->notice = N_("The email address was changed, and both addresses were told.");
    return HtmlResponse(views::UserPage(MakeFrame(ctx), *m));
}

Response BlockUser(Ctx& ctx) {
    auto id = AccountId(ctx);
    if (!id) return NotFound(ctx);
    return Done(ctx, *id, ctx.app.users.Block(ctx.user->account_id, *id), "blocked");
}

Response UnblockUser(Ctx& ctx) {
    auto id = AccountId(ctx);
    if (!id) return NotFound(ctx);
    return Done(ctx, *id, ctx.app.users.Unblock(ctx.user->account_id, *id), "unblocked");
}

Response ChangeUserEmail(Ctx& ctx) {
    auto id = AccountId(ctx);
    if (!id) return NotFound(ctx);
    auto r = ctx.app.users.ChangeEmail(ctx.user->account_id, *id, ctx.req.FormOr("email"));
    if (!r) return Refused(ctx, *id, r.error(), true);
    return Done(ctx, *id, d::Unit{}, "email");
}

Response DeleteUser(Ctx& ctx) {
    auto id = AccountId(ctx);
    if (!id) return NotFound(ctx);
    auto r = ctx.app.users.Delete(ctx.user->account_id, *id, ctx.req.FormOr("confirm") == "1");
    if (!r) return Refused(ctx, *id, r.error(), false);
    return Response::Redirect(303, ctx.L("/admin/users?done=deleted"));
}

}  // namespace ejob::web::handlers
