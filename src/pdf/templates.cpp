// The CV templates: which rows make each section, and how each template dresses them.
#include "pdf/templates.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace ejob::pdf::templates {

namespace cv = domain::cv;
using flow::AddBox;
using flow::AddLines;
using flow::Hex;
using flow::Rgb;
using flow::Row;
using flow::Run;
using flow::Text;
using flow::TextStyle;

namespace {

// ---- small pieces shared by the templates

std::string BirthDate(const std::string& iso) {  // "1995-03-12" → "12.03.1995"
    if (iso.size() == 10 && iso[4] == '-' && iso[7] == '-')
        return iso.substr(8, 2) + "." + iso.substr(5, 2) + "." + iso.substr(0, 4);
    return iso;
}

std::string Level(const cv::Labels& l, const std::string& level) {
    return level == "native" ? l.native : level;
}

std::vector<std::string> Contacts(const cv::Draft& d) {
    std::vector<std::string> out;
    for (const std::string* s : {&d.email, &d.phone, &d.city})
        if (!s->empty()) out.push_back(*s);
    return out;
}

std::string Join(const std::vector<std::string>& items, const std::string& sep) {
    std::string out;
    for (const auto& s : items) {
        if (s.empty()) continue;
        if (!out.empty()) out += sep;
        out += s;
    }
    return out;
}

// A link annotation around what `draw` paints. The URI is quoted for cairo's attribute syntax.
void LinkTag(cairo_t* cr, const std::string& url, const std::function<void()>& draw) {
    std::string attr = "uri='";
    for (char c : url) {
        if (c == '\'' || c == '\\') attr += '\\';
        attr += c;
    }
    attr += "'";
    cairo_tag_begin(cr, CAIRO_TAG_LINK, attr.c_str());
    draw();
    cairo_tag_end(cr, CAIRO_TAG_LINK);
}

void FillRect(cairo_t* cr, double x, double y, double w, double h, Rgb c) {
    cairo_set_source_rgb(cr, c.r, c.g, c.b);
    cairo_rectangle(cr, x, y, w, h);
    cairo_fill(cr);
}

void HLine(cairo_t* cr, double x0, double x1, double y, double width, Rgb c) {
    cairo_set_source_rgb(cr, c.r, c.g, c.b);
    cairo_set_line_width(cr, width);
    cairo_move_to(cr, x0, y);
    cairo_line_to(cr, x1, y);
    cairo_stroke(cr);
}

// ---- the main column of every template: sections of entries

enum class HeadingMark { kRule, kBar };

struct Theme {
    TextStyle heading, title, date, body, muted;
    HeadingMark mark = HeadingMark::kRule;
    Rgb rule;
    double section_gap = 16, entry_gap = 8, gutter = 0;  // gutter > 0: dates in a left gutter of that width
    double bullet_indent = 11;
};

class Sections {
  public:
    Sections(const flow::Typesetter& ts, const Theme& theme, double width, std::vector<Row>& rows)
        : ts_(ts), th_(theme), width_(width), rows_(rows) {}

    void Heading(const std::string& label) {
        Text t = ts_.Shape(label, th_.heading, width_);
        const double h = t.Height();
        const Theme th = th_;
        const double w = width_;
        if (th.mark == HeadingMark::kRule) {
            AddBox(rows_, h + 6, rows_.empty() ? 0 : th.section_gap, true,
                   [t, h, w, th](cairo_t* cr, double x, double y) {
                       t.Draw(cr, x, y);
                       HLine(cr, x, x + w, y + h + 2.5, 0.6, th.rule);
                   });
        } else {
            AddBox(rows_, h + 7, rows_.empty() ? 0 : th.section_gap, true, [t, h, th](cairo_t* cr, double x, double y) {
                t.Draw(cr, x, y);
                FillRect(cr, x, y + h + 1.5, 28, 2.2, th.heading.color);
            });
        }
        first_in_section_ = true;
    }

    // An entry: its title (with the date on the right or in the gutter), an optional line under it, then bullets.
    void Entry(const std::vector<Run>& title, const std::string& date, const std::string& sub,
               const std::vector<std::string>& bullets) {
        const double gap = first_in_section_ ? 4 : th_.entry_gap;
        first_in_section_ = false;
        const bool more = !sub.empty() || !bullets.empty();
        Text date_text;
        double text_x = 0, text_w = width_;
        if (th_.gutter > 0) {
            text_x = th_.gutter;
            text_w = width_ - th_.gutter;
            if (!date.empty()) date_text = ts_.Shape(date, th_.date, th_.gutter - 8);
        } else if (!date.empty()) {
            date_text = ts_.Shape(date, th_.date, 0);
            text_w = width_ - date_text.Width() - 14;
        }
        Text title_text = ts_.Shape(title, th_.title, text_w);
        const double w = width_, gutter = th_.gutter;
        auto gutter_date_runs_on = [&](bool more) { return gutter > 0 && more; };
        // The title's baseline and the date's share a line: the date is smaller, so it moves down by the difference.
        auto first_base = [](const Text& t) {
            auto lines = t.Lines();
            return lines.empty() ? 0.0 : lines[0].baseline;
        };
        const double date_dy = date_text.Empty() ? 0 : first_base(title_text) - first_base(date_text);
        // A date wrapped in the gutter runs on beside the entry's first lines, unless there are none.
        const double h = gutter_date_runs_on(more) ? title_text.Height()
                                                   : std::max(title_text.Height(), date_text.Height() + date_dy);
        AddBox(rows_, h, gap, more,
               [title_text, date_text, text_x, date_dy, w, gutter](cairo_t* cr, double x, double y) {
                   title_text.Draw(cr, x + text_x, y);
                   if (date_text.Empty()) return;
                   date_text.Draw(cr, gutter > 0 ? x : x + w - date_text.Width(), y + date_dy);
               });
        if (!sub.empty()) AddLines(rows_, ts_.Shape(sub, th_.muted, text_w), text_x, 1, !bullets.empty());
        Bullets(bullets, text_x, text_w, 2);
    }

    void Bullets(const std::vector<std::string>& items, double x, double w, double space_before) {
        Text bullet = ts_.Shape("•", th_.body, 0);
        const double indent = th_.bullet_indent;
        for (const auto& item : items) {
            Text t = ts_.Shape(item, th_.body, w - indent);
            AddLines(rows_, t, x + indent, space_before, false,
                     [bullet, x](cairo_t* cr, double cx, double y) { bullet.Draw(cr, cx + x + 2, y); });
            space_before = 1.5;
        }
    }

    void Paragraph(const std::string& text, double space_before = 4) {
        AddLines(rows_, ts_.Shape(text, th_.body, width_ - th_.gutter), th_.gutter, space_before);
    }
    void Paragraph(const std::vector<Run>& runs, double space_before = 4) {
        AddLines(rows_, ts_.Shape(runs, th_.body, width_ - th_.gutter), th_.gutter, space_before);
    }

    void Links(const std::vector<cv::Link>& links) {
        double gap = 4;
        for (const auto& link : links) {
            std::vector<Run> runs;
            if (!link.label.empty()) runs.push_back({link.label + ": ", true});
            runs.push_back({link.url, std::nullopt, th_.heading.color});
            Text t = ts_.Shape(runs, th_.body, width_ - th_.gutter);
            const double gx = th_.gutter;
            const std::string url = link.url;
            AddBox(rows_, t.Height(), gap, false,
                   [t, gx, url](cairo_t* cr, double x, double y) { LinkTag(cr, url, [&] { t.Draw(cr, x + gx, y); }); });
            gap = 2;
        }
    }

    // The sections of the main column, in their order; `with_side` adds the ones the modern template puts in its
    // sidebar.
    void All(const CvDocument& doc, bool with_side) {
        const cv::Draft& d = doc.draft;
        const cv::Labels& l = doc.labels;
        if (!d.summary.empty()) {
            Heading(l.profile);
            // The summary keeps its paragraphs: one text, its new lines kept.
            Paragraph(d.summary);
        }
        if (!d.jobs.empty()) {
            Heading(l.experience);
            for (const auto& j : d.jobs) {
                std::vector<Run> title;
                std::string where = Join({j.employer, j.city}, ", ");
                if (!j.position.empty()) title.push_back({j.position, true});
                if (!where.empty()) {
                    if (title.empty())
                        title.push_back({where, true});
                    else
                        title.push_back({" — " + where, false, th_.muted.color});
                }
                Entry(title, cv::Period(l, j.start, j.end, true), "", cv::Lines(j.duties));
            }
        }
        if (!d.education.empty()) {
            Heading(l.education);
            for (const auto& s : d.education)
                Entry({{s.institution, true}}, cv::Period(l, s.start, s.end, true), Join({s.degree, s.area}, ", "), {});
        }
        if (with_side && !d.languages.empty()) {
            Heading(l.languages);
            std::vector<Run> runs;
            for (const auto& lang : d.languages) {
                if (!runs.empty()) runs.push_back({"   ·   ", false, th_.muted.color});
                runs.push_back({lang.language, true});
                if (!lang.level.empty()) runs.push_back({" — " + Level(l, lang.level), false});
            }
            Paragraph(runs);
        }
        if (with_side) {
            auto skills = cv::SkillList(d.skills);
            if (!skills.empty()) {
                Heading(l.skills);
                Paragraph(Join(skills, "  ·  "));
            }
        }
        if (!d.courses.empty()) {
            Heading(l.courses);
            for (const auto& c : d.courses) {
                std::vector<Run> title{{c.name, true}};
                if (!c.issuer.empty()) title.push_back({", " + c.issuer, false, th_.muted.color});
                Entry(title, cv::Period(l, c.date, "", false), "", {});
            }
        }
        if (with_side && !d.links.empty()) {
            Heading(l.links);
            Links(d.links);
        }
    }

  private:
    const flow::Typesetter& ts_;
    Theme th_;
    double width_;
    std::vector<Row>& rows_;
    bool first_in_section_ = true;
};

// ---- headers

struct HeaderStyle {
    TextStyle name, title, contact;
    double photo_size = 0;
};

// Name, title, contacts (and the desired salary and birth date) stacked on the left, the photo on the right.
void Header(std::vector<Row>& rows, const CvDocument& doc, const flow::Typesetter& ts, const Photo& photo,
            const HeaderStyle& hs, double width, Rgb rule, bool with_details) {
    // with_details: the desired salary and the birth date under the contacts (not in a cover letter)
    const cv::Draft& d = doc.draft;
    const bool has_photo = photo.surface && hs.photo_size > 0;
    const double text_w = width - (has_photo ? hs.photo_size + 18 : 0);
    std::vector<std::pair<Text, double>> stack;  // text, gap above
    std::string name = cv::FullName(d);
    if (!name.empty()) stack.push_back({ts.Shape(name, hs.name, text_w), 0});
    if (!d.title.empty()) stack.push_back({ts.Shape(d.title, hs.title, text_w), 1});
    std::string contacts = Join(Contacts(d), "   ·   ");
    if (!contacts.empty()) stack.push_back({ts.Shape(contacts, hs.contact, text_w), 7});
    if (with_details) {
        std::vector<Run> details;
        auto add = [&](const std::string& label, const std::string& value) {
            if (value.empty()) return;
            if (!details.empty()) details.push_back({"   ·   "});
            details.push_back({label + ": ", std::nullopt, hs.title.color});
            details.push_back({value});
        };
        add(doc.labels.desired_salary, cv::Salary(d.desired_salary));
        add(doc.labels.born, BirthDate(d.birth_date));
        if (!details.empty()) stack.push_back({ts.Shape(details, hs.contact, text_w), 2});
    }
    double text_h = 0;
    for (const auto& [t, gap] : stack) text_h += gap + t.Height();
    const double h = std::max(text_h, has_photo ? hs.photo_size : 0.0) + 10;
    const double photo_size = hs.photo_size;
    AddBox(rows, h, 0, true,
           [stack, has_photo, photo, photo_size, width, text_h, h, rule](cairo_t* cr, double x, double y) {
               double ty = y + std::max(0.0, (h - 10 - text_h) / 2);
               for (const auto& [t, gap] : stack) {
                   ty += gap;
                   t.Draw(cr, x, ty);
                   ty += t.Height();
               }
               if (has_photo) photo.Draw(cr, x + width - photo_size, y, photo_size);
               HLine(cr, x, x + width, y + h, 1.1, rule);
           });
}

// ---- classic

const Rgb kInk = Hex(0x222222), kMuted = Hex(0x5f6368);

std::vector<flow::Part> Classic(const CvDocument& doc, const flow::Typesetter& ts, const Photo& photo) {
    const Rgb accent = Hex(0x1f3a5f);
    const double margin = 56;
    flow::Column col{margin, flow::kPageWidth - 2 * margin, 48, 48, flow::kPageHeight - 60, {}};
    HeaderStyle hs{{flow::kSerif, 25, true, false, accent, 1.0},
                   {flow::kSerif, 13, false, true, kMuted, 1.1},
                   {flow::kSans, 9.2, false, false, kInk, 1.2},
                   86};
    Header(col.rows, doc, ts, photo, hs, col.width, accent, true);
    Theme th;
    th.heading = {flow::kSerif, 12.5, true, false, accent, 1.0};
    th.title = {flow::kSans, 10.2, false, false, kInk, 1.25};
    th.title.bold = false;
    th.date = {flow::kSans, 9, false, false, kMuted, 1.2};
    th.body = {flow::kSans, 9.7, false, false, kInk, 1.32};
    th.muted = {flow::kSans, 9.5, false, true, kMuted, 1.25};
    th.rule = Hex(0xb4bcc8);
    th.section_gap = 15;
    Sections s(ts, th, col.width, col.rows);
    s.All(doc, true);
    flow::Part part;
    part.columns.push_back(std::move(col));
    part.footer_left = margin;
    part.footer_right = flow::kPageWidth - margin;
    return {std::move(part)};
}

// ---- compact

std::vector<flow::Part> Compact(const CvDocument& doc, const flow::Typesetter& ts, const Photo& photo) {
    const Rgb accent = Hex(0x1d5c57);
    const double margin = 38;
    flow::Column col{margin, flow::kPageWidth - 2 * margin, 34, 38, flow::kPageHeight - 52, {}};
    HeaderStyle hs{{flow::kSans, 18, true, false, kInk, 1.0},
                   {flow::kSans, 10.5, false, false, accent, 1.1},
                   {flow::kSans, 8.3, false, false, kMuted, 1.2},
                   54};
    Header(col.rows, doc, ts, photo, hs, col.width, accent, true);
    Theme th;
    th.heading = {flow::kSans, 9.8, true, false, accent, 1.0};
    th.title = {flow::kSans, 8.8, false, false, kInk, 1.2};
    th.date = {flow::kSans, 7.8, false, false, kMuted, 1.15};
    th.body = {flow::kSans, 8.4, false, false, kInk, 1.22};
    th.muted = {flow::kSans, 8.2, false, true, kMuted, 1.2};
    th.rule = Hex(0xc9d3d2);
    th.section_gap = 10;
    th.entry_gap = 5;
    th.gutter = 92;
    th.bullet_indent = 9;
    Sections s(ts, th, col.width, col.rows);
    s.All(doc, true);
    flow::Part part;
    part.columns.push_back(std::move(col));
    part.footer_left = margin;
    part.footer_right = flow::kPageWidth - margin;
    return {std::move(part)};
}

// ---- modern

constexpr double kSidebarWidth = 190;  // 32% of A4's width
const Rgb kSidebar = Hex(0x1f3a5f), kSideInk = Hex(0xf1f4f8), kSideHead = Hex(0x9cc3e6), kSideMuted = Hex(0xc3cedb);

void Sidebar(std::vector<Row>& rows, const CvDocument& doc, const flow::Typesetter& ts, const Photo& photo,
             double width) {
    const cv::Draft& d = doc.draft;
    const cv::Labels& l = doc.labels;
    const TextStyle head{flow::kSans, 10.5, true, false, kSideHead, 1.0};
    const TextStyle body{flow::kSans, 8.9, false, false, kSideInk, 1.25};
    const TextStyle small{flow::kSans, 8.2, false, false, kSideMuted, 1.2};
    if (photo.surface) {
        const double size = 118;
        AddBox(rows, size + 6, 0, false, [photo, size, width](cairo_t* cr, double x, double y) {
            const double px = x + (width - size) / 2;
            if (photo.circle) {
                cairo_set_source_rgb(cr, kSideInk.r, kSideInk.g, kSideInk.b);
                cairo_arc(cr, px + size / 2, y + size / 2, size / 2 + 2.5, 0, 2 * std::numbers::pi);
                cairo_fill(cr);
            }
            photo.Draw(cr, px, y, size);
        });
    }
    auto heading = [&](const std::string& label) {
        Text t = ts.Shape(label, head, width);
        const double h = t.Height();
        AddBox(rows, h + 5, rows.empty() ? 0 : 16, true, [t, h, width](cairo_t* cr, double x, double y) {
            t.Draw(cr, x, y);
            HLine(cr, x, x + width, y + h + 2, 0.5, kSideMuted);
        });
    };
    auto item = [&](const std::string& text, const TextStyle& style, double gap) {
        AddLines(rows, ts.Shape(text, style, width), 0, gap);
    };
    auto contacts = Contacts(d);
    if (!contacts.empty()) {
        heading(l.contacts);
        double gap = 4;
        for (const auto& c : contacts) item(c, body, std::exchange(gap, 3));
    }
    if (!d.desired_salary.empty()) {
        heading(l.desired_salary);
        item(cv::Salary(d.desired_salary), body, 4);
    }
    if (!d.birth_date.empty()) {
        heading(l.born);
        item(BirthDate(d.birth_date), body, 4);
    }
    if (!d.languages.empty()) {
        heading(l.languages);
        double gap = 4;
        for (const auto& lang : d.languages) {
            AddLines(rows, ts.Shape(lang.language, {flow::kSans, 8.9, true, false, kSideInk, 1.2}, width), 0,
                     std::exchange(gap, 4), !lang.level.empty());
            if (!lang.level.empty()) item(Level(l, lang.level), small, 0.5);
        }
    }
    auto skills = cv::SkillList(d.skills);
    if (!skills.empty()) {
        heading(l.skills);
        Text bullet = ts.Shape("▪", small, 0);
        double gap = 4;
        for (const auto& s : skills) {
            AddLines(rows, ts.Shape(s, body, width - 10), 10, std::exchange(gap, 2.5), false,
                     [bullet](cairo_t* cr, double x, double y) { bullet.Draw(cr, x, y + 0.6); });
        }
    }
    if (!d.links.empty()) {
        heading(l.links);
        double gap = 4;
        for (const auto& link : d.links) {
            std::vector<Run> runs;
            if (!link.label.empty()) runs.push_back({link.label + "\n", true, kSideInk});
            runs.push_back({link.url, std::nullopt, kSideHead, 8.0});
            Text t = ts.Shape(runs, body, width);
            const std::string url = link.url;
            AddBox(rows, t.Height(), std::exchange(gap, 5), false,
                   [t, url](cairo_t* cr, double x, double y) { LinkTag(cr, url, [&] { t.Draw(cr, x, y); }); });
        }
    }
}

std::vector<flow::Part> Modern(const CvDocument& doc, const flow::Typesetter& ts, const Photo& photo) {
    const Rgb accent = Hex(0x2a6f97);
    const double pad = 22, main_x = kSidebarWidth + 30, right = 40;
    flow::Column side{pad, kSidebarWidth - 2 * pad, 42, 42, flow::kPageHeight - 48, {}};
    Sidebar(side.rows, doc, ts, photo, side.width);
    flow::Column main{main_x, flow::kPageWidth - right - main_x, 44, 44, flow::kPageHeight - 60, {}};
    {
        const cv::Draft& d = doc.draft;
        Text name = ts.Shape(cv::FullName(d), {flow::kSans, 24, true, false, kInk, 1.0}, main.width);
        Text title = ts.Shape(d.title, {flow::kSans, 12.5, false, false, accent, 1.1}, main.width);
        const double h = name.Height() + (d.title.empty() ? 0 : title.Height() + 2) + 6;
        const double w = main.width;
        AddBox(main.rows, h, 0, true, [name, title, h, w, accent](cairo_t* cr, double x, double y) {
            name.Draw(cr, x, y);
            title.Draw(cr, x, y + name.Height() + 2);
            HLine(cr, x, x + w, y + h + 4, 0.6, Hex(0xc9d3dc));
            (void)accent;
        });
        main.rows.back().space_before = 0;
    }
    Theme th;
    th.heading = {flow::kSans, 12, true, false, accent, 1.0};
    th.title = {flow::kSans, 10, false, false, kInk, 1.25};
    th.date = {flow::kSans, 8.8, false, false, kMuted, 1.2};
    th.body = {flow::kSans, 9.4, false, false, kInk, 1.32};
    th.muted = {flow::kSans, 9.2, false, true, kMuted, 1.25};
    th.mark = HeadingMark::kBar;
    th.section_gap = 18;
    Sections s(ts, th, main.width, main.rows);
    s.All(doc, false);
    flow::Part part;
    part.columns.push_back(std::move(side));
    part.columns.push_back(std::move(main));
    part.background = [](cairo_t* cr, int) { FillRect(cr, 0, 0, kSidebarWidth, flow::kPageHeight, kSidebar); };
    part.footer_left = main_x;
    part.footer_right = flow::kPageWidth - right;
    return {std::move(part)};
}

// ---- the cover letter: the name and contacts, then the letter, on pages of its own

flow::Part Letter(const CvDocument& doc, const flow::Typesetter& ts) {
    const cv::Draft& d = doc.draft;
    const bool serif = d.template_code == "classic";
    const Rgb accent = d.template_code == "classic"  ? Hex(0x1f3a5f)
                       : d.template_code == "modern" ? Hex(0x2a6f97)
                                                     : Hex(0x1d5c57);
    const double margin = 64;
    flow::Column col{margin, flow::kPageWidth - 2 * margin, 60, 56, flow::kPageHeight - 64, {}};
    HeaderStyle hs{{serif ? flow::kSerif : flow::kSans, 20, true, false, accent, 1.0},
                   {serif ? flow::kSerif : flow::kSans, 11.5, false, serif, kMuted, 1.1},
                   {flow::kSans, 9, false, false, kInk, 1.2},
                   0};
    Header(col.rows, doc, ts, Photo{}, hs, col.width, Hex(0xb4bcc8), false);
    col.rows.front().new_page = true;
    const TextStyle body{serif ? flow::kSerif : flow::kSans, 10.5, false, false, kInk, 1.45};
    // Paragraphs at blank lines; a single new line stays a line break inside its paragraph.
    std::string text = d.cover_letter;
    std::erase(text, '\r');
    double gap = 22;
    size_t at = 0;
    while (at < text.size()) {
        size_t end = text.find("\n\n", at);
        if (end == std::string::npos) end = text.size();
        std::string para = text.substr(at, end - at);
        while (!para.empty() && (para.front() == '\n' || para.front() == ' ')) para.erase(0, 1);
        while (!para.empty() && (para.back() == '\n' || para.back() == ' ')) para.pop_back();
        if (!para.empty()) AddLines(col.rows, ts.Shape(para, body, col.width), 0, std::exchange(gap, 9));
        at = end + 2;
    }
    flow::Part part;
    part.columns.push_back(std::move(col));
    part.footer_left = margin;
    part.footer_right = flow::kPageWidth - margin;
    return part;
}

}  // namespace

void Photo::Draw(cairo_t* cr, double x, double y, double size) const {
    if (!surface || width <= 0 || height <= 0) return;
    cairo_save(cr);
    cairo_new_path(cr);
    if (circle) {
        cairo_arc(cr, x + size / 2, y + size / 2, size / 2, 0, 2 * std::numbers::pi);
    } else {
        const double r = size * 0.08;
        cairo_new_sub_path(cr);
        cairo_arc(cr, x + size - r, y + r, r, -std::numbers::pi / 2, 0);
        cairo_arc(cr, x + size - r, y + size - r, r, 0, std::numbers::pi / 2);
        cairo_arc(cr, x + r, y + size - r, r, std::numbers::pi / 2, std::numbers::pi);
        cairo_arc(cr, x + r, y + r, r, std::numbers::pi, 3 * std::numbers::pi / 2);
        cairo_close_path(cr);
    }
    cairo_clip(cr);
    // A square photo fills the square; any other shape is centred and cropped to it.
    const double scale = size / std::min(width, height);
    cairo_translate(cr, x + (size - width * scale) / 2, y + (size - height * scale) / 2);
    cairo_scale(cr, scale, scale);
    cairo_set_source_surface(cr, surface, 0, 0);
    cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD);
    cairo_paint(cr);
    cairo_restore(cr);
}

std::vector<flow::Part> Build(const CvDocument& doc, const flow::Typesetter& ts, const Photo& photo) {
    const std::string& code = doc.draft.template_code;
    std::vector<flow::Part> parts = code == "modern"    ? Modern(doc, ts, photo)
                                    : code == "compact" ? Compact(doc, ts, photo)
                                                        : Classic(doc, ts, photo);
    bool letter = false;
    for (char c : doc.draft.cover_letter) letter = letter || !std::isspace(static_cast<unsigned char>(c));
    if (letter) parts.push_back(Letter(doc, ts));
    return parts;
}

TextStyle FooterStyle(const std::string& template_code) {
    return {flow::kSans, template_code == "compact" ? 7.5 : 8, false, false, kMuted, 1.0};
}

}  // namespace ejob::pdf::templates
