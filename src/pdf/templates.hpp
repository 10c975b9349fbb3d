#pragma once
// The three CV templates as flow parts: classic (one column, serif headings, dates on the right), modern (a coloured
// sidebar beside the main column) and compact (one column, small type, dates in a left gutter).
#include <string>
#include <vector>

#include "pdf/cv_pdf.hpp"
#include "pdf/flow.hpp"

namespace ejob::pdf::templates {

// The photo as a cairo surface carrying the JPEG's bytes (embedded as they are), or none.
struct Photo {
    cairo_surface_t* surface = nullptr;
    int width = 0, height = 0;
    bool circle = true;
    // Draws it `size` points wide and high at (x, y), clipped to a circle or a rounded square.
    void Draw(cairo_t* cr, double x, double y, double size) const;
};

// The CV's parts: its pages, then, when there is a cover letter, the letter's pages.
std::vector<flow::Part> Build(const CvDocument& doc, const flow::Typesetter& ts, const Photo& photo);

// The footer's style and its distance from the page's foot (baseline).
flow::TextStyle FooterStyle(const std::string& template_code);
constexpr double kFooterBaseline = 30;

}  // namespace ejob::pdf::templates
