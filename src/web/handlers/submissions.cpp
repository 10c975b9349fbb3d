#include "domain/common/msgid.hpp"
#include "web/handlers/forms.hpp"
#include "web/handlers/handlers.hpp"
#include "web/page_cache.hpp"
#include "web/router.hpp"

namespace ejob::web::handlers {
namespace d = ejob::domain;

namespace {

views::FormModel NewForm(Ctx& ctx, d::VacancyDraft draft, std::vector<d::FieldError> errors) {
    views::FormModel m;
    m.draft = std::move(draft);
    m.errors = std::move(errors);
    m.csrf = ctx.CsrfToken();
    m.action = ctx.L("/vacancies/new");
    m.title = N_("Post a vacancy");
    m.submit_label = N_("Send for moderation");
    return m;
}

views::FormModel EditForm(Ctx& ctx, const std::string& token, d::VacancyDraft draft,
                          std::vector<d::FieldError> errors) {
    views::FormModel m;
    m.draft = std::move(draft);
    m.errors = std::move(errors);
    m.csrf = ctx.CsrfToken();
    m.action = ctx.L("/manage/" + token + "/edit");
    m.title = N_("Edit the vacancy");
    m.submit_label = N_("Send the changes for moderation");
    m.show_owner_email = false;
    return m;
}

Response NotFound(Ctx& ctx) {
    return ErrorResponse(ctx, 404, N_("This management link is not valid. Check that you copied it completely."));
}

}  // namespace

Response NewVacancyForm(Ctx& ctx) {
    d::VacancyDraft draft;
    return HtmlResponse(views::VacancyForm(MakeFrame(ctx), NewForm(ctx, draft, {})));
}

Response CreateVacancy(Ctx& ctx) {
    // Robots fill the hidden field; they get a thank-you page and nothing is stored.
    if (!ctx.req.FormOr("website").empty()) return HtmlResponse(views::SubmittedByBot(MakeFrame(ctx)));
    auto draft = DraftFromForm(ctx);
    auto result = ctx.app.vacancies.Submit(draft);
    if (!result) {
        if (result.error().code != d::ErrorCode::Invalid) return ErrorResponse(ctx, 500, result.error().message);
        return HtmlResponse(views::VacancyForm(MakeFrame(ctx), NewForm(ctx, draft, result.error().fields)), 422);
    }
    return Response::Redirect(303, ctx.L("/manage/" + result->manage_token + "?new=1"));
}

Response Manage(Ctx& ctx) {
    const std::string& token = ctx.params["token"];
    auto record = ctx.app.vacancies.Manage(token);
    if (!record) return NotFound(ctx);
    views::ManageModel m;
    m.record = std::move(record.value());
    m.token = token;
    m.csrf = ctx.CsrfToken();
    m.just_submitted = ctx.req.QueryOr("new") == "1";
    m.just_edited = ctx.req.QueryOr("edited") == "1";
    m.deletion_just_requested = ctx.req.QueryOr("deleted") == "1";
    m.manage_url = ctx.app.base_url + ctx.L("/manage/" + token);
    auto resp = HtmlResponse(views::ManagePage(MakeFrame(ctx), m));
    resp.headers.emplace_back("Referrer-Policy", "no-referrer");
    return resp;
}

Response ManageEditForm(Ctx& ctx) {
    const std::string& token = ctx.params["token"];
    auto record = ctx.app.vacancies.Manage(token);
    if (!record) return NotFound(ctx);
    const auto& content = record->latest_content ? *record->latest_content : *record->live;
    return HtmlResponse(views::VacancyForm(MakeFrame(ctx), EditForm(ctx, token, d::ToDraft(content), {})));
}

Response ManageEdit(Ctx& ctx) {
    const std::string& token = ctx.params["token"];
    auto draft = DraftFromForm(ctx);
    auto result = ctx.app.vacancies.Edit(token, draft);
    if (!result) {
        if (result.error().code == d::ErrorCode::NotFound) return NotFound(ctx);
        return HtmlResponse(views::VacancyForm(MakeFrame(ctx), EditForm(ctx, token, draft, result.error().fields)),
                            422);
    }
    return Response::Redirect(303, ctx.L("/manage/" + token + "?edited=1"));
}

Response ManageDelete(Ctx& ctx) {
    const std::string& token = ctx.params["token"];
    if (!ctx.app.vacancies.RequestDeletion(token)) return NotFound(ctx);
    return Response::Redirect(303, ctx.L("/manage/" + token + "?deleted=1"));
}

}  // namespace ejob::web::handlers
