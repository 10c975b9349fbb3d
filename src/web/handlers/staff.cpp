// The staff page: administrators add moderators and administrators, and change anyone's role.
#include "web/errors.hpp"
#include "web/handlers/handlers.hpp"
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
    auto r = ctx.app.accounts.CreateStaff(ctx.req.FormOr("email"), ctx.req.FormOr("password"), ctx.req.FormOr("role"));
    if (!r) return StaffForm(ctx, "add", "email", "role", r.error());
    return Response::Redirect(303, ctx.L("/admin/staff?done=added"));
}

Response ChangeStaffRole(Ctx& ctx) {
    auto r =
        ctx.app.accounts.SetRole(ctx.user->account_id, ctx.req.FormOr("account_email"), ctx.req.FormOr("new_role"));
    if (!r) return StaffForm(ctx, "role", "account_email", "new_role", r.error());
    return Response::Redirect(303, ctx.L("/admin/staff?done=role"));
}

}  // namespace ejob::web::handlers
