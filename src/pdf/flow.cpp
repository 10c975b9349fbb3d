// The flow layout: shaping with pango, rows, pagination, and the font maps renders borrow.
#include "pdf/flow.hpp"

#include <cairo-pdf.h>

#include <algorithm>
#include <cmath>

namespace ejob::pdf::flow {

namespace {

constexpr double kScale = PANGO_SCALE;

guint16 Channel(double v) {
    return static_cast<guint16>(std::lround(std::clamp(v, 0.0, 1.0) * 65535));
}

void Insert(PangoAttrList* list, PangoAttribute* attr, size_t start, size_t end) {
    attr->start_index = static_cast<guint>(start);
    attr->end_index = static_cast<guint>(end);
    pango_attr_list_insert(list, attr);
}

}  // namespace

double Text::Width() const {
    if (!layout_) return 0;
    PangoRectangle logical;
    pango_layout_get_extents(layout_.get(), nullptr, &logical);
    return logical.width / kScale;
}

double Text::Height() const {
    if (!layout_) return 0;
    PangoRectangle logical;
    pango_layout_get_extents(layout_.get(), nullptr, &logical);
    return logical.height / kScale;
}

std::vector<TextLine> Text::Lines() const {
    std::vector<TextLine> lines;
    if (!layout_) return lines;
    PangoLayoutIter* it = pango_layout_get_iter(layout_.get());
    do {
        int y0 = 0, y1 = 0;
        pango_layout_iter_get_line_yrange(it, &y0, &y1);
        PangoRectangle logical;
        pango_layout_iter_get_line_extents(it, nullptr, &logical);
        lines.push_back({pango_layout_iter_get_line_readonly(it), logical.x / kScale, y0 / kScale,
                         pango_layout_iter_get_baseline(it) / kScale, (y1 - y0) / kScale});
    } while (pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
    return lines;
}

void Text::Draw(cairo_t* cr, double x, double y) const {
    if (!layout_) return;
    cairo_set_source_rgb(cr, color_.r, color_.g, color_.b);
    cairo_move_to(cr, x, y);
    pango_cairo_show_layout(cr, layout_.get());
}

void Text::DrawLine(cairo_t* cr, const TextLine& line, double x, double y) const {
    cairo_set_source_rgb(cr, color_.r, color_.g, color_.b);
    cairo_move_to(cr, x + line.x, y + (line.baseline - line.top));
    pango_cairo_show_layout_line(cr, line.line);
}

Typesetter::Typesetter(PangoFontMap* font_map, const std::string& lang)
    : context_(pango_font_map_create_context(font_map)) {
    // The PDF's unit is the point: at 72 dpi a font's size in points is its size in user space units. Unhinted
    // metrics and unrounded glyph positions: the text is scaled by the reader, not drawn on a pixel grid.
    pango_cairo_context_set_resolution(context_, 72);
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(context_, options);
    cairo_font_options_destroy(options);
    pango_context_set_round_glyph_positions(context_, FALSE);
    // The language picks the fonts' local forms (no "fi" ligature over a Turkic dotless i, for one).
    pango_context_set_language(context_, pango_language_from_string(lang.empty() ? "az" : lang.c_str()));
}

Typesetter::~Typesetter() {
    g_object_unref(context_);
}

Text Typesetter::Shape(std::string_view text, const TextStyle& style, double width) const {
    return Shape(std::vector<Run>{Run{std::string(text)}}, style, width);
}

Text Typesetter::Shape(const std::vector<Run>& runs, const TextStyle& style, double width) const {
    std::string text;
    for (const auto& r : runs) text += r.text;
    PangoLayout* layout = pango_layout_new(context_);
    PangoFontDescription* font = pango_font_description_new();
    pango_font_description_set_family(font, style.family);
    pango_font_description_set_size(font, static_cast<gint>(std::lround(style.size * kScale)));
    pango_font_description_set_weight(font, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_style(font, style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
    pango_layout_set_font_description(layout, font);
    pango_font_description_free(font);
    if (width > 0) {
        pango_layout_set_width(layout, static_cast<int>(width * kScale));
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    }
    pango_layout_set_alignment(layout, style.align);
    pango_layout_set_line_spacing(layout, static_cast<float>(style.line_spacing));

    PangoAttrList* attrs = pango_attr_list_new();
    // A hyphen inserted at a line break would be extracted as part of the word.
    Insert(attrs, pango_attr_insert_hyphens_new(FALSE), 0, text.size());
    size_t at = 0;
    for (const auto& r : runs) {
        size_t end = at + r.text.size();
        if (r.bold) Insert(attrs, pango_attr_weight_new(*r.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL), at, end);
        if (r.color)
            Insert(attrs, pango_attr_foreground_new(Channel(r.color->r), Channel(r.color->g), Channel(r.color->b)), at,
                   end);
        if (r.size > 0) Insert(attrs, pango_attr_size_new(static_cast<int>(std::lround(r.size * kScale))), at, end);
        at = end;
    }
    pango_layout_set_attributes(layout, attrs);
    pango_attr_list_unref(attrs);
    pango_layout_set_text(layout, text.data(), static_cast<int>(text.size()));
    return Text(std::shared_ptr<PangoLayout>(layout, [](PangoLayout* l) { g_object_unref(l); }), style.color);
}

void AddLines(std::vector<Row>& rows, const Text& text, double indent, double space_before, bool keep_first,
              std::function<void(cairo_t*, double x, double y)> first_extra) {
    bool first = true;
    for (const TextLine& line : text.Lines()) {
        Row row;
        row.space_before = first ? space_before : 0;
        row.height = line.height;
        row.keep_with_next = first && keep_first;
        auto extra = first ? first_extra : nullptr;
        row.draw = [text, line, indent, extra](cairo_t* cr, double x, double y) {
            if (extra) extra(cr, x, y);
            text.DrawLine(cr, line, x + indent, y);
        };
        rows.push_back(std::move(row));
        first = false;
    }
}

void AddBox(std::vector<Row>& rows, double height, double space_before, bool keep_with_next,
            std::function<void(cairo_t*, double x, double y)> draw) {
    Row row;
    row.space_before = space_before;
    row.height = height;
    row.keep_with_next = keep_with_next;
    row.draw = std::move(draw);
    rows.push_back(std::move(row));
}

std::vector<std::vector<Placed>> Paginate(const Column& c) {
    std::vector<std::vector<Placed>> pages(1);
    auto top = [&](size_t page) { return page == 0 ? c.top_first : c.top; };
    double y = top(0);
    const size_t n = c.rows.size();
    for (size_t i = 0; i < n; ++i) {
        const Row& row = c.rows[i];
        bool empty_page = pages.back().empty();
        if (row.new_page && !empty_page) {
            pages.emplace_back();
            y = top(pages.size() - 1);
            empty_page = true;
        }
        double before = empty_page ? 0 : row.space_before;
        // The rows that must share this row's page: this one and each next one while keep_with_next holds.
        double chain = row.height;
        for (size_t k = i; k + 1 < n && c.rows[k].keep_with_next && !c.rows[k + 1].new_page; ++k)
            chain += c.rows[k + 1].space_before + c.rows[k + 1].height;
        bool fits = y + before + row.height <= c.bottom;
        bool chain_fits = y + before + chain <= c.bottom;
        bool chain_fits_a_page = chain <= c.bottom - c.top;
        if (!empty_page && (!fits || (!chain_fits && chain_fits_a_page))) {
            pages.emplace_back();
            y = top(pages.size() - 1);
            before = 0;
        }
        pages.back().push_back({&row, y + before});
        y += before + row.height;
    }
    return pages;
}

FontMaps& FontMaps::Instance() {
    static FontMaps* instance = new FontMaps();  // never destroyed: renders may run while the process exits
    return *instance;
}

PangoFontMap* FontMaps::Take() {
    {
        std::lock_guard lock(mutex_);
        if (!free_.empty()) {
            PangoFontMap* map = free_.back();
            free_.pop_back();
            return map;
        }
        ++made_;
    }
    return Make();
}

void FontMaps::Give(PangoFontMap* map) {
    std::lock_guard lock(mutex_);
    free_.push_back(map);
}

void FontMaps::Warm(int count) {
    std::vector<PangoFontMap*> made;
    {
        std::lock_guard lock(mutex_);
        for (; made_ < count; ++made_) made.push_back(nullptr);
    }
    for (auto& m : made) m = Make();
    std::lock_guard lock(mutex_);
    free_.insert(free_.end(), made.begin(), made.end());
}

PangoFontMap* FontMaps::Make() {
    // A font map of its own rather than the calling thread's default: it is used by one render at a time, whatever
    // thread that runs on, and it is warmed once here. Shaping every style the templates use, with every script a
    // CV may hold, loads the fonts and their fallbacks; drawing it into a throw-away PDF makes their cairo faces.
    PangoFontMap* map = pango_cairo_font_map_new();
    {
        Typesetter ts(map, "az");
        static constexpr const char* kSample =
            "Aa Əə İı Şş Ğğ Çç Öö Üü Жж Щщ 1 500 ₼ • – — · ©";
        cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(
            [](void*, const unsigned char*, unsigned int) { return CAIRO_STATUS_SUCCESS; }, nullptr, kPageWidth,
            kPageHeight);
        cairo_t* cr = cairo_create(surface);
        double y = 20;
        for (const char* family : {kSans, kSerif})
            for (bool bold : {false, true})
                for (bool italic : {false, true}) {
                    TextStyle style{.family = family, .size = 10, .bold = bold, .italic = italic};
                    Text t = ts.Shape(kSample, style, 0);
                    t.Draw(cr, 20, y);
                    y += t.Height();
                }
        cairo_destroy(cr);
        cairo_surface_finish(surface);
        cairo_surface_destroy(surface);
    }
    return map;
}

}  // namespace ejob::pdf::flow
