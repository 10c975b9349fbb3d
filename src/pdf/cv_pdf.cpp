// The CV's PDF: the document (surface, metadata, photo), its pages drawn from the templates' flow parts, the footer,
// and the bounded renderer.
#include "pdf/cv_pdf.hpp"

#include <cairo-pdf.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <optional>

#include "pdf/flow.hpp"
#include "pdf/templates.hpp"

namespace ejob::pdf {

namespace {

struct JpegSize {
    int width = 0, height = 0;
};

// The pixel size from a JPEG's start-of-frame marker (any of SOF0…SOF15 but DHT, JPG and DAC); nullopt when the
// bytes are not a JPEG or end before a frame header.
std::optional<JpegSize> ReadJpegSize(const std::string& b) {
    auto byte = [&](size_t i) { return static_cast<unsigned char>(b[i]); };
    if (b.size() < 4 || byte(0) != 0xFF || byte(1) != 0xD8) return std::nullopt;
    size_t at = 2;
    while (at + 4 <= b.size()) {
        if (byte(at) != 0xFF) return std::nullopt;
        const unsigned marker = byte(at + 1);
        if (marker == 0xFF) {  // fill byte
            ++at;
            continue;
        }
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {  // markers without a length
            at += 2;
            continue;
        }
        if (marker == 0xD9 || marker == 0xDA) return std::nullopt;  // end of image, or scan data before any frame
        const size_t length = (byte(at + 2) << 8) | byte(at + 3);
        if (length < 2) return std::nullopt;
        if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
            if (at + 9 > b.size()) return std::nullopt;
            JpegSize s{(byte(at + 7) << 8) | byte(at + 8), (byte(at + 5) << 8) | byte(at + 6)};
            if (s.width <= 0 || s.height <= 0) return std::nullopt;
            return s;
        }
        at += 2 + length;
    }
    return std::nullopt;
}

// A cairo surface of the JPEG's size whose pixels are never drawn: the PDF backend embeds the attached JPEG bytes
// as the image (DCTDecode), so the photo is neither decoded nor re-encoded here.
templates::Photo MakePhoto(const CvDocument& doc) {
    templates::Photo photo;
    photo.circle = doc.draft.photo_shape != "square";
    if (doc.photo_jpeg.empty()) return photo;
    auto size = ReadJpegSize(doc.photo_jpeg);
    if (!size || size->width > 8000 || size->height > 8000) return photo;
    cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, size->width, size->height);
    auto* bytes = new std::string(doc.photo_jpeg);
    cairo_status_t st = cairo_surface_set_mime_data(
        s, CAIRO_MIME_TYPE_JPEG, reinterpret_cast<const unsigned char*>(bytes->data()), bytes->size(),
        [](void* p) { delete static_cast<std::string*>(p); }, bytes);
    if (st != CAIRO_STATUS_SUCCESS) {
        delete bytes;
        cairo_surface_destroy(s);
        return photo;
    }
    photo.surface = s;
    photo.width = size->width;
    photo.height = size->height;
    return photo;
}

cairo_status_t Append(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

std::string PageOf(const std::string& pattern, int page, int pages) {
    std::string out = pattern.empty() ? "{} / {}" : pattern;
    for (int n : {page, pages}) {
        size_t at = out.find("{}");
        if (at == std::string::npos) break;
        out.replace(at, 2, std::to_string(n));
    }
    return out;
}

void Footer(cairo_t* cr, const flow::Typesetter& ts, const CvDocument& doc, const flow::Part& part, int page,
            int pages) {
    const flow::TextStyle style = templates::FooterStyle(doc.draft.template_code);
    flow::Text name = ts.Shape(domain::cv::FullName(doc.draft), style, 0);
    flow::Text number = ts.Shape(PageOf(doc.labels.page_of, page, pages), style, 0);
    auto lines = number.Lines();
    const double top = flow::kPageHeight - templates::kFooterBaseline - (lines.empty() ? 0 : lines[0].baseline);
    cairo_set_source_rgb(cr, 0.78, 0.8, 0.83);
    cairo_set_line_width(cr, 0.5);
    cairo_move_to(cr, part.footer_left, top - 5);
    cairo_line_to(cr, part.footer_right, top - 5);
    cairo_stroke(cr);
    name.Draw(cr, part.footer_left, top);
    number.Draw(cr, part.footer_right - number.Width(), top);
}

}  // namespace

std::string RenderCv(const CvDocument& doc) {
    const domain::cv::Draft& d = doc.draft;
    std::string out;
    out.reserve(64 * 1024);
    cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(Append, &out, flow::kPageWidth, flow::kPageHeight);
    const std::string name = domain::cv::FullName(d);
    const std::string title = !name.empty() ? name + " — CV" : !d.title.empty() ? d.title : "CV";
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title.c_str());
    if (!name.empty()) cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, name.c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "ejob");

    templates::Photo photo = MakePhoto(doc);
    {
        flow::FontMapLease font_map;
        const flow::Typesetter ts(font_map.get(), doc.labels.lang.empty() ? d.pdf_lang : doc.labels.lang);
        const std::vector<flow::Part> parts = templates::Build(doc, ts, photo);

        struct Laid {
            std::vector<std::vector<std::vector<flow::Placed>>> columns;  // column → page → rows
            int pages = 1;
        };
        std::vector<Laid> laid;
        int total = 0;
        for (const auto& part : parts) {
            Laid l;
            for (const auto& col : part.columns) {
                l.columns.push_back(flow::Paginate(col));
                l.pages = std::max(l.pages, static_cast<int>(l.columns.back().size()));
            }
            total += l.pages;
            laid.push_back(std::move(l));
        }

        cairo_t* cr = cairo_create(surface);
        int page = 0;
        for (size_t p = 0; p < parts.size(); ++p) {
            for (int i = 0; i < laid[p].pages; ++i) {
                ++page;
                if (parts[p].background) parts[p].background(cr, i);
                for (size_t c = 0; c < parts[p].columns.size(); ++c) {
                    const auto& pages = laid[p].columns[c];
                    if (static_cast<size_t>(i) >= pages.size()) continue;
                    for (const flow::Placed& placed : pages[static_cast<size_t>(i)])
                        if (placed.row->draw) placed.row->draw(cr, parts[p].columns[c].x, placed.y);
                }
                if (total > 1) Footer(cr, ts, doc, parts[p], page, total);
                cairo_show_page(cr);
            }
        }
        cairo_destroy(cr);
        cairo_surface_finish(surface);
    }
    const bool ok = cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS;
    cairo_surface_destroy(surface);
    if (photo.surface) cairo_surface_destroy(photo.surface);
    if (!ok) return {};
    return out;
}

int PageCount(const std::string& pdf) {
    // cairo writes one page tree: "/Type /Pages … /Count N".
    size_t at = pdf.find("/Type /Pages");
    if (at == std::string::npos) return 0;
    at = pdf.find("/Count", at);
    if (at == std::string::npos) return 0;
    at += 6;
    while (at < pdf.size() && std::isspace(static_cast<unsigned char>(pdf[at]))) ++at;
    int n = 0;
    while (at < pdf.size() && std::isdigit(static_cast<unsigned char>(pdf[at]))) n = n * 10 + (pdf[at++] - '0');
    return n;
}

CvPdfRenderer::CvPdfRenderer(int slots) : slots_(std::clamp(slots, 1, kMaxSlots)) {
    // One warmed font map per slot, so that the first renders do not load fonts.
    flow::FontMaps::Instance().Warm(std::clamp(slots, 1, kMaxSlots));
}

std::optional<std::string> CvPdfRenderer::TryRender(const CvDocument& doc, std::chrono::milliseconds wait) {
    const bool got = wait.count() <= 0 ? slots_.try_acquire() : slots_.try_acquire_for(wait);
    if (!got) return std::nullopt;
    struct Release {
        std::counting_semaphore<kMaxSlots>& s;
        ~Release() { s.release(); }
    } release{slots_};
    return RenderCv(doc);
}

}  // namespace ejob::pdf
