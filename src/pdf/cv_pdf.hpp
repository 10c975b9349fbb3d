#pragma once
// The CV Maker's PDF: a draft typeset with pango on a cairo PDF surface. A4, real text (what was typed is what a
// reader extracts), fonts embedded as subsets, lines wrapped without hyphens, a heading never left at the foot of a
// page without its first line, the name and page number in the footer when there is more than one page, and the
// document's title and author set. Three templates: classic (one column), modern (a sidebar), compact.
#include <chrono>
#include <optional>
#include <semaphore>
#include <string>

#include "domain/cv_maker/cv_draft.hpp"

namespace ejob::pdf {

struct CvDocument {
    domain::cv::Draft draft;    // checked (domain::cv::CheckDraft)
    domain::cv::Labels labels;  // in draft.pdf_lang
    std::string photo_jpeg;     // a square JPEG, or "" for none; cropped to draft.photo_shape
};

// The PDF's bytes. Thread-safe; each call takes ~5–25 ms, so bound concurrency with CvPdfRenderer.
std::string RenderCv(const CvDocument& doc);

// The number of pages of a PDF made by RenderCv (for tests and logs).
int PageCount(const std::string& pdf);

// Bounds concurrent renders with a counting semaphore, so PDF requests cannot take every server thread.
class CvPdfRenderer {
  public:
    static constexpr int kMaxSlots = 16;
    explicit CvPdfRenderer(int slots = 2);
    CvPdfRenderer(const CvPdfRenderer&) = delete;
    CvPdfRenderer& operator=(const CvPdfRenderer&) = delete;

    // Waits at most `wait` for a free slot; nullopt when none came free (answer "busy, try again").
    std::optional<std::string> TryRender(const CvDocument& doc, std::chrono::milliseconds wait);

  private:
    std::counting_semaphore<kMaxSlots> slots_;
};

}  // namespace ejob::pdf
