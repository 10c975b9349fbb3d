// Photo pipeline throughput: a 12-megapixel JPEG (4000×3000, noisy so it compresses like a real photo) through
// ProcessPhoto N times (default 20), from THREADS threads (default 1) through a PhotoProcessingLimiter with as many
// slots. Prints photos/s and the process's peak RSS.
//   photo_pipeline_bench [N] [THREADS]
#include "media/photo_pipeline.hpp"

#include <vips/vips.h>

#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace {

// A photo-like 4000×3000 sRGB JPEG at Q 90: smooth gradients plus Gaussian noise (sensor grain).
std::string MakeTwelveMegapixelJpeg() {
    const int w = 4000, h = 3000;
    VipsImage *xyz = nullptr, *grad = nullptr, *noise = nullptr, *sum = nullptr, *rgb = nullptr, *u8 = nullptr,
              *srgb = nullptr;
    double a[] = {200.0 / w, 200.0 / h}, b[] = {20, 30};
    void* buf = nullptr;
    size_t len = 0;
    bool ok = vips_xyz(&xyz, w, h, nullptr) == 0 && vips_linear(xyz, &grad, a, b, 2, nullptr) == 0 &&
              vips_gaussnoise(&noise, w, h, "mean", 0.0, "sigma", 8.0, nullptr) == 0 &&
              vips_add(grad, noise, &sum, nullptr) == 0 && vips_bandjoin_const1(sum, &rgb, 110, nullptr) == 0 &&
              vips_cast_uchar(rgb, &u8, nullptr) == 0 &&
              vips_copy(u8, &srgb, "interpretation", VIPS_INTERPRETATION_sRGB, nullptr) == 0 &&
              vips_jpegsave_buffer(srgb, &buf, &len, "Q", 90, nullptr) == 0;
    for (VipsImage* i : {xyz, grad, noise, sum, rgb, u8, srgb}) {
        if (i) g_object_unref(i);
    }
    if (!ok) {
        std::fprintf(stderr, "cannot make the test JPEG: %s\n", vips_error_buffer());
        std::exit(1);
    }
    std::string jpeg(static_cast<const char*>(buf), len);
    g_free(buf);
    return jpeg;
}

long PeakRssKiB() {
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;  // KiB on Linux
}

}  // namespace

int main(int argc, char** argv) {
    const int n = argc > 1 ? std::atoi(argv[1]) : 20;
    const int threads = argc > 2 ? std::atoi(argv[2]) : 1;
    if (n <= 0 || threads <= 0 || threads > ejob::media::PhotoProcessingLimiter::kMaxSlots) {
        std::fprintf(stderr, "usage: %s [N>0] [THREADS 1..64]\n", argv[0]);
        return 2;
    }
    ejob::media::InitVips();
    const std::string jpeg = MakeTwelveMegapixelJpeg();
    const long rss_before = PeakRssKiB();

    ejob::media::PhotoProcessingLimiter limiter(threads);
    std::atomic<int> next{0}, failed{0};
    std::atomic<size_t> out_bytes{0};
    std::mutex mu;
    double worst_ms = 0;
    auto worker = [&] {
        while (next.fetch_add(1) < n) {
            const auto s = std::chrono::steady_clock::now();
            ejob::media::PhotoResult r = limiter.Process(jpeg);
            const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - s).count();
            if (r.error != ejob::media::PhotoError::None) {
                std::fprintf(stderr, "ProcessPhoto failed: %s\n", std::string(PhotoErrorName(r.error)).c_str());
                ++failed;
                continue;
            }
            out_bytes = r.photo.display_webp.size() + r.photo.display_jpeg.size() + r.photo.thumb_webp.size() +
                        r.photo.thumb_jpeg.size();
            std::lock_guard lock(mu);
            worst_ms = std::max(worst_ms, ms);
        }
    };
    const auto t0 = std::chrono::steady_clock::now();
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) pool.emplace_back(worker);
    for (auto& t : pool) t.join();
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (failed) return 1;

    std::printf("photo pipeline: 4000x3000 JPEG input (%.1f MB), %d runs, %d thread(s)\n", jpeg.size() / 1e6, n,
                threads);
    std::printf("| metric | value |\n|---|---|\n");
    std::printf("| photos/s | %.2f |\n", n / secs);
    std::printf("| wall ms/photo | %.1f |\n", 1000.0 * secs / n);
    std::printf("| worst latency ms | %.1f |\n", worst_ms);
    std::printf("| output bytes (4 files) | %zu |\n", out_bytes.load());
    std::printf("| peak RSS after input made (MiB) | %.1f |\n", rss_before / 1024.0);
    std::printf("| peak RSS (MiB) | %.1f |\n", PeakRssKiB() / 1024.0);
    return 0;
}
