// Administration: sign-in, the moderation queue of every kind, review, approve, reject, delete.
#include "domain/publications/rejection_reasons.hpp"
#include "web/handlers/handlers.hpp"
#include "web/handlers/publication_handlers.hpp"
#include "web/views/dashboard_views.hpp"

namespace ejob::web::handlers {
namespace d = ejob::domain;

namespace {

template <typename F>
Response WithKind(Ctx& ctx, F&& f) {
    auto r = WithKindOf(ctx, LeadingId(ctx.params["id"]), std::forward<F>(f));
    return r ? std::move(*r) : NotFound(ctx);
}

// The review page of one version: the publication as the public will see it, beside its editable fields.
template <typename Kind>
views::ReviewModel ReviewOf(Ctx& ctx, const d::PublicationRecord<typename Kind::Content>& r,
                            const typename Kind::Draft* corrected, std::vector<d::FieldError> errors) {
    using W = KindWeb<Kind>;
    views::ReviewModel m;
    m.publication = r.publication;
    m.latest = r.latest;
    const auto& content = r.latest_content ? *r.latest_content : *r.live;
    m.title = Kind::Title(content);
    if (r.live && r.latest_content) m.live_title = Kind::Title(*r.live) + " — " + Kind::Subtitle(*r.live);
    // Contacts as a visitor sees them after "Show contacts" (none at all for an anonymous resume).
    views::ContactsModel contacts;
    contacts.hidden = content.privacy == d::ContactVisibility::Anonymous;
    if (!contacts.hidden) {
        contacts.shown = W::Contacts(ctx.tr, content);
        for (auto& line : *contacts.shown)  // "tel:+994 50 …" is not a valid URL: no spaces in the link
            if (line.href.starts_with("tel:")) std::erase(line.href, ' ');
    }
    views::KindReview<typename Kind::Content, typename Kind::Draft> review;
    review.preview = {r.publication, content, std::move(contacts), "/admin/media/"};
    review.editor.draft = corrected ? *corrected : Kind::ToDraft(content);
    review.editor.draft.photos = content.photos;
    review.editor.errors = errors;
    review.editor.moderator = true;
    review.editor.photo_url_prefix = "/admin/media/";
    m.subject = std::move(review);
    m.errors = std::move(errors);
    m.rules = CurrentRules(ctx, Kind::kName);
    m.csrf = ctx.CsrfToken();
    return m;
}

template <typename Kind>
Response ReviewPage(Ctx& ctx, std::int64_t id) {
    auto record = KindWeb<Kind>::Service(ctx).ForModeration(id);
    if (!record) return NotFound(ctx);
    return HtmlResponse(views::AdminReview(MakeFrame(ctx), ReviewOf<Kind>(ctx, record.value(), nullptr, {})));
}

template <typename Kind>
Response ApproveOf(Ctx& ctx, std::int64_t id) {
    using W = KindWeb<Kind>;
    auto draft = W::Parse(ctx);
    auto result = W::Service(ctx).Approve(ctx.user->account_id, id, draft, ctx.req.FormAll("remove_photo"));
    if (!result) {
        auto record = W::Service(ctx).ForModeration(id);
        if (!record) return NotFound(ctx);
        bool invalid = result.error().code == d::ErrorCode::Invalid;
        auto m = ReviewOf<Kind>(ctx, record.value(), invalid ? &draft : nullptr,
                                invalid ? result.error().fields : std::vector<d::FieldError>{});
        if (!invalid) m.conflict = result.error().message;
        return HtmlResponse(views::AdminReview(MakeFrame(ctx), m), invalid ? 422 : 409);
    }
    return Response::Redirect(303, ctx.L("/admin/moderation?done=approved"));
}

// The reason reaches the owner (manage page and mail) in the owner's language, whatever the moderator's.
template <typename Kind>
Response RejectOf(Ctx& ctx, std::int64_t id) {
    using W = KindWeb<Kind>;
    auto record = W::Service(ctx).ForModeration(id);
    if (!record) return NotFound(ctx);
    d::RejectionChoice choice{ctx.req.FormAll("rule"), ctx.req.FormOr("reason")};
    const Lang owner_lang = ParseLang(record->publication.lang).value_or(Lang::Az);
    Tr owner_tr(owner_lang);
    auto reason = d::ComposeRejectionReason(ctx.app.documents.Rules(Kind::kName, Code(owner_lang)), choice,
                                            [&](const char* msgid) { return std::string(owner_tr(msgid)); });
    auto result =
        reason ? W::Service(ctx).Reject(ctx.user->account_id, id, *reason) : d::Result<d::Unit>(reason.error());
    if (!result) {
        if (result.error().code == d::ErrorCode::NotFound) return NotFound(ctx);
        record = W::Service(ctx).ForModeration(id);
        if (!record) return NotFound(ctx);
        auto m = ReviewOf<Kind>(ctx, record.value(), nullptr, {});
        m.reason = choice.note;
        m.chosen_rules = choice.rules;
        if (result.error().code == d::ErrorCode::Invalid)
            m.reason_errors = result.error().fields;
        else
            m.conflict = result.error().message;
        return HtmlResponse(views::AdminReview(MakeFrame(ctx), m), StatusOf(result.error().code));
    }
    return Response::Redirect(303, ctx.L("/admin/moderation?done=rejected"));
}

template <typename Kind>
Response DeleteOf(Ctx& ctx, std::int64_t id) {
    if (!KindWeb<Kind>::Service(ctx).Delete(ctx.user->account_id, id)) return NotFound(ctx);
    return Response::Redirect(303, ctx.L("/admin/moderation?done=deleted"));
}

}  // namespace

// The dashboard: what waits, the decisions of the last 14 days and, for administrators, requests and retention.
Response AdminHome(Ctx& ctx) {
    views::DashboardModel m;
    m.now = ctx.app.clock.Now();
    m.figures = ctx.app.dashboard.Read(m.now, 14);
    return HtmlResponse(views::DashboardPage(MakeFrame(ctx), m));
}

Response AdminLoginForm(Ctx& ctx) {
    if (ctx.IsStaff()) return Response::Redirect(303, ctx.L("/admin/moderation"));
    views::LoginModel m;
    m.csrf = ctx.CsrfToken();
    return HtmlResponse(views::AdminLogin(MakeFrame(ctx), m));
}

Response AdminLogin(Ctx& ctx) {
    const std::string email = ctx.req.FormOr("email"), password = ctx.req.FormOr("password");
    const std::string code = ctx.req.FormOr("code"), browser = ctx.req.Cookie(ctx.CookieName(kBrowserCookie));
    auto result = ctx.app.accounts.SignIn({email, password, code, browser}, ctx.req.remote_ip, d::roles::kAnyStaff);
    if (!result) {
        views::LoginModel m;
        m.email = email;
        m.csrf = ctx.CsrfToken();
        bool limited = result.error().code == d::ErrorCode::RateLimited;
        m.error = limited ? result.error().message : result.error().fields.front().message;
        return HtmlResponse(views::AdminLogin(MakeFrame(ctx), m), StatusOf(result.error().code));
    }
    return StartSession(ctx, *result, ctx.L("/admin/moderation"));
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
