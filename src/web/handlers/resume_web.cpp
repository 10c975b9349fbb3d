// The resume kind on the web: form parsing (with repeatable rows), adding/removing rows without JavaScript,
// contact lines, detail page, and the list page.
#include <algorithm>
#include <charconv>

#include "domain/text/text.hpp"
#include "domain/vacancies/catalog.hpp"
#include "domain/vacancies/validation.hpp"
#include "web/handlers/form_rows.hpp"
#include "web/handlers/forms.hpp"
#include "web/handlers/kinds.hpp"
#include "web/handlers/list_pages.hpp"
#include "web/handlers/list_query.hpp"
#include "web/router.hpp"

namespace ejob::web::handlers {
namespace d = ejob::domain;

namespace {

// "+994 50 123-45-67" → "+994501234567" for tel: links.
std::string TelHref(const std::string& phone) {
    std::string out = "tel:";
    for (char c : phone)
        if ((c >= '0' && c <= '9') || (c == '+' && out.size() == 4)) out += c;
    return out;
}

std::optional<int> SmallNumber(const std::string& s, int lo, int hi) {
    int n = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
    if (ec != std::errc() || p != s.data() + s.size() || n < lo || n > hi) return std::nullopt;
    return n;
}

}  // namespace

d::ResumeDraft KindWeb<d::ResumeKind>::Parse(const Ctx& ctx) {
    const auto& r = ctx.req;
    d::ResumeDraft d;
    d.first_name = r.FormOr("first_name");
    d.last_name = r.FormOr("last_name");
    d.patronymic = r.FormOr("patronymic");
    d.gender = r.FormOr("gender");
    d.birth_year = r.FormOr("birth_year");
    d.city = r.FormOr("city");
    d.desired_position = r.FormOr("desired_position");
    d.category = r.FormOr("category");
    d.min_salary = r.FormOr("min_salary");
    d.education_level = r.FormOr("education_level");
    d.experience = r.FormOr("experience");
    d.education = ReadRows<d::EducationEntry>(r, "education",
                                              {{"institution", &d::EducationEntry::institution},
                                               {"specialty", &d::EducationEntry::specialty},
                                               {"from_year", &d::EducationEntry::from_year},
                                               {"to_year", &d::EducationEntry::to_year}});
    d.jobs = ReadRows<d::ExperienceEntry>(r, "jobs",
                                          {{"employer", &d::ExperienceEntry::employer},
                                           {"position", &d::ExperienceEntry::position},
                                           {"from_year", &d::ExperienceEntry::from_year},
                                           {"to_year", &d::ExperienceEntry::to_year},
                                           {"duties", &d::ExperienceEntry::duties}});
    d.languages = ReadRows<d::LanguageSkill>(
        r, "languages", {{"language", &d::LanguageSkill::language}, {"level", &d::LanguageSkill::level}});
    d.skills = r.FormOr("skills");
    d.computer_skills = r.FormOr("computer_skills");
    d.about = r.FormOr("about");
    d.additional = r.FormOr("additional");
    d.phone = r.FormOr("phone");
    d.email = r.FormOr("email");
    d.privacy = r.FormOr("privacy");
    if (d.privacy.empty()) d.privacy = "everyone";
    d.owner_email = r.FormOr("owner_email");
    d.lang = std::string(Code(ctx.lang));
    return d;  // photos stay empty: the generic handler fills them
}

bool KindWeb<d::ResumeKind>::EditRows(const Ctx& ctx, d::ResumeDraft& d) {
    const std::string add = ctx.req.FormOr("add_row");
    if (add == "education") return AddRow(d.education);
    if (add == "jobs") return AddRow(d.jobs);
    if (add == "languages") return AddRow(d.languages);
    const std::string remove = ctx.req.FormOr("remove_row");
    const std::string_view rm(remove);
    auto dot = rm.find('.');
    if (dot == std::string_view::npos) return false;
    auto group = rm.substr(0, dot), index = rm.substr(dot + 1);
    if (group == "education") return RemoveRow(d.education, index);
    if (group == "jobs") return RemoveRow(d.jobs, index);
    if (group == "languages") return RemoveRow(d.languages, index);
    return false;
}

std::vector<views::ContactLine> KindWeb<d::ResumeKind>::Contacts(const Tr& tr, const d::ResumeContent& c) {
    std::vector<views::ContactLine> out;
    if (!c.phone.empty()) out.push_back({tr("Phone"), c.phone, TelHref(c.phone)});
    if (!c.email.empty()) out.push_back({tr("Email"), c.email, "mailto:" + c.email});
    return out;
}

std::string KindWeb<d::ResumeKind>::Detail(const views::Frame& f, const d::PublishedItem<d::ResumeContent>& item,
                                           views::ContactsModel contacts) {
    return views::ResumeDetail(f, {item.publication, item.content, std::move(contacts)});
}

// ---- /resumes

http::Response ResumeListHandler(Ctx& ctx) {
    const auto& r = ctx.req;
    views::ResumeListModel m;
    auto& f = m.filter;
    ReadListBasics(r, m);
    f.category = JobCategoryCode(r);
    f.city = OptionCode(r, "city", d::Cities());
    f.experience = OptionCode(r, "experience", d::ExperienceLevels());
    f.education_level = OptionCode(r, "education_level", d::ResumeEducationLevels());
    f.gender = OptionCode(r, "gender", views::Genders());
    m.max_salary_text = NumberText(r, "max_salary", 12);
    if (auto v = d::rules::ParseAzn(m.max_salary_text)) f.max_salary = v;
    m.age_min_text = NumberText(r, "age_min", 3);
    m.age_max_text = NumberText(r, "age_max", 3);
    f.age_min = SmallNumber(m.age_min_text, 0, 120);
    f.age_max = SmallNumber(m.age_max_text, 0, 120);

    m.page_link_base = ctx.L("/resumes") + PageLinkQuery()
                                               .Add("q", m.q)
                                               .Add("sort", ListOrderCode(f.order))
                                               .Add("category", f.category)
                                               .Add("city", f.city)
                                               .Add("experience", f.experience)
                                               .Add("education_level", f.education_level)
                                               .Add("gender", f.gender)
                                               .Add("max_salary", f.max_salary ? m.max_salary_text : "")
                                               .Add("age_min", f.age_min ? std::to_string(*f.age_min) : "")
                                               .Add("age_max", f.age_max ? std::to_string(*f.age_max) : "")
                                               .str();

    m.page = ctx.app.resume_listings.List(f, ctx.app.clock.Now());
    if (f.page > 1 && m.page.items.empty()) return NotFound(ctx, kPastTheLastPage);
    m.counts = ctx.app.resume_listings.CountByCategory();
    return HtmlResponse(views::ResumeListPage(MakeFrame(ctx), m));
}

}  // namespace ejob::web::handlers
