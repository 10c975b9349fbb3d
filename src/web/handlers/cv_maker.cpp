// The CV Maker. The draft lives in the database for the day, found by the hash of the random token in the visitor's
// "ejob_cv" cookie: no URL names it, so another visitor, an administrator or a search engine cannot reach it. Every
// answer about a draft is "no-store".
#include "domain/common/msgid.hpp"
#include "formats/json_resume.hpp"
#include "web/errors.hpp"
#include "web/handlers/form_rows.hpp"
#include "web/handlers/handlers.hpp"
#include "web/handlers/publication_handlers.hpp"
#include "web/responses.hpp"
#include "web/uploads.hpp"
#include "web/views/account_views.hpp"
#include "web/views/cv_maker_views.hpp"
#include "web/views/resume_views.hpp"

namespace ejob::web::handlers {
namespace cv = ejob::domain::cv;

namespace {

constexpr const char* kCookie = "ejob_cv";

std::string Token(const Ctx& ctx) {
    return ctx.req.Cookie(ctx.CookieName(kCookie));
}

void KeepCookie(Ctx& ctx, const std::string& token, domain::Millis expires_at) {
    long seconds = static_cast<long>((expires_at - ctx.app.clock.Now()) / 1000);
    ctx.SetCookie(kCookie, token, seconds > 0 ? seconds : 0);
}

http::Response NoStore(http::Response r) {
    r.headers.emplace_back("Cache-Control", "no-store");
    return r;
}

cv::Draft ParseDraft(const Ctx& ctx) {
    const auto& r = ctx.req;
    cv::Draft d;
    d.template_code = r.FormOr("template_code");
    d.pdf_lang = r.FormOr("pdf_lang");
    d.photo_shape = r.FormOr("photo_shape");
    d.first_name = r.FormOr("first_name");
    d.last_name = r.FormOr("last_name");
    d.title = r.FormOr("title");
    d.desired_salary = r.FormOr("desired_salary");
    d.email = r.FormOr("email");
    d.phone = r.FormOr("phone");
    d.city = r.FormOr("city");
    d.birth_date = r.FormOr("birth_date");
    d.summary = r.FormOr("summary");
    d.jobs = ReadRows<cv::Job>(r, "jobs",
                               {{"employer", &cv::Job::employer},
                                {"position", &cv::Job::position},
                                {"city", &cv::Job::city},
                                {"start", &cv::Job::start},
                                {"end", &cv::Job::end},
                                {"duties", &cv::Job::duties}});
    d.education = ReadRows<cv::Study>(r, "education",
                                      {{"institution", &cv::Study::institution},
                                       {"area", &cv::Study::area},
                                       {"degree", &cv::Study::degree},
                                       {"start", &cv::Study::start},
                                       {"end", &cv::Study::end}});
    d.languages = ReadRows<cv::Language>(r, "languages",
                                         {{"language", &cv::Language::language}, {"level", &cv::Language::level}});
    d.skills = r.FormOr("skills");
    d.courses = ReadRows<cv::Course>(
        r, "courses", {{"name", &cv::Course::name}, {"issuer", &cv::Course::issuer}, {"date", &cv::Course::date}});
    d.links = ReadRows<cv::Link>(r, "links", {{"label", &cv::Link::label}, {"url", &cv::Link::url}});
    d.cover_letter = r.FormOr("cover_letter");
    return d;
}

bool EditRows(const Ctx& ctx, cv::Draft& d) {
    const std::string add = ctx.req.FormOr("add_row");
    if (add == "jobs") return AddRow(d.jobs);
    if (add == "education") return AddRow(d.education);
    if (add == "languages") return AddRow(d.languages);
    if (add == "courses") return AddRow(d.courses);
    if (add == "links") return AddRow(d.links);
    const std::string remove = ctx.req.FormOr("remove_row");
    const auto dot = remove.find('.');
    if (dot == std::string::npos) return false;
    const std::string group = remove.substr(0, dot);
    const std::string_view index = std::string_view(remove).substr(dot + 1);
    if (group == "jobs") return RemoveRow(d.jobs, index);
    if (group == "education") return RemoveRow(d.education, index);
    if (group == "languages") return RemoveRow(d.languages, index);
    if (group == "courses") return RemoveRow(d.courses, index);
    if (group == "links") return RemoveRow(d.links, index);
    return false;
}

views::CvMakerModel ModelOf(const std::optional<cv::StoredDraft>& stored) {
    views::CvMakerModel m;
    if (!stored) return m;
    m.draft = stored->draft;
    m.stored = true;
    m.has_photo = !stored->photo_jpeg.empty();
    m.expires_at = stored->expires_at;
    m.updated_at = stored->updated_at;
    return m;
}

http::Response Page(Ctx& ctx, views::CvMakerModel m, int status = 200) {
    m.csrf = ctx.CsrfToken();
    return NoStore(HtmlResponse(views::CvMakerPage(MakeFrame(ctx), m), status));
}

http::Response Busy(Ctx& ctx) {
    auto r = HtmlResponse(views::MessagePage(MakeFrame(ctx), N_("Too many PDFs are being made right now"),
                                             N_("Please try again in a few seconds. Your draft is kept."),
                                             ctx.L("/cv-maker"), N_("Back to the CV Maker")),
                          503);
    r.headers.emplace_back("Retry-After", "2");
    return NoStore(std::move(r));
}

http::Response PdfOf(Ctx& ctx, const cv::StoredDraft& s) {
    const auto lang = ParseLang(s.draft.pdf_lang).value_or(Lang::Az);
    auto pdf = ctx.app.cv_printer.Print(s.draft, views::CvLabels(lang), s.photo_jpeg);
    if (!pdf) return Busy(ctx);
    http::Response r;
    r.content_type = "application/pdf";
    r.body = std::move(*pdf);
    r.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + cv::PdfFileName(s.draft) + "\"");
    return NoStore(std::move(r));
}

const http::UploadedFile* FileOf(const Ctx& ctx, std::string_view field) {
    for (const auto& f : ctx.req.files)
        if (f.field == field && !f.data.empty()) return &f;
    return nullptr;
}

}  // namespace

Response CvMaker(Ctx& ctx) {
    auto m = ModelOf(ctx.app.cv_drafts.Open(Token(ctx)));
    const std::string done = ctx.req.QueryOr("done");
    if (done == "saved") m.notice = N_("Saved. The draft is kept for today.");
    if (done == "imported") m.notice = N_("The file was imported.");
    return Page(ctx, std::move(m));
}

Response CvMakerSave(Ctx& ctx) {
    auto stored = ctx.app.cv_drafts.Open(Token(ctx));
    auto m = ModelOf(stored);
    m.draft = ParseDraft(ctx);
    // "Add a row" / "Remove" without JavaScript: the form again with a row more or less; nothing is saved.
    if (EditRows(ctx, m.draft)) return Page(ctx, std::move(m));

    cv::PhotoChange photo;
    if (const auto* file = FileOf(ctx, "photo")) {
        auto portrait = ctx.app.portraits.Make(file->data);
        if (portrait.refusal != domain::PhotoRefusal::None) {
            m.errors.push_back({"photo", domain::PhotoRefusalMessage(portrait.refusal)});
            return Page(ctx, std::move(m), portrait.refusal == domain::PhotoRefusal::TooLarge ? 413 : 422);
        }
        photo = {cv::PhotoChange::Kind::Replace, std::move(portrait.jpeg)};
    } else if (!ctx.req.FormOr("remove_photo").empty()) {
        photo.kind = cv::PhotoChange::Kind::Remove;
    }
    auto saved = ctx.app.cv_drafts.Save(Token(ctx), stored, m.draft, photo);
    if (!saved) {
        m.errors = saved.error().fields;
        return Page(ctx, std::move(m), 422);
    }
    KeepCookie(ctx, saved->token, saved->stored.expires_at);
    const std::string action = ctx.req.FormOr("action");
    if (action == "pdf") return PdfOf(ctx, saved->stored);
    if (action == "publish") return http::Response::Redirect(303, ctx.L("/cv-maker/publish"));
    if (action == "preview") return http::Response::Redirect(303, ctx.L("/cv-maker#preview"));
    return http::Response::Redirect(303, ctx.L("/cv-maker?done=saved"));
}

// The script's live preview: the typed values drawn, nothing saved.
Response CvMakerPreview(Ctx& ctx) {
    cv::Draft typed = ParseDraft(ctx);
    auto checked = cv::CheckDraft(typed);
    auto stored = ctx.app.cv_drafts.Open(Token(ctx));
    const bool photo = stored && !stored->photo_jpeg.empty() && ctx.req.FormOr("remove_photo").empty();
    http::Response r;
    r.body = views::CvPreview(MakeFrame(ctx), checked ? *checked : typed, photo, stored ? stored->updated_at : 0);
    return NoStore(std::move(r));
}

Response CvMakerPdf(Ctx& ctx) {
    auto stored = ctx.app.cv_drafts.Open(Token(ctx));
    if (!stored) return NoStore(NotFound(ctx));
    return PdfOf(ctx, *stored);
}

Response CvMakerPhoto(Ctx& ctx) {
    auto stored = ctx.app.cv_drafts.Open(Token(ctx));
    if (!stored || stored->photo_jpeg.empty()) return NoStore(NotFound(ctx));
    http::Response r;
    r.content_type = "image/jpeg";
    r.body = std::move(stored->photo_jpeg);
    r.headers.emplace_back("Content-Disposition", "inline");
    return NoStore(std::move(r));
}

Response CvMakerExport(Ctx& ctx) {
    auto stored = ctx.app.cv_drafts.Open(Token(ctx));
    if (!stored) return NoStore(NotFound(ctx));
    std::string name = cv::PdfFileName(stored->draft);
    name.replace(name.size() - 4, 4, ".json");
    http::Response r;
    r.content_type = "application/json; charset=utf-8";
    r.body = formats::ToJsonResume(stored->draft, stored->photo_jpeg);
    r.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + name + "\"");
    return NoStore(std::move(r));
}

Response CvMakerImport(Ctx& ctx) {
    auto stored = ctx.app.cv_drafts.Open(Token(ctx));
    auto refuse = [&](const char* message, std::string arg = {}) {
        auto m = ModelOf(stored);
        m.import_errors.push_back({"file", message, std::move(arg)});
        return Page(ctx, std::move(m), 422);
    };
    const auto* file = FileOf(ctx, "file");
    if (!file) return refuse(N_("Choose a JSON Resume file."));
    auto parsed = formats::FromJsonResume(file->data);
    if (!parsed) {
        const auto& fields = parsed.error().fields;
        if (fields.empty()) return refuse(N_("This is not a JSON Resume file: {}"), "?");
        if (fields.front().field == "file") return refuse(fields.front().message.c_str(), fields.front().arg);
        // A value the form would refuse: the file is not imported, and the message says which one.
        return refuse(N_("The file has a value the CV Maker does not accept ({}). Nothing was imported."),
                      fields.front().field);
    }
    cv::PhotoChange photo{cv::PhotoChange::Kind::Remove, {}};
    if (!parsed->photo_jpeg.empty()) {
        auto portrait = ctx.app.portraits.Make(parsed->photo_jpeg);
        if (portrait.refusal != domain::PhotoRefusal::None)
            return refuse(domain::PhotoRefusalMessage(portrait.refusal));
        photo = {cv::PhotoChange::Kind::Replace, std::move(portrait.jpeg)};
    }
    auto saved = ctx.app.cv_drafts.Save(Token(ctx), stored, parsed->draft, photo);
    if (!saved)
        return refuse(N_("The file has a value the CV Maker does not accept ({}). Nothing was imported."),
                      saved.error().fields.empty() ? "?" : saved.error().fields.front().field);
    KeepCookie(ctx, saved->token, saved->stored.expires_at);
    return http::Response::Redirect(303, ctx.L("/cv-maker?done=imported"));
}

Response CvMakerDelete(Ctx& ctx) {
    ctx.app.cv_drafts.Delete(Token(ctx));
    ctx.SetCookie(kCookie, "", 0);
    return NoStore(HtmlResponse(views::MessagePage(MakeFrame(ctx), N_("Your draft is deleted"),
                                                   N_("The draft and its photo are gone from the site."),
                                                   ctx.L("/cv-maker"), N_("Start a new CV"))));
}

// "Publish as a resume on the site": the resume form filled in from the draft (its photo held for the form), with a
// box of its own to tick. It is sent, checked and moderated like any resume.
Response CvMakerPublish(Ctx& ctx) {
    auto stored = ctx.app.cv_drafts.Open(Token(ctx));
    if (!stored) return http::Response::Redirect(303, ctx.L("/cv-maker"));
    auto draft = cv::ToResumeDraft(stored->draft);
    draft.lang = std::string(Code(ctx.lang));
    auto m = NewEditor<domain::ResumeKind>(ctx, std::move(draft), {});
    m.from_cv_maker = true;
    if (!stored->photo_jpeg.empty()) {
        FormPhotos photos;
        photos.choice.field = "photo";
        photos.choice.chosen.push_back(stored->photo_jpeg);
        m.held_photos = HoldFormPhotos(ctx, photos, m.errors);
    }
    return NoStore(HtmlResponse(views::ResumeForm(MakeFrame(ctx), m)));
}

}  // namespace ejob::web::handlers
