#include "domain/common/msgid.hpp"
#include "domain/text/text.hpp"
#include "domain/vacancies/catalog.hpp"
#include "web/views/form_fields.hpp"
#include "web/views/views.hpp"

namespace ejob::web::views {
namespace d = ejob::domain;

namespace {

void Select(Html& h, const Tr& tr, const char* name, const char* label, const std::vector<d::Option>& options,
            const std::string& selected, const char* any_label) {
    std::string id = std::string("f-") + name;
    h.Open("div", {{"class", "field"}});
    h.Element("label", {{"for", id}}, tr(label));
    h.Open("select", {{"id", id}, {"name", name}});
    h.Element("option", {{"value", ""}}, tr(any_label));
    for (const auto& o : options)
        h.Element("option", {{"value", o.code}, Flag("selected", o.code == selected)}, tr(o.name.data()));
    h.Close("select").Close("div");
}

std::vector<d::Option> CategoryOptions() {
    std::vector<d::Option> out;
    for (const auto& c : d::Categories()) out.push_back({c.code, c.name});
    return out;
}

void CategoryLinksImpl(Html& h, const Frame& f, const std::vector<d::CategoryCount>& counts,
                       const std::string& current) {
    Tr tr(f.lang);
    h.Open("ul", {{"class", "category-list"}});
    for (const auto& c : d::Categories()) {
        std::int64_t n = 0;
        for (const auto& cc : counts)
            if (cc.category == c.code) n = cc.count;
        h.Open("li");
        std::string url = L(f, "/vacancies?category=" + std::string(c.code));
        if (c.code == current)
            h.Open("a", {{"href", url}, {"aria-current", "true"}});
        else
            h.Open("a", {{"href", url}});
        h.Element("span", tr(c.name.data()));
        CountBadge(h, tr.Number(n), tr.N("{} vacancy", "{} vacancies", n));
        h.Close("a").Close("li");
    }
    h.Close("ul");
}

void Filters(Html& h, const Frame& f, const ListModel& m, const std::string& action) {
    Tr tr(f.lang);
    const auto& flt = m.filter;
    h.Open("form", {{"class", "filters"}, {"method", "get"}, {"action", action}, {"role", "search"}});
    h.Element("h2", {{"class", "visually-hidden"}}, tr("Filters"));
    h.Open("div", {{"class", "field"}});
    h.Element("label", {{"for", "f-q"}}, tr("Keywords"));
    h.Void("input", {{"id", "f-q"}, {"type", "search"}, {"name", "q"}, {"value", m.q}, {"maxlength", "200"}});
    h.Close("div");
    Select(h, tr, "category", N_("Category"), CategoryOptions(), flt.category, N_("All categories"));
    // The chosen category's subcategories (choose the category first: this works without JavaScript).
    if (const auto* cat = d::FindCategory(flt.category); cat && !cat->subcategories.empty())
        Select(h, tr, "subcategory", N_("Subcategory"), cat->subcategories, flt.subcategory, N_("All subcategories"));
    Select(h, tr, "city", N_("City"), d::Cities(), flt.city, N_("All cities"));
    Select(h, tr, "employment_type", N_("Employment type"), d::EmploymentTypes(), flt.employment_type, N_("Any"));
    Select(h, tr, "experience", N_("Experience"), d::ExperienceLevels(), flt.experience, N_("Any"));
    Select(h, tr, "education", N_("Education"), d::EducationLevels(), flt.education, N_("Any"));
    h.Open("div", {{"class", "field"}});
    h.Element("label", {{"for", "f-min_salary"}}, tr("Salary at least, AZN"));
    h.Void("input", {{"id", "f-min_salary"},
                     {"type", "number"},
                     {"name", "min_salary"},
                     {"min", "0"},
                     {"step", "50"},
                     {"inputmode", "numeric"},
                     {"value", m.min_salary_text}});
    h.Close("div");
    static const std::vector<d::Option> kPosted = {
        {"1", N_("Last 24 hours")}, {"3", N_("Last 3 days")}, {"7", N_("Last 7 days")}, {"30", N_("Last 30 days")}};
    Select(h, tr, "posted", N_("Posted"), kPosted,
           flt.posted_within_days ? std::to_string(flt.posted_within_days) : std::string(), N_("Any time"));
    h.Open("div", {{"class", "actions"}});
    h.Element("button", {{"type", "submit"}, {"class", "button button-primary"}}, tr("Show vacancies"));
    h.Element("a", {{"href", action}}, tr("Reset filters"));
    h.Close("div");
    h.Close("form");
}

void Results(Html& h, const Frame& f, const ListModel& m) {
    Tr tr(f.lang);
    std::string count = m.page.total_is_lower_bound ? tr.Fmt("More than {} vacancies found", tr.Number(m.page.total))
                                                    : tr.N("{} vacancy found", "{} vacancies found", m.page.total);
    h.Element("p", {{"class", "result-count"}, {"role", "status"}}, count);
    VacancyList(h, f, m.page.items, m.filter.terms);
    Pagination(h, f, m.page_link_base, m.page.page, m.page.Pages());
}

}  // namespace

void CategoryLinks(Html& h, const Frame& f, const std::vector<d::CategoryCount>& counts, const std::string& current) {
    CategoryLinksImpl(h, f, counts, current);
}

std::string VacancyListPage(const Frame& f, const ListModel& m) {
    Tr tr(f.lang);
    Html h;
    std::string heading =
        m.filter.category.empty() ? tr("Vacancies") : tr.Fmt("Vacancies: {}", CategoryName(tr, m.filter.category));
    h.Element("h1", heading);
    h.Open("div", {{"class", "with-sidebar"}});
    h.Open("aside", {{"aria-label", tr("Filters")}});
    h.Open("details", {{"class", "filters-panel"}});
    h.Element("summary", tr("Filters"));
    Filters(h, f, m, L(f, "/vacancies"));
    h.Element("h2", tr("Categories"));
    CategoryLinksImpl(h, f, m.counts, m.filter.category);
    h.Close("details").Close("aside");
    h.Open("section", {{"aria-label", tr("Results")}});
    Results(h, f, m);
    if (m.page.items.empty()) {
        h.Element("p", tr("No vacancies match these filters. Try removing some of them."));
    }
    h.Close("section");
    h.Close("div");
    std::string description = heading + ". " +
                              tr.N("{} current vacancy, every one checked by a moderator.",
                                   "{} current vacancies, every one checked by a moderator.", m.page.total);
    return Layout(f, {heading, description, m.page.page > 1}, h.Take());
}

void VacancyDetailBody(Html& h, const Frame& f, const DetailModel& m) {
    Tr tr(f.lang);
    const auto& c = m.content;
    h.Open("article", {{"class", "vacancy"}});
    if (!c.photos.empty())
        h.Void("img", {{"class", "logo-big"},
                       {"src", m.media_prefix + c.photos.front() + "-thumb.webp"},
                       {"alt", tr.Fmt("Logo of {}", c.company)},
                       {"width", "96"}});
    h.Element("h1", c.position);
    h.Element("p", {{"class", "company"}}, c.company);
    h.Element("p", {{"class", "salary-big"}}, SalaryText(tr, c.salary_min, c.salary_max));
    h.Open("dl", {{"class", "facts-list"}});
    auto fact = [&](const char* label, const std::string& value) {
        if (value.empty()) return;
        h.Element("dt", tr(label)).Element("dd", value);
    };
    std::string where = OptionName(tr, d::Cities(), c.city);
    if (!c.address.empty()) where += ", " + c.address;
    fact(N_("City"), where);
    if (c.remote) fact(N_("Remote work"), tr("Possible"));
    std::string category = CategoryName(tr, c.category);
    if (const auto* cat = d::FindCategory(c.category))
        if (const auto* sub = d::FindOption(cat->subcategories, c.subcategory))
            category += " / " + std::string(tr(sub->name.data()));
    fact(N_("Category"), category);
    fact(N_("Employment type"), OptionName(tr, d::EmploymentTypes(), c.employment_type));
    fact(N_("Work schedule"), c.schedule);
    fact(N_("Experience"), OptionName(tr, d::ExperienceLevels(), c.experience));
    fact(N_("Education"), OptionName(tr, d::EducationLevels(), c.education));
    if (c.age_min || c.age_max) {
        std::string age = c.age_min && c.age_max ? std::to_string(*c.age_min) + "–" + std::to_string(*c.age_max)
                          : c.age_min            ? tr.Fmt("from {}", std::to_string(*c.age_min))
                                                 : tr.Fmt("up to {}", std::to_string(*c.age_max));
        fact(N_("Age"), age);
    }
    if (m.publication.published_at) fact(N_("Published"), tr.When(*m.publication.published_at, f.now));
    if (!c.closing_date.empty()) fact(N_("Closing date"), c.closing_date);
    fact(N_("Views"), tr.Number(m.publication.views));
    h.Close("dl");

    h.Element("h2", tr("Requirements"));
    h.Open("p", {{"class", "prose"}}).MultilineText(c.requirements).Close("p");
    h.Element("h2", tr("About the job"));
    h.Open("p", {{"class", "prose"}}).MultilineText(c.description).Close("p");

    ContactsSection(h, f, m.contacts);
    h.Close("article");
}

std::string VacancyDetail(const Frame& f, const DetailModel& m) {
    Html h;
    VacancyDetailBody(h, f, m);
    const auto& c = m.content;
    return Layout(f, {c.position + " — " + c.company, d::text::Excerpt(c.description, 150), false}, h.Take());
}

// ---- form

void VacancyFormFields(Html& h, const Tr& tr, const FormModel& m) {
    const auto& dr = m.draft;
    h.Open("fieldset").Element("legend", tr("The job"));
    Input(h, tr, m.errors,
          {"position", N_("Position"),
           N_("Up to three synonyms separated by \"/\"; a clarification in brackets is allowed."), true},
          dr.position, "text", "maxlength", "120");
    SelectField(h, tr, m.errors, {"category", N_("Category"), nullptr, true}, CategoryOptions(), dr.category);
    {
        std::string describedby;
        bool invalid = false;
        FieldStart(h, tr, m.errors,
                   {"subcategory", N_("Subcategory"), N_("Optional; it must belong to the chosen category.")},
                   describedby, invalid);
        h.Open("select", {{"id", "f-subcategory"},
                          {"name", "subcategory"},
                          {"aria-describedby", describedby, !describedby.empty()},
                          {"aria-invalid", "true", invalid}});
        h.Element("option", {{"value", ""}}, tr.Ctx("subcategory", "Not chosen"));
        for (const auto& c : d::Categories()) {
            if (c.subcategories.empty()) continue;
            h.Open("optgroup", {{"label", tr(c.name.data())}, {"data-category", c.code}});
            for (const auto& s : c.subcategories)
                h.Element("option", {{"value", s.code}, Flag("selected", s.code == dr.subcategory)}, tr(s.name.data()));
            h.Close("optgroup");
        }
        h.Close("select").Close("div");
    }
    Input(h, tr, m.errors, {"company", N_("Company"), N_("The official name of the employer."), true}, dr.company,
          "text", "maxlength", "120");
    SelectField(h, tr, m.errors, {"city", N_("City"), nullptr, true}, d::Cities(), dr.city);
    Input(h, tr, m.errors, {"address", N_("Address")}, dr.address, "text", "maxlength", "200");
    h.Open("div", {{"class", "field checkbox"}});
    h.Void("input",
           {{"id", "f-remote"}, {"type", "checkbox"}, {"name", "remote"}, {"value", "1"}, Flag("checked", dr.remote)});
    h.Element("label", {{"for", "f-remote"}}, tr("Remote work is possible"));
    h.Close("div");
    h.Close("fieldset");

    h.Open("fieldset").Element("legend", tr("Company logo"));
    CurrentPhotos(h, tr, dr.photos, m.photo_url_prefix);
    if (!m.moderator)
        PhotoInput(h, tr, m.errors, "logo", N_("Logo"), N_("Optional. JPEG, PNG or WebP, at most 10 MB."), false,
                   m.held_photos);
    h.Close("fieldset");

    h.Open("fieldset").Element("legend", tr("Salary and conditions"));
    h.Element("p", {{"class", "hint"}}, tr("Monthly salary in AZN. Leave both empty if it is negotiable."));
    h.Open("div", {{"class", "row"}});
    Input(h, tr, m.errors, {"salary_min", N_("Salary from, AZN")}, dr.salary_min, "text", "inputmode", "numeric");
    Input(h, tr, m.errors, {"salary_max", N_("Salary to, AZN")}, dr.salary_max, "text", "inputmode", "numeric");
    h.Close("div");
    Input(h, tr, m.errors, {"schedule", N_("Work schedule"), N_("For example: 09:00–18:00, five days a week.")},
          dr.schedule, "text", "maxlength", "100");
    SelectField(h, tr, m.errors, {"employment_type", N_("Employment type"), nullptr, true}, d::EmploymentTypes(),
                dr.employment_type);
    SelectField(h, tr, m.errors, {"experience", N_("Experience"), nullptr, true}, d::ExperienceLevels(), dr.experience);
    SelectField(h, tr, m.errors, {"education", N_("Education"), nullptr, true}, d::EducationLevels(), dr.education);
    h.Open("div", {{"class", "row"}});
    Input(h, tr, m.errors, {"age_min", N_("Age from")}, dr.age_min, "text", "inputmode", "numeric");
    Input(h, tr, m.errors, {"age_max", N_("Age to")}, dr.age_max, "text", "inputmode", "numeric");
    h.Close("div");
    Input(h, tr, m.errors, {"closing_date", N_("Closing date"), N_("Optional. Format: YYYY-MM-DD.")}, dr.closing_date,
          "date");
    h.Close("fieldset");

    h.Open("fieldset").Element("legend", tr("Description"));
    TextArea(h, tr, m.errors,
             {"requirements", N_("Requirements for candidates"), N_("Education, experience, skills, languages."), true},
             dr.requirements, 5000);
    TextArea(h, tr, m.errors,
             {"description", N_("About the job"), N_("Duties, schedule and working conditions."), true}, dr.description,
             10000);
    h.Close("fieldset");

    h.Open("fieldset").Element("legend", tr("Contacts"));
    h.Element("p", {{"class", "hint"}},
              tr("Give a phone number or an email address (or both). Contacts are shown only to visitors who ask for "
                 "them, never in lists."));
    Input(h, tr, m.errors, {"contact_person", N_("Contact person")}, dr.contact_person, "text", "maxlength", "100");
    Input(h, tr, m.errors, {"phone", N_("Phone")}, dr.phone, "tel", "autocomplete", "tel");
    Input(h, tr, m.errors, {"email", N_("Email")}, dr.email, "email", "autocomplete", "email");
    Input(h, tr, m.errors, {"apply_url", N_("Application link"), N_("Optional: a page where candidates can apply.")},
          dr.apply_url, "url");
    static const std::vector<d::Option> kPrivacy = {{"everyone", N_("Show the contacts to anyone who asks")},
                                                    {"signed_in", N_("Show the contacts to signed-in users only")}};
    RadioGroup(h, tr, m.errors, "privacy", N_("Who may see the contacts"), kPrivacy,
               dr.privacy.empty() ? "everyone" : dr.privacy);
    h.Close("fieldset");
}

std::string VacancyForm(const Frame& f, const FormModel& m) {
    Tr tr(f.lang);
    Html h;
    h.Element("h1", tr(m.title.c_str()));
    ErrorSummary(h, tr, m.errors);
    if (m.show_rules) {
        h.Open("details", {{"class", "rules"}, Flag("open", m.errors.empty())});
        h.Element("summary", tr("Form submission rules"));
        h.TrustedRaw(RulesList(tr));
        h.Close("details");
    }
    h.Open("form", {{"method", "post"},
                    {"action", m.action},
                    {"class", "stack"},
                    {"enctype", "multipart/form-data"},
                    {"novalidate", ""}});
    h.Void("input", {{"type", "hidden"}, {"name", "_csrf"}, {"value", m.csrf}});
    // Honeypot: people never see or fill it; robots that fill every field are ignored.
    h.Open("div", {{"class", "hp"}, {"aria-hidden", "true"}});
    h.Element("label", {{"for", "f-website"}}, "Website");
    h.Void("input",
           {{"id", "f-website"}, {"type", "text"}, {"name", "website"}, {"tabindex", "-1"}, {"autocomplete", "off"}});
    h.Close("div");
    VacancyFormFields(h, tr, m);
    if (m.show_owner_email) {
        h.Open("fieldset").Element("legend", tr("Managing your vacancy"));
        if (!m.account_email.empty())
            AccountEmailNote(h, tr, m.account_email);
        else
            Input(h, tr, m.errors,
                  {"owner_email", N_("Your email (not published)"),
                   N_("Optional. We send the private link for editing the vacancy here, and the moderation result.")},
                  m.draft.owner_email, "email", "autocomplete", "email");
        h.Close("fieldset");
    }
    h.Element(
        "p", {{"class", "hint"}},
        tr("Fields marked * are required. Every vacancy is checked by a moderator before it appears on the site."));
    h.Element("button", {{"type", "submit"}, {"class", "button button-primary"}}, tr(m.submit_label.c_str()));
    h.Close("form");
    return Layout(f, {tr(m.title.c_str()), "", true}, h.Take());
}

std::string SubmittedByBot(const Frame& f) {
    Tr tr(f.lang);
    Html h;
    h.Element("h1", tr("Thank you"));
    h.Element("p", tr("Your vacancy was received and will be checked by a moderator."));
    return Layout(f, {tr("Thank you"), "", true}, h.Take());
}

}  // namespace ejob::web::views
