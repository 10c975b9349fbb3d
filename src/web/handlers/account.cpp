// Accounts: register, confirm, sign in/out, password reset, "My publications" with the owner's actions,
// requests to the administration, data export; and the administrators' side of those requests.
#include <nlohmann/json.hpp>

#include "web/handlers/handlers.hpp"
#include "web/handlers/publication_handlers.hpp"
#include "web/views/account_views.hpp"

namespace ejob::web::handlers {
namespace d = ejob::domain;

namespace {

views::CredentialsModel Credentials(Ctx& ctx, std::vector<d::FieldError> errors = {}, std::string message = {}) {
    views::CredentialsModel m;
    m.email = ctx.req.FormOr("email");
    m.csrf = ctx.CsrfToken();
    m.errors = std::move(errors);
    m.message = std::move(message);
    return m;
}

views::MyAccountModel AccountModel(Ctx& ctx) {
    views::MyAccountModel m;
    m.retention = ctx.app.retention;
    m.user = *ctx.user;
    m.items = ctx.app.owners.OwnedBy(ctx.user->account_id);
    std::vector<std::int64_t> ids;
    for (const auto& it : m.items) ids.push_back(it.id);
    m.reveals = ctx.app.reveal_log.Totals(
        ids, domain::BakuDayStart(ctx.app.clock.Now()) - (domain::kRevealLogDays - 1) * domain::kDay);
    m.earlier = ctx.app.earlier_publications.Offer(*ctx.user);
    m.requests = ctx.app.account_requests.Of(ctx.user->account_id);
    m.csrf = ctx.CsrfToken();
    return m;
}

}  // namespace

Response RegisterForm(Ctx& ctx) {
    return HtmlResponse(views::RegisterPage(MakeFrame(ctx), Credentials(ctx)));
}

Response Register(Ctx& ctx) {
    auto r = ctx.app.accounts.Register(ctx.req.FormOr("email"), ctx.req.FormOr("password"), Code(ctx.lang),
                                       ctx.req.remote_ip);
    if (!r) {
        auto m = Credentials(ctx, r.error().fields, r.error().message);
        m.message_arg = r.error().arg;
        auto page = HtmlResponse(views::RegisterPage(MakeFrame(ctx), m), StatusOf(r.error().code));
        AddRetryAfter(page, r.error());
        return page;
    }
    // The same page whether or not the email already had an account.
    return HtmlResponse(views::MessagePage(MakeFrame(ctx), N_("Check your email"),
                                           N_("We sent a link to confirm the address. You can sign in already."),
                                           ctx.L("/account/login"), N_("Sign in")));
}

// The link signs the person in (a new session), and "My publications" offers their earlier publications.
Response Confirm(Ctx& ctx) {
    auto r = ctx.app.accounts.Confirm(ctx.params["token"]);
    if (!r)
        return HtmlResponse(views::MessagePage(MakeFrame(ctx), N_("The link is not valid"),
                                               N_("This confirmation link is not valid any more. Sign in and ask for a "
                                                  "new one."),
                                               ctx.L("/account/login"), N_("Sign in")),
                            404);
    return StartSession(ctx, *r, ctx.L("/account?done=confirmed"));
}

Response LoginForm(Ctx& ctx) {
    if (ctx.SignedIn()) return Response::Redirect(303, ctx.L("/account"));
    return HtmlResponse(views::LoginPage(MakeFrame(ctx), Credentials(ctx)));
}

Response Login(Ctx& ctx) {
    const std::string email = ctx.req.FormOr("email"), password = ctx.req.FormOr("password");
    const std::string browser = ctx.req.Cookie(ctx.CookieName(kBrowserCookie));
    auto r = ctx.app.accounts.SignIn({email, password, "", browser}, ctx.req.remote_ip, "");
    if (!r) {
        bool limited = r.error().code == d::ErrorCode::RateLimited;
        std::string message = limited ? r.error().message : r.error().fields.front().message;
        return HtmlResponse(views::LoginPage(MakeFrame(ctx), Credentials(ctx, {}, message)), StatusOf(r.error().code));
    }
    return StartSession(ctx, *r, ctx.L(d::roles::IsStaff(r->account.role) ? "/admin/moderation" : "/account"));
}

Response Logout(Ctx& ctx) {
    ctx.app.accounts.SignOut(ctx.req.Cookie(ctx.CookieName("ejob_session")));
    ctx.SetCookie("ejob_session", "", 0);
    return Response::Redirect(303, ctx.L("/"));
}

Response ResetRequestForm(Ctx& ctx) {
    return HtmlResponse(views::ResetRequestPage(MakeFrame(ctx), Credentials(ctx)));
}

Response ResetRequest(Ctx& ctx) {
    auto r = ctx.app.accounts.RequestPasswordReset(ctx.req.FormOr("email"), ctx.req.remote_ip);
    if (!r) {  // too many lately (counted whether or not the email has an account)
        auto m = Credentials(ctx, {}, r.error().message);
        m.message_arg = r.error().arg;
        auto page = HtmlResponse(views::ResetRequestPage(MakeFrame(ctx), m), StatusOf(r.error().code));
        AddRetryAfter(page, r.error());
        return page;
    }
    // The same answer whether or not the email has an account.
    return HtmlResponse(views::MessagePage(MakeFrame(ctx), N_("Check your email"),
                                           N_("If this email has an account, a link to set a new password is on its "
                                              "way. It works once, for an hour.")));
}

Response NewPasswordForm(Ctx& ctx) {
    auto m = Credentials(ctx);
    m.action = ctx.L("/account/password-reset/" + ctx.params["token"]);
    return HtmlResponse(views::NewPasswordPage(MakeFrame(ctx), m));
}

Response NewPassword(Ctx& ctx) {
    auto r = ctx.app.accounts.ResetPassword(ctx.params["token"], ctx.req.FormOr("password"));
    if (!r) {
        auto m = Credentials(ctx, r.error().fields, r.error().code == d::ErrorCode::Invalid ? "" : r.error().message);
        m.action = ctx.L("/account/password-reset/" + ctx.params["token"]);
        return HtmlResponse(views::NewPasswordPage(MakeFrame(ctx), m), StatusOf(r.error().code));
    }
    return HtmlResponse(views::MessagePage(MakeFrame(ctx), N_("Password changed"),
                                           N_("Your new password is saved, and every other session has ended."),
                                           ctx.L("/account/login"), N_("Sign in")));
}

Response MyAccount(Ctx& ctx) {
    auto m = AccountModel(ctx);
    std::string done = ctx.req.QueryOr("done");
    if (done == "edited") m.notice = N_("Your changes were received and will be checked by a moderator.");
    if (done == "stopped") m.notice = N_("The publication is stopped: it is no longer shown on the site.");
    if (done == "resumed") m.notice = N_("The publication is shown on the site again.");
    if (done == "deletion") m.notice = N_("Your request to delete the publication was sent to the administration.");
    if (done == "request") m.notice = N_("Your request was sent to the administration.");
    if (done == "resent") m.notice = N_("We sent a new confirmation link.");
    if (done == "confirmed") m.notice = N_("Thank you: your email address is confirmed, and you are signed in.");
    if (done == "attached") m.notice = N_("The chosen publications are now in your account.");
    return HtmlResponse(views::MyAccountPage(MakeFrame(ctx), m));
}

// Takes the chosen earlier publications into the account; the service re-checks each against the offer.
Response AttachEarlier(Ctx& ctx) {
    std::vector<std::int64_t> ids;
    for (const auto& v : ctx.req.FormAll("attach"))
        if (auto id = LeadingId(v)) ids.push_back(*id);
    auto r = ctx.app.earlier_publications.Attach(*ctx.user, ids);
    if (!r) {
        auto m = AccountModel(ctx);
        const auto code = r.error().code;
        if (code == d::ErrorCode::Invalid)
            m.attach_errors = r.error().fields;
        else
            m.attach_message = r.error().message;
        return HtmlResponse(views::MyAccountPage(MakeFrame(ctx), m), StatusOf(code));
    }
    return Response::Redirect(303, ctx.L("/account?done=attached"));
}

Response ResendConfirmation(Ctx& ctx) {
    auto r = ctx.app.accounts.ResendConfirmation(ctx.user->account_id);
    if (!r) return ErrorPage(ctx, r.error());
    return Response::Redirect(303, ctx.L("/account?done=resent"));
}

Response RequestEmailChange(Ctx& ctx) {
    auto r = ctx.app.account_requests.RequestEmailChange(ctx.user->account_id, ctx.req.FormOr("new_email"));
    if (!r) {
        if (r.error().code != d::ErrorCode::Invalid) return ErrorPage(ctx, r.error());
        auto m = AccountModel(ctx);
        m.errors = r.error().fields;
        m.new_email = ctx.req.FormOr("new_email");
        return HtmlResponse(views::MyAccountPage(MakeFrame(ctx), m), 422);
    }
    return Response::Redirect(303, ctx.L("/account?done=request"));
}

Response RequestAccountDeletion(Ctx& ctx) {
    auto r = ctx.app.account_requests.RequestDeletion(ctx.user->account_id);
    if (!r) return ErrorPage(ctx, r.error());
    return Response::Redirect(303, ctx.L("/account?done=request"));
}

Response ExportData(Ctx& ctx) {
    nlohmann::json j;
    j["account"] = {
        {"email", ctx.user->email}, {"created_at", ctx.user->created_at}, {"confirmed", ctx.user->confirmed}};
    j["publications"] = nlohmann::json::parse(ctx.app.owners.ExportPublications(ctx.user->account_id));
    nlohmann::json requests = nlohmann::json::array();
    for (const auto& r : ctx.app.account_requests.Of(ctx.user->account_id))
        requests.push_back(
            {{"kind", r.kind}, {"new_email", r.new_email}, {"status", r.status}, {"created_at", r.created_at}});
    j["requests"] = requests;
    Response resp;
    resp.content_type = "application/json; charset=utf-8";
    resp.body = j.dump(2);
    resp.headers.emplace_back("Content-Disposition", "attachment; filename=\"ejob-data.json\"");
    return resp;
}

// ---- the owner's actions on one publication: someone else's is "not found", like a missing one

namespace {
template <typename F>
Response WithOwned(Ctx& ctx, F&& f) {
    auto id = LeadingId(ctx.params["id"]);
    auto r = WithKindOf(ctx, id, [&]<typename Kind>(std::int64_t pid) -> Response {
        auto record = KindWeb<Kind>::Service(ctx).Owned(ctx.user->account_id, pid);
        if (!record) return NotFound(ctx);
        return f.template operator()<Kind>(pid, record.value());
    });
    return r ? std::move(*r) : NotFound(ctx);
}
}  // namespace

Response OwnerEditForm(Ctx& ctx) {
    return WithOwned(ctx, [&]<typename Kind>(std::int64_t id, const auto& record) {
        return EditFormOf<Kind>(ctx, OwnerTarget(ctx, id), record);
    });
}

Response OwnerEdit(Ctx& ctx) {
    return WithOwned(ctx, [&]<typename Kind>(std::int64_t id, const auto& record) {
        return EditOf<Kind>(ctx, OwnerTarget(ctx, id), record, [&](const auto& draft, auto& photos) {
            return KindWeb<Kind>::Service(ctx).OwnerEdit(ctx.user->account_id, id, draft, photos);
        });
    });
}

Response OwnerStop(Ctx& ctx) {
    return WithOwned(ctx, [&]<typename Kind>(std::int64_t id, const auto&) {
        auto r = KindWeb<Kind>::Service(ctx).Stop(ctx.user->account_id, id);
        if (!r) return ErrorPage(ctx, r.error());
        return Response::Redirect(303, ctx.L("/account?done=stopped"));
    });
}

Response OwnerResume(Ctx& ctx) {
    return WithOwned(ctx, [&]<typename Kind>(std::int64_t id, const auto&) {
        auto r = KindWeb<Kind>::Service(ctx).Resume(ctx.user->account_id, id);
        if (!r) return ErrorPage(ctx, r.error());
        return Response::Redirect(303, ctx.L("/account?done=resumed"));
    });
}

Response OwnerDeleteRequest(Ctx& ctx) {
    return WithOwned(ctx, [&]<typename Kind>(std::int64_t id, const auto&) {
        auto r = KindWeb<Kind>::Service(ctx).OwnerRequestDeletion(ctx.user->account_id, id);
        if (!r) return ErrorPage(ctx, r.error());
        return Response::Redirect(303, ctx.L("/account?done=deletion"));
    });
}

Response OwnerMedia(Ctx& ctx) {
    return WithOwned(ctx, [&]<typename Kind>(std::int64_t, const auto& record) {
        auto photos = d::PublicationService<Kind>::EditablePhotos(record);
        if (record.live) photos.insert(photos.end(), record.live->photos.begin(), record.live->photos.end());
        return ServePhoto(ctx, ctx.params["file"], photos);
    });
}

// ---- administrators: requests about accounts

Response AdminRequests(Ctx& ctx) {
    views::AdminRequestsModel m;
    m.requests = ctx.app.account_requests.Pending();
    m.csrf = ctx.CsrfToken();
    std::string done = ctx.req.QueryOr("done");
    if (done == "1") m.notice = N_("The request was carried out.");
    if (done == "refused") m.notice = N_("The request was refused.");
    return HtmlResponse(views::AdminRequestsPage(MakeFrame(ctx), m));
}

Response AdminRequestDone(Ctx& ctx) {
    auto id = LeadingId(ctx.params["id"]);
    if (!id) return NotFound(ctx);
    if (ctx.app.account_requests.ForDeletion(*id)) {
        // The account goes with all its data, publications and their photos included.
        if (!ctx.app.account_deletion.CarryOut(ctx.user->account_id, *id)) return NotFound(ctx);
        return Response::Redirect(303, ctx.L("/admin/requests?done=1"));
    }
    auto r = ctx.app.users.CarryOutEmailChange(ctx.user->account_id, *id);
    if (!r) return ErrorPage(ctx, r.error());
    return Response::Redirect(303, ctx.L("/admin/requests?done=1"));
}

Response AdminRequestRefuse(Ctx& ctx) {
    auto id = LeadingId(ctx.params["id"]);
    if (!id) return NotFound(ctx);
    ctx.app.account_requests.Refuse(*id);
    return Response::Redirect(303, ctx.L("/admin/requests?done=refused"));
}

Response StartSession(Ctx& ctx, const d::AccountService::SignedIn& signed_in, const std::string& next) {
    // A fresh session id; the old session (if any) ends.
    std::string old = ctx.req.Cookie(ctx.CookieName("ejob_session"));
    if (!old.empty()) ctx.app.accounts.SignOut(old);
    ctx.SetCookie("ejob_session", signed_in.session_token, -1);
    ctx.SetCookie(kBrowserCookie, signed_in.browser_token, d::AccountService::kBrowserTrust / d::kSecond);
    return Response::Redirect(303, next);
}

}  // namespace ejob::web::handlers
