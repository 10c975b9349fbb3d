// JSON Resume codec: export and import of the CV Maker's draft, and every way an import is refused.
#include "formats/json_resume.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace ejob::formats {
namespace {

using nlohmann::json;
namespace cv = domain::cv;

constexpr const char* kTooLarge = "The file is larger than {} KB.";
constexpr const char* kNotJson = "This is not a JSON Resume file: {}";
constexpr const char* kNotObject = "This is not a JSON Resume file: it is not a JSON object.";
constexpr const char* kMustBeText = "This is not a JSON Resume file: {} must be text.";
constexpr const char* kMustBeList = "This is not a JSON Resume file: {} must be a list.";
constexpr const char* kMustBeObject = "This is not a JSON Resume file: {} must be an object.";
constexpr const char* kTooMany = "The file has more than {} entries in {}.";
constexpr const char* kBadPhoto = "The photo in the file is not a JPEG, PNG or WebP image.";

const std::string kJpeg = std::string("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00", 11) + "rest of a tiny jpeg";
const std::string kPng = std::string("\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR", 16);
const std::string kWebp = std::string("RIFF\x24\x00\x00\x00WEBPVP8 ", 16);

std::string Base64(const std::string& bytes) {
    static const char* a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        unsigned v = unsigned((unsigned char)bytes[i]) << 16 | unsigned((unsigned char)bytes[i + 1]) << 8 |
                     (unsigned char)bytes[i + 2];
        out += {a[v >> 18 & 63], a[v >> 12 & 63], a[v >> 6 & 63], a[v & 63]};
    }
    if (bytes.size() - i == 1) {
        unsigned v = unsigned((unsigned char)bytes[i]) << 16;
        out += {a[v >> 18 & 63], a[v >> 12 & 63], '=', '='};
    } else if (bytes.size() - i == 2) {
        unsigned v = unsigned((unsigned char)bytes[i]) << 16 | unsigned((unsigned char)bytes[i + 1]) << 8;
        out += {a[v >> 18 & 63], a[v >> 12 & 63], a[v >> 6 & 63], '='};
    }
    return out;
}

// The schema's date pattern (iso8601 in v1.0.0): ^([1-2][0-9]{3}-[0-1][0-9]-[0-3][0-9]|[1-2][0-9]{3}-[0-1][0-9]|
// [1-2][0-9]{3})$
bool IsIsoDate(const json& v) {
    if (!v.is_string()) return false;
    std::string s = v.get<std::string>();
    auto digit = [&](size_t i, char lo, char hi) { return i < s.size() && s[i] >= lo && s[i] <= hi; };
    bool year = digit(0, '1', '2') && digit(1, '0', '9') && digit(2, '0', '9') && digit(3, '0', '9');
    if (!year) return false;
    if (s.size() == 4) return true;
    bool month = s.size() >= 7 && s[4] == '-' && digit(5, '0', '1') && digit(6, '0', '9');
    if (s.size() == 7) return month;
    return s.size() == 10 && month && s[7] == '-' && digit(8, '0', '3') && digit(9, '0', '9');
}

// A draft with every field filled, in Azerbaijani and Russian.
cv::Draft FullDraft() {
    cv::Draft d;
    d.template_code = "modern";
    d.pdf_lang = "ru";
    d.photo_shape = "square";
    d.first_name = "Gülnarə";
    d.last_name = "Şahbazova-Əliyeva";
    d.title = "Baş mühasib";
    d.desired_salary = "2500";
    d.email = "gulnare.shahbazova@example.az";
    d.phone = "+994 50 123 45 67";
    d.city = "Gəncə";
    d.birth_date = "1990-04-17";
    d.summary = "İşgüzar, çevik və öyrənməyə açıq mütəxəssis.\nОпыт работы в аудите — 10 лет.";
    d.jobs = {
        {"\"Azərişıq\" ASC", "Baş mühasib", "Bakı", "2021-03", "",
         "Maliyyə hesabatlarının hazırlanması\nVergi bəyannamələri\nİşçi heyətinin idarə edilməsi"},
        {"ООО «Каспий Аудит»", "Старший аудитор", "Сумгаит", "2016-09", "2021-02",
         "Проверка отчётности\nСоставление заключений"},
        {"İnşaat Bankı", "Mühasib", "Gəncə", "2012", "2016", "Ödənişlərin uçotu"},
    };
    d.education = {
        {"Azərbaycan Dövlət İqtisad Universiteti", "Mühasibat uçotu və audit", "Magistr", "2010-09", "2012-06"},
        {"Gəncə Dövlət Universiteti", "İqtisadiyyat", "Bakalavr", "2006", "2010"},
    };
    d.languages = {{"Azərbaycan dili", "native"}, {"Rus dili", "C1"}, {"İngilis dili", "B2"}, {"Türk dili", ""}};
    d.skills = "Microsoft Excel\n1C: Mühasibat\nIFRS / MHBS\nГлавная книга";
    d.courses = {{"ACCA F3", "ACCA", "2019-05"}, {"Vergi uçotu", "Vergilər Nazirliyi", "2015"}};
    d.links = {{"LinkedIn", "https://www.linkedin.com/in/gulnare"}, {"Portfolio", "https://gulnare.az/işlər"}};
    d.cover_letter = "Hörmətli İşə Götürən,\n\nSizin şirkətdə çalışmaq istəyirəm.\n\nС уважением,\nGülnarə";
    return d;
}

cv::Draft Checked(const cv::Draft& d) {
    auto r = cv::CheckDraft(d);
    EXPECT_TRUE(r.ok());
    return r.ok() ? r.value() : d;
}

void ExpectSameDraft(const cv::Draft& a, const cv::Draft& b) {
    EXPECT_EQ(a.template_code, b.template_code);
    EXPECT_EQ(a.pdf_lang, b.pdf_lang);
    EXPECT_EQ(a.photo_shape, b.photo_shape);
    EXPECT_EQ(a.first_name, b.first_name);
    EXPECT_EQ(a.last_name, b.last_name);
    EXPECT_EQ(a.title, b.title);
    EXPECT_EQ(a.desired_salary, b.desired_salary);
    EXPECT_EQ(a.email, b.email);
    EXPECT_EQ(a.phone, b.phone);
    EXPECT_EQ(a.city, b.city);
    EXPECT_EQ(a.birth_date, b.birth_date);
    EXPECT_EQ(a.summary, b.summary);
    ASSERT_EQ(a.jobs.size(), b.jobs.size());
    for (size_t i = 0; i < a.jobs.size(); ++i) {
        SCOPED_TRACE("job " + std::to_string(i));
        EXPECT_EQ(a.jobs[i].employer, b.jobs[i].employer);
        EXPECT_EQ(a.jobs[i].position, b.jobs[i].position);
        EXPECT_EQ(a.jobs[i].city, b.jobs[i].city);
        EXPECT_EQ(a.jobs[i].start, b.jobs[i].start);
        EXPECT_EQ(a.jobs[i].end, b.jobs[i].end);
        EXPECT_EQ(a.jobs[i].duties, b.jobs[i].duties);
    }
    ASSERT_EQ(a.education.size(), b.education.size());
    for (size_t i = 0; i < a.education.size(); ++i) {
        EXPECT_EQ(a.education[i].institution, b.education[i].institution);
        EXPECT_EQ(a.education[i].area, b.education[i].area);
        EXPECT_EQ(a.education[i].degree, b.education[i].degree);
        EXPECT_EQ(a.education[i].start, b.education[i].start);
        EXPECT_EQ(a.education[i].end, b.education[i].end);
    }
    ASSERT_EQ(a.languages.size(), b.languages.size());
    for (size_t i = 0; i < a.languages.size(); ++i) {
        EXPECT_EQ(a.languages[i].language, b.languages[i].language);
        EXPECT_EQ(a.languages[i].level, b.languages[i].level);
    }
    EXPECT_EQ(a.skills, b.skills);
    ASSERT_EQ(a.courses.size(), b.courses.size());
    for (size_t i = 0; i < a.courses.size(); ++i) {
        EXPECT_EQ(a.courses[i].name, b.courses[i].name);
        EXPECT_EQ(a.courses[i].issuer, b.courses[i].issuer);
        EXPECT_EQ(a.courses[i].date, b.courses[i].date);
    }
    ASSERT_EQ(a.links.size(), b.links.size());
    for (size_t i = 0; i < a.links.size(); ++i) {
        EXPECT_EQ(a.links[i].label, b.links[i].label);
        EXPECT_EQ(a.links[i].url, b.links[i].url);
    }
    EXPECT_EQ(a.cover_letter, b.cover_letter);
}

// The import is refused with exactly one error on "file", and no draft.
void ExpectRefused(const std::string& file, const std::string& message, const std::string& arg = "*") {
    SCOPED_TRACE(file.substr(0, 80));
    auto r = FromJsonResume(file);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, domain::ErrorCode::Invalid);
    ASSERT_EQ(r.error().fields.size(), 1u);
    EXPECT_EQ(r.error().fields[0].field, "file");
    EXPECT_EQ(r.error().fields[0].message, message);
    if (arg != "*") {
        EXPECT_EQ(r.error().fields[0].arg, arg);
    }
}

std::string Jobs(size_t n) {
    json work = json::array();
    for (size_t i = 0; i < n; ++i)
        work.push_back({{"name", "Şirkət " + std::to_string(i)},
                        {"position", "Mühasib"},
                        {"startDate", std::to_string(1990 + i) + "-01"},
                        {"endDate", std::to_string(1990 + i) + "-12"}});
    return json{{"basics", {{"name", "Aysel Quliyeva"}}}, {"work", work}}.dump();
}

std::string WithImage(const std::string& image) {
    return json{{"basics", {{"name", "Aysel Quliyeva"}, {"image", image}}}}.dump();
}

// ---- export and import

TEST(JsonResume, ExportThenImportGivesTheSameDraftAndPhoto) {
    cv::Draft d = Checked(FullDraft());
    std::string photo = kJpeg;
    for (int b = 0; b < 256; ++b) photo += char(b);  // every byte value through base64
    auto r = FromJsonResume(ToJsonResume(d, photo));
    ASSERT_TRUE(r.ok());
    ExpectSameDraft(r->draft, d);
    EXPECT_EQ(r->photo_jpeg, photo);
}

TEST(JsonResume, PhotoOfEveryLengthRemainderSurvives) {
    cv::Draft d = Checked(FullDraft());
    for (size_t extra = 0; extra < 6; ++extra) {
        std::string photo = kJpeg.substr(0, 3) + std::string(extra, '\x7F');
        auto r = FromJsonResume(ToJsonResume(d, photo));
        ASSERT_TRUE(r.ok()) << extra;
        EXPECT_EQ(r->photo_jpeg, photo);
    }
}

TEST(JsonResume, WithoutAPhotoThereIsNoImage) {
    std::string file = ToJsonResume(Checked(FullDraft()), "");
    EXPECT_FALSE(json::parse(file)["basics"].contains("image"));
    auto r = FromJsonResume(file);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->photo_jpeg, "");
}

TEST(JsonResume, ExportHasTheSchemasShape) {
    std::string file = ToJsonResume(Checked(FullDraft()), kJpeg);
    EXPECT_NE(file.find("\n  \"basics\": {\n    \"name\""), std::string::npos) << "2-space indent";
    EXPECT_NE(file.find("Şahbazova-Əliyeva"), std::string::npos) << "UTF-8 as is, not \\u escapes";
    json j = json::parse(file);
    ASSERT_TRUE(j.is_object());
    EXPECT_EQ(j["$schema"], "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json");
    EXPECT_EQ(j["meta"]["version"], "v1.0.0");

    const json& b = j["basics"];
    ASSERT_TRUE(b.is_object());
    EXPECT_EQ(b["name"], "Gülnarə Şahbazova-Əliyeva");
    EXPECT_EQ(b["label"], "Baş mühasib");
    EXPECT_EQ(b["email"], "gulnare.shahbazova@example.az");
    EXPECT_TRUE(b["phone"].is_string());
    EXPECT_TRUE(b["summary"].is_string());
    EXPECT_EQ(b["location"]["city"], "Gəncə");
    EXPECT_EQ(b["image"], "data:image/jpeg;base64," + Base64(kJpeg));
    ASSERT_TRUE(b["profiles"].is_array());
    ASSERT_EQ(b["profiles"].size(), 2u);
    EXPECT_EQ(b["profiles"][0]["network"], "LinkedIn");
    EXPECT_EQ(b["profiles"][0]["url"], "https://www.linkedin.com/in/gulnare");

    ASSERT_TRUE(j["work"].is_array());
    ASSERT_EQ(j["work"].size(), 3u);
    for (const auto& w : j["work"]) {
        ASSERT_TRUE(w.is_object());
        EXPECT_TRUE(w["name"].is_string());
        EXPECT_TRUE(w["position"].is_string());
        EXPECT_TRUE(w["location"].is_string());
        EXPECT_TRUE(w["summary"].is_string());
        ASSERT_TRUE(w["startDate"].is_string());
        EXPECT_TRUE(IsIsoDate(w["startDate"]));
        if (w.contains("endDate")) {
            EXPECT_TRUE(IsIsoDate(w["endDate"]));
        }
    }
    EXPECT_FALSE(j["work"][0].contains("endDate")) << "a current job has no end";
    EXPECT_EQ(j["work"][1]["name"], "ООО «Каспий Аудит»");

    ASSERT_TRUE(j["education"].is_array());
    EXPECT_EQ(j["education"][0]["studyType"], "Magistr");
    EXPECT_EQ(j["education"][0]["area"], "Mühasibat uçotu və audit");
    EXPECT_TRUE(IsIsoDate(j["education"][1]["endDate"]));

    ASSERT_TRUE(j["languages"].is_array());
    ASSERT_EQ(j["languages"].size(), 4u);
    EXPECT_EQ(j["languages"][0]["fluency"], "Native speaker");
    EXPECT_EQ(j["languages"][1]["fluency"], "C1");
    EXPECT_FALSE(j["languages"][3].contains("fluency"));
    for (const auto& l : j["languages"]) EXPECT_TRUE(l["language"].is_string());

    ASSERT_TRUE(j["skills"].is_array());
    ASSERT_EQ(j["skills"].size(), 4u);
    EXPECT_EQ(j["skills"][1], json({{"name", "1C: Mühasibat"}}));

    ASSERT_TRUE(j["certificates"].is_array());
    EXPECT_EQ(j["certificates"][0], json({{"name", "ACCA F3"}, {"issuer", "ACCA"}, {"date", "2019-05"}}));

    const json& x = j["x-ejob"];
    ASSERT_TRUE(x.is_object());
    EXPECT_EQ(x["template"], "modern");
    EXPECT_EQ(x["pdfLanguage"], "ru");
    EXPECT_EQ(x["photoShape"], "square");
    EXPECT_EQ(x["desiredSalary"], "2500");
    EXPECT_EQ(x["birthDate"], "1990-04-17");
    EXPECT_TRUE(x["coverLetter"].is_string());
}

TEST(JsonResume, SkillsAreOneEntryEach) {
    cv::Draft d = Checked(FullDraft());
    d.skills = "Excel, Word\n1C";
    json j = json::parse(ToJsonResume(d, ""));
    EXPECT_EQ(j["skills"], json::parse(R"([{"name":"Excel"},{"name":"Word"},{"name":"1C"}])"));
}

// A file as other JSON Resume tools write it: full dates, highlights, keywords, sections we have no place for.
TEST(JsonResume, ImportsARealWorldFile) {
    const char* file = R"({
  "$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
  "basics": {
    "name": "Richard Hendricks",
    "label": "Programmer",
    "image": "",
    "email": "richard.hendricks@example.com",
    "phone": "(912) 555-4321",
    "url": "http://richardhendricks.example.com",
    "summary": "Richard hails from Tulsa. He has earned degrees from the University of Oklahoma and Stanford.",
    "location": {
      "address": "2712 Broadway St",
      "postalCode": "CA 94115",
      "city": "San Francisco",
      "countryCode": "US",
      "region": "California"
    },
    "profiles": [
      {"network": "Twitter", "username": "neutralthoughts", "url": "https://twitter.com/neutralthoughts"},
      {"network": "SoundCloud", "username": "dandymusicnl", "url": "https://soundcloud.example.com/dandymusicnl"}
    ]
  },
  "work": [{
    "name": "Pied Piper",
    "location": "Palo Alto, CA",
    "description": "Awesome compression company",
    "position": "CEO/President",
    "url": "http://piedpiper.example.com",
    "startDate": "2013-12-01",
    "endDate": "2014-12-01",
    "summary": "Pied Piper is a multi-platform technology based on a proprietary universal compression algorithm.",
    "highlights": [
      "Build an algorithm for artist to detect if their music was violating copy right infringement laws",
      "Successfully won Techcrunch Disrupt"
    ]
  }, {
    "name": "Hooli",
    "position": "Engineer",
    "startDate": "2011-06-15"
  }],
  "volunteer": [{"organization": "CoderDojo", "position": "Teacher", "startDate": "2012-01-01"}],
  "education": [{
    "institution": "University of Oklahoma",
    "url": "https://www.ou.edu/",
    "area": "Information Technology",
    "studyType": "Bachelor",
    "startDate": "2011-06-01",
    "endDate": "2014-01-01",
    "score": "4.0",
    "courses": ["DB1101 - Basic SQL", "CS2011 - Java Introduction"]
  }],
  "awards": [{"title": "Digital Compression Pioneer Award", "date": "2014-11-01", "awarder": "Techcrunch"}],
  "certificates": [{"name": "Certified Kubernetes Administrator", "date": "2021-11-07", "issuer": "CNCF", "url": "https://example.com"}],
  "publications": [{"name": "Video compression for 3d media", "publisher": "Hooli", "releaseDate": "2014-10-01"}],
  "skills": [
    {"name": "Web Development", "level": "Master", "keywords": ["HTML", "CSS", "JavaScript"]},
    {"name": "Compression", "level": "Master", "keywords": ["Mpeg", "MP4", "GIF"]}
  ],
  "languages": [
    {"language": "English", "fluency": "Native speaker"},
    {"language": "German", "fluency": "B2 - Upper intermediate"},
    {"language": "French", "fluency": "Fluent"}
  ],
  "interests": [{"name": "Wildlife", "keywords": ["Ferrets", "Unicorns"]}],
  "references": [{"name": "Erlich Bachman", "reference": "It is my pleasure to recommend Richard."}],
  "projects": [{"name": "Miss Direction", "highlights": ["Won award at AIHacks 2016"], "startDate": "2016-08-24"}],
  "meta": {"canonical": "https://example.com/resume.json", "version": "v1.0.0", "lastModified": "2017-12-24T15:53:00"}
})";
    auto r = FromJsonResume(file);
    ASSERT_TRUE(r.ok()) << (r.ok() ? "" : r.error().fields.at(0).field + ": " + r.error().fields.at(0).message);
    const cv::Draft& d = r->draft;
    EXPECT_EQ(r->photo_jpeg, "") << "an empty image is no image";
    EXPECT_EQ(d.first_name, "Richard");
    EXPECT_EQ(d.last_name, "Hendricks");
    EXPECT_EQ(d.title, "Programmer");
    EXPECT_EQ(d.email, "richard.hendricks@example.com");
    EXPECT_EQ(d.city, "San Francisco");
    ASSERT_EQ(d.links.size(), 2u);
    EXPECT_EQ(d.links[0].label, "Twitter");
    EXPECT_EQ(d.links[0].url, "https://twitter.com/neutralthoughts");
    ASSERT_EQ(d.jobs.size(), 2u);
    EXPECT_EQ(d.jobs[0].employer, "Pied Piper");
    EXPECT_EQ(d.jobs[0].position, "CEO/President");
    EXPECT_EQ(d.jobs[0].city, "Palo Alto, CA");
    EXPECT_EQ(d.jobs[0].start, "2013-12");
    EXPECT_EQ(d.jobs[0].end, "2014-12");
    EXPECT_EQ(d.jobs[0].duties,
              "Pied Piper is a multi-platform technology based on a proprietary universal compression algorithm.\n"
              "Build an algorithm for artist to detect if their music was violating copy right infringement laws\n"
              "Successfully won Techcrunch Disrupt");
    EXPECT_EQ(d.jobs[1].start, "2011-06");
    EXPECT_EQ(d.jobs[1].end, "");
    ASSERT_EQ(d.education.size(), 1u);
    EXPECT_EQ(d.education[0].degree, "Bachelor");
    EXPECT_EQ(d.education[0].area, "Information Technology");
    EXPECT_EQ(d.education[0].start, "2011-06");
    EXPECT_EQ(d.education[0].end, "2014-01");
    ASSERT_EQ(d.courses.size(), 1u);
    EXPECT_EQ(d.courses[0].issuer, "CNCF");
    EXPECT_EQ(d.courses[0].date, "2021-11");
    EXPECT_EQ(cv::SkillList(d.skills), (std::vector<std::string>{"Web Development", "HTML", "CSS", "JavaScript",
                                                                 "Compression", "Mpeg", "MP4", "GIF"}));
    ASSERT_EQ(d.languages.size(), 3u);
    EXPECT_EQ(d.languages[0].level, "native");
    EXPECT_EQ(d.languages[1].level, "B2");
    EXPECT_EQ(d.languages[2].language, "French");
    EXPECT_EQ(d.languages[2].level, "") << "a fluency that is no level keeps the language";
    EXPECT_EQ(d.template_code, "classic") << "no x-ejob: the defaults";
    EXPECT_EQ(d.pdf_lang, "az");
    EXPECT_EQ(d.photo_shape, "circle");
}

TEST(JsonResume, NameIsSplitAtTheLastSpace) {
    auto name = [](const std::string& n) {
        auto r = FromJsonResume(json{{"basics", {{"name", n}}}}.dump());
        EXPECT_TRUE(r.ok()) << n;
        return r.ok() ? r->draft.first_name + "|" + r->draft.last_name : std::string("refused");
    };
    EXPECT_EQ(name("Aysel Quliyeva"), "Aysel|Quliyeva");
    EXPECT_EQ(name("Əli Rza oğlu Məmmədov"), "Əli Rza oğlu|Məmmədov");
    EXPECT_EQ(name("  İlqar   Şükürov "), "İlqar|Şükürov");
    EXPECT_EQ(name("Ülviyyə"), "Ülviyyə|");
}

TEST(JsonResume, FluencyIsReadAsALevel) {
    auto level = [](const std::string& fluency) {
        json doc = {{"basics", {{"name", "Aysel Quliyeva"}}},
                    {"languages", {{{"language", "İngilis dili"}, {"fluency", fluency}}}}};
        auto r = FromJsonResume(doc.dump());
        EXPECT_TRUE(r.ok()) << fluency;
        if (!r.ok() || r->draft.languages.size() != 1) return std::string("?");
        EXPECT_EQ(r->draft.languages[0].language, "İngilis dili");
        return r->draft.languages[0].level;
    };
    EXPECT_EQ(level("A1"), "A1");
    EXPECT_EQ(level("a2"), "A2");
    EXPECT_EQ(level("B1 (Intermediate)"), "B1");
    EXPECT_EQ(level("b2 – upper intermediate"), "B2");
    EXPECT_EQ(level("C1"), "C1");
    EXPECT_EQ(level(" c2"), "C2");
    EXPECT_EQ(level("native"), "native");
    EXPECT_EQ(level("Native"), "native");
    EXPECT_EQ(level("Native speaker"), "native");
    EXPECT_EQ(level("Ana dili"), "native");
    EXPECT_EQ(level("Родной"), "native");
    EXPECT_EQ(level("Fluent"), "");
    EXPECT_EQ(level("C3"), "");
    EXPECT_EQ(level("B12"), "");
    EXPECT_EQ(level("Basic"), "");
    EXPECT_EQ(level(""), "");
}

TEST(JsonResume, NullsAndUnknownKeysAreLikeMissingOnes) {
    auto r = FromJsonResume(R"({"basics": {"name": "Aysel Quliyeva", "label": null, "location": null, "x": [1, {}]},
                                "work": null, "skills": [null, {"name": "Excel", "keywords": null}],
                                "x-ejob": {"template": null, "somethingNew": 3}, "unknown": {"deep": [[[]]]}})");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->draft.title, "");
    EXPECT_TRUE(r->draft.jobs.empty());
    EXPECT_EQ(r->draft.skills, "Excel");
    EXPECT_EQ(r->draft.template_code, "classic");
}

TEST(JsonResume, TheDraftIsCheckedAndItsErrorsReturned) {
    cv::Draft d = Checked(FullDraft());
    d.first_name = std::string(cv::kMaxLine + 50, 'a');
    auto r = FromJsonResume(ToJsonResume(d, ""));
    ASSERT_FALSE(r.ok());
    ASSERT_FALSE(r.error().fields.empty());
    EXPECT_EQ(r.error().fields[0].field, "first_name");
}

// ---- refusals

TEST(JsonResumeRefused, TooLarge) {
    std::string big = R"({"basics": {"name": "Aysel Quliyeva"}})";
    big += std::string(kMaxJsonResumeBytes - big.size(), ' ');
    auto at_limit = FromJsonResume(big);
    EXPECT_TRUE(at_limit.ok()) << "exactly the limit is read";
    ExpectRefused(big + " ", kTooLarge, "1024");
}

TEST(JsonResumeRefused, NotJson) {
    ExpectRefused("", kNotJson);
    ExpectRefused("   ", kNotJson);
    ExpectRefused("{\"basics\": {\"name\": \"<script>alert(1)</script>\",}}", kNotJson);
    ExpectRefused("{\"basics\": {\"name\": \"Aysel\"}", kNotJson);
    ExpectRefused("{\"basics\": {\"name\": \"Aysel\"}} trailing", kNotJson);
    ExpectRefused("{'basics': {}}", kNotJson);
    // The reason is a position, never the file's own text.
    auto r = FromJsonResume("{\"basics\": <script>alert(1)</script>}");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().fields[0].arg.find("script"), std::string::npos);
    EXPECT_EQ(r.error().fields[0].arg.find('<'), std::string::npos);
    EXPECT_EQ(r.error().fields[0].arg.rfind("syntax error at byte ", 0), 0u) << r.error().fields[0].arg;
}

TEST(JsonResumeRefused, InvalidUtf8) {
    ExpectRefused("{\"basics\": {\"name\": \"G\xFCnel\"}}", kNotJson, "invalid UTF-8 at byte 22");  // Latin-1 ü
    ExpectRefused("{\"basics\": {\"name\": \"\xC0\xAF\"}}", kNotJson);                              // overlong "/"
    ExpectRefused("{\"basics\": {\"name\": \"\xED\xA0\x80\"}}", kNotJson);                          // a surrogate
    ExpectRefused("{\"basics\": {\"name\": \"\xE2\x82\"}}", kNotJson);                              // cut short
    ExpectRefused("{\"basics\": {\"name\": \"\xF4\x90\x80\x80\"}}", kNotJson);                      // above U+10FFFF
    ExpectRefused("{\"basics\": {\"name\": \"\\ud800\"}}", kNotJson);  // escaped lone surrogate
}

TEST(JsonResumeRefused, TopLevelNotAnObject) {
    ExpectRefused("[{\"basics\": {}}]", kNotObject, "");
    ExpectRefused("\"resume\"", kNotObject);
    ExpectRefused("42", kNotObject);
    ExpectRefused("null", kNotObject);
}

TEST(JsonResumeRefused, KnownKeyOfTheWrongType) {
    ExpectRefused(R"({"basics": "Aysel"})", kMustBeObject, "basics");
    ExpectRefused(R"({"basics": {"name": 42}})", kMustBeText, "basics.name");
    ExpectRefused(R"({"basics": {"name": ["Aysel"]}})", kMustBeText, "basics.name");
    ExpectRefused(R"({"basics": {"phone": 994501234567}})", kMustBeText, "basics.phone");
    ExpectRefused(R"({"basics": {"image": true}})", kMustBeText, "basics.image");
    ExpectRefused(R"({"basics": {"location": "Bakı"}})", kMustBeObject, "basics.location");
    ExpectRefused(R"({"basics": {"location": {"city": 1}}})", kMustBeText, "basics.location.city");
    ExpectRefused(R"({"basics": {"profiles": {"network": "x"}}})", kMustBeList, "basics.profiles");
    ExpectRefused(R"({"work": {"name": "Azərişıq"}})", kMustBeList, "work");
    ExpectRefused(R"({"work": [{"name": "Azərişıq"}, "Hooli"]})", kMustBeObject, "work[1]");
    ExpectRefused(R"({"work": [{"startDate": 2019}]})", kMustBeText, "work[0].startDate");
    ExpectRefused(R"({"work": [{"highlights": "Bir"}]})", kMustBeList, "work[0].highlights");
    ExpectRefused(R"({"work": [{"highlights": ["Bir", 2]}]})", kMustBeText, "work[0].highlights[1]");
    ExpectRefused(R"({"education": [{"studyType": {}}]})", kMustBeText, "education[0].studyType");
    ExpectRefused(R"({"languages": [{"language": "Rus dili", "fluency": 5}]})", kMustBeText, "languages[0].fluency");
    ExpectRefused(R"({"skills": [{"name": "Excel", "keywords": "Word"}]})", kMustBeList, "skills[0].keywords");
    ExpectRefused(R"({"certificates": [{"date": 2019}]})", kMustBeText, "certificates[0].date");
    ExpectRefused(R"({"x-ejob": []})", kMustBeObject, "x-ejob");
    ExpectRefused(R"({"x-ejob": {"template": 1}})", kMustBeText, "x-ejob.template");
    ExpectRefused(R"({"x-ejob": {"coverLetter": false}})", kMustBeText, "x-ejob.coverLetter");
}

TEST(JsonResumeRefused, TwentyJobsAreReadTwentyOneAreNot) {
    auto twenty = FromJsonResume(Jobs(cv::kMaxRows));
    ASSERT_TRUE(twenty.ok());
    EXPECT_EQ(twenty->draft.jobs.size(), cv::kMaxRows);
    ExpectRefused(Jobs(cv::kMaxRows + 1), kTooMany, "20|work");

    json langs = json::array();
    for (int i = 0; i < 21; ++i) langs.push_back({{"language", "Dil " + std::to_string(i)}});
    ExpectRefused(json{{"languages", langs}}.dump(), kTooMany, "20|languages");
    json links = json::array();
    for (int i = 0; i < 21; ++i) links.push_back({{"network", "x"}, {"url", "https://example.com"}});
    ExpectRefused(json{{"basics", {{"profiles", links}}}}.dump(), kTooMany, "20|basics.profiles");
}

TEST(JsonResumeRefused, DeepNestingWithoutACrash) {
    ExpectRefused(std::string(100000, '['), kNotJson, "nested deeper than 32 levels");
    ExpectRefused("{\"x\": " + std::string(100000, '[') + std::string(100000, ']') + "}", kNotJson);
    std::string objects;
    for (int i = 0; i < 50000; ++i) objects += "{\"a\":";
    ExpectRefused(objects, kNotJson);

    // 32 levels are fine, and brackets inside text do not count.
    std::string ok = "{\"basics\": {\"name\": \"Aysel Quliyeva\", \"summary\": \"" + std::string(100, '[') +
                     "\"}, \"x\": " + std::string(31, '[') + std::string(31, ']') + "}";
    EXPECT_TRUE(FromJsonResume(ok).ok());
    std::string escaped =
        R"({"basics": {"name": "Aysel Quliyeva", "summary": "\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}})";
    EXPECT_TRUE(FromJsonResume(escaped).ok());
}

TEST(JsonResumePhoto, JpegPngAndWebpAreRead) {
    for (const std::string& bytes : {kJpeg, kPng, kWebp}) {
        auto r = FromJsonResume(WithImage("data:image/jpeg;base64," + Base64(bytes)));
        ASSERT_TRUE(r.ok());
        EXPECT_EQ(r->photo_jpeg, bytes);
    }
    // The declared type is not trusted either way; the bytes decide.
    auto png = FromJsonResume(WithImage("data:image/png;base64," + Base64(kPng)));
    ASSERT_TRUE(png.ok());
    EXPECT_EQ(png->photo_jpeg, kPng);
    EXPECT_TRUE(FromJsonResume(WithImage("DATA:image/webp;charset=x;BASE64," + Base64(kWebp))).ok());
}

TEST(JsonResumePhoto, AnythingElseIsRefused) {
    ExpectRefused(WithImage("https://example.com/me.jpg"), kBadPhoto, "");
    ExpectRefused(WithImage("data:image/jpeg,%FF%D8%FF%E0"), kBadPhoto);                       // not base64
    ExpectRefused(WithImage("data:image/jpeg;base64"), kBadPhoto);                             // no comma
    ExpectRefused(WithImage("data:image/jpeg;base64,"), kBadPhoto);                            // no bytes
    ExpectRefused(WithImage("data:text/plain;base64," + Base64("hello, world")), kBadPhoto);   // not an image
    ExpectRefused(WithImage("data:image/gif;base64," + Base64("GIF89a\x01\x00")), kBadPhoto);  // GIF
    ExpectRefused(WithImage("data:image/jpeg;base64,/9j/4AAQ!!!="), kBadPhoto);                // invalid characters
    ExpectRefused(WithImage("data:image/jpeg;base64,/9j/4AAQSkZJRg"), kBadPhoto);              // length not 4n
    ExpectRefused(WithImage("data:image/jpeg;base64,/9j/4AAQ SkZJ"), kBadPhoto);               // white space
    ExpectRefused(WithImage("data:image/jpeg;base64,/9j/4A==AQSk"), kBadPhoto);                // padding inside
    ExpectRefused(WithImage("data:image/jpeg;base64,/9j/4AAQSkZJ===="), kBadPhoto);            // too much padding
    ExpectRefused(WithImage("data:image/jpeg;base64,/9j/4AAQSkZJR-_="), kBadPhoto);            // URL-safe alphabet
    ExpectRefused(WithImage("data:image/jpeg;base64,/9j/4AAQSkZJRh=="), kBadPhoto);            // stray bits
}

}  // namespace
}  // namespace ejob::formats
