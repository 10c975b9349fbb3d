#pragma once
// The flow layout under the CV templates: text shaped by pango into lines, lines and other pieces stacked as rows in
// columns, and columns cut into pages. A row is never split; a paragraph is one row per line, so it breaks between
// lines. A row marked keep_with_next stays on the page of the row after it (a heading with the first line of what
// follows, an entry's title with its first line of text).
#include <cairo.h>
#include <pango/pangocairo.h>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ejob::pdf::flow {

constexpr double kPageWidth = 595.28;  // A4 in PostScript points
constexpr double kPageHeight = 841.89;

struct Rgb {
    double r = 0, g = 0, b = 0;
};
constexpr Rgb Hex(unsigned v) {
    return {((v >> 16) & 0xff) / 255.0, ((v >> 8) & 0xff) / 255.0, (v & 0xff) / 255.0};
}

inline constexpr const char* kSans = "Noto Sans, DejaVu Sans";
inline constexpr const char* kSerif = "Noto Serif, DejaVu Serif";

struct TextStyle {
    const char* family = kSans;
    double size = 10;  // points
    bool bold = false, italic = false;
    Rgb color{};
    double line_spacing = 1.2;  // a factor of the font's height
    PangoAlignment align = PANGO_ALIGN_LEFT;
};

// A piece of a paragraph that differs from the paragraph's style.
struct Run {
    std::string text;
    std::optional<bool> bold;
    std::optional<Rgb> color;
    double size = 0;  // points; 0: the style's
};

// One line of a shaped text.
struct TextLine {
    PangoLayoutLine* line;  // owned by the Text's layout
    double x;               // left edge of the line from the layout's left (alignment, indent)
    double top, baseline, height;
};

// Text shaped by pango, wrapped at word (or, for a word wider than the width, character) boundaries, never
// hyphenated.
class Text {
  public:
    Text() = default;
    Text(std::shared_ptr<PangoLayout> layout, Rgb color) : layout_(std::move(layout)), color_(color) {}
    bool Empty() const { return !layout_; }
    double Width() const;  // the widest line
    double Height() const;
    std::vector<TextLine> Lines() const;
    void Draw(cairo_t* cr, double x, double y) const;                            // y: top of the layout
    void DrawLine(cairo_t* cr, const TextLine& line, double x, double y) const;  // y: top of the line

  private:
    std::shared_ptr<PangoLayout> layout_;
    Rgb color_;
};

// Shapes text with one PangoContext (of a font map used by one thread at a time).
class Typesetter {
  public:
    Typesetter(PangoFontMap* font_map, const std::string& lang);
    ~Typesetter();
    Typesetter(const Typesetter&) = delete;
    Typesetter& operator=(const Typesetter&) = delete;

    // width <= 0: no wrapping.
    Text Shape(std::string_view text, const TextStyle& style, double width) const;
    Text Shape(const std::vector<Run>& runs, const TextStyle& style, double width) const;

  private:
    PangoContext* context_;
};

// An unbreakable piece of a column: a line of text, a heading with its rule, a photo, an entry's title row.
struct Row {
    double space_before = 0;  // dropped at the top of a page
    double height = 0;
    bool keep_with_next = false;
    bool new_page = false;                                   // starts a new page (unless the page is still empty)
    std::function<void(cairo_t*, double x, double y)> draw;  // x: the column's left edge, y: the row's top
};

// Appends one row per line of `text`, drawn `indent` points right of the column's edge. The first row gets
// `space_before` and `keep_first`; `first_extra` draws more on the first row (a bullet, a date in a gutter).
void AddLines(std::vector<Row>& rows, const Text& text, double indent, double space_before, bool keep_first = false,
              std::function<void(cairo_t*, double x, double y)> first_extra = {});
// Appends a fixed-height row.
void AddBox(std::vector<Row>& rows, double height, double space_before, bool keep_with_next,
            std::function<void(cairo_t*, double x, double y)> draw);

struct Column {
    double x = 0, width = 0;
    double top_first = 0;  // the top of the column on its first page
    double top = 0;        // … and on the pages after it
    double bottom = 0;
    std::vector<Row> rows;
};

struct Placed {
    const Row* row;
    double y;
};
// The rows of a column on each page (at least one page, maybe empty).
std::vector<std::vector<Placed>> Paginate(const Column& column);

// A run of pages laid out alike: the CV, then the cover letter on pages of its own.
struct Part {
    std::vector<Column> columns;
    std::function<void(cairo_t*, int page)> background;  // drawn first on each page of the part
    double footer_left = 0, footer_right = 0;            // the footer's extent
};

// Font maps handed out to one thread at a time, created and warmed once (fontconfig, the fonts the templates use,
// their cairo faces), so that a render does not pay for that, whichever thread it runs on.
class FontMaps {
  public:
    static FontMaps& Instance();
    PangoFontMap* Take();
    void Give(PangoFontMap* map);
    void Warm(int count);  // at least `count` font maps made

  private:
    PangoFontMap* Make();
    std::mutex mutex_;
    std::vector<PangoFontMap*> free_;
    int made_ = 0;
};

class FontMapLease {
  public:
    FontMapLease() : map_(FontMaps::Instance().Take()) {}
    ~FontMapLease() { FontMaps::Instance().Give(map_); }
    FontMapLease(const FontMapLease&) = delete;
    FontMapLease& operator=(const FontMapLease&) = delete;
    PangoFontMap* get() const { return map_; }

  private:
    PangoFontMap* map_;
};

}  // namespace ejob::pdf::flow
