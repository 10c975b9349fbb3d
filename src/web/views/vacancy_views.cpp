// Vacancy pages: the list with its filters, the card, the detail page and the form.
#include "web/views/vacancy_views.hpp"

#include "domain/common/msgid.hpp"
#include "domain/text/text.hpp"
#include "domain/vacancies/catalog.hpp"
#include "web/views/components/cards.hpp"
#include "web/views/components/catalog_text.hpp"
#include "web/views/components/category_links.hpp"
#include "web/views/components/detail_parts.hpp"
#include "web/views/components/filter_form.hpp"
#include "web/views/components/list_page.hpp"
#include "web/views/components/publication_form.hpp"

namespace ejob::web::views {
namespace d = ejob::domain;

std::string SalaryText(const Tr& tr, const std::optional<std::int64_t>& lo, const std::optional<std::int64_t>& hi) {
    if (lo && hi) return lo == hi ? tr.Money(*lo) : tr.Number(*lo / 100) + "–" + tr.Money(*hi);
    if (lo) return tr.MoneyFrom(*lo);
    if (hi) return tr.MoneyUpTo(*hi);
    return tr("Negotiable");
}

// ---- list

void VacancyList(Html& h, const Frame& f, const std::vector<d::VacancySummary>& items,
                 const std::vector<std::string>& terms) {
    Tr tr(f.lang);
    h.Open("ol", {{"class", "cards"}});
    for (const auto& v : items) {
        h.Open("li", {{"class", "card"}}).Open("article");
        if (!v.logo.empty()) CardImage(h, "card-logo", v.logo, "48");
        CardTitle(h, L(f, "/vacancies/" + std::to_string(v.id) + "-" + v.slug), v.position, terms);
        CardSubtitle(h, v.company, terms);
        std::vector<std::string> facts = {OptionName(tr, d::Cities(), v.city),
                                          OptionName(tr, d::EmploymentTypes(), v.employment_type)};
        if (v.remote) facts.push_back(tr("Remote possible"));
        CardFacts(h, f, tr, SalaryText(tr, v.salary_min, v.salary_max), facts, v.published_at);
        CardExcerpt(h, v.excerpt, terms);
        h.Close("article").Close("li");
    }
    h.Close("ol");
}

void VacancyCategoryLinks(Html& h, const Frame& f, const std::vector<d::CategoryCount>& counts,
                          const std::string& current) {
    Tr tr(f.lang);
    CategoryLinks(h, f, "/vacancies", CategoryOptions(), counts, current,
                  [&](std::int64_t n) { return tr.N("{} vacancy", "{} vacancies", n); });
}

std::string VacancyListPage(const Frame& f, const ListModel& m) {
    Tr tr(f.lang);
    ListPageParts p;
    p.heading =
        m.filter.category.empty() ? tr("Vacancies") : tr.Fmt("Vacancies: {}", CategoryName(tr, m.filter.category));
    p.path = "/vacancies";
    p.q = m.q;
    p.filters = [&](Html& h) {
        const auto* n = &m.page.options;
        SortSelect(h, tr, m.filter.order, !m.filter.terms.empty(), N_("Highest salary first"));
        FilterSelect(h, tr, "category", N_("Category"), CategoryOptions(), m.filter.category, N_("All categories"), n);
        // The chosen category's subcategories (choose the category first: this works without JavaScript).
        if (const auto* cat = d::FindCategory(m.filter.category); cat && !cat->subcategories.empty())
            FilterSelect(h, tr, "subcategory", N_("Subcategory"), cat->subcategories, m.filter.subcategory,
                         N_("All subcategories"), n);
        FilterSelect(h, tr, "city", N_("City"), d::Cities(), m.filter.city, N_("All cities"), n);
        FilterSelect(h, tr, "employment_type", N_("Employment type"), d::EmploymentTypes(), m.filter.employment_type,
                     N_("Any"), n);
        FilterSelect(h, tr, "experience", N_("Experience"), d::ExperienceLevels(), m.filter.experience, N_("Any"), n);
        FilterSelect(h, tr, "education", N_("Education"), d::EducationLevels(), m.filter.education, N_("Any"), n);
        NumberFilter(h, tr, "min_salary", N_("Salary at least, AZN"), m.min_salary_text, {.min = "0", .step = "50"});
        FilterCheckbox(h, tr, "with_salary", N_("Only with a salary"), m.filter.with_salary, n);
        static const std::vector<d::Option> kPosted = {
            {"1", N_("Last 24 hours")}, {"3", N_("Last 3 days")}, {"7", N_("Last 7 days")}, {"30", N_("Last 30 days")}};
        FilterSelect(h, tr, "posted", N_("Posted"), kPosted,
                     m.filter.posted_within_days ? std::to_string(m.filter.posted_within_days) : std::string(),
                     N_("Any time"), n);
    };
    p.show_label = N_("Show vacancies");
    p.categories = CategoryOptions();
    p.counts = m.counts;
    p.current_category = m.filter.category;
    p.count_label = [&](std::int64_t n) { return tr.N("{} vacancy", "{} vacancies", n); };
    p.result_count = tr.N("{} vacancy found", "{} vacancies found", m.page.total);
    p.cards = [&](Html& h) { VacancyList(h, f, m.page.items, m.filter.terms); };
    p.Paged(m.page, m.page_link_base);
    p.empty_message = N_("No vacancies match these filters. Try removing some of them.");
    Html h;
    ListPageBody(h, f, p);
    std::string description = p.heading + ". " +
                              tr.N("{} current vacancy, every one checked by a moderator.",
                                   "{} current vacancies, every one checked by a moderator.", m.page.total);
    return Layout(f, {p.heading, description, m.page.page > 1}, h.Take());
}

// ---- detail

void DetailBody(Html& h, const Frame& f, const DetailModel& m) {
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
    FactsList facts(h, tr);
    std::string where = OptionName(tr, d::Cities(), c.city);
    if (!c.address.empty()) where += ", " + c.address;
    facts.Add(N_("City"), where);
    if (c.remote) facts.Add(N_("Remote work"), tr("Possible"));
    std::string category = CategoryName(tr, c.category);
    if (const auto* cat = d::FindCategory(c.category))
        if (const auto* sub = d::FindOption(cat->subcategories, c.subcategory))
            category += " / " + std::string(tr(sub->name.data()));
    facts.Add(N_("Category"), category);
    facts.Add(N_("Employment type"), OptionName(tr, d::EmploymentTypes(), c.employment_type));
    facts.Add(N_("Work schedule"), c.schedule);
    facts.Add(N_("Experience"), OptionName(tr, d::ExperienceLevels(), c.experience));
    facts.Add(N_("Education"), OptionName(tr, d::EducationLevels(), c.education));
    if (c.age_min || c.age_max) {
        std::string age = c.age_min && c.age_max ? std::to_string(*c.age_min) + "–" + std::to_string(*c.age_max)
                          : c.age_min            ? tr.Fmt("from {}", std::to_string(*c.age_min))
                                                 : tr.Fmt("up to {}", std::to_string(*c.age_max));
        facts.Add(N_("Age"), age);
    }
    if (m.publication.published_at) facts.Add(N_("Published"), tr.When(*m.publication.published_at, f.now));
    if (!c.closing_date.empty()) facts.Add(N_("Closing date"), c.closing_date);
    facts.Add(N_("Views"), tr.Number(m.publication.views));
    facts.Close();

    ProseSection(h, tr, N_("Requirements"), c.requirements);
    ProseSection(h, tr, N_("About the job"), c.description);

    ContactsSection(h, f, m.contacts);
    h.Close("article");
}

std::string VacancyDetail(const Frame& f, const DetailModel& m) {
    Html h;
    DetailBody(h, f, m);
    const auto& c = m.content;
    return Layout(f, {c.position + " — " + c.company, d::text::Excerpt(c.description, 150), false}, h.Take());
}

// ---- form

void FormFields(Html& h, const Tr& tr, const FormModel& m) {
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
    static constexpr PublicationFormTexts kTexts = {
        "vacancy", N_("Managing your vacancy"),
        N_("Optional. We send the private link for editing the vacancy here, and the moderation result."),
        N_("Fields marked * are required. Every vacancy is checked by a moderator before it appears on the site."),
        false};  // no submit buttons among the fields
    return PublicationFormPage(f, m, m.draft.owner_email, kTexts, m.errors,
                               [&](Html& h, const Tr& tr) { FormFields(h, tr, m); });
}

}  // namespace ejob::web::views
