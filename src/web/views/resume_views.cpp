// Resume pages: the list with its filters, the card, the detail page and the form (with repeatable rows that work
// without JavaScript).
#include "web/views/resume_views.hpp"

#include "domain/common/msgid.hpp"
#include "domain/resumes/languages.hpp"
#include "domain/text/text.hpp"
#include "domain/vacancies/catalog.hpp"
#include "web/views/components/cards.hpp"
#include "web/views/components/catalog_text.hpp"
#include "web/views/components/detail_parts.hpp"
#include "web/views/components/filter_form.hpp"
#include "web/views/components/list_page.hpp"
#include "web/views/components/publication_form.hpp"
#include "web/views/components/row_groups.hpp"

namespace ejob::web::views {
namespace d = ejob::domain;

const std::vector<d::Option>& LanguageLevels() {
    static const std::vector<d::Option> k = {{"A1", N_("A1 — beginner")},      {"A2", N_("A2 — elementary")},
                                             {"B1", N_("B1 — intermediate")},  {"B2", N_("B2 — upper intermediate")},
                                             {"C1", N_("C1 — advanced")},      {"C2", N_("C2 — proficient")},
                                             {"native", N_("Native language")}};
    return k;
}

const std::vector<d::Option>& Genders() {
    static const std::vector<d::Option> k = {{"female", N_("Female")}, {"male", N_("Male")}};
    return k;
}

namespace {

bool Blank(const std::string& s) {
    return d::text::Trim(s).empty();
}
bool Blank(const d::EducationEntry& e) {
    return Blank(e.institution) && Blank(e.specialty) && Blank(e.from_year) && Blank(e.to_year);
}
bool Blank(const d::ExperienceEntry& j) {
    return Blank(j.employer) && Blank(j.position) && Blank(j.from_year) && Blank(j.to_year) && Blank(j.duties);
}
bool Blank(const d::LanguageSkill& l) {
    return Blank(l.language) && Blank(l.level);
}

void YearInputs(Html& h, const Tr& tr, const Errors& errors, const std::string& p, const std::string& from,
                const std::string& to, const char* to_hint) {
    h.Open("div", {{"class", "row"}});
    Input(h, tr, errors, {p + "from_year", N_("From (year)")}, from, "text", "inputmode", "numeric");
    Input(h, tr, errors, {p + "to_year", N_("To (year)"), to_hint}, to, "text", "inputmode", "numeric");
    h.Close("div");
}

std::string FullName(const d::ResumeContent& c) {
    std::string n = c.first_name;
    if (!c.patronymic.empty()) n += (n.empty() ? "" : " ") + c.patronymic;
    if (!c.last_name.empty()) n += (n.empty() ? "" : " ") + c.last_name;
    return n;
}

std::string Years(const Tr& tr, const std::string& from, const std::string& to, bool ongoing_when_open) {
    if (!from.empty() && !to.empty()) return from == to ? from : from + "–" + to;
    if (!from.empty()) return ongoing_when_open ? tr.Fmt("since {}", from) : from;
    return to;
}

std::optional<int> AgeAt(const Tr& tr, std::optional<int> birth_year, d::Millis at) {
    if (!birth_year) return std::nullopt;
    std::string iso = tr.IsoDate(at);
    int year = 0;
    for (size_t i = 0; i < 4 && i < iso.size(); ++i) year = year * 10 + (iso[i] - '0');
    int age = year - *birth_year;
    if (age <= 0 || age > 120) return std::nullopt;
    return age;
}

}  // namespace

// ---- list

void ResumeList(Html& h, const Frame& f, const std::vector<d::ResumeSummary>& items,
                const std::vector<std::string>& terms) {
    Tr tr(f.lang);
    h.Open("ol", {{"class", "cards"}});
    for (const auto& r : items) {
        // Every card has the photo's place, so the texts line up with and without a photo.
        h.Open("li", {{"class", "card card-with-thumb"}}).Open("article");
        if (!r.photo.empty()) {
            CardImage(h, "thumb", r.photo, "64");
        } else {
            // The first letter of the name (one UTF-8 sequence) in place of the photo.
            size_t n = r.display_name.empty() ? 0 : 1;
            while (n < r.display_name.size() && (static_cast<unsigned char>(r.display_name[n]) & 0xC0) == 0x80) ++n;
            h.Element("span", {{"class", "thumb thumb-letter"}, {"aria-hidden", "true"}}, r.display_name.substr(0, n));
        }
        h.Open("div", {{"class", "card-body"}});
        CardTitle(h, L(f, "/resumes/" + std::to_string(r.id) + "-" + r.slug), r.desired_position, terms);
        CardSubtitle(h, r.display_name, terms);
        std::vector<std::string> facts = {OptionName(tr, d::Cities(), r.city)};
        if (r.age) facts.push_back(tr.N("{} year old", "{} years old", *r.age));
        if (!r.experience.empty()) facts.push_back(OptionName(tr, d::ExperienceLevels(), r.experience));
        CardFacts(h, f, tr, r.min_salary ? tr.Money(*r.min_salary) : std::string(tr("Negotiable")), facts,
                  r.published_at);
        CardExcerpt(h, r.excerpt, terms);
        h.Close("div");
        h.Close("article").Close("li");
    }
    h.Close("ol");
}

std::string ResumeListPage(const Frame& f, const ResumeListModel& m) {
    Tr tr(f.lang);
    const auto& flt = m.filter;
    ListPageParts p;
    p.heading =
        flt.category.empty() ? std::string(tr("Resumes")) : tr.Fmt("Resumes: {}", CategoryName(tr, flt.category));
    p.path = "/resumes";
    p.q = m.q;
    p.filters = [&](Html& h) {
        const auto* n = &m.page.options;
        SortSelect(h, tr, flt.order, !flt.terms.empty(), N_("Highest desired salary first"));
        FilterSelect(h, tr, "category", N_("Category"), CategoryOptions(), flt.category, N_("All categories"), n);
        FilterSelect(h, tr, "city", N_("City"), d::Cities(), flt.city, N_("All cities"), n);
        FilterSelect(h, tr, "experience", N_("Experience"), d::ExperienceLevels(), flt.experience, N_("Any"), n);
        FilterSelect(h, tr, "education_level", N_("Education level"), d::ResumeEducationLevels(), flt.education_level,
                     N_("Any"), n);
        FilterSelect(h, tr, "gender", N_("Gender"), Genders(), flt.gender, N_("Any"), n);
        NumberFilter(h, tr, "max_salary", N_("Desired salary at most, AZN"), m.max_salary_text,
                     {.min = "0", .step = "50"});
        h.Open("div", {{"class", "row"}});
        NumberFilter(h, tr, "age_min", N_("Age from"), m.age_min_text, {.min = "14", .max = "80"});
        NumberFilter(h, tr, "age_max", N_("Age to"), m.age_max_text, {.min = "14", .max = "80"});
        h.Close("div");
    };
    p.intro = [&](Html& h) {
        h.Open("p", {{"class", "list-intro"}});
        h.Text(tr("Need a résumé as a PDF?")).Text(" ");
        h.Element("a", {{"href", L(f, "/cv-maker")}}, tr("Make one in the CV Maker"));
        h.Text(" ").Text(tr("— nothing you type there is published.")).Close("p");
    };
    p.show_label = N_("Show resumes");
    p.categories = CategoryOptions();
    p.counts = m.counts;
    p.current_category = flt.category;
    p.count_label = [&](std::int64_t n) { return tr.N("{} resume", "{} resumes", n); };
    p.result_count = tr.N("{} resume found", "{} resumes found", m.page.total);
    p.cards = [&](Html& h) { ResumeList(h, f, m.page.items, flt.terms); };
    p.Paged(m.page, m.page_link_base);
    p.empty_message = N_("No resumes match these filters. Try removing some of them.");
    Html h;
    ListPageBody(h, f, p);
    std::string description =
        p.heading + ". " +
        tr.N("{} resume of a job seeker in Azerbaijan, every one checked by a moderator.",
             "{} resumes of job seekers in Azerbaijan, every one checked by a moderator.", m.page.total);
    return Layout(f, {p.heading, description, m.page.page > 1}, h.Take());
}

// ---- detail

void DetailBody(Html& h, const Frame& f, const ResumeDetailModel& m) {
    Tr tr(f.lang);
    const auto& c = m.content;
    const bool anonymous = c.privacy == d::ContactVisibility::Anonymous;
    const std::string name = anonymous ? d::Initials(c.first_name, c.last_name) : FullName(c);
    h.Open("article", {{"class", "publication resume"}});
    h.Open("div", {{"class", "resume-head"}});
    if (!anonymous && !c.photos.empty()) {
        const std::string& stem = c.photos.front();
        h.Open("picture", {{"class", "resume-photo"}});
        h.Void("source", {{"type", "image/webp"}, {"srcset", m.media_prefix + stem + "-display.webp"}});
        h.Void("img", {{"src", m.media_prefix + stem + "-display.jpg"}, {"alt", tr.Fmt("Photo of {}", name)}});
        h.Close("picture");
    }
    h.Open("div");
    h.Element("h1", c.desired_position);
    h.Element("p", {{"class", "person-name"}}, name);
    h.Close("div").Close("div");

    FactsList facts(h, tr);
    facts.Add(N_("City"), OptionName(tr, d::Cities(), c.city));
    d::Millis at = m.publication.published_at.value_or(m.publication.created_at);
    if (auto age = AgeAt(tr, c.birth_year, at)) facts.Add(N_("Age"), tr.N("{} year old", "{} years old", *age));
    if (!c.gender.empty()) facts.Add(N_("Gender"), OptionName(tr, Genders(), c.gender));
    facts.Add(N_("Category"), CategoryName(tr, c.category));
    facts.Add(N_("Desired salary"), c.min_salary ? tr.Money(*c.min_salary) : std::string(tr("Negotiable")));
    facts.Add(N_("Experience"), OptionName(tr, d::ExperienceLevels(), c.experience));
    facts.Add(N_("Education level"), OptionName(tr, d::ResumeEducationLevels(), c.education_level));
    if (m.publication.published_at) facts.Add(N_("Published"), tr.When(*m.publication.published_at, f.now));
    facts.Add(N_("Views"), tr.Number(m.publication.views));
    facts.Close();

    if (!c.jobs.empty()) {
        h.Element("h2", tr("Work experience"));
        h.Open("ul", {{"class", "entries"}});
        for (const auto& j : c.jobs) {
            h.Open("li");
            h.Element("h3", j.position);
            h.Open("p", {{"class", "company"}}).Text(j.employer);
            if (auto y = Years(tr, j.from_year, j.to_year, true); !y.empty()) h.Text(" · ").Text(y);
            h.Close("p");
            if (!j.duties.empty()) h.Open("p", {{"class", "prose"}}).MultilineText(j.duties).Close("p");
            h.Close("li");
        }
        h.Close("ul");
    }
    if (!c.education.empty()) {
        h.Element("h2", tr("Education"));
        h.Open("ul", {{"class", "entries"}});
        for (const auto& e : c.education) {
            h.Open("li");
            h.Element("h3", e.institution);
            std::string line = e.specialty;
            if (auto y = Years(tr, e.from_year, e.to_year, false); !y.empty()) line += (line.empty() ? "" : " · ") + y;
            if (!line.empty()) h.Element("p", {{"class", "company"}}, line);
            h.Close("li");
        }
        h.Close("ul");
    }
    if (!c.languages.empty()) {
        h.Element("h2", tr("Languages"));
        h.Open("ul", {{"class", "languages"}});
        for (const auto& l : c.languages) {
            // A common language reads in the reader's language, like its level; anything else as typed.
            auto known = d::RecognizeLanguage(l.language);
            h.Element("li", (known ? OptionName(tr, d::SpokenLanguages(), *known) : l.language) + ": " +
                                OptionName(tr, LanguageLevels(), l.level));
        }
        h.Close("ul");
    }
    auto section = [&](const char* title, const std::string& text) {
        if (!text.empty()) ProseSection(h, tr, title, text);
    };
    section(N_("Skills"), c.skills);
    section(N_("Computer skills"), c.computer_skills);
    section(N_("About me"), c.about);
    section(N_("Additional information"), c.additional);

    ContactsSection(h, f, m.contacts);
    h.Close("article");
}

std::string ResumeDetail(const Frame& f, const ResumeDetailModel& m) {
    Html h;
    DetailBody(h, f, m);
    const auto& c = m.content;
    const std::string name =
        c.privacy == d::ContactVisibility::Anonymous ? d::Initials(c.first_name, c.last_name) : FullName(c);
    std::string description = d::text::Excerpt(c.about.empty() ? c.skills : c.about, 150);
    return Layout(f, {c.desired_position + " — " + name, description, false}, h.Take());
}

// ---- the form

void FormFields(Html& h, const Tr& tr, const ResumeEditor& m) {
    const auto& dr = m.draft;
    const auto& errors = m.errors;

    h.Open("fieldset").Element("legend", m.moderator ? tr("About the person") : tr("About you"));
    h.Open("div", {{"class", "row"}});
    Input(h, tr, errors, {"first_name", N_("First name"), nullptr, true}, dr.first_name, "text", "autocomplete",
          "given-name");
    Input(h, tr, errors, {"last_name", N_("Last name"), nullptr, true}, dr.last_name, "text", "autocomplete",
          "family-name");
    h.Close("div");
    Input(h, tr, errors, {"patronymic", N_("Patronymic"), N_("Optional.")}, dr.patronymic, "text", "maxlength", "60");
    h.Open("div", {{"class", "row"}});
    SelectField(h, tr, errors, {"gender", N_("Gender")}, Genders(), dr.gender, N_("Not specified"));
    Input(h, tr, errors, {"birth_year", N_("Year of birth"), N_("For example 1990. Your age is shown, not the year.")},
          dr.birth_year, "text", "inputmode", "numeric");
    h.Close("div");
    SelectField(h, tr, errors, {"city", N_("City"), nullptr, true}, d::Cities(), dr.city);
    h.Close("fieldset");

    h.Open("fieldset").Element("legend", tr("Photo"));
    CurrentPhotos(h, tr, dr.photos, m.photo_url_prefix);
    if (!m.moderator)
        PhotoInput(h, tr, errors, "photo", N_("Your photo"),
                   N_("Optional. A photo of you alone, face clearly visible. JPEG, PNG or WebP, at most 10 MB."), false,
                   m.held_photos);
    h.Close("fieldset");

    h.Open("fieldset").Element("legend", m.moderator ? tr("The job wanted") : tr("The job you want"));
    Input(h, tr, errors,
          {"desired_position", N_("Desired position"), N_("One position per resume, for example: Accountant."), true},
          dr.desired_position, "text", "maxlength", "120");
    SelectField(h, tr, errors, {"category", N_("Category"), nullptr, true}, CategoryOptions(), dr.category);
    Input(h, tr, errors, {"min_salary", N_("Desired salary, AZN"), N_("Monthly, in AZN. Leave empty if negotiable.")},
          dr.min_salary, "text", "inputmode", "numeric");
    SelectField(h, tr, errors, {"experience", N_("Experience"), nullptr, true}, d::ExperienceLevels(), dr.experience);
    SelectField(h, tr, errors, {"education_level", N_("Education level"), nullptr, true}, d::ResumeEducationLevels(),
                dr.education_level);
    h.Close("fieldset");

    const auto blank = [](const auto& row) { return Blank(row); };
    RowGroups(
        h, tr, errors,
        {"education", N_("Education"), N_("Education {}"), N_("Add education"),
         N_("Schools, universities and courses. Leave the row empty if you have nothing to add."), !m.moderator},
        dr.education, blank, [&](const std::string& p, const d::EducationEntry& e) {
            Input(h, tr, errors, {p + "institution", N_("Institution")}, e.institution, "text", "maxlength", "200");
            Input(h, tr, errors, {p + "specialty", N_("Specialty")}, e.specialty, "text", "maxlength", "200");
            YearInputs(h, tr, errors, p, e.from_year, e.to_year, nullptr);
        });

    RowGroups(h, tr, errors,
              {"jobs", N_("Work experience"), N_("Job {}"), N_("Add a job"),
               N_("Your previous jobs, the latest first."), !m.moderator},
              dr.jobs, blank, [&](const std::string& p, const d::ExperienceEntry& j) {
                  Input(h, tr, errors, {p + "employer", N_("Employer")}, j.employer, "text", "maxlength", "200");
                  Input(h, tr, errors, {p + "position", N_("Position")}, j.position, "text", "maxlength", "120");
                  YearInputs(h, tr, errors, p, j.from_year, j.to_year, N_("Leave empty if you still work there."));
                  TextArea(h, tr, errors, {p + "duties", N_("Duties and achievements")}, j.duties, 2000, 3);
              });

    RowGroups(h, tr, errors,
              {"languages", N_("Languages"), N_("Language {}"), N_("Add a language"), nullptr, !m.moderator},
              dr.languages, blank, [&](const std::string& p, const d::LanguageSkill& l) {
                  h.Open("div", {{"class", "row"}});
                  Input(h, tr, errors, {p + "language", N_("Language")}, l.language, "text", "maxlength", "60");
                  SelectField(h, tr, errors, {p + "level", N_("Level")}, LanguageLevels(), l.level);
                  h.Close("div");
              });

    h.Open("fieldset").Element("legend", tr("Skills and more"));
    TextArea(h, tr, errors, {"skills", N_("Skills"), N_("For example: negotiation, bookkeeping, driving licence B.")},
             dr.skills, 1000, 3);
    TextArea(h, tr, errors, {"computer_skills", N_("Computer skills"), N_("Programs and tools you use.")},
             dr.computer_skills, 1000, 3);
    TextArea(h, tr, errors, {"about", N_("About me")}, dr.about, 3000, 5);
    TextArea(h, tr, errors, {"additional", N_("Additional information")}, dr.additional, 3000, 3);
    h.Close("fieldset");

    h.Open("fieldset").Element("legend", tr("Contacts"));
    h.Element("p", {{"class", "hint"}},
              tr("Give a phone number or an email address (or both). Contacts are shown only to visitors who ask for "
                 "them, never in lists."));
    Input(h, tr, errors, {"phone", N_("Phone")}, dr.phone, "tel", "autocomplete", "tel");
    Input(h, tr, errors, {"email", N_("Email")}, dr.email, "email", "autocomplete", "email");
    static const std::vector<d::Option> kPrivacy = {
        {"everyone", N_("Show the contacts to anyone who asks")},
        {"signed_in", N_("Show the contacts to signed-in users only")},
        {"anonymous", N_("Anonymous: show only my initials, hide the photo and the contacts")}};
    RadioGroup(
        h, tr, errors, "privacy",
        m.moderator ? N_("Who may see the name, photo and contacts") : N_("Who may see your name, photo and contacts"),
        kPrivacy, dr.privacy.empty() ? "everyone" : dr.privacy,
        N_("Anonymous: your name appears as initials (for example \"A. M.\"), and your photo and contacts are "
           "not shown to anyone, so employers cannot contact you through the site."));
    h.Close("fieldset");
}

std::string ResumeForm(const Frame& f, const ResumeEditor& m) {
    static constexpr PublicationFormTexts kTexts = {
        "resume", N_("Managing your resume"),
        N_("Optional. We send the private link for editing the resume here, and the moderation result."),
        N_("Fields marked * are required. Every resume is checked by a moderator before it appears on the site.")};
    return PublicationFormPage(f, m, m.draft.owner_email, kTexts, m.errors,
                               [&](Html& h, const Tr& tr) { FormFields(h, tr, m); });
}

}  // namespace ejob::web::views
