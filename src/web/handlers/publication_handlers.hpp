#pragma once
// The lifecycle pages, written once for every kind of publication (see kinds.hpp for the per-kind traits).
#include <nlohmann/json.hpp>

#include "domain/text/text.hpp"
#include "web/handlers/forms.hpp"
#include "web/handlers/kinds.hpp"
#include "web/page_cache.hpp"
#include "web/router.hpp"
#include "web/uploads.hpp"

namespace ejob::web::handlers {

inline bool WantsJson(const Ctx& ctx) {
    const std::string* accept = ctx.req.Header("accept");
    return accept && accept->find("application/json") != std::string::npos;
}

inline http::Response Json(int status, const nlohmann::json& j) {
    http::Response r;
    r.status = status;
    r.content_type = "application/json; charset=utf-8";
    r.body = j.dump();
    return r;
}

template <typename Kind>
std::string PublicUrl(const Ctx& ctx, const domain::Publication& p) {
    return ctx.L(std::string(KindWeb<Kind>::kPath) + "/" + std::to_string(p.id) + "-" + p.slug);
}

// Who asks for contacts: the address, a stable id of the browser (from its CSRF cookie, never the cookie itself) and
// the account.
inline domain::Visitor RevealVisitor(const Ctx& ctx) {
    domain::Visitor v;
    v.ip = ctx.req.remote_ip;
    const std::string cookie = ctx.req.Cookie(ctx.CookieName("ejob_csrf"));
    if (!cookie.empty()) v.session = ctx.app.signer.Sign("reveal-session:" + cookie).substr(0, 22);
    if (ctx.user) v.account = ctx.user->account_id;
    v.trapped = ctx.app.crawlers.Trapped(v.ip);  // it followed the honeypot link: the hardest challenge
    return v;
}

// A refusal for doing something too often ([limits]): the minutes to wait in the message, and Retry-After.
inline void AddRetryAfter(http::Response& r, const domain::Error& e) {
    if (e.retry_after_ms > 0) r.headers.emplace_back("Retry-After", std::to_string((e.retry_after_ms + 999) / 1000));
}

// What the contacts block of a detail page may show this viewer.
template <typename Kind>
views::ContactsModel ContactsFor(Ctx& ctx, const domain::PublishedItem<typename Kind::Content>& item) {
    views::ContactsModel m;
    auto disclosure = domain::DisclosureFor(item.content.privacy, ctx.SignedIn());
    m.hidden = item.content.privacy == domain::ContactVisibility::Anonymous;
    m.needs_sign_in = !m.hidden && !disclosure.contacts;
    m.action = ctx.L(std::string(KindWeb<Kind>::kPath) + "/" + std::to_string(item.publication.id) + "/contacts");
    return m;
}

template <typename Kind>
http::Response Detail(Ctx& ctx) {
    using W = KindWeb<Kind>;
    const std::string& idslug = ctx.params["idslug"];
    auto id = LeadingId(idslug);
    auto item = id ? W::Service(ctx).Published(*id) : std::nullopt;
    if (!item) return NotFound(ctx, W::kNotPublished);
    std::string canonical = std::to_string(*id) + "-" + item->publication.slug;
    if (idslug != canonical) return http::Response::Redirect(301, PublicUrl<Kind>(ctx, item->publication));
    W::Service(ctx).CountView(*id);
    return HtmlResponse(W::Detail(MakeFrame(ctx), *item, ContactsFor<Kind>(ctx, *item)));
}

template <typename Kind>
http::Response RevealContacts(Ctx& ctx) {
    using W = KindWeb<Kind>;
    using Verdict = domain::RevealGuard::Verdict;
    auto id = LeadingId(ctx.params["id"]);
    auto item = id ? W::Service(ctx).Published(*id) : std::nullopt;
    if (!item) return NotFound(ctx, W::kNotPublished);
    const bool json = WantsJson(ctx);  // the page's script, which can answer a proof of work
    auto contacts = ContactsFor<Kind>(ctx, *item);
    auto answer = [&](int status, const char* msgid, std::string arg = {}) {
        if (json) return Json(status, {{"error", ctx.tr.Fmt(msgid, arg)}});
        contacts.error = msgid;
        contacts.error_arg = std::move(arg);
        return HtmlResponse(W::Detail(MakeFrame(ctx), *item, contacts), status);
    };
    if (contacts.hidden) return answer(403, N_("The author chose not to show contacts on the site."));
    if (contacts.needs_sign_in) return answer(403, N_("The author shows contacts to signed-in users only."));

    const auto decision = ctx.app.reveal.Ask(Kind::kName, *id, RevealVisitor(ctx), ctx.req.FormOr("challenge"),
                                             ctx.req.FormOr("solution"), json);
    switch (decision.verdict) {
        case Verdict::Reveal:
            break;
        case Verdict::Challenge:
        case Verdict::TooEarly: {
            const auto& c = decision.challenge;
            const domain::Millis wait = std::max<domain::Millis>(0, c.not_before - ctx.app.clock.Now());
            if (json) return Json(202, {{"challenge", c.token}, {"difficulty", c.difficulty}, {"wait_ms", wait}});
            contacts.challenge = c.token;
            contacts.wait_seconds = static_cast<int>((wait + 999) / 1000);
            contacts.error = decision.verdict == Verdict::TooEarly
                                 ? N_("A few more seconds, please: then press the button again.")
                                 : N_("To keep the contacts from robots, please wait {} seconds, then press the "
                                      "button again.");
            contacts.error_arg = std::to_string(contacts.wait_seconds);
            return HtmlResponse(W::Detail(MakeFrame(ctx), *item, contacts), 200);
        }
        case Verdict::OverQuota: {
            const long minutes = static_cast<long>((decision.retry_after + domain::kMinute - 1) / domain::kMinute);
            auto r = answer(429, N_("You asked for contacts too many times. You can ask again in {} min."),
                            std::to_string(minutes));
            r.headers.emplace_back("Retry-After", std::to_string((decision.retry_after + 999) / 1000));
            return r;
        }
        case Verdict::Replayed:
            return answer(409, N_("This check was already used. Press the button again."));
        case Verdict::BadToken:
            return answer(403, N_("The check did not pass. Press the button again."));
    }
    ctx.app.reveal_log.Count(*id, domain::BakuDayStart(ctx.app.clock.Now()));
    auto lines = W::Contacts(ctx.tr, item->content);
    if (json) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& l : lines) list.push_back({{"label", l.label}, {"value", l.value}, {"href", l.href}});
        return Json(200, {{"contacts", list}});
    }
    contacts.shown = std::move(lines);
    return HtmlResponse(W::Detail(MakeFrame(ctx), *item, contacts));
}

// The kind's current rules, shown above its form, and their date.
inline void SetRules(Ctx& ctx, views::EditorSettings& m, std::string_view kind) {
    const auto* doc = domain::RulesDocument(kind);
    if (!doc) return;
    auto current = ctx.app.documents.Current(*doc, Code(ctx.lang));
    m.rules = domain::SiteDocumentService::Numbered(kind, current.current.body);
    m.rules_updated = current.current.published_at;
}

template <typename Kind>
views::EditorModel<typename Kind::Draft> NewEditor(Ctx& ctx, typename Kind::Draft draft,
                                                   std::vector<domain::FieldError> errors) {
    views::EditorModel<typename Kind::Draft> m;
    m.draft = std::move(draft);
    m.errors = std::move(errors);
    m.csrf = ctx.CsrfToken();
    m.action = ctx.L(std::string(KindWeb<Kind>::kPath) + "/new");
    m.title = KindWeb<Kind>::NewTitle();
    m.submit_label = N_("Send for moderation");
    SetRules(ctx, m, Kind::kName);
    if (ctx.user) m.account_email = ctx.user->email;
    m.from_cv_maker = ctx.req.FormOr("from_cv_maker") == "1";
    m.publish_consent = !ctx.req.FormOr("publish_consent").empty();
    return m;
}

template <typename Kind>
http::Response NewForm(Ctx& ctx) {
    return HtmlResponse(KindWeb<Kind>::Form(MakeFrame(ctx), NewEditor<Kind>(ctx, {}, {})));
}

template <typename Kind>
http::Response Create(Ctx& ctx) {
    using W = KindWeb<Kind>;
    // Robots fill the hidden field; they get a thank-you page and nothing is stored.
    if (!ctx.req.FormOr("website").empty()) return HtmlResponse(views::SubmittedByBot(MakeFrame(ctx)));
    auto draft = W::Parse(ctx);
    auto photos = ReadFormPhotos(ctx, W::kPhotoField, Kind::kMaxPhotos, Kind::kMaxPhotos == 1);
    // The form shown again keeps the photos chosen now or held from an earlier attempt.
    auto form = [&](std::vector<domain::FieldError> errors, int status) {
        auto m = NewEditor<Kind>(ctx, draft, std::move(errors));
        m.held_photos = HoldFormPhotos(ctx, photos, m.errors);
        return HtmlResponse(W::Form(MakeFrame(ctx), m), status);
    };
    // "Add a row" / "remove a row" without JavaScript: show the form again, publish nothing.
    if (W::EditRows(ctx, draft)) return form(photos.errors, 200);
    if (!photos.errors.empty()) return form(photos.errors, photos.status);
    // A resume filled in from the CV Maker is published only when the person ticks the box that says so.
    if (ctx.req.FormOr("from_cv_maker") == "1" && ctx.req.FormOr("publish_consent").empty())
        return form({{"publish_consent", N_("Tick this box if you want the resume published on the site.")}}, 422);
    auto owner = ctx.user ? std::optional<std::int64_t>(ctx.user->account_id) : std::nullopt;
    if (ctx.user) draft.owner_email = ctx.user->email;  // the account's address, never one typed into the form
    auto result = W::Service(ctx).Submit(draft, photos.choice, owner, ctx.req.remote_ip);
    if (!result && result.error().code == domain::ErrorCode::RateLimited) {
        // Too many lately: the same form with everything typed, the refusal on top, nothing stored.
        auto m = NewEditor<Kind>(ctx, draft, {});
        m.refusal = result.error().message;
        m.refusal_arg = result.error().arg;
        m.held_photos = HoldFormPhotos(ctx, photos, m.errors);
        auto r = HtmlResponse(W::Form(MakeFrame(ctx), m), 429);
        AddRetryAfter(r, result.error());
        return r;
    }
    if (!result) return form(result.error().fields, 422);
    return http::Response::Redirect(303, ctx.L("/manage/" + result->manage_token + "?new=1"));
}

// ---- the owner's management link: /manage/{token}, whatever the kind

// Where an edit goes: through the private management link, or through the owner's account.
struct EditTarget {
    std::string action;        // form action
    std::string photo_prefix;  // where this viewer sees the stored photos
    std::string done_url;      // after a successful edit
};

inline EditTarget ManageTarget(const Ctx& ctx, const std::string& token) {
    return {ctx.L("/manage/" + token + "/edit"), "/manage/" + token + "/media/",
            ctx.L("/manage/" + token + "?edited=1")};
}

inline EditTarget OwnerTarget(const Ctx& ctx, std::int64_t id) {
    std::string base = "/account/publications/" + std::to_string(id);
    return {ctx.L(base + "/edit"), base + "/media/", ctx.L("/account?done=edited")};
}

template <typename Kind>
views::EditorModel<typename Kind::Draft> EditEditor(Ctx& ctx, const EditTarget& target, typename Kind::Draft draft,
                                                    std::vector<domain::FieldError> errors) {
    views::EditorModel<typename Kind::Draft> m;
    m.draft = std::move(draft);
    m.errors = std::move(errors);
    m.csrf = ctx.CsrfToken();
    m.action = target.action;
    m.title = KindWeb<Kind>::EditTitle();
    m.submit_label = N_("Send the changes for moderation");
    SetRules(ctx, m, Kind::kName);
    m.show_owner_email = false;
    m.photo_url_prefix = target.photo_prefix;
    return m;
}

template <typename Kind>
http::Response ManagePageOf(Ctx& ctx, const std::string& token,
                            const domain::PublicationRecord<typename Kind::Content>& r) {
    views::ManageModel m;
    m.publication = r.publication;
    m.title = Kind::Title(r.latest_content ? *r.latest_content : *r.live);
    m.latest = r.latest;
    m.token = token;
    m.csrf = ctx.CsrfToken();
    m.just_submitted = ctx.req.QueryOr("new") == "1";
    m.just_edited = ctx.req.QueryOr("edited") == "1";
    m.deletion_just_requested = ctx.req.QueryOr("deleted") == "1";
    m.attached = ctx.req.QueryOr("attached") == "1";
    m.manage_url = ctx.app.base_url + ctx.L("/manage/" + token);
    // Offered only where it can work: a publication in no account yet, and a confirmed account to take it.
    const bool in_no_account = ctx.SignedIn() && !r.publication.owner_account_id;
    m.can_attach = in_no_account && ctx.user->confirmed;
    m.attach_needs_confirmation = in_no_account && !ctx.user->confirmed;
    if (r.publication.status == domain::PublicationStatus::Published)
        m.public_url = PublicUrl<Kind>(ctx, r.publication);
    m.reveals = ctx.app.reveal_log.Days(
        r.publication.id, domain::BakuDayStart(ctx.app.clock.Now()) - (domain::kRevealLogDays - 1) * domain::kDay);
    return HtmlResponse(views::ManagePage(MakeFrame(ctx), m));
}

template <typename Kind>
http::Response EditFormOf(Ctx& ctx, const EditTarget& target,
                          const domain::PublicationRecord<typename Kind::Content>& r) {
    auto draft = Kind::ToDraft(r.latest_content ? *r.latest_content : *r.live);
    return HtmlResponse(KindWeb<Kind>::Form(MakeFrame(ctx), EditEditor<Kind>(ctx, target, draft, {})));
}

// `save(draft, photos)` is the service call: Edit through the token, or OwnerEdit through the account.
template <typename Kind, typename Save>
http::Response EditOf(Ctx& ctx, const EditTarget& target, const domain::PublicationRecord<typename Kind::Content>& r,
                      Save&& save) {
    using W = KindWeb<Kind>;
    auto draft = W::Parse(ctx);
    // The newest version's photos stay, except those ticked "Remove" (the same control as the moderator's).
    auto removed = ctx.req.FormAll("remove_photo");
    for (const auto& stem : domain::PublicationService<Kind>::EditablePhotos(r))
        if (std::find(removed.begin(), removed.end(), stem) == removed.end() &&
            std::find(draft.photos.begin(), draft.photos.end(), stem) == draft.photos.end())
            draft.photos.push_back(stem);
    size_t room = Kind::kMaxPhotos > draft.photos.size() ? Kind::kMaxPhotos - draft.photos.size() : 0;
    auto photos = ReadFormPhotos(ctx, W::kPhotoField, room, Kind::kMaxPhotos == 1);
    auto form = [&](std::vector<domain::FieldError> errors, int status) {
        auto m = EditEditor<Kind>(ctx, target, draft, std::move(errors));
        m.held_photos = HoldFormPhotos(ctx, photos, m.errors);
        return HtmlResponse(W::Form(MakeFrame(ctx), m), status);
    };
    if (W::EditRows(ctx, draft)) return form(photos.errors, 200);
    if (!photos.errors.empty()) return form(photos.errors, photos.status);
    domain::Result<domain::Unit> result = save(draft, photos.choice);
    if (!result) {
        if (result.error().code == domain::ErrorCode::NotFound) return NotFound(ctx);
        if (result.error().code != domain::ErrorCode::Invalid) return ErrorPage(ctx, result.error());
        return form(result.error().fields, 422);
    }
    return http::Response::Redirect(303, target.done_url);
}

// Finds the kind of publication `id` (one query) and calls `f.template operator()<Kind>(id)`; nullopt when there is
// none.
template <typename F>
std::optional<http::Response> WithKindOf(Ctx& ctx, std::optional<std::int64_t> id, F&& f) {
    auto kind = id ? ctx.app.kinds.KindOf(*id) : std::nullopt;
    std::optional<http::Response> out;
    if (kind) ctx.app.kinds.Visit(*kind, [&]<typename Kind>(auto&) { out = f.template operator()<Kind>(*id); });
    return out;
}

}  // namespace ejob::web::handlers
