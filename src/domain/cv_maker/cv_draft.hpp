#pragma once
// The CV Maker's draft: what a person types into /cv-maker, checked but never published. It lives only for the
// day (see DraftExpiry) under the visitor's own cookie, and becomes a PDF (src/pdf/), a JSON Resume file, or, only
// when the person asks, the start of a resume submitted for moderation (ToResumeDraft).
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "domain/common/clock.hpp"
#include "domain/common/result.hpp"
#include "domain/vacancies/catalog.hpp"  // Option

namespace ejob::domain::cv {

// Dates are typed as "YYYY-MM" (what <input type="month"> sends) or "YYYY"; CheckDraft normalises "MM.YYYY" and
// "MM/YYYY" to "YYYY-MM". An empty end date of a job or a course of study means "until now".
struct Job {
    std::string employer, position, city, start, end, duties;  // duties: free text, one item per line
};
struct Study {
    std::string institution, area, degree, start, end;  // area: specialty; degree: e.g. "Bakalavr"
};
struct Language {
    std::string language;  // as typed, e.g. "İngilis dili"
    std::string level;     // A1 A2 B1 B2 C1 C2 native, or ""
};
struct Course {
    std::string name, issuer, date;  // date: "YYYY-MM" or "YYYY" or ""
};
struct Link {
    std::string label, url;  // url: http(s) only
};

struct Draft {
    std::string template_code = "classic";  // one of Templates()
    std::string pdf_lang = "az";            // az | ru | en: the language of the PDF's headings, month names…
    std::string photo_shape = "circle";     // circle | square
    std::string first_name, last_name;
    std::string title;                           // the desired position, e.g. "Mühasib"
    std::string desired_salary;                  // whole AZN as digits ("1500"), or ""
    std::string email, phone, city, birth_date;  // birth_date: "YYYY-MM-DD" or ""
    std::string summary;
    std::vector<Job> jobs;
    std::vector<Study> education;
    std::vector<Language> languages;
    std::string skills;  // one skill per line or comma-separated
    std::vector<Course> courses;
    std::vector<Link> links;
    std::string cover_letter;  // optional; a page of its own in the PDF
};

// Limits of one draft (the form never offers more rows; an import with more is refused).
constexpr size_t kMaxRows = 20;
constexpr size_t kMaxLine = 200;     // characters of one-line fields
constexpr size_t kMaxText = 3000;    // summary, duties, skills
constexpr size_t kMaxLetter = 6000;  // cover letter

const std::vector<Option>& Templates();       // classic (one column), modern (sidebar), compact
const std::vector<Option>& PdfLanguages();    // az, ru, en with their native names (untranslated)
const std::vector<Option>& PhotoShapes();     // circle, square
const std::vector<Option>& LanguageLevels();  // A1 … C2, native (msgids as on the resume form)

// Checks and normalises a draft typed into the form (trims, normalises dates, drops rows left wholly empty).
// Field names of errors are the form's: "first_name", "jobs.2.start", "links.0.url"…
Result<Draft> CheckDraft(const Draft& typed);

// The skills as a list: split at new lines and commas, trimmed, empty ones dropped.
std::vector<std::string> SkillList(const std::string& skills);
// The lines of a multi-line text, trimmed; leading "-", "•", "*" bullets removed; empty lines dropped.
std::vector<std::string> Lines(const std::string& text);
// "First Last", or whichever is given.
std::string FullName(const Draft& d);
// "Gunel_Mammadova_CV.pdf": the name folded to ASCII letters and digits (ə→e, ş→sh, ç→ch, ğ→gh, ı→i, ö→o,
// ü→u; Cyrillic transliterated), words joined by "_"; "CV.pdf" when nothing is left.
std::string PdfFileName(const Draft& d);

// The words a rendered CV uses, in the PDF's language (filled by the web layer from the catalogs, so that the PDF
// language is independent of the page's).
struct Labels {
    std::string lang;  // az | ru | en
    std::string profile, experience, education, languages, skills, courses, links, contacts, cover_letter;
    std::string present;                 // indiyədək / по настоящее время / present
    std::string desired_salary;          // İstədiyi maaş / Желаемая зарплата / Desired salary
    std::string born;                    // Doğum tarixi / Дата рождения / Date of birth
    std::string native;                  // Ana dili / Родной / Native
    std::string page_of;                 // "Səhifə {} / {}" — page number and count replace the two "{}"
    std::array<std::string, 12> months;  // Yanvar … / Январь … / January …
};

// "Mart 2020 – indiyədək", "2018 – 2020", "2019": a period in the PDF's language. `open_is_present`: an empty end
// means "until now" (jobs, studies) rather than a single date (courses).
std::string Period(const Labels& l, const std::string& start, const std::string& end, bool open_is_present);
// "1 500 ₼" from "1500" (a space between thousands); "" when empty.
std::string Salary(const std::string& digits);

// When a draft created at `created` is deleted: at the end of that day in Baku (UTC+4), and at most 24 hours after
// it was created, whichever comes first.
Millis DraftExpiry(Millis created);

}  // namespace ejob::domain::cv
