#include "domain/text/text.hpp"
#include "web/errors.hpp"
#include "web/http/multipart.hpp"
#include "web/middleware/chain.hpp"
#include "web/responses.hpp"
#include "web/router.hpp"

namespace ejob::web::middleware {
namespace {

constexpr size_t kMaxFormFields = 200;

bool HasContentType(const http::Request& req, std::string_view type) {
    const std::string* ct = req.Header("content-type");
    return ct && ct->rfind(type, 0) == 0;
}

void Clean(http::Fields& form) {
    for (auto& [k, v] : form) v = domain::text::CleanInput(v);
}

// The photos of a form are over the limit: the page links back to the form, if the address has one.
http::Response PhotosTooLarge(Ctx& ctx) {
    std::string form_url = HasRoute("GET", ctx.path) ? ctx.L(ctx.path) : "";
    return HtmlResponse(views::PhotoTooLargePage(MakeFrame(ctx), form_url), 413);
}

}  // namespace

http::Response ReadForm(Ctx& ctx, Next next) {
    auto& req = ctx.req;
    const bool upload = (ctx.route_flags & kUpload) && HasContentType(req, "multipart/form-data");
    if (req.body_too_large) {
        if (!upload) {
            auto resp = ErrorPage(ctx, 413, refusal::kFormTooLarge);
            resp.headers.emplace_back("Connection", "close");
            return resp;
        }
        // Text fields are bounded far below the upload limit: it is the photos. The body was not read, so the page
        // sends the visitor back to the form (Back keeps what was typed; the link opens it afresh).
        auto resp = PhotosTooLarge(ctx);
        resp.headers.emplace_back("Connection", "close");
        return resp;
    }
    if (req.method != "POST") return next(ctx);
    if (HasContentType(req, "application/x-www-form-urlencoded")) {
        req.form = http::ParseUrlEncoded(req.body, kMaxFormFields + 1);
        Clean(req.form);
    } else if (upload && http::MultipartBoundary(*req.Header("content-type"))) {
        // A file part may be as large as the body: the photo pipeline refuses one over 10 MB before decoding it,
        // and the handler shows the filled form again with that message next to the photo field.
        auto parsed =
            http::ParseMultipart(*req.Header("content-type"), req.body,
                                 {.max_parts = kMaxFormFields, .max_files = 10, .max_file_bytes = kUploadBodyLimit});
        switch (parsed.error) {
            case http::MultipartError::None:
                break;
            case http::MultipartError::FileTooLarge:
                return PhotosTooLarge(ctx);
            case http::MultipartError::FieldTooLarge:
                return ErrorPage(ctx, 413, refusal::kFormTooLarge);
            case http::MultipartError::TooManyParts:
            case http::MultipartError::TooManyFiles:
                return ErrorPage(ctx, 413, refusal::kTooManyFields);
            default:
                return ErrorPage(ctx, 400, refusal::kUnreadableForm);
        }
        req.form = std::move(parsed.fields);
        Clean(req.form);
        req.files = std::move(parsed.files);
        req.body.clear();
    }
    if (req.form.size() > kMaxFormFields) return ErrorPage(ctx, 413, refusal::kTooManyFields);
    return next(ctx);
}

}  // namespace ejob::web::middleware
