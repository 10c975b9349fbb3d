#include "web/qr_svg.hpp"

#include <qrencode.h>

#include <memory>

#include "web/html.hpp"

namespace ejob::web {

std::string QrSvg(std::string_view text, std::string_view label) {
    const std::string input(text);
    std::unique_ptr<QRcode, void (*)(QRcode*)> qr(QRcode_encodeString8bit(input.c_str(), 0, QR_ECLEVEL_M), QRcode_free);
    if (!qr) return {};
    const int n = qr->width, quiet = 4, size = n + 2 * quiet;
    // One path: a 1×1 square per dark module ("h1v1h-1z"), in module units, scaled by the viewBox.
    std::string path;
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x)
            if (qr->data[y * n + x] & 1) {
                path += 'M';
                path += std::to_string(x + quiet);
                path += ' ';
                path += std::to_string(y + quiet);
                path += "h1v1h-1z";
            }
    Html h;
    h.Open("svg", {{"xmlns", "http://www.w3.org/2000/svg"},
                   {"viewBox", "0 0 " + std::to_string(size) + " " + std::to_string(size)},
                   {"width", "220"},
                   {"height", "220"},
                   {"role", "img"},
                   {"aria-label", std::string(label)},
                   {"class", "qr"},
                   {"shape-rendering", "crispEdges"}});
    // Elements of inline SVG are closed explicitly (the HTML parser knows no void SVG elements).
    h.Open("rect", {{"width", std::to_string(size)}, {"height", std::to_string(size)}, {"fill", "#fff"}}).Close("rect");
    h.Open("path", {{"d", path}, {"fill", "#000"}}).Close("path");
    h.Close("svg");
    return h.Take();
}

}  // namespace ejob::web
