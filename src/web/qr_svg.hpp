#pragma once
// A QR code drawn on the server as inline SVG (libqrencode makes the matrix): no script, no third party.
#include <string>
#include <string_view>

namespace ejob::web {

// The QR code of `text` (error correction M) as an <svg> with a quiet zone, labelled `label` for screen readers;
// empty when the text does not fit a QR code.
std::string QrSvg(std::string_view text, std::string_view label);

}  // namespace ejob::web
