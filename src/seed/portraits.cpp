#include "seed/portraits.hpp"

#include <vips/vips.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>
#include <map>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "media/photo_pipeline.hpp"
#include "seed/demo_data.hpp"

namespace ejob::seed {
namespace {

// A value in [lo, hi] in steps of 1/1000.
double Real(Rng& rng, double lo, double hi) {
    return lo + (hi - lo) * static_cast<double>(rng.Below(1001)) / 1000.0;
}

// ---------------------------------------------------------------------------------------------------------------
// A tiny anti-aliased rasteriser: every shape is a signed distance function (negative inside, in pixels); a pixel is
// covered by clamp(0.5 - distance), which gives smooth one-pixel edges without supersampling.

struct Rgb {
    double r, g, b;
};

Rgb Mix(Rgb a, Rgb b, double t) {
    return {a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t, a.b + (b.b - a.b) * t};
}
constexpr Rgb kWhite{255, 255, 255};
constexpr Rgb kInk{52, 46, 50};

class Canvas {
  public:
    Canvas(int w, int h, Rgb background) : w_(w), h_(h), px_(static_cast<std::size_t>(w) * h * 3) {
        for (std::size_t i = 0; i < px_.size(); i += 3) {
            px_[i] = static_cast<unsigned char>(background.r);
            px_[i + 1] = static_cast<unsigned char>(background.g);
            px_[i + 2] = static_cast<unsigned char>(background.b);
        }
    }

    // Paints the shape `sdf` inside the box [x0, x1] × [y0, y1] (a bound of the shape, in pixels).
    template <typename Sdf>
    void Paint(Rgb c, double x0, double y0, double x1, double y1, Sdf sdf, double alpha = 1.0) {
        int ix0 = std::max(0, static_cast<int>(std::floor(x0)) - 1);
        int iy0 = std::max(0, static_cast<int>(std::floor(y0)) - 1);
        int ix1 = std::min(w_ - 1, static_cast<int>(std::ceil(x1)) + 1);
        int iy1 = std::min(h_ - 1, static_cast<int>(std::ceil(y1)) + 1);
        for (int y = iy0; y <= iy1; ++y) {
            for (int x = ix0; x <= ix1; ++x) {
                double cover = std::clamp(0.5 - sdf(x + 0.5, y + 0.5), 0.0, 1.0) * alpha;
                if (cover <= 0) continue;
                unsigned char* p = &px_[(static_cast<std::size_t>(y) * w_ + x) * 3];
                p[0] = static_cast<unsigned char>(std::lround(p[0] + (c.r - p[0]) * cover));
                p[1] = static_cast<unsigned char>(std::lround(p[1] + (c.g - p[1]) * cover));
                p[2] = static_cast<unsigned char>(std::lround(p[2] + (c.b - p[2]) * cover));
            }
        }
    }
    template <typename Sdf>
    void PaintAll(Rgb c, Sdf sdf, double alpha = 1.0) {
        Paint(c, 0, 0, w_, h_, sdf, alpha);
    }

    std::string Png() {
        media::InitVips();
        VipsImage* img = vips_image_new_from_memory(px_.data(), px_.size(), w_, h_, 3, VIPS_FORMAT_UCHAR);
        if (!img) throw std::runtime_error("vips_image_new_from_memory failed");
        void* buf = nullptr;
        std::size_t len = 0;
        int rc = vips_pngsave_buffer(img, &buf, &len, "compression", 6, nullptr);
        g_object_unref(img);
        if (rc != 0 || !buf) {
            vips_error_clear();
            throw std::runtime_error("vips_pngsave_buffer failed");
        }
        std::string out(static_cast<const char*>(buf), len);
        g_free(buf);
        return out;
    }

  private:
    int w_, h_;
    std::vector<unsigned char> px_;
};

// ---- shapes

auto Circle(double cx, double cy, double r) {
    return [=](double x, double y) { return std::hypot(x - cx, y - cy) - r; };
}

// An approximate distance (exact on the outline), good enough for one-pixel anti-aliasing.
auto Ellipse(double cx, double cy, double rx, double ry) {
    return [=](double x, double y) {
        double u = (x - cx) / rx, v = (y - cy) / ry;
        double k = std::hypot(u, v);
        if (k < 1e-9) return -std::min(rx, ry);
        double grad = std::hypot(u / rx, v / ry) / k;
        return (k - 1) / grad;
    };
}

// A rectangle centred on (cx, cy) with half sizes hw × hh and corner radius r.
auto Box(double cx, double cy, double hw, double hh, double r = 0) {
    return [=](double x, double y) {
        double qx = std::abs(x - cx) - hw + r, qy = std::abs(y - cy) - hh + r;
        return std::hypot(std::max(qx, 0.0), std::max(qy, 0.0)) + std::min(std::max(qx, qy), 0.0) - r;
    };
}

// A line segment from (ax, ay) to (bx, by) with round ends, r thick on each side.
auto Capsule(double ax, double ay, double bx, double by, double r) {
    return [=](double x, double y) {
        double px = x - ax, py = y - ay, dx = bx - ax, dy = by - ay;
        double t = std::clamp((px * dx + py * dy) / (dx * dx + dy * dy), 0.0, 1.0);
        return std::hypot(px - dx * t, py - dy * t) - r;
    };
}

struct Pt {
    double x, y;
};

// A convex polygon (either winding).
auto Polygon(std::vector<Pt> pts) {
    double area = 0;
    for (std::size_t i = 0; i < pts.size(); ++i) {
        const Pt& a = pts[i];
        const Pt& b = pts[(i + 1) % pts.size()];
        area += a.x * b.y - b.x * a.y;
    }
    double sign = area > 0 ? 1 : -1;
    return [pts = std::move(pts), sign](double x, double y) {
        double d = -1e9;
        for (std::size_t i = 0; i < pts.size(); ++i) {
            const Pt& a = pts[i];
            const Pt& b = pts[(i + 1) % pts.size()];
            double ex = b.x - a.x, ey = b.y - a.y;
            double len = std::hypot(ex, ey);
            // Outward normal for a counter-clockwise polygon in y-down coordinates is (ey, -ex) * sign.
            double dist = sign * ((x - a.x) * ey - (y - a.y) * ex) / len;
            d = std::max(d, dist);
        }
        return d;
    };
}

template <typename A, typename B>
auto Intersect(A a, B b) {
    return [=](double x, double y) { return std::max(a(x, y), b(x, y)); };
}
template <typename A, typename B>
auto Subtract(A a, B b) {
    return [=](double x, double y) { return std::max(a(x, y), -b(x, y)); };
}
template <typename A, typename B>
auto Union(A a, B b) {
    return [=](double x, double y) { return std::min(a(x, y), b(x, y)); };
}
// The outline of a shape, `half` pixels thick on each side.
template <typename A>
auto Outline(A a, double half) {
    return [=](double x, double y) { return std::abs(a(x, y)) - half; };
}
auto Above(double y0) {  // the half plane y < y0
    return [=](double, double y) { return y - y0; };
}
auto Below(double y0) {  // the half plane y > y0
    return [=](double, double y) { return y0 - y; };
}

// ---- palettes (flat, friendly colours)

const Rgb kBackgrounds[] = {{214, 234, 248}, {253, 235, 208}, {226, 240, 217}, {247, 220, 230},
                            {232, 224, 246}, {255, 243, 205}, {210, 240, 235}, {240, 228, 216},
                            {222, 231, 240}, {250, 226, 214}, {229, 244, 227}, {238, 232, 250}};
const Rgb kSkins[] = {{246, 214, 188}, {241, 194, 167}, {234, 186, 150}, {224, 172, 135},
                      {210, 160, 120}, {198, 146, 108}, {176, 124, 90}};
const Rgb kHair[] = {{35, 28, 28},  {52, 38, 32},  {74, 50, 38},    {96, 64, 44},
                     {128, 84, 52}, {146, 72, 46}, {112, 112, 118}, {200, 160, 98}};
const Rgb kClothes[] = {{79, 109, 176}, {62, 142, 126},  {196, 90, 90}, {226, 158, 64}, {120, 92, 164},
                        {70, 80, 96},   {214, 118, 140}, {88, 148, 92}, {44, 122, 168}, {168, 108, 76}};
Rgb Jitter(Rgb c, Rng& rng, double amount) {
    auto j = [&](double v) { return std::clamp(v + Real(rng, -amount, amount), 0.0, 255.0); };
    return {j(c.r), j(c.g), j(c.b)};
}

int ClampSize(int v) {
    return std::clamp(v, 64, 2048);
}

}  // namespace

std::string IllustratedPortraitPng(std::uint64_t seed, bool female, int size) {
    const int S = ClampSize(size);
    const double s = S / 480.0;  // the drawing is designed on a 480 × 480 grid
    Rng rng(seed * 0x9E3779B97F4A7C15ULL + (female ? 0x51ED27 : 0xA11CE));

    Rgb bg = Jitter(rng.Pick(kBackgrounds), rng, 6);
    Rgb skin = Jitter(rng.Pick(kSkins), rng, 4);
    Rgb hair = rng.Pick(kHair);
    if (!female && hair.r > 190) hair = kHair[rng.Below(4)];  // keep blond for a few women only
    hair = Jitter(hair, rng, 5);
    Rgb clothes = Jitter(rng.Pick(kClothes), rng, 8);
    Rgb shade = Mix(skin, Rgb{90, 50, 40}, 0.18);

    Canvas c(S, S, bg);
    // A soft disc behind the figure.
    double disc_r = Real(rng, 0.36, 0.44) * S;
    c.Paint(Mix(bg, kWhite, 0.45), S / 2.0 - disc_r, S * 0.46 - disc_r, S / 2.0 + disc_r, S * 0.46 + disc_r,
            Circle(S / 2.0, S * 0.46, disc_r));

    const double cx = 240 * s + Real(rng, -6, 6) * s;
    const double cy = 200 * s;
    const double rx = Real(rng, 72, 82) * s, ry = Real(rng, 86, 96) * s;
    const double side = rng.Percent(50) ? 1 : -1;  // which way the fringe falls

    // Long hair behind the head and shoulders.
    int female_style = static_cast<int>(rng.Below(3));  // 0 long, 1 bob, 2 bun
    if (female && female_style != 2) {
        double hh = female_style == 0 ? 150 * s : 100 * s;
        double top = cy - ry - 10 * s;
        double hw = rx + (female_style == 0 ? 26 : 20) * s;
        c.Paint(hair, cx - hw, top, cx + hw, top + 2 * hh, Box(cx, top + hh, hw, hh, 70 * s));
    }
    if (female && female_style == 2) {
        double br = 42 * s;
        c.Paint(hair, cx - br, cy - ry - 40 * s - br, cx + br, cy - ry - 40 * s + br, Circle(cx, cy - ry - 30 * s, br));
    }

    // Shoulders, neck and collar.
    double body_rx = Real(rng, 160, 185) * s, body_ry = 165 * s, body_cy = 492 * s;
    c.Paint(clothes, cx - body_rx, body_cy - body_ry, cx + body_rx, body_cy + body_ry,
            Ellipse(cx, body_cy, body_rx, body_ry));
    c.Paint(shade, cx - 34 * s, cy + 40 * s, cx + 34 * s, 350 * s, Box(cx, 290 * s, 32 * s, 56 * s, 14 * s));
    int collar = static_cast<int>(rng.Below(3));
    if (collar == 0) {  // V-neck
        c.Paint(shade, cx - 40 * s, 318 * s, cx + 40 * s, 378 * s,
                Polygon({{cx - 36 * s, 326 * s}, {cx + 36 * s, 326 * s}, {cx, 376 * s}}));
    } else if (collar == 1) {  // shirt collar
        Rgb white = Mix(kWhite, clothes, 0.08);
        c.Paint(white, cx - 60 * s, 313 * s, cx, 378 * s,
                Polygon({{cx - 52 * s, 324 * s}, {cx - 4 * s, 340 * s}, {cx - 18 * s, 372 * s}}));
        c.Paint(white, cx, 313 * s, cx + 60 * s, 378 * s,
                Polygon({{cx + 52 * s, 324 * s}, {cx + 4 * s, 340 * s}, {cx + 18 * s, 372 * s}}));
    } else {  // round neckline
        c.Paint(Mix(clothes, kInk, 0.25), cx - 50 * s, 308 * s, cx + 50 * s, 358 * s,
                Intersect(Outline(Ellipse(cx, 320 * s, 40 * s, 24 * s), 4 * s), Below(320 * s)));
    }

    // Ears and head.
    for (double e : {-1.0, 1.0})
        c.Paint(shade, cx + e * rx - 18 * s, cy - 14 * s, cx + e * rx + 18 * s, cy + 30 * s,
                Circle(cx + e * rx, cy + 8 * s, 15 * s));
    c.Paint(skin, cx - rx, cy - ry, cx + rx, cy + ry, Ellipse(cx, cy, rx, ry));

    // Beard (some men), under the mouth.
    bool beard = !female && rng.Percent(25);
    if (beard) {
        auto shape = Subtract(Intersect(Ellipse(cx, cy + 4 * s, rx + 3 * s, ry + 8 * s), Below(cy + 22 * s)),
                              Ellipse(cx, cy + 52 * s, 30 * s, 13 * s));
        c.Paint(hair, cx - rx - 5 * s, cy, cx + rx + 5 * s, cy + ry + 12 * s, shape);
    }

    // Hair on top: a cap cut by a sweeping hairline.
    double cap_top = cy - ry - (female ? 12 : 8) * s;
    auto cap =
        Intersect(Ellipse(cx, cy - 6 * s, rx + (female ? 12 : 7) * s, ry + 8 * s), Above(cy - (female ? 10 : 28) * s));
    auto fringe = Ellipse(cx + side * Real(rng, 20, 40) * s, cy + 18 * s, rx * Real(rng, 0.78, 0.92), 62 * s);
    c.Paint(hair, cx - rx - 14 * s, cap_top, cx + rx + 14 * s, cy + 20 * s, Subtract(cap, fringe));
    if (!female && rng.Percent(40)) {  // a quiff
        c.Paint(hair, cx - rx, cap_top - 16 * s, cx + rx, cy - 40 * s,
                Ellipse(cx - side * 18 * s, cy - ry + 2 * s, rx * 0.7, 26 * s));
    }

    // Face: brows, eyes, nose, cheeks and a smile.
    double eye_dx = Real(rng, 26, 32) * s, eye_y = cy + Real(rng, 0, 10) * s;
    for (double e : {-1.0, 1.0}) {
        double ex = cx + e * eye_dx;
        c.Paint(kInk, ex - 10 * s, eye_y - 10 * s, ex + 10 * s, eye_y + 10 * s, Circle(ex, eye_y, 7 * s));
        c.Paint(Mix(hair, kInk, 0.3), ex - 18 * s, eye_y - 34 * s, ex + 18 * s, eye_y - 16 * s,
                Capsule(ex - 13 * s, eye_y - 22 * s + e * 0, ex + 13 * s, eye_y - 25 * s, 3.5 * s));
        c.Paint(Rgb{236, 128, 128}, ex - 20 * s, eye_y + 14 * s, ex + 20 * s, eye_y + 50 * s,
                Circle(ex + e * 14 * s, eye_y + 32 * s, 13 * s), 0.28);
    }
    c.Paint(shade, cx - 8 * s, eye_y + 8 * s, cx + 8 * s, eye_y + 34 * s,
            Capsule(cx, eye_y + 14 * s, cx + 3 * s, eye_y + 28 * s, 3.5 * s));
    double smile_r = Real(rng, 18, 26) * s;
    c.Paint(Rgb{160, 72, 72}, cx - 30 * s, eye_y + 30 * s, cx + 30 * s, eye_y + 75 * s,
            Intersect(Outline(Circle(cx, eye_y + 30 * s, smile_r), 3.2 * s), Below(eye_y + 30 * s + smile_r * 0.55)));

    // Glasses (some people).
    if (rng.Percent(20)) {
        Rgb frame = rng.Percent(50) ? kInk : Mix(clothes, kInk, 0.4);
        for (double e : {-1.0, 1.0}) {
            double ex = cx + e * eye_dx;
            c.Paint(frame, ex - 24 * s, eye_y - 24 * s, ex + 24 * s, eye_y + 24 * s,
                    Outline(Circle(ex, eye_y, 19 * s), 2.6 * s));
        }
        c.Paint(frame, cx - eye_dx, eye_y - 8 * s, cx + eye_dx, eye_y + 8 * s,
                Capsule(cx - eye_dx + 19 * s, eye_y - 2 * s, cx + eye_dx - 19 * s, eye_y - 2 * s, 2.4 * s));
    }
    return c.Png();
}

namespace {

constexpr std::string_view kMotifs[] = {"house", "books", "mirror", "van", "laptop", "bucket", "vase", "bulb"};

struct Picture {
    std::size_t motif = 0;  // index into kMotifs
    Rgb background, a, b;
};

const std::map<std::string, Picture, std::less<>>& Pictures() {
    static const auto kPictures = [] {
        std::map<std::string, Picture, std::less<>> m;
        for (const Field* f : DemoSection("service-texts.txt", "pictures").All("picture")) {
            auto parts = f->Parts();
            if (parts.size() != 5) f->Fail("expected category | motif | background | accent | accent");
            auto motif = std::find(std::begin(kMotifs), std::end(kMotifs), parts[1]);
            if (motif == std::end(kMotifs)) f->Fail("unknown motif " + parts[1]);
            auto colour = [&](std::size_t part) {
                return Rgb{double(f->Int(part, 0)), double(f->Int(part, 1)), double(f->Int(part, 2))};
            };
            m[parts[0]] = {static_cast<std::size_t>(motif - std::begin(kMotifs)), colour(2), colour(3), colour(4)};
        }
        return m;
    }();
    return kPictures;
}

const Picture& PictureOf(std::string_view category) {
    auto it = Pictures().find(category);
    if (it == Pictures().end()) throw DataError("service-texts.txt: no picture for category " + std::string(category));
    return it->second;
}

}  // namespace

std::string ServiceMotif(std::string_view category) {
    return std::string(kMotifs[PictureOf(category).motif]);
}

std::string IllustratedServicePhotoPng(std::string_view category, std::uint64_t seed, int width, int height) {
    const int W = ClampSize(width), H = ClampSize(height);
    const double s = std::min(W / 800.0, H / 600.0);  // designed on an 800 × 600 grid, centred
    const double cx = W / 2.0, cy = H / 2.0 + 10 * s;
    const Picture& picture = PictureOf(category);
    const std::size_t kind = picture.motif;
    Rng rng(seed * 0xD1B54A32D192ED03ULL + 0x5E4F1CE + kind);

    // The category's colours; the accents vary a little from picture to picture.
    Rgb bg = picture.background;
    Rgb a = Jitter(picture.a, rng, 10);
    Rgb b = Jitter(picture.b, rng, 10);
    Rgb light = Mix(bg, kWhite, 0.55);
    Rgb dark = Mix(a, kInk, 0.55);

    Canvas c(W, H, bg);
    // Floor, a backdrop disc, a few confetti dots and the object's shadow.
    c.PaintAll(Mix(bg, kInk, 0.08), Below(cy + 150 * s));
    c.PaintAll(light, Circle(cx, cy - 10 * s, 200 * s));
    for (int i = 0; i < 6; ++i) {
        double x = Real(rng, 0.06, 0.94) * W, y = Real(rng, 0.06, 0.5) * H, r = Real(rng, 6, 14) * s;
        c.Paint(i % 2 ? a : b, x - r, y - r, x + r, y + r, Circle(x, y, r), 0.35);
    }
    c.PaintAll(kInk, Ellipse(cx, cy + 160 * s, 170 * s, 16 * s), 0.12);

    auto P = [&](double x, double y) { return Pt{cx + x * s, cy + y * s}; };
    // Every pictogram fits in 600 × 430 units around the centre.
    auto all = [&](Rgb col, auto sdf, double alpha = 1.0) {
        c.Paint(col, cx - 300 * s, cy - 230 * s, cx + 300 * s, cy + 200 * s, sdf, alpha);
    };

    switch (kind) {
        case 0: {  // repair: a house and a wrench
            all(a, Polygon({P(-150, -40), P(0, -160), P(150, -40)}));
            all(Mix(kWhite, bg, 0.3), Box(cx, cy + 55 * s, 120 * s, 100 * s, 6 * s));
            all(b, Box(cx - 50 * s, cy + 95 * s, 30 * s, 60 * s, 6 * s));
            all(Mix(a, kWhite, 0.6), Box(cx + 55 * s, cy + 40 * s, 34 * s, 30 * s, 4 * s));
            all(dark, Box(cx + 55 * s, cy + 40 * s, 2.5 * s, 30 * s));
            all(dark, Box(cx + 55 * s, cy + 40 * s, 34 * s, 2.5 * s));
            all(Mix(a, kInk, 0.3), Box(cx + 90 * s, cy - 120 * s, 16 * s, 36 * s, 3 * s));
            // wrench leaning on the wall
            auto handle = Capsule(cx + 150 * s, cy + 150 * s, cx + 230 * s, cy - 10 * s, 13 * s);
            auto head =
                Subtract(Circle(cx + 238 * s, cy - 28 * s, 34 * s), Box(cx + 248 * s, cy - 52 * s, 14 * s, 30 * s));
            all(Rgb{150, 160, 172}, Union(handle, head));
            break;
        }
        case 1: {  // tutoring: a stack of books and a pencil
            Rgb cols[] = {a, b, Mix(a, b, 0.5)};
            for (int i = 0; i < 3; ++i) {
                double y = cy + 120 * s - i * 56 * s, dx = (i - 1) * 18 * s;
                all(cols[i], Box(cx + dx, y, 150 * s, 26 * s, 6 * s));
                all(Mix(kWhite, bg, 0.2), Box(cx + dx + 128 * s, y, 14 * s, 18 * s, 2 * s));
                all(Mix(cols[i], kInk, 0.3), Box(cx + dx - 40 * s, y, 3 * s, 26 * s));
            }
            all(Rgb{241, 196, 80}, Capsule(cx - 120 * s, cy - 60 * s, cx + 70 * s, cy - 130 * s, 11 * s));
            all(Rgb{240, 208, 170}, Polygon({P(-120, -71), P(-120, -49), P(-156, -47)}));
            all(kInk, Circle(cx - 150 * s, cy - 48 * s, 4 * s));
            break;
        }
        case 2: {  // beauty: a hand mirror and a bottle of nail polish
            all(a, Capsule(cx - 60 * s, cy + 150 * s, cx - 60 * s, cy + 30 * s, 20 * s));
            all(Mix(a, kInk, 0.25), Box(cx - 60 * s, cy + 45 * s, 30 * s, 8 * s, 4 * s));
            all(a, Ellipse(cx - 60 * s, cy - 60 * s, 88 * s, 105 * s));
            all(Rgb{206, 232, 244}, Ellipse(cx - 60 * s, cy - 60 * s, 70 * s, 87 * s));
            all(kWhite, Capsule(cx - 95 * s, cy - 85 * s, cx - 70 * s, cy - 115 * s, 8 * s), 0.8);
            all(kWhite, Capsule(cx - 95 * s, cy - 55 * s, cx - 85 * s, cy - 67 * s, 5 * s), 0.8);
            all(b, Box(cx + 110 * s, cy + 90 * s, 55 * s, 65 * s, 18 * s));
            all(Mix(b, kWhite, 0.35), Box(cx + 92 * s, cy + 80 * s, 10 * s, 38 * s, 5 * s));
            all(dark, Box(cx + 110 * s, cy - 5 * s, 24 * s, 32 * s, 6 * s));
            break;
        }
        case 3: {  // transport: a delivery van
            all(a, Box(cx - 45 * s, cy + 30 * s, 135 * s, 90 * s, 14 * s));
            all(b, Polygon({P(90, -40), P(150, -40), P(200, 40), P(200, 120), P(90, 120)}));
            all(Mix(kWhite, bg, 0.2), Polygon({P(102, -26), P(144, -26), P(180, 34), P(102, 34)}));
            all(Mix(a, kWhite, 0.5), Box(cx - 45 * s, cy + 20 * s, 90 * s, 8 * s, 4 * s));
            for (double x : {-110.0, 130.0}) {
                all(kInk, Circle(cx + x * s, cy + 125 * s, 36 * s));
                all(Rgb{190, 195, 205}, Circle(cx + x * s, cy + 125 * s, 15 * s));
            }
            break;
        }
        case 4: {  // it_design: a laptop showing lines of code
            all(Mix(kInk, a, 0.15), Box(cx, cy - 20 * s, 170 * s, 115 * s, 12 * s));
            all(Rgb{34, 40, 58}, Box(cx, cy - 20 * s, 152 * s, 97 * s, 4 * s));
            for (int i = 0; i < 6; ++i) {
                double y = cy - 95 * s + i * 28 * s, indent = (i % 3) * 26 * s, len = Real(rng, 60, 170) * s;
                Rgb col = i % 2 ? a : b;
                all(col, Capsule(cx - 125 * s + indent, y, cx - 125 * s + indent + len, y, 6 * s));
            }
            all(Rgb{190, 195, 205}, Polygon({P(-200, 105), P(200, 105), P(220, 140), P(-220, 140)}));
            all(Rgb{160, 166, 178}, Box(cx, cy + 110 * s, 40 * s, 4 * s, 2 * s));
            break;
        }
        case 5: {  // household: a bucket with soap bubbles and a sponge
            all(dark, Intersect(Outline(Circle(cx, cy - 10 * s, 120 * s), 6 * s), Above(cy - 10 * s)));
            all(a, Polygon({P(-130, -20), P(130, -20), P(100, 150), P(-100, 150)}));
            all(Mix(a, kInk, 0.2), Box(cx, cy - 20 * s, 136 * s, 12 * s, 6 * s));
            for (int i = 0; i < 5; ++i) {
                double x = cx + Real(rng, -110, 110) * s, y = cy - Real(rng, 60, 150) * s, r = Real(rng, 14, 32) * s;
                c.Paint(kWhite, x - r, y - r, x + r, y + r, Circle(x, y, r), 0.75);
                c.Paint(b, x - r, y - r, x + r, y + r, Outline(Circle(x, y, r), 2 * s), 0.8);
            }
            all(Rgb{241, 196, 80}, Box(cx + 190 * s, cy + 120 * s, 50 * s, 30 * s, 10 * s));
            all(Rgb{88, 160, 96}, Box(cx + 190 * s, cy + 98 * s, 50 * s, 8 * s, 4 * s));
            break;
        }
        case 6: {  // handmade: a painted clay vase
            Rgb clay = Mix(a, Rgb{196, 112, 72}, 0.5);
            all(clay, Ellipse(cx, cy + 60 * s, 120 * s, 92 * s));
            all(clay, Polygon({P(-70, 0), P(70, 0), P(32, -80), P(-32, -80)}));
            all(clay, Polygon({P(-32, -80), P(32, -80), P(62, -118), P(-62, -118)}));
            all(Mix(clay, kInk, 0.25), Box(cx, cy - 120 * s, 64 * s, 8 * s, 4 * s));
            all(b, Intersect(Ellipse(cx, cy + 60 * s, 121 * s, 93 * s), Box(cx, cy + 40 * s, 130 * s, 9 * s)));
            all(b, Intersect(Ellipse(cx, cy + 60 * s, 121 * s, 93 * s), Box(cx, cy + 120 * s, 130 * s, 5 * s)));
            for (int i = -2; i <= 2; ++i) all(Mix(kWhite, b, 0.2), Circle(cx + i * 40 * s, cy + 85 * s, 9 * s));
            all(Mix(clay, kWhite, 0.35), Ellipse(cx - 65 * s, cy + 30 * s, 14 * s, 40 * s), 0.6);
            break;
        }
        default: {  // other: a light bulb with rays
            all(Rgb{250, 204, 84}, Circle(cx, cy - 40 * s, 95 * s));
            all(Rgb{250, 204, 84}, Polygon({P(-60, 20), P(60, 20), P(40, 95), P(-40, 95)}));
            all(Mix(kWhite, Rgb{250, 204, 84}, 0.4), Ellipse(cx - 40 * s, cy - 75 * s, 18 * s, 30 * s), 0.8);
            for (int i = 0; i < 3; ++i) all(i % 2 ? a : dark, Box(cx, cy + 110 * s + i * 20 * s, 44 * s, 9 * s, 5 * s));
            for (int i = 0; i < 7; ++i) {
                double ang = M_PI * (1.05 + i * 0.15);
                double x0 = cx + std::cos(ang) * 125 * s, y0 = cy - 40 * s + std::sin(ang) * 125 * s;
                double x1 = cx + std::cos(ang) * 165 * s, y1 = cy - 40 * s + std::sin(ang) * 165 * s;
                all(a, Capsule(x0, y0, x1, y1, 7 * s));
            }
            break;
        }
    }
    return c.Png();
}

}  // namespace ejob::seed
