#include <gtest/gtest.h>

#include <chrono>
#include <cstdint>
#include <ostream>
#include <random>
#include <string>
#include <vector>

#include "web/http/multipart.hpp"

namespace ejob::web::http {

// Readable failure messages; internal linkage so it cannot clash with a library definition.
[[maybe_unused]] static void PrintTo(MultipartError e, std::ostream* os) {
    static constexpr const char* kNames[] = {"None",         "NotMultipart", "MissingBoundary", "Malformed",
                                             "TooManyParts", "TooManyFiles", "FieldTooLarge",   "FileTooLarge"};
    *os << kNames[static_cast<int>(e)];
}

namespace {

using namespace std::string_literals;

constexpr std::string_view kBoundary = "----WebKitFormBoundary7MA4YWxkTrZu0gW";
const std::string kType = "multipart/form-data; boundary=" + std::string(kBoundary);

// Builds bodies the way a browser does.
struct Body {
    std::string boundary = std::string(kBoundary);
    std::string s;

    Body& Field(std::string_view name, std::string_view value) {
        s += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + std::string(name) + "\"\r\n\r\n";
        s += value;
        s += "\r\n";
        return *this;
    }
    Body& File(std::string_view name, std::string_view filename, std::string_view type, std::string_view data) {
        s += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + std::string(name) + "\"; filename=\"" +
             std::string(filename) + "\"\r\nContent-Type: " + std::string(type) + "\r\n\r\n";
        s += data;
        s += "\r\n";
        return *this;
    }
    // A part with the given raw header lines (each without CRLF) and data.
    Body& Raw(std::string_view headers, std::string_view data) {
        s += "--" + boundary + "\r\n" + std::string(headers) + "\r\n\r\n";
        s += data;
        s += "\r\n";
        return *this;
    }
    std::string Close() const { return s + "--" + boundary + "--\r\n"; }
};

std::string Binary() {
    const std::string b(kBoundary);
    std::string d = "\xff\xd8\xff\xe0"s + "\0\0\x10JFIF\0"s;
    d += "\r\n";                                      // CRLF
    d += "\r\n--\r\n";                                // a "--" line
    d += "\r\n--" + b.substr(0, b.size() - 1) + "X";  // the boundary prefix, but not the full delimiter
    d += "\r\n--" + b.substr(0, 10);                  // a shorter prefix
    d += "--" + b + "\r\n";                           // the boundary not preceded by CRLF
    d += "\n--" + b + "--\n";                         // bare LF does not make a delimiter
    d += "\r--" + b;                                  // nor a bare CR
    for (int i = 0; i < 256; ++i) d += static_cast<char>(i);
    d += "\r\n\r\n";
    return d;
}

TEST(Multipart, BrowserLikeBody) {
    const std::string photo = Binary();
    const std::string dash = "--" + std::string(kBoundary);
    std::string body = dash + "\r\n";
    body += "Content-Disposition: form-data; name=\"title\"\r\n\r\n";
    body += "Mühəndis\r\n" + dash + "\r\n";
    body += "Content-Disposition: form-data; name=\"description\"\r\n\r\n";
    body += "Line 1\r\nLine 2\r\n\r\n\r\n" + dash + "\r\n";
    body += "Content-Disposition: form-data; name=\"photo\"; filename=\"foto.jpg\"\r\n";
    body += "Content-Type: image/jpeg\r\n\r\n";
    body += photo + "\r\n" + dash + "\r\n";
    body += "Content-Disposition: form-data; name=\"empty\"\r\n\r\n";
    body += "\r\n" + dash + "--\r\n";
    MultipartResult r = ParseMultipart(kType, body);
    ASSERT_EQ(r.error, MultipartError::None);
    ASSERT_EQ(r.fields.size(), 3u);
    EXPECT_EQ(r.fields[0], (std::pair<std::string, std::string>{"title", "Mühəndis"}));
    EXPECT_EQ(r.fields[1], (std::pair<std::string, std::string>{"description", "Line 1\r\nLine 2\r\n\r\n"}));
    EXPECT_EQ(r.fields[2], (std::pair<std::string, std::string>{"empty", ""}));
    ASSERT_EQ(r.files.size(), 1u);
    EXPECT_EQ(r.files[0].field, "photo");
    EXPECT_EQ(r.files[0].filename, "foto.jpg");
    EXPECT_EQ(r.files[0].content_type, "image/jpeg");
    EXPECT_EQ(r.files[0].data, photo);
}

TEST(Multipart, BoundaryFromContentType) {
    EXPECT_EQ(MultipartBoundary("multipart/form-data; boundary=abc"), "abc");
    EXPECT_EQ(MultipartBoundary("multipart/form-data;boundary=\"----abc\""), "----abc");
    EXPECT_EQ(MultipartBoundary("Multipart/Form-Data; charset=utf-8; BOUNDARY=\"a b:c\"; x=y"), "a b:c");
    EXPECT_EQ(MultipartBoundary("  multipart/form-data ; boundary = abc ; charset=\"x;y\""), "abc");
    EXPECT_EQ(MultipartBoundary("multipart/form-data; boundary=" + std::string(70, 'a')), std::string(70, 'a'));
    EXPECT_EQ(MultipartBoundary("multipart/form-data; boundary=" + std::string(71, 'a')), std::nullopt);
    EXPECT_EQ(MultipartBoundary("multipart/form-data; boundary=\"\""), std::nullopt);
    EXPECT_EQ(MultipartBoundary("multipart/form-data; boundary="), std::nullopt);
    EXPECT_EQ(MultipartBoundary("multipart/form-data; boundary=\"abc \""), std::nullopt);
    EXPECT_EQ(MultipartBoundary("multipart/form-data; boundary=\"a\\\"b\""), std::nullopt);  // '"' is no bchar
    EXPECT_EQ(MultipartBoundary("multipart/form-data; boundary=\"abc"), std::nullopt);
    EXPECT_EQ(MultipartBoundary("multipart/form-data; boundary=a; boundary=b"), std::nullopt);
    EXPECT_EQ(MultipartBoundary("multipart/form-data"), std::nullopt);
    EXPECT_EQ(MultipartBoundary("multipart/mixed; boundary=abc"), std::nullopt);
    EXPECT_EQ(MultipartBoundary("text/plain; boundary=abc"), std::nullopt);
}

TEST(Multipart, QuotedAndUnquotedBoundary) {
    for (std::string type : {"multipart/form-data; boundary=simple", "multipart/form-data; boundary=\"simple\"",
                             "MULTIPART/FORM-DATA; Charset=UTF-8; Boundary=simple"}) {
        Body b;
        b.boundary = "simple";
        MultipartResult r = ParseMultipart(type, b.Field("a", "1").Close());
        ASSERT_EQ(r.error, MultipartError::None) << type;
        ASSERT_EQ(r.fields.size(), 1u);
        EXPECT_EQ(r.fields[0].second, "1");
    }
    Body b;
    b.boundary = "with space'()+_,-./:=?";
    MultipartResult r =
        ParseMultipart("multipart/form-data; boundary=\"" + b.boundary + "\"", b.Field("a", "1").Close());
    ASSERT_EQ(r.error, MultipartError::None);
    EXPECT_EQ(r.fields.size(), 1u);
}

TEST(Multipart, WrongContentTypeOrMissingBoundary) {
    std::string body = Body().Field("a", "1").Close();
    EXPECT_EQ(ParseMultipart("application/x-www-form-urlencoded", body).error, MultipartError::NotMultipart);
    EXPECT_EQ(ParseMultipart("", body).error, MultipartError::NotMultipart);
    EXPECT_EQ(ParseMultipart("multipart/form-data-x; boundary=a", body).error, MultipartError::NotMultipart);
    EXPECT_EQ(ParseMultipart("multipart/form-data", body).error, MultipartError::MissingBoundary);
    EXPECT_EQ(ParseMultipart("multipart/form-data; charset=utf-8", body).error, MultipartError::MissingBoundary);
    EXPECT_EQ(ParseMultipart("multipart/form-data; boundary=\"\"", body).error, MultipartError::MissingBoundary);
    EXPECT_EQ(ParseMultipart("multipart/form-data; boundary=" + std::string(71, '-'), body).error,
              MultipartError::MissingBoundary);
}

TEST(Multipart, PreambleAndEpilogueAreIgnored) {
    std::string body = "This is a preamble --" + std::string(kBoundary) + " not a delimiter\r\n" +
                       Body().Field("a", "1").Close() + "epilogue\r\n--" + std::string(kBoundary) + "\r\ngarbage\r\n";
    MultipartResult r = ParseMultipart(kType, body);
    ASSERT_EQ(r.error, MultipartError::None);
    ASSERT_EQ(r.fields.size(), 1u);
    EXPECT_EQ(r.fields[0], (std::pair<std::string, std::string>{"a", "1"}));

    // Transport padding after delimiters, no CRLF after the close delimiter.
    std::string padded = "--" + std::string(kBoundary) +
                         " \t\r\nContent-Disposition: form-data; name=b\r\n\r\n2\r\n--" + std::string(kBoundary) +
                         "-- ";
    r = ParseMultipart(kType, padded);
    ASSERT_EQ(r.error, MultipartError::None);
    ASSERT_EQ(r.fields.size(), 1u);
    EXPECT_EQ(r.fields[0].second, "2");

    // An empty form is only the close delimiter.
    r = ParseMultipart(kType, "--" + std::string(kBoundary) + "--\r\n");
    EXPECT_EQ(r.error, MultipartError::None);
    EXPECT_TRUE(r.fields.empty());
}

TEST(Multipart, MissingCloseDelimiterIsMalformed) {
    const std::string open = Body().Field("a", "1").s;  // ends with CRLF after the data, no delimiter follows
    const std::string b(kBoundary);
    EXPECT_EQ(ParseMultipart(kType, open).error, MultipartError::Malformed);
    EXPECT_EQ(ParseMultipart(kType, open + "--" + b).error, MultipartError::Malformed);
    EXPECT_EQ(ParseMultipart(kType, open + "--" + b + "-").error, MultipartError::Malformed);
    EXPECT_EQ(ParseMultipart(kType, open + "--" + b + "\r\n").error, MultipartError::Malformed);
    EXPECT_EQ(ParseMultipart(kType, open.substr(0, open.size() - 3)).error, MultipartError::Malformed);
    EXPECT_EQ(ParseMultipart(kType, "").error, MultipartError::Malformed);
    EXPECT_EQ(ParseMultipart(kType, "no delimiter at all").error, MultipartError::Malformed);
    // The delimiter followed by anything but padding, CRLF or "--" (the data contains the delimiter).
    EXPECT_EQ(ParseMultipart(kType, open + "--" + b + "x\r\n--" + b + "--").error, MultipartError::Malformed);
    // Junk on the close delimiter's line.
    EXPECT_EQ(ParseMultipart(kType, open + "--" + b + "--junk").error, MultipartError::Malformed);
}

TEST(Multipart, TooManyParts) {
    MultipartLimits limits;
    limits.max_parts = 3;
    Body three;
    three.Field("a", "1").Field("b", "2").Raw("X-Nameless: 1", "ignored");
    EXPECT_EQ(ParseMultipart(kType, three.Close(), limits).error, MultipartError::None);
    three.Field("d", "4");
    EXPECT_EQ(ParseMultipart(kType, three.Close(), limits).error, MultipartError::TooManyParts);
    // Checked while parsing: the close delimiter is never reached.
    EXPECT_EQ(ParseMultipart(kType, three.s, limits).error, MultipartError::TooManyParts);
}

TEST(Multipart, TooManyFiles) {
    MultipartLimits limits;
    limits.max_files = 2;
    Body b;
    b.File("f1", "a.jpg", "image/jpeg", "aaa").File("f2", "b.jpg", "image/jpeg", "bbb");
    b.File("f3", "", "application/octet-stream", "");  // an empty file input does not count
    MultipartResult r = ParseMultipart(kType, b.Close(), limits);
    ASSERT_EQ(r.error, MultipartError::None);
    EXPECT_EQ(r.files.size(), 2u);
    b.File("f4", "c.jpg", "image/jpeg", "c");
    r = ParseMultipart(kType, b.Close(), limits);
    EXPECT_EQ(r.error, MultipartError::TooManyFiles);
    EXPECT_TRUE(r.files.empty());
    EXPECT_TRUE(r.fields.empty());
}

TEST(Multipart, FieldSizeLimit) {
    MultipartLimits limits;
    limits.max_field_bytes = 5;
    MultipartResult r = ParseMultipart(kType, Body().Field("a", "12345").Close(), limits);
    ASSERT_EQ(r.error, MultipartError::None);
    EXPECT_EQ(r.fields[0].second, "12345");
    EXPECT_EQ(ParseMultipart(kType, Body().Field("a", "123456").Close(), limits).error, MultipartError::FieldTooLarge);
    // The limit is per field, files have their own.
    r = ParseMultipart(kType, Body().Field("a", "1").Field("b", "2").File("f", "x", "text/plain", "1234567").Close(),
                       limits);
    EXPECT_EQ(r.error, MultipartError::None);
    // Reported as soon as exceeded, even when the body is cut off later.
    EXPECT_EQ(ParseMultipart(kType, Body().Field("a", std::string(200, 'x')).s, limits).error,
              MultipartError::FieldTooLarge);
}

TEST(Multipart, FileSizeLimit) {
    MultipartLimits limits;
    limits.max_file_bytes = 8;
    MultipartResult r = ParseMultipart(kType, Body().File("f", "a.bin", "x/y", "12345678").Close(), limits);
    ASSERT_EQ(r.error, MultipartError::None);
    EXPECT_EQ(r.files[0].data, "12345678");
    EXPECT_EQ(ParseMultipart(kType, Body().File("f", "a.bin", "x/y", "123456789").Close(), limits).error,
              MultipartError::FileTooLarge);
    // A large upload without a close delimiter is reported as too large, not malformed.
    std::string huge = Body().File("f", "a.bin", "x/y", "").s + std::string(1000, 'x');
    EXPECT_EQ(ParseMultipart(kType, huge, limits).error, MultipartError::FileTooLarge);
    // Field values are not held to the file limit.
    EXPECT_EQ(ParseMultipart(kType, Body().Field("a", "123456789").Close(), limits).error, MultipartError::None);
}

TEST(Multipart, EmptyFileInputIsSkipped) {
    Body b;
    b.File("photo", "", "application/octet-stream", "").Field("a", "1");
    b.File("nameless", "", "application/octet-stream", "data");
    b.File("zero", "zero.txt", "text/plain", "");
    MultipartResult r = ParseMultipart(kType, b.Close());
    ASSERT_EQ(r.error, MultipartError::None);
    ASSERT_EQ(r.fields.size(), 1u);
    ASSERT_EQ(r.files.size(), 2u);
    EXPECT_EQ(r.files[0].field, "nameless");
    EXPECT_EQ(r.files[0].filename, "");
    EXPECT_EQ(r.files[0].data, "data");
    EXPECT_EQ(r.files[1].field, "zero");
    EXPECT_EQ(r.files[1].filename, "zero.txt");
    EXPECT_EQ(r.files[1].data, "");
}

TEST(Multipart, FilenamePathIsStripped) {
    auto filename = [](std::string_view disposition) {
        MultipartResult r =
            ParseMultipart(kType, Body().Raw("Content-Disposition: " + std::string(disposition), "x").Close());
        EXPECT_EQ(r.error, MultipartError::None) << disposition;
        EXPECT_EQ(r.files.size(), 1u) << disposition;
        return r.files.empty() ? "<none>" : r.files[0].filename;
    };
    EXPECT_EQ(filename(R"(form-data; name="f"; filename="C:\Users\a\photo.jpg")"), "photo.jpg");  // old IE
    EXPECT_EQ(filename(R"(form-data; name="f"; filename="C:\\Users\\a\\photo.jpg")"), "photo.jpg");
    EXPECT_EQ(filename(R"(form-data; name="f"; filename="../../etc/passwd")"), "passwd");
    EXPECT_EQ(filename(R"(form-data; name="f"; filename=../../etc/passwd)"), "passwd");
    EXPECT_EQ(filename(R"(form-data; name="f"; filename="..")"), "");
    EXPECT_EQ(filename(R"(form-data; name="f"; filename="dir/")"), "");
    EXPECT_EQ(filename(R"(form-data; name="f"; filename="a;b \"c\".jpg")"), "a;b \"c\".jpg");
    EXPECT_EQ(filename(R"(form-data; name="f"; filename="x.jpg"; filename*=UTF-8''%C5%9F%C9%99kil%2F..%2Fa.jpg)"),
              "a.jpg");
    EXPECT_EQ(filename(R"(form-data; name="f"; filename*=utf-8'az'%C5%9F%C9%99kil.jpg; filename="x.jpg")"),
              "şəkil.jpg");
    // An undecodable filename* is ignored.
    EXPECT_EQ(filename(R"(form-data; name="f"; filename="x.jpg"; filename*=ISO-8859-1''%E9.jpg)"), "x.jpg");
    EXPECT_EQ(filename(R"(form-data; name="f"; filename="x.jpg"; filename*=UTF-8''%0A.jpg)"), "x.jpg");
    EXPECT_EQ(filename(R"(form-data; name="f"; filename="x.jpg"; filename*=UTF-8''%4)"), "x.jpg");
}

TEST(Multipart, PartHeaders) {
    Body b;
    b.Raw("CONTENT-DISPOSITION: Form-Data; NAME=plain", "1");            // unquoted, any case
    b.Raw("content-disposition: form-data; name=\"a\\\"b\\\\c\"", "2");  // escaped quote and backslash
    b.Raw("X-Other: 1\r\nContent-Disposition:form-data;name=\"c\"\r\nX-More: 2", "3");
    b.Raw("Content-Disposition: form-data;\r\n name=\"folded\"", "4");  // obsolete line folding
    b.Raw("Content-Disposition: form-data; name=\"with;semicolon\"", "5");
    b.Raw("Content-Disposition: form-data; name=\"f\"; filename=\"a.bin\"", "6");  // no Content-Type
    b.Raw("Content-Disposition: form-data; name=\"g\"; filename=\"b.png\"\r\ncontent-type: image/png", "7");
    b.Raw("Content-Type: text/plain", "no disposition, ignored");
    b.Raw("Content-Disposition: form-data; filename=\"x.jpg\"", "no name, ignored");
    b.Raw("Content-Disposition: form-data; name=\"\"", "empty name, ignored");
    b.Raw("Content-Disposition: attachment; name=\"att\"", "not form-data, ignored");
    b.s += "--" + b.boundary + "\r\n\r\nno headers, ignored\r\n";
    b.s += "--" + b.boundary + "\r\nContent-Disposition: form-data; name=\"nodata\"\r\n\r\n";  // headers, no data
    MultipartResult r = ParseMultipart(kType, b.Close());
    ASSERT_EQ(r.error, MultipartError::None);
    Fields want = {{"plain", "1"},  {"a\"b\\c", "2"},        {"c", "3"},
                   {"folded", "4"}, {"with;semicolon", "5"}, {"nodata", ""}};
    EXPECT_EQ(r.fields, want);
    ASSERT_EQ(r.files.size(), 2u);
    EXPECT_EQ(r.files[0].content_type, "application/octet-stream");
    EXPECT_EQ(r.files[0].data, "6");
    EXPECT_EQ(r.files[1].content_type, "image/png");
    EXPECT_EQ(r.files[1].filename, "b.png");
}

TEST(Multipart, MalformedPartHeaders) {
    const std::vector<std::string> cases = {
        "Content-Disposition: form-data; name=\"a",        // unterminated quote
        "Content-Disposition: form-data; name=\"a\" x",    // junk after a quoted value
        "Content-Disposition: form-data; name",            // parameter without '='
        "Content-Disposition: form-data; name=a; name=b",  // duplicate parameter
        "Content-Disposition: form-data; name=a\r\nContent-Disposition: form-data; name=b",
        "Content-Type: a\r\nContent-Type: b\r\nContent-Disposition: form-data; name=a",
        "Content-Disposition form-data; name=a",                     // no colon
        ": x\r\nContent-Disposition: form-data; name=a",             // empty header name
        "Bad Name: x\r\nContent-Disposition: form-data; name=a",     // space in name
        "Content-Disposition: form-data; name=a\nX: y",              // bare LF
        "Content-Disposition: form-data; name=a\rX: y",              // bare CR
        "Content-Disposition: form-data; name=\"a\0b\""s,            // control character
        " folded: first\r\nContent-Disposition: form-data; name=a",  // continuation first
    };
    for (const std::string& headers : cases) {
        EXPECT_EQ(ParseMultipart(kType, Body().Raw(headers, "v").Close()).error, MultipartError::Malformed) << headers;
    }
    // Header section never terminated before the next delimiter.
    std::string b = "--" + std::string(kBoundary) + "\r\nContent-Disposition: form-data; name=a\r\n--" +
                    std::string(kBoundary) + "\r\nContent-Disposition: form-data; name=b\r\n\r\nv\r\n--" +
                    std::string(kBoundary) + "--";
    EXPECT_EQ(ParseMultipart(kType, b).error, MultipartError::Malformed);
    // A boundary containing ':' must not turn a delimiter into a header line.
    Body colon;
    colon.boundary = "x:y";
    colon.s = "--x:y\r\nContent-Disposition: form-data; name=a\r\n--x:y\r\nA: b\r\n\r\nv\r\n";
    EXPECT_EQ(ParseMultipart("multipart/form-data; boundary=\"x:y\"", colon.Close()).error, MultipartError::Malformed);
}

TEST(Multipart, HeaderSizeLimit) {
    MultipartLimits limits;
    const std::string disposition = "Content-Disposition: form-data; name=a";
    std::string filler = "X-Filler: ";
    limits.max_header_bytes = 200;
    // Header section: disposition CRLF filler-line, exactly 200 bytes.
    filler += std::string(200 - disposition.size() - 2 - filler.size(), 'x');
    std::string headers = disposition + "\r\n" + filler;
    ASSERT_EQ(headers.size(), 200u);
    EXPECT_EQ(ParseMultipart(kType, Body().Raw(headers, "v").Close(), limits).error, MultipartError::None);
    EXPECT_EQ(ParseMultipart(kType, Body().Raw(headers + "x", "v").Close(), limits).error, MultipartError::Malformed);
    // Default limit: 4096.
    headers = disposition + "\r\nX-Big: " + std::string(5000, 'y');
    EXPECT_EQ(ParseMultipart(kType, Body().Raw(headers, "v").Close()).error, MultipartError::Malformed);
    // Headers never terminated at all, in a large body.
    std::string body = "--" + std::string(kBoundary) + "\r\nX: " + std::string(1 << 20, 'z');
    EXPECT_EQ(ParseMultipart(kType, body).error, MultipartError::Malformed);
}

TEST(Multipart, HugeBodyWithoutDelimitersIsMalformedFast) {
    const std::string b(kBoundary);
    // Near misses everywhere: each one matches the delimiter up to its last character.
    std::string near_miss = "\r\n--" + b.substr(0, b.size() - 1) + "!";
    std::string huge;
    while (huge.size() < (12u << 20)) huge += near_miss;  // over the default 10 MiB file limit
    MultipartLimits limits;
    limits.max_file_bytes = 64 << 20;
    auto start = std::chrono::steady_clock::now();
    EXPECT_EQ(ParseMultipart(kType, huge, limits).error, MultipartError::Malformed);  // no delimiter at all
    std::string open = "--" + b + "\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a\"\r\n\r\n" + huge;
    EXPECT_EQ(ParseMultipart(kType, open, limits).error, MultipartError::Malformed);  // never closed
    EXPECT_EQ(ParseMultipart(kType, open).error, MultipartError::FileTooLarge);       // default 10 MiB limit
    std::string nameless = "--" + b + "\r\nX-Nothing: 1\r\n\r\n" + huge;
    EXPECT_EQ(ParseMultipart(kType, nameless, limits).error, MultipartError::Malformed);
    auto elapsed = std::chrono::steady_clock::now() - start;
    EXPECT_LT(elapsed, std::chrono::seconds(10));  // linear: well under a second without sanitizers
}

// Deterministic pseudo-random mutations of a valid body never crash and keep the limits.
TEST(Multipart, MutatedBodiesNeverCrash) {
    const std::string b(kBoundary);
    Body base;
    base.Field("title", "Mühəndis").Field("city", "Bakı");
    base.File("photo", "C:\\x\\foto.jpg", "image/jpeg", Binary());
    base.File("empty", "", "application/octet-stream", "");
    base.Raw("Content-Disposition: form-data; name=\"q\\\"x\"; filename*=UTF-8''%C5%9F.jpg\r\nContent-Type: a/b", "z");
    const std::string valid = "preamble\r\n" + base.Close() + "epilogue";
    ASSERT_EQ(ParseMultipart(kType, valid).error, MultipartError::None);

    std::mt19937 rng(20240601);  // mt19937's output sequence is fixed by the standard
    auto below = [&rng](size_t n) { return n == 0 ? 0 : static_cast<size_t>(rng() % n); };
    const std::string interesting = "\r\n-\"\\;=: \t%'" + b.substr(b.size() - 3);
    size_t successes = 0;
    for (int iter = 0; iter < 2000; ++iter) {
        std::string s = valid;
        const int mutations = 1 + static_cast<int>(below(4));
        for (int m = 0; m < mutations; ++m) {
            switch (below(6)) {
                case 0:  // flip bits in a few bytes
                    for (size_t k = 0, n = 1 + below(8); k < n && !s.empty(); ++k)
                        s[below(s.size())] ^= static_cast<char>(1 + below(255));
                    break;
                case 1:  // overwrite a byte with a syntactically interesting one
                    if (!s.empty()) s[below(s.size())] = interesting[below(interesting.size())];
                    break;
                case 2:  // truncate
                    s.resize(below(s.size() + 1));
                    break;
                case 3: {  // duplicate a segment somewhere
                    size_t from = below(s.size() + 1);
                    std::string seg = s.substr(from, below(200));
                    s.insert(below(s.size() + 1), seg);
                    break;
                }
                case 4: {  // delete a segment
                    size_t from = below(s.size() + 1);
                    s.erase(from, below(100));
                    break;
                }
                default:  // insert a delimiter or a close delimiter
                    s.insert(below(s.size() + 1), below(2) ? "\r\n--" + b + "\r\n" : "\r\n--" + b + "--");
                    break;
            }
        }
        MultipartLimits limits;
        if (iter % 3 == 1) {
            limits.max_parts = below(8);
            limits.max_files = below(3);
            limits.max_field_bytes = below(20);
            limits.max_file_bytes = below(400);
            limits.max_header_bytes = below(150);
        }
        std::string type = kType;
        if (iter % 50 == 7) {
            type[below(type.size())] ^= static_cast<char>(1 + below(255));
            type.resize(below(type.size() + 1));
        }
        MultipartResult r = ParseMultipart(type, s, limits);
        ASSERT_GE(static_cast<int>(r.error), static_cast<int>(MultipartError::None));
        ASSERT_LE(static_cast<int>(r.error), static_cast<int>(MultipartError::FileTooLarge));
        if (r.error != MultipartError::None) {
            EXPECT_TRUE(r.fields.empty() && r.files.empty());
            continue;
        }
        ++successes;
        EXPECT_LE(r.fields.size() + r.files.size(), limits.max_parts);
        EXPECT_LE(r.files.size(), limits.max_files);
        size_t total = 0;
        for (const auto& [name, value] : r.fields) {
            EXPECT_FALSE(name.empty());
            EXPECT_LE(value.size(), limits.max_field_bytes);
            total += value.size();
        }
        for (const auto& f : r.files) {
            EXPECT_FALSE(f.field.empty());
            EXPECT_LE(f.data.size(), limits.max_file_bytes);
            EXPECT_EQ(f.filename.find_first_of("/\\"), std::string::npos);
            EXPECT_FALSE(f.content_type.empty());
            total += f.data.size();
        }
        EXPECT_LE(total, s.size());
    }
    EXPECT_GT(successes, 0u);

    // Pure garbage, and garbage around a delimiter.
    for (int iter = 0; iter < 500; ++iter) {
        std::string s(below(300), '\0');
        for (char& c : s) c = static_cast<char>(rng());
        if (iter % 2) s.insert(below(s.size() + 1), "--" + b);
        MultipartResult r = ParseMultipart(kType, s);
        EXPECT_NE(r.error, MultipartError::NotMultipart);
    }
}

}  // namespace
}  // namespace ejob::web::http
