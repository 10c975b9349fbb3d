// The CV Maker page: design choices, the person, the repeatable sections, the buttons (preview, save, PDF, publish,
// export, import, delete) and the preview, which draws the CV the way the PDF does, in the PDF's language.
#include "web/views/cv_maker_views.hpp"

#include "domain/common/msgid.hpp"
#include "web/views/components/date_time.hpp"
#include "web/views/components/row_groups.hpp"

namespace ejob::web::views {
namespace cv = ejob::domain::cv;

domain::cv::Labels CvLabels(Lang lang) {
    Tr tr(lang);
    cv::Labels l;
    l.lang = std::string(Code(lang));
    l.profile = tr("About me");
    l.experience = tr("Work experience");
    l.education = tr("Education");
    l.languages = tr("Languages");
    l.skills = tr("Skills");
    l.courses = tr("Courses and certificates");
    l.links = tr("Links");
    l.contacts = tr("Contacts");
    l.cover_letter = tr("Cover letter");
    l.present = tr("present");
    l.desired_salary = tr("Desired salary");
    l.born = tr("Date of birth");
    l.native = tr("Native language");
    l.page_of = tr("Page {} of {}");
    // Month names as a heading says them ("Mart 2020", "Март 2020"), not inside a date ("29 mart").
    l.months = {tr.Ctx("month", "January"), tr.Ctx("month", "February"), tr.Ctx("month", "March"),
                tr.Ctx("month", "April"),   tr.Ctx("month", "May"),      tr.Ctx("month", "June"),
                tr.Ctx("month", "July"),    tr.Ctx("month", "August"),   tr.Ctx("month", "September"),
                tr.Ctx("month", "October"), tr.Ctx("month", "November"), tr.Ctx("month", "December")};
    return l;
}

namespace {

bool Blank(const std::string& s) {
    return s.find_first_not_of(" \t\r\n") == std::string::npos;
}
bool Blank(const cv::Job& j) {
    return Blank(j.employer) && Blank(j.position) && Blank(j.city) && Blank(j.start) && Blank(j.end) && Blank(j.duties);
}
bool Blank(const cv::Study& s) {
    return Blank(s.institution) && Blank(s.area) && Blank(s.degree) && Blank(s.start) && Blank(s.end);
}
bool Blank(const cv::Language& l) {
    return Blank(l.language) && Blank(l.level);
}
bool Blank(const cv::Course& c) {
    return Blank(c.name) && Blank(c.issuer) && Blank(c.date);
}
bool Blank(const cv::Link& l) {
    return Blank(l.label) && Blank(l.url);
}

constexpr const char* kDateHint = N_("Month and year, for example 2021-09, or only the year.");

void DateInputs(Html& h, const Tr& tr, const Errors& errors, const std::string& p, const std::string& start,
                const std::string& end, const char* end_hint) {
    h.Open("div", {{"class", "row"}});
    Input(h, tr, errors, {p + "start", N_("From"), kDateHint}, start, "text", "placeholder", "2021-09");
    Input(h, tr, errors, {p + "end", N_("To"), end_hint}, end, "text", "placeholder", "2023-06");
    h.Close("div");
}

void Choices(Html& h, const Tr& tr, const Errors& errors, const std::string& name, const char* legend,
             const std::vector<domain::Option>& options, const std::string& value) {
    RadioGroup(h, tr, errors, name, legend, options, value);
}

// ---- the preview: the CV drawn as the PDF draws it (same order, words in the PDF's language)

void Section(Html& h, const std::string& title) {
    h.Element("h3", {{"class", "cv-heading"}}, title);
}

void Entry(Html& h, const std::string& title, const std::string& sub, const std::string& when,
           const std::vector<std::string>& lines) {
    h.Open("div", {{"class", "cv-entry"}});
    h.Open("p", {{"class", "cv-entry-head"}});
    h.Element("strong", title);
    if (!when.empty()) h.Element("span", {{"class", "cv-when"}}, when);
    h.Close("p");
    if (!sub.empty()) h.Element("p", {{"class", "cv-entry-sub"}}, sub);
    if (!lines.empty()) {
        h.Open("ul");
        for (const auto& line : lines) h.Element("li", line);
        h.Close("ul");
    }
    h.Close("div");
}

std::string Joined(std::initializer_list<std::string> parts, const char* sep) {
    std::string out;
    for (const auto& p : parts) {
        if (p.empty()) continue;
        if (!out.empty()) out += sep;
        out += p;
    }
    return out;
}

void PreviewSheet(Html& h, const cv::Draft& d, const cv::Labels& l, const std::string& photo_url) {
    h.Open("div", {{"class", "cv-sheet cv-" + d.template_code}, {"lang", l.lang}});
    h.Open("div", {{"class", "cv-head"}});
    if (!photo_url.empty())
        h.Void("img", {{"class", "cv-photo cv-photo-" + d.photo_shape}, {"src", photo_url}, {"alt", ""}});
    h.Open("div");
    h.Element("p", {{"class", "cv-name"}}, cv::FullName(d));
    if (!d.title.empty()) h.Element("p", {{"class", "cv-title"}}, d.title);
    h.Close("div").Close("div");

    // The side: contacts and short facts (a sidebar in "modern", after the main part in the others).
    h.Open("div", {{"class", "cv-side"}});
    std::vector<std::pair<std::string, std::string>> facts;
    if (!d.email.empty()) facts.emplace_back("", d.email);
    if (!d.phone.empty()) facts.emplace_back("", d.phone);
    if (!d.city.empty()) facts.emplace_back("", d.city);
    if (!d.birth_date.empty()) facts.emplace_back(l.born, d.birth_date);
    if (!d.desired_salary.empty()) facts.emplace_back(l.desired_salary, cv::Salary(d.desired_salary));
    if (!facts.empty()) {
        Section(h, l.contacts);
        h.Open("ul", {{"class", "cv-facts"}});
        for (const auto& [label, value] : facts) {
            h.Open("li");
            if (!label.empty()) h.Text(label + ": ");
            h.Element("span", value).Close("li");  // "1 500 ₼" stays on one line
        }
        h.Close("ul");
    }
    if (!d.languages.empty()) {
        Section(h, l.languages);
        h.Open("ul", {{"class", "cv-facts"}});
        for (const auto& lang : d.languages)
            h.Element("li", Joined({lang.language, lang.level == "native" ? l.native : lang.level}, " — "));
        h.Close("ul");
    }
    if (auto skills = cv::SkillList(d.skills); !skills.empty()) {
        Section(h, l.skills);
        h.Open("ul", {{"class", "cv-skills"}});
        for (const auto& s : skills) h.Element("li", s);
        h.Close("ul");
    }
    if (!d.links.empty()) {
        Section(h, l.links);
        h.Open("ul", {{"class", "cv-facts"}});
        for (const auto& link : d.links) {
            h.Open("li");
            if (!link.label.empty()) h.Text(link.label + ": ");
            h.Text(link.url);
            h.Close("li");
        }
        h.Close("ul");
    }
    h.Close("div");

    h.Open("div", {{"class", "cv-main"}});
    if (!d.summary.empty()) {
        Section(h, l.profile);
        h.Open("p", {{"class", "cv-summary"}}).MultilineText(d.summary).Close("p");
    }
    if (!d.jobs.empty()) {
        Section(h, l.experience);
        for (const auto& j : d.jobs)
            Entry(h, j.position.empty() ? j.employer : j.position,
                  j.position.empty() ? j.city : Joined({j.employer, j.city}, ", "), cv::Period(l, j.start, j.end, true),
                  cv::Lines(j.duties));
    }
    if (!d.education.empty()) {
        Section(h, l.education);
        for (const auto& s : d.education)
            Entry(h, s.institution, Joined({s.degree, s.area}, ", "), cv::Period(l, s.start, s.end, true), {});
    }
    if (!d.courses.empty()) {
        Section(h, l.courses);
        for (const auto& c : d.courses) Entry(h, c.name, c.issuer, cv::Period(l, c.date, "", false), {});
    }
    if (!d.cover_letter.empty()) {
        Section(h, l.cover_letter);
        h.Open("p", {{"class", "cv-letter"}}).MultilineText(d.cover_letter).Close("p");
    }
    h.Close("div");
    h.Close("div");
}

void PreviewBody(Html& h, const Frame& f, const cv::Draft& d, bool has_photo, domain::Millis photo_version) {
    const auto lang = ParseLang(d.pdf_lang).value_or(Lang::Az);
    std::string photo_url = has_photo ? L(f, "/cv-maker/photo") + "?v=" + std::to_string(photo_version) : "";
    PreviewSheet(h, d, CvLabels(lang), photo_url);
}

}  // namespace

std::string CvPreview(const Frame& f, const cv::Draft& d, bool has_photo, domain::Millis photo_version) {
    Html h;
    PreviewBody(h, f, d, has_photo, photo_version);
    return h.Take();
}

std::string CvMakerPage(const Frame& f, const CvMakerModel& m) {
    Tr tr(f.lang);
    const auto& d = m.draft;
    const auto& errors = m.errors;
    Html h;
    h.Open("div", {{"class", "cv-maker"}});
    h.Element("h1", tr("CV Maker"));
    h.Element("p", {{"class", "lead"}},
              tr("Make a résumé as a well-typeset PDF in a few minutes. Nothing you type here is published: the draft "
                 "is kept only for today, for you alone, and then deleted with its photo."));
    if (m.notice) h.Element("p", {{"class", "notice"}, {"role", "status"}}, tr(m.notice));

    // When the draft goes, and the buttons that act on all of it.
    h.Open("div", {{"class", "cv-keep"}, {"id", "cv-keep"}});
    if (m.stored) {
        h.Open("p");
        h.Text(tr("Your draft is kept until")).Text(" ");
        DateTime(h, tr, m.expires_at - domain::kMinute);
        h.Text(" ").Text(tr("(Baku time), then deleted with its photo.")).Close("p");
        h.Open("ul", {{"class", "actions"}});
        h.Open("li").Element("a", {{"href", L(f, "/cv-maker/cv.pdf")}, {"download", ""}}, tr("Download the PDF"));
        h.Close("li");
        h.Open("li").Element("a", {{"href", L(f, "/cv-maker/export.json")}, {"download", ""}},
                             tr("Export as JSON Resume"));
        h.Close("li");
        h.Open("li");
        h.Open("form", {{"method", "post"},
                        {"action", L(f, "/cv-maker/delete")},
                        {"data-confirm", tr("Delete the draft and its photo now?")},
                        {"data-cv-forget", ""}});
        CsrfField(h, m.csrf);
        h.Element("button", {{"type", "submit"}, {"class", "button button-danger button-small"}}, tr("Delete now"));
        h.Close("form").Close("li");
        h.Close("ul");
    } else {
        h.Element("p", tr("Nothing is kept until you save, preview or download. A draft is deleted at the end of the "
                          "day (Baku time)."));
    }
    h.Close("div");

    h.Open("div", {{"class", "cv-layout"}});
    h.Open("form", {{"method", "post"},
                    {"action", L(f, "/cv-maker")},
                    {"enctype", "multipart/form-data"},
                    {"class", "cv-form"},
                    {"id", "cv-form"},
                    {"data-cv-maker", ""},
                    {"data-preview", L(f, "/cv-maker/preview")},
                    {"data-updated", std::to_string(m.updated_at)},
                    {"data-restored", tr("What you typed before the page was reloaded is back. It is not saved yet.")},
                    {"data-expires", std::to_string(m.stored ? m.expires_at : cv::DraftExpiry(f.now))},
                    Flag("novalidate")});
    CsrfField(h, m.csrf);
    ErrorSummary(h, tr, errors);

    h.Open("fieldset").Element("legend", tr("Design"));
    Choices(h, tr, errors, "template_code", N_("Template"), cv::Templates(), d.template_code);
    h.Open("div", {{"class", "row"}});
    SelectField(h, tr, errors,
                {"pdf_lang", N_("Language of the CV"),
                 N_("The headings, month names and dates of the PDF, whatever the site's language.")},
                cv::PdfLanguages(), d.pdf_lang, nullptr);
    SelectField(h, tr, errors, {"photo_shape", N_("Photo shape")}, cv::PhotoShapes(), d.photo_shape, nullptr);
    h.Close("div");
    h.Close("fieldset");

    h.Open("fieldset").Element("legend", tr("About you"));
    h.Open("div", {{"class", "row"}});
    Input(h, tr, errors, {"first_name", N_("First name")}, d.first_name, "text", "autocomplete", "given-name");
    Input(h, tr, errors, {"last_name", N_("Last name")}, d.last_name, "text", "autocomplete", "family-name");
    h.Close("div");
    Input(h, tr, errors, {"title", N_("Desired position"), N_("For example: Accountant.")}, d.title, "text",
          "maxlength", "200");
    h.Open("div", {{"class", "row"}});
    Input(h, tr, errors, {"email", N_("Email")}, d.email, "email", "autocomplete", "email");
    Input(h, tr, errors, {"phone", N_("Phone")}, d.phone, "tel", "autocomplete", "tel");
    h.Close("div");
    h.Open("div", {{"class", "row"}});
    Input(h, tr, errors, {"city", N_("City")}, d.city, "text", "autocomplete", "address-level2");
    Input(h, tr, errors, {"birth_date", N_("Date of birth"), N_("Optional.")}, d.birth_date, "date");
    h.Close("div");
    Input(h, tr, errors,
          {"desired_salary", N_("Desired salary, AZN"), N_("Monthly, in AZN. Leave empty to leave it out.")},
          d.desired_salary, "text", "inputmode", "numeric");
    h.Close("fieldset");

    h.Open("fieldset").Element("legend", tr("Photo"));
    if (m.has_photo) {
        h.Open("div", {{"class", "current-photos"}});
        h.Void("img", {{"src", L(f, "/cv-maker/photo") + "?v=" + std::to_string(m.updated_at)},
                       {"alt", tr("Your photo"), true},
                       {"class", "cv-thumb"}});
        Checkbox(h, tr, "remove_photo", N_("Remove the photo"), false);
        h.Close("div");
    }
    PhotoInput(h, tr, errors, "photo", m.has_photo ? N_("Another photo") : N_("Your photo"),
               N_("Optional. JPEG, PNG or WebP, at most 10 MB. It is cropped to a square around your face."), false);
    h.Close("fieldset");

    h.Open("fieldset").Element("legend", tr("About me"));
    TextArea(h, tr, errors,
             {"summary", N_("A few lines about you"), N_("What you do best and what you are looking for.")}, d.summary,
             static_cast<int>(cv::kMaxText), 4);
    h.Close("fieldset");

    const auto blank = [](const auto& row) { return Blank(row); };
    RowGroups(h, tr, errors, {"jobs", N_("Work experience"), N_("Job {}"), N_("Add a job"), N_("The latest first.")},
              d.jobs, blank, [&](const std::string& p, const cv::Job& j) {
                  h.Open("div", {{"class", "row"}});
                  Input(h, tr, errors, {p + "position", N_("Position")}, j.position, "text", "maxlength", "200");
                  Input(h, tr, errors, {p + "employer", N_("Employer")}, j.employer, "text", "maxlength", "200");
                  h.Close("div");
                  Input(h, tr, errors, {p + "city", N_("City")}, j.city, "text", "maxlength", "200");
                  DateInputs(h, tr, errors, p, j.start, j.end, N_("Leave empty if you still work there."));
                  TextArea(h, tr, errors,
                           {p + "duties", N_("Duties and achievements"), N_("One per line: each becomes a bullet.")},
                           j.duties, static_cast<int>(cv::kMaxText), 3);
              });
    RowGroups(
        h, tr, errors, {"education", N_("Education"), N_("Education {}"), N_("Add education"), nullptr}, d.education,
        blank, [&](const std::string& p, const cv::Study& s) {
            Input(h, tr, errors, {p + "institution", N_("Institution")}, s.institution, "text", "maxlength", "200");
            h.Open("div", {{"class", "row"}});
            Input(h, tr, errors, {p + "degree", N_("Degree"), N_("For example: Bachelor.")}, s.degree, "text",
                  "maxlength", "200");
            Input(h, tr, errors, {p + "area", N_("Specialty")}, s.area, "text", "maxlength", "200");
            h.Close("div");
            DateInputs(h, tr, errors, p, s.start, s.end, N_("Leave empty if you still study there."));
        });
    RowGroups(h, tr, errors, {"languages", N_("Languages"), N_("Language {}"), N_("Add a language"), nullptr},
              d.languages, blank, [&](const std::string& p, const cv::Language& l) {
                  h.Open("div", {{"class", "row"}});
                  Input(h, tr, errors, {p + "language", N_("Language")}, l.language, "text", "maxlength", "200");
                  SelectField(h, tr, errors, {p + "level", N_("Level")}, cv::LanguageLevels(), l.level);
                  h.Close("div");
              });
    h.Open("fieldset").Element("legend", tr("Skills"));
    TextArea(h, tr, errors, {"skills", N_("Skills"), N_("Separate them with commas or put one per line.")}, d.skills,
             static_cast<int>(cv::kMaxText), 3);
    h.Close("fieldset");
    RowGroups(h, tr, errors, {"courses", N_("Courses and certificates"), N_("Course {}"), N_("Add a course"), nullptr},
              d.courses, blank, [&](const std::string& p, const cv::Course& c) {
                  Input(h, tr, errors, {p + "name", N_("Course or certificate")}, c.name, "text", "maxlength", "200");
                  h.Open("div", {{"class", "row"}});
                  Input(h, tr, errors, {p + "issuer", N_("Issued by")}, c.issuer, "text", "maxlength", "200");
                  Input(h, tr, errors, {p + "date", N_("Date"), kDateHint}, c.date, "text", "placeholder", "2022-05");
                  h.Close("div");
              });
    RowGroups(h, tr, errors,
              {"links", N_("Links"), N_("Link {}"), N_("Add a link"), N_("Your portfolio, LinkedIn, GitHub…")}, d.links,
              blank, [&](const std::string& p, const cv::Link& l) {
                  h.Open("div", {{"class", "row"}});
                  Input(h, tr, errors, {p + "label", N_("Name")}, l.label, "text", "maxlength", "200");
                  Input(h, tr, errors, {p + "url", N_("Web address")}, l.url, "url", "placeholder", "https://");
                  h.Close("div");
              });
    h.Open("fieldset").Element("legend", tr("Cover letter"));
    TextArea(h, tr, errors,
             {"cover_letter", N_("Cover letter"), N_("Optional. It goes on a page of its own after the CV.")},
             d.cover_letter, static_cast<int>(cv::kMaxLetter), 6);
    h.Close("fieldset");

    h.Open("div", {{"class", "form-actions cv-actions"}});
    h.Element("button", {{"type", "submit"}, {"name", "action"}, {"value", "preview"}, {"class", "button"}},
              tr("Preview"));
    h.Element("button", {{"type", "submit"}, {"name", "action"}, {"value", "pdf"}, {"class", "button button-primary"}},
              tr("Download the PDF"));
    h.Element("button", {{"type", "submit"}, {"name", "action"}, {"value", "save"}, {"class", "button"}},
              tr("Save for today"));
    h.Element("button", {{"type", "submit"}, {"name", "action"}, {"value", "publish"}, {"class", "button"}},
              tr("Publish as a resume on the site"));
    h.Close("div");
    h.Element("p", {{"class", "hint"}},
              tr("Publishing is a separate step: you check the resume form, choose who may see your contacts, and a "
                 "moderator reviews it. Nothing from the CV Maker is public otherwise."));
    h.Close("form");

    h.Open("section", {{"class", "cv-preview"}, {"id", "preview"}, {"aria-labelledby", "preview-title"}});
    h.Element("h2", {{"id", "preview-title"}}, tr("Preview"));
    h.Open("div", {{"id", "cv-preview"}, {"aria-live", "polite"}});
    PreviewBody(h, f, d, m.has_photo, m.updated_at);
    h.Close("div");
    h.Close("section");
    h.Close("div");

    // Import: a JSON Resume file replaces the draft.
    h.Open("section", {{"class", "cv-import"}, {"aria-labelledby", "import-title"}});
    h.Element("h2", {{"id", "import-title"}}, tr("Import a JSON Resume file"));
    h.Open("form", {{"method", "post"}, {"action", L(f, "/cv-maker/import")}, {"enctype", "multipart/form-data"}});
    CsrfField(h, m.csrf);
    std::string describedby;
    bool invalid = false;
    FieldStart(h, tr, m.import_errors,
               {"file", N_("JSON Resume file"),
                N_("A file exported here or by another "
                   "JSON Resume tool, at most 1 MB. It "
                   "replaces the draft.")},
               describedby, invalid);
    h.Void("input", {{"type", "file"},
                     {"name", "file"},
                     {"id", "f-file"},
                     {"accept", "application/json,.json"},
                     {"aria-describedby", describedby, !describedby.empty()},
                     {"aria-invalid", "true", invalid}});
    h.Close("div");
    h.Element("button", {{"type", "submit"}, {"class", "button"}}, tr("Import"));
    h.Close("form");
    h.Close("section");
    h.Close("div");
    return Layout(f,
                  {tr("CV Maker"),
                   tr("Make a résumé as a PDF in Azerbaijani, Russian or English. Nothing is "
                      "published or kept past the day."),
                   false},
                  h.Take());
}

}  // namespace ejob::web::views
