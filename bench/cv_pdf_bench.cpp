// CV PDF rendering time: each template's two-page sample CV (tests/pdf/sample_cvs.hpp) rendered N times (default
// 200) after a warm-up, on one thread with RenderCv, then from THREADS threads (default 2) through a CvPdfRenderer
// with as many slots. Prints a Markdown table: pages, bytes, p50/p99/max milliseconds per PDF, renders per second.
//   cv_pdf_bench [N] [THREADS]
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "pdf/cv_pdf.hpp"
#include "pdf/sample_cvs.hpp"

namespace {

using Clock = std::chrono::steady_clock;
namespace samples = ejob::testing::pdf_samples;

struct Result {
    std::vector<double> ms;
    double seconds = 0;
    size_t bytes = 0;
    int pages = 0;
};

double Percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    size_t i = static_cast<size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
    return v[std::min(i, v.size() - 1)];
}

Result Run(const ejob::pdf::CvDocument& doc, int n, int threads, ejob::pdf::CvPdfRenderer* renderer) {
    Result r;
    std::mutex mu;
    std::atomic<int> next{0};
    auto worker = [&] {
        std::vector<double> mine;
        while (next.fetch_add(1) < n) {
            auto t0 = Clock::now();
            std::string pdf;
            if (renderer) {
                auto got = renderer->TryRender(doc, std::chrono::seconds(10));
                if (got) pdf = std::move(*got);
            } else {
                pdf = ejob::pdf::RenderCv(doc);
            }
            mine.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
            if (pdf.empty()) {
                std::fprintf(stderr, "render failed\n");
                std::exit(1);
            }
            std::lock_guard lock(mu);
            r.bytes = pdf.size();
            r.pages = ejob::pdf::PageCount(pdf);
        }
        std::lock_guard lock(mu);
        r.ms.insert(r.ms.end(), mine.begin(), mine.end());
    };
    auto t0 = Clock::now();
    std::vector<std::thread> pool;
    for (int i = 0; i < threads; ++i) pool.emplace_back(worker);
    for (auto& t : pool) t.join();
    r.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
    return r;
}

}  // namespace

int main(int argc, char** argv) {
    const int n = argc > 1 ? std::max(1, std::atoi(argv[1])) : 200;
    const int threads = argc > 2 ? std::clamp(std::atoi(argv[2]), 1, ejob::pdf::CvPdfRenderer::kMaxSlots) : 2;
    {
        // Cold: the process's first render loads fontconfig's cache and the fonts; then a render on a new thread,
        // which borrows the font map warmed by the first instead of making one of its own.
        const auto doc = samples::Document(samples::LongDraft("classic"));
        auto t0 = Clock::now();
        ejob::pdf::RenderCv(doc);
        double cold = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
        double fresh_thread = 0;
        std::thread([&] {
            auto t1 = Clock::now();
            ejob::pdf::RenderCv(doc);
            fresh_thread = std::chrono::duration<double, std::milli>(Clock::now() - t1).count();
        }).join();
        std::printf("first render in the process: %.1f ms; first on a new thread: %.1f ms\n\n", cold, fresh_thread);
    }
    ejob::pdf::CvPdfRenderer renderer(threads);

    std::printf("| template | mode | pages | bytes | p50 ms | p99 ms | max ms | renders/s |\n");
    std::printf("|---|---|---:|---:|---:|---:|---:|---:|\n");
    for (const char* code : samples::kTemplates) {
        const auto doc = samples::Document(samples::LongDraft(code));
        for (int i = 0; i < 5; ++i) ejob::pdf::RenderCv(doc);  // warm-up
        for (int mode = 0; mode < 2; ++mode) {
            Result r = mode == 0 ? Run(doc, n, 1, nullptr) : Run(doc, n, threads, &renderer);
            std::string label = mode == 0 ? "1 thread" : std::to_string(threads) + " threads, renderer";
            std::printf("| %s | %s | %d | %zu | %.1f | %.1f | %.1f | %.0f |\n", code, label.c_str(), r.pages, r.bytes,
                        Percentile(r.ms, 0.5), Percentile(r.ms, 0.99), *std::max_element(r.ms.begin(), r.ms.end()),
                        n / r.seconds);
        }
    }
    return 0;
}
