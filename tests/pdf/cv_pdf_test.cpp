// The CV PDFs read back with poppler-utils, as a reader's tools see them: the text that comes out is the text that
// went in, fonts are embedded subsets, pages break where they should, the metadata is set, the photo shows, and
// page 1 of each template still looks like its reference image.
//
// Reference images: tests/pdf/reference/<template>.png, page 1 of the two-page sample at 30 dpi in grey. After an
// intended change of the look, rewrite them with
//   EJOB_UPDATE_PDF_REFERENCES=1 build/pdf_tests --gtest_filter='*Reference*'
// and look at the new images before committing them.
#include <cairo.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "pdf/cv_pdf.hpp"
#include "pdf/sample_cvs.hpp"

namespace {

namespace fs = std::filesystem;
namespace samples = ejob::testing::pdf_samples;
using ejob::pdf::CvDocument;
using ejob::pdf::RenderCv;

// A PDF written to a temporary file for the command-line tools, removed with the object.
class PdfFile {
  public:
    explicit PdfFile(const std::string& bytes) {
        char name[] = "/tmp/ejob_cv_pdf_XXXXXX";
        int fd = mkstemp(name);
        EXPECT_GE(fd, 0);
        close(fd);
        base_ = name;
        path_ = base_ + ".pdf";
        fs::rename(base_, path_);
        std::ofstream(path_, std::ios::binary) << bytes;
    }
    ~PdfFile() {
        std::error_code ec;
        fs::remove(path_, ec);
        for (const char* ext : {".png", "-photo.png", ".txt"}) fs::remove(base_ + ext, ec);
    }
    const std::string& path() const { return path_; }
    const std::string& base() const { return base_; }

  private:
    std::string base_, path_;
};

std::string Shell(const std::string& command) {
    std::string out;
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    if (!pipe) return out;
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, pipe.get())) > 0) out.append(buf, n);
    return out;
}

std::string Text(const PdfFile& f, int first = 0, int last = 0) {
    std::string range = first > 0 ? " -f " + std::to_string(first) + " -l " + std::to_string(last) : "";
    return Shell("pdftotext -enc UTF-8" + range + " '" + f.path() + "' -");
}

std::set<std::string> Words(const std::string& text) {
    std::set<std::string> words;
    std::istringstream in(text);
    for (std::string w; in >> w;) words.insert(w);
    return words;
}

int PdfinfoPages(const PdfFile& f) {
    std::smatch m;
    std::string info = Shell("pdfinfo '" + f.path() + "'");
    return std::regex_search(info, m, std::regex(R"(Pages:\s+(\d+))")) ? std::stoi(m[1]) : -1;
}

std::vector<std::string> Headings(const ejob::domain::cv::Labels& l) {
    return {l.profile, l.experience, l.education, l.languages,      l.skills,
            l.courses, l.links,      l.contacts,  l.desired_salary, l.born};
}

// ---- text

TEST(CvPdf, TextComesOutAsTyped) {
    for (const char* code : samples::kTemplates) {
        SCOPED_TRACE(code);
        auto doc = samples::Document(samples::LongDraft(code));
        PdfFile f(RenderCv(doc));
        std::string text = Text(f);
        for (const char* typed : {"Günel Məmmədova", "İş təcrübəsi", "ı ş ğ ç ö ü Ə İ Ş", "Опыт работы в банке",
                                  "1 500 ₼", "Haqqımda", "Kurslar və sertifikatlar", "Курс 1С: Бухгалтерия 8.3",
                                  "Mart 2020 – indiyədək", "gunel.mammadova@example.az", "+994 50 123 45 67",
                                  "12.03.1994", "Ana dili", "Bakalavr, Mühasibat uçotu və audit"})
            EXPECT_NE(text.find(typed), std::string::npos) << typed << "\n" << text;
        // Wrapped many times over, yet every word of the long duty comes out whole: no hyphen was inserted.
        auto words = Words(text);
        for (const auto& w : Words(samples::kLongDuty)) EXPECT_TRUE(words.count(w)) << w;
        for (const auto& w : words)
            if (w.size() > 1 && w.back() == '-') ADD_FAILURE() << "a word cut with a hyphen: " << w;
    }
}

TEST(CvPdf, RussianLabels) {
    for (const char* code : samples::kTemplates) {
        SCOPED_TRACE(code);
        auto d = samples::LongDraft(code);
        d.pdf_lang = "ru";
        std::string pdf = RenderCv(samples::Document(d, samples::RuLabels()));
        PdfFile f(pdf);
        std::string text = Text(f);
        const std::string pages = std::to_string(ejob::pdf::PageCount(pdf));
        // (compact wraps a long period in its narrow date gutter)
        for (const std::string& typed :
             std::vector<std::string>{"Опыт работы", "Образование", "Март 2020 –", "настоящее время", "Родной",
                                      "Курсы и сертификаты", "Страница 1 из " + pages, "Страница 2 из " + pages})
            EXPECT_NE(text.find(typed), std::string::npos) << typed;
    }
}

// ---- fonts, metadata

TEST(CvPdf, FontsAreEmbeddedSubsets) {
    for (const char* code : samples::kTemplates) {
        SCOPED_TRACE(code);
        auto d = samples::LongDraft(code);
        d.cover_letter = "Hörmətli cənab,\n\nƏrizəmi nəzərinizə çatdırıram.";
        PdfFile f(RenderCv(samples::Document(d)));
        std::istringstream rows(Shell("pdffonts '" + f.path() + "'"));
        std::string row;
        int fonts = 0;
        for (int i = 0; std::getline(rows, row); ++i) {
            if (i < 2 || row.empty()) continue;  // the header and its rule
            std::vector<std::string> cols;
            std::istringstream c(row);
            for (std::string s; c >> s;) cols.push_back(s);
            ASSERT_GE(cols.size(), 7u) << row;
            // … emb sub uni object ID
            EXPECT_EQ(cols[cols.size() - 5], "yes") << "not embedded: " << row;
            EXPECT_EQ(cols[cols.size() - 4], "yes") << "not a subset: " << row;
            ++fonts;
        }
        EXPECT_GE(fonts, 2);
    }
}

TEST(CvPdf, TitleAuthorAndCreator) {
    PdfFile f(RenderCv(samples::Document(samples::ShortDraft("modern"))));
    std::string info = "\n" + Shell("pdfinfo '" + f.path() + "'");
    EXPECT_TRUE(std::regex_search(info, std::regex("\nTitle: +Günel Məmmədova — CV\n"))) << info;
    EXPECT_TRUE(std::regex_search(info, std::regex("\nAuthor: +Günel Məmmədova\n"))) << info;
    EXPECT_TRUE(std::regex_search(info, std::regex("\nCreator: +ejob\n"))) << info;
    EXPECT_TRUE(std::regex_search(info, std::regex("\nPage size: +595.28 x 841.89 pts \\(A4\\)"))) << info;
}

// ---- pages

TEST(CvPdf, ShortIsOnePageLongIsTwoWithFooters) {
    for (const char* code : samples::kTemplates) {
        SCOPED_TRACE(code);
        std::string short_pdf = RenderCv(samples::Document(samples::ShortDraft(code)));
        PdfFile s(short_pdf);
        EXPECT_EQ(ejob::pdf::PageCount(short_pdf), 1);
        EXPECT_EQ(PdfinfoPages(s), 1);
        EXPECT_EQ(Text(s).find("Səhifə"), std::string::npos) << "a footer on a one-page CV";

        std::string long_pdf = RenderCv(samples::Document(samples::LongDraft(code)));
        PdfFile l(long_pdf);
        EXPECT_EQ(ejob::pdf::PageCount(long_pdf), 2);
        EXPECT_EQ(PdfinfoPages(l), 2);
        for (int page : {1, 2}) {
            std::string text = Text(l, page, page);
            EXPECT_NE(text.find("Günel Məmmədova"), std::string::npos) << page;
            EXPECT_NE(text.find("Səhifə " + std::to_string(page) + " / 2"), std::string::npos) << page;
        }
    }
}

TEST(CvPdf, CoverLetterStartsAPageOfItsOwn) {
    for (const char* code : samples::kTemplates) {
        SCOPED_TRACE(code);
        auto d = samples::ShortDraft(code);
        d.cover_letter = "Hörmətli işəgötürən,\n\nŞirkətinizdəki baş mühasib vakansiyası ilə maraqlanıram.";
        std::string pdf = RenderCv(samples::Document(d));
        PdfFile f(pdf);
        EXPECT_EQ(ejob::pdf::PageCount(pdf), 2);
        EXPECT_EQ(Text(f, 1, 1).find("Hörmətli"), std::string::npos);
        std::string letter = Text(f, 2, 2);
        EXPECT_NE(letter.find("Şirkətinizdəki baş mühasib vakansiyası ilə maraqlanıram."), std::string::npos);
        EXPECT_NE(letter.find("Günel Məmmədova"), std::string::npos);
    }
}

struct BoxLine {
    double x0, y0, x1, y1;
    std::string text;
};

// The lines of one page with their boxes (pdftotext -bbox-layout), in points from the top left.
std::vector<BoxLine> PageLines(const PdfFile& f, int page) {
    std::string html = Shell("pdftotext -enc UTF-8 -bbox-layout -f " + std::to_string(page) + " -l " +
                             std::to_string(page) + " '" + f.path() + "' -");
    std::vector<BoxLine> lines;
    std::regex line_re(
        R"re(<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)</line>)re");
    std::regex word_re(R"re(<word[^>]*>([^<]*)</word>)re");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), line_re); it != std::sregex_iterator(); ++it) {
        BoxLine l{std::stod((*it)[1]), std::stod((*it)[2]), std::stod((*it)[3]), std::stod((*it)[4]), ""};
        std::string body = (*it)[5];
        for (auto w = std::sregex_iterator(body.begin(), body.end(), word_re); w != std::sregex_iterator(); ++w) {
            std::string word = std::regex_replace(std::string((*w)[1]), std::regex("&amp;"), "&");
            l.text += (l.text.empty() ? "" : " ") + word;
        }
        lines.push_back(l);
    }
    return lines;
}

// Whatever the amount of text before the page break, no column of page 1 ends with a section heading: the summary
// grows line by line so that the break sweeps across the headings that follow it.
TEST(CvPdf, NoHeadingAtTheFootOfAPage) {
    const auto labels = samples::AzLabels();
    const auto headings = Headings(labels);
    int checked = 0;
    for (const char* code : samples::kTemplates) {
        for (int extra = 0; extra < 14; ++extra) {
            auto d = samples::LongDraft(code);
            d.jobs.resize(3);
            d.education.insert(d.education.begin(), d.education.begin(), d.education.end());
            for (int i = 0; i < extra * 3; ++i) d.summary += " Hesabatların vaxtında təqdim edilməsinə cavabdeh idim.";
            std::string pdf = RenderCv(samples::Document(d, labels));
            if (ejob::pdf::PageCount(pdf) < 2) continue;
            PdfFile f(pdf);
            // Columns: the modern sidebar ends at x = 190 pt; the footer sits below y = 800 pt.
            std::vector<const BoxLine*> last(2, nullptr);
            const auto lines = PageLines(f, 1);
            for (const auto& l : lines) {
                if (l.y0 > 800) continue;
                size_t col = std::string(code) == "modern" && l.x0 < 190 ? 0 : 1;
                if (!last[col] || l.y1 > last[col]->y1) last[col] = &l;
            }
            for (const BoxLine* l : last) {
                if (!l) continue;
                ++checked;
                for (const auto& h : headings)
                    EXPECT_NE(l->text, h) << code << " +" << extra << ": page 1 ends with a heading";
            }
        }
    }
    EXPECT_GT(checked, 20);
}

// ---- images

struct Gray {
    int width = 0, height = 0;
    std::vector<unsigned char> px;
    int at(int x, int y) const { return px[static_cast<size_t>(y * width + x)]; }
};

Gray LoadPng(const std::string& path) {
    Gray g;
    cairo_surface_t* s = cairo_image_surface_create_from_png(path.c_str());
    if (cairo_surface_status(s) == CAIRO_STATUS_SUCCESS) {
        cairo_surface_flush(s);
        g.width = cairo_image_surface_get_width(s);
        g.height = cairo_image_surface_get_height(s);
        const int stride = cairo_image_surface_get_stride(s);
        const unsigned char* data = cairo_image_surface_get_data(s);
        for (int y = 0; y < g.height; ++y)
            for (int x = 0; x < g.width; ++x) {
                uint32_t p;
                std::memcpy(&p, data + y * stride + x * 4, 4);
                g.px.push_back(static_cast<unsigned char>((p >> 8) & 0xff));  // green: the grey level
            }
    }
    cairo_surface_destroy(s);
    return g;
}

// Page `page` at 30 dpi in grey (248 × 351 pixels for A4).
Gray Raster(const PdfFile& f, const std::string& out_base, int page = 1) {
    Shell("pdftoppm -r 30 -gray -png -singlefile -f " + std::to_string(page) + " -l " + std::to_string(page) + " '" +
          f.path() + "' '" + out_base + "'");
    return LoadPng(out_base + ".png");
}

// Thresholds. Rendering the same PDF again with the same poppler gives the same pixels (difference 0); another
// poppler/freetype build moves anti-aliased edges by a few levels, spread thinly over the page, which keeps the mean
// far below 2 of 255 and every tile below 20. A section moved by even one line of text (12 pt = 5 px here) turns
// text rows into paper and back over its whole width: tiles along it differ by 30 or more.
constexpr double kMaxMeanDiff = 2.0;
constexpr double kMaxTileDiff = 20.0;
constexpr int kTile = 8;

TEST(CvPdf, PageOneMatchesItsReferenceImage) {
    const bool update = std::getenv("EJOB_UPDATE_PDF_REFERENCES") != nullptr;
    for (const char* code : samples::kTemplates) {
        SCOPED_TRACE(code);
        PdfFile f(RenderCv(samples::Document(samples::LongDraft(code))));
        Gray got = Raster(f, f.base());
        ASSERT_NEAR(got.width, 248, 1);
        ASSERT_NEAR(got.height, 351, 1);
        const std::string ref_path = std::string(EJOB_PDF_REFERENCE_DIR) + "/" + code + ".png";
        if (update) {
            fs::copy_file(f.base() + ".png", ref_path, fs::copy_options::overwrite_existing);
            continue;
        }
        Gray ref = LoadPng(ref_path);
        ASSERT_EQ(ref.width, got.width) << "no reference " << ref_path << " (EJOB_UPDATE_PDF_REFERENCES=1 writes it)";
        ASSERT_EQ(ref.height, got.height);
        double total = 0, worst_tile = 0;
        int worst_x = 0, worst_y = 0;
        for (int ty = 0; ty < got.height; ty += kTile)
            for (int tx = 0; tx < got.width; tx += kTile) {
                double sum = 0;
                int n = 0;
                for (int y = ty; y < std::min(ty + kTile, got.height); ++y)
                    for (int x = tx; x < std::min(tx + kTile, got.width); ++x, ++n)
                        sum += std::abs(got.at(x, y) - ref.at(x, y));
                total += sum;
                if (sum / n > worst_tile) {
                    worst_tile = sum / n;
                    worst_x = tx;
                    worst_y = ty;
                }
            }
        const double mean = total / (got.width * got.height);
        EXPECT_LT(mean, kMaxMeanDiff) << "page 1 differs from " << ref_path;
        EXPECT_LT(worst_tile, kMaxTileDiff)
            << "a block moved near pixel (" << worst_x << ", " << worst_y << ") of " << ref_path;
    }
}

// Where the templates put the photo on page 1 (points): classic top right, 86 pt; compact top right, 54 pt; modern
// centred at the top of the sidebar, 118 pt.
struct PhotoBox {
    const char* code;
    double x, y, size;
};
constexpr PhotoBox kPhotoBoxes[] = {{"classic", 453.28, 48, 86}, {"compact", 503.28, 34, 54}, {"modern", 36, 42, 118}};

struct Stats {
    double mean, sd;
};
// The grey levels inside the middle half of a box given in points, on a 30 dpi raster.
Stats Inside(const Gray& g, const PhotoBox& b) {
    const double k = 30.0 / 72;
    const int x0 = static_cast<int>((b.x + b.size / 4) * k), x1 = static_cast<int>((b.x + 3 * b.size / 4) * k);
    const int y0 = static_cast<int>((b.y + b.size / 4) * k), y1 = static_cast<int>((b.y + 3 * b.size / 4) * k);
    double sum = 0, sq = 0;
    int n = 0;
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x, ++n) sum += g.at(x, y), sq += g.at(x, y) * g.at(x, y);
    const double mean = sum / n;
    return {mean, std::sqrt(std::max(0.0, sq / n - mean * mean))};
}

// The photo is drawn (not an empty box), and embedded as the JPEG it was.
TEST(CvPdf, PhotoIsDrawnFromTheJpeg) {
    for (const PhotoBox& box : kPhotoBoxes) {
        for (const char* shape : {"circle", "square"}) {
            SCOPED_TRACE(std::string(box.code) + " " + shape);
            auto d = samples::ShortDraft(box.code);
            d.photo_shape = shape;
            PdfFile with(RenderCv(samples::Document(d)));
            Gray a = Raster(with, with.base());
            ASSERT_FALSE(a.px.empty());
            // The picture's own shades: a blank or flat box would have next to no spread.
            Stats in = Inside(a, box);
            EXPECT_GT(in.sd, 20) << "a flat box where the photo should be";
            EXPECT_LT(in.mean, 220) << "a blank box where the photo should be";
            if (std::string(box.code) != "modern") {  // in modern the sidebar's text moves up without a photo
                PdfFile without(RenderCv(samples::Document(d, samples::AzLabels(), false)));
                Stats empty = Inside(Raster(without, without.base()), box);
                EXPECT_LT(empty.sd, 3) << "the box is not the photo's";
            }
            std::string images = Shell("pdfimages -list '" + with.path() + "'");
            EXPECT_TRUE(std::regex_search(images, std::regex(R"(image\s+192\s+192\s+rgb\s+3\s+8\s+jpeg)"))) << images;
        }
    }
}

TEST(CvPdf, ABrokenPhotoIsLeftOut) {
    auto doc = samples::Document(samples::ShortDraft("classic"));
    doc.photo_jpeg = "not a jpeg";
    std::string pdf = RenderCv(doc);
    EXPECT_EQ(ejob::pdf::PageCount(pdf), 1);
    doc.photo_jpeg = samples::PhotoJpeg().substr(0, 20);  // cut before its frame header
    EXPECT_EQ(ejob::pdf::PageCount(RenderCv(doc)), 1);
}

// ---- the bounded renderer

TEST(CvPdfRenderer, BusyWhileItsOnlySlotRenders) {
    ejob::pdf::CvPdfRenderer renderer(1);
    // A long render: twenty jobs and a long letter take several pages.
    auto big = samples::LongDraft("classic");
    for (int i = 0; i < 3; ++i) big.jobs.insert(big.jobs.end(), big.jobs.begin(), big.jobs.end());
    for (int i = 0; i < 40; ++i) big.cover_letter += std::string(samples::kLongDuty) + ".\n\n";
    const auto big_doc = samples::Document(big);
    const auto small_doc = samples::Document(samples::ShortDraft("classic"));

    std::atomic<bool> started{false};
    std::optional<std::string> long_result;
    std::thread t([&] {
        started = true;
        long_result = renderer.TryRender(big_doc, std::chrono::milliseconds(0));
    });
    while (!started) std::this_thread::yield();
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    auto busy = renderer.TryRender(small_doc, std::chrono::milliseconds(0));
    t.join();
    ASSERT_TRUE(long_result.has_value());
    EXPECT_GE(ejob::pdf::PageCount(*long_result), 5);
    EXPECT_FALSE(busy.has_value()) << "a slot was free while the only one rendered";
    auto free_now = renderer.TryRender(small_doc, std::chrono::milliseconds(0));
    ASSERT_TRUE(free_now.has_value());
    EXPECT_EQ(ejob::pdf::PageCount(*free_now), 1);
}

TEST(CvPdfRenderer, EightThreadsGetTheSamePdf) {
    ejob::pdf::CvPdfRenderer renderer(2);
    const auto doc = samples::Document(samples::LongDraft("modern"));
    std::vector<std::optional<std::string>> results(8);
    std::vector<std::string> direct(8);
    std::vector<std::thread> threads;
    for (size_t i = 0; i < results.size(); ++i)
        threads.emplace_back([&, i] {
            results[i] = renderer.TryRender(doc, std::chrono::seconds(30));
            direct[i] = RenderCv(doc);  // unbounded: each thread borrows a font map of its own
        });
    for (auto& t : threads) t.join();
    ASSERT_TRUE(results[0].has_value());
    for (size_t i = 0; i < results.size(); ++i) {
        ASSERT_TRUE(results[i].has_value()) << i;
        EXPECT_EQ(results[i]->rfind("%PDF-", 0), 0u);
        EXPECT_EQ(results[i]->size(), results[0]->size()) << i;
        EXPECT_EQ(direct[i].size(), results[0]->size()) << i;
        EXPECT_EQ(ejob::pdf::PageCount(*results[i]), 2);
    }
    PdfFile f(*results[7]);
    EXPECT_NE(Text(f).find("İş təcrübəsi"), std::string::npos);
}

}  // namespace
