// The staff page: administrators add moderators and administrators, and change anyone's role.
#include "web/errors.hpp"
#include "web/handlers/handlers.hpp"
#include "web/qr_svg.hpp"
#include "web/responses.hpp"

namespace ejob::web::handlers {
namespace d = ejob::domain;

namespace {

views::StaffModel StaffModelFor(Ctx& ctx) {
    views::StaffModel m;
    m.staff = ctx.app.accounts.Staff();
    m.me = ctx.user->account_id;
    m.csrf = ctx.CsrfToken();
    return m;
}

// The page again with `form`'s values and errors; `email_field` and `role_field` name that form's fields (the
// domain names them "email" and "role").
Response StaffForm(Ctx& ctx, const char* form, const char* email_field, const char* role_field, d::Error error) {
    auto m = StaffModelFor(ctx);
    m.form = form;
    m.email = ctx.req.FormOr(email_field);
    m.role = ctx.req.FormOr(role_field);
    if (error.fields.empty()) error.fields.push_back({"email", error.message});
    for (auto& e : error.fields) e.field = e.field == "role" ? role_field : e.field == "email" ? email_field : e.field;
    m.errors = std::move(error.fields);
    return HtmlResponse(views::StaffPage(MakeFrame(ctx), m), StatusOf(error.code));
}

}  // namespace

Response StaffPage(Ctx& ctx) {
    auto m = StaffModelFor(ctx);
    const std::string done = ctx.req.QueryOr("done");
    if (done == "added") m.notice = N_("The staff account was created. It can sign in now.");
    if (done == "role") m.notice = N_("The role was changed.");
    return HtmlResponse(views::StaffPage(MakeFrame(ctx), m));
}

Response AddStaff(Ctx& ctx) {
    auto r = ctx.app.accounts.CreateStaff(ctx.req.FormOr("email"), ctx.req.FormOr("password"), ctx.req.FormOr("role"),
                                          ctx.user->account_id);
    if (!r) return StaffForm(ctx, "add", "email", "role", r.error());
    return Response::Redirect(303, ctx.L("/admin/staff?done=added"));
}

Response ChangeStaffRole(Ctx& ctx) {
    auto r =
        ctx.app.accounts.SetRole(ctx.user->account_id, ctx.req.FormOr("account_email"), ctx.req.FormOr("new_role"));
    if (!r) return StaffForm(ctx, "role", "account_email", "new_role", r.error());
    return Response::Redirect(303, ctx.L("/admin/staff?done=role"));
}

Response SecurityPage(Ctx& ctx) {
    views::SecurityModel m;
    m.enabled = ctx.user->second_factor;
    m.required = ctx.user->IsAdmin() && !m.enabled;
    if (!m.enabled) {
        d::Account me;
        me.id = ctx.user->account_id;
        me.email = ctx.user->email;
        auto offer = ctx.app.accounts.OfferTotp(me, "ejob");
        m.secret = offer.secret;
        m.signature = offer.signature;
        m.uri = offer.uri;
        m.qr_svg = QrSvg(offer.uri, ctx.tr("QR code for the authenticator app"));
    }
    m.csrf = ctx.CsrfToken();
    return HtmlResponse(views::SecurityPage(MakeFrame(ctx), m));
}

Response EnableSecondFactor(Ctx& ctx) {
    if (ctx.user->second_factor) return Response::Redirect(303, ctx.L("/admin/security"));
    const std::string secret = ctx.req.FormOr("secret"), signature = ctx.req.FormOr("signature");
    auto r = ctx.app.accounts.EnableTotp(ctx.user->account_id, secret, signature, ctx.req.FormOr("code"));
    views::SecurityModel m;
    m.csrf = ctx.CsrfToken();
    if (!r) {
        // The same key again, so that the app that scanned it keeps working; a key whose signature is wrong
        // (a stale or altered page) is replaced by a new one.
        d::Account me;
        me.id = ctx.user->account_id;
        me.email = ctx.user->email;
        auto offer = ctx.app.accounts.OfferTotp(me, "ejob");
        const bool same = r.error().code == d::ErrorCode::Invalid && !r.error().fields.empty();
        m.secret = same ? secret : offer.secret;
        m.signature = same ? signature : offer.signature;
        m.uri = same ? d::OneTimeCodes::Uri("ejob", me.email, secret) : offer.uri;
        m.qr_svg = QrSvg(m.uri, ctx.tr("QR code for the authenticator app"));
        m.required = ctx.user->IsAdmin();
        m.errors = r.error().fields;
        m.message = r.error().message;
        return HtmlResponse(views::SecurityPage(MakeFrame(ctx), m), 422);
    }
    m.enabled = true;
    m.recovery_codes = std::move(*r);
    return HtmlResponse(views::SecurityPage(MakeFrame(ctx), m));
}

Response RenewRecoveryCodes(Ctx& ctx) {
    views::SecurityModel m;
    m.csrf = ctx.CsrfToken();
    m.enabled = ctx.user->second_factor;
    auto r = ctx.app.accounts.RenewRecoveryCodes(ctx.user->account_id, ctx.req.FormOr("code"));
    if (!r) {
        if (r.error().code != d::ErrorCode::Invalid) return ErrorPage(ctx, r.error());
        m.errors = r.error().fields;
        return HtmlResponse(views::SecurityPage(MakeFrame(ctx), m), 422);
    }
    m.recovery_codes = std::move(*r);
    m.renewed = true;
    return HtmlResponse(views::SecurityPage(MakeFrame(ctx), m));
}

}  // namespace ejob::web::handlers
