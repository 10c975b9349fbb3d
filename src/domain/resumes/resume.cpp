#include "domain/resumes/resume.hpp"

#include "domain/common/msgid.hpp"
#include "domain/text/text.hpp"

namespace ejob::domain {

namespace {
std::string Azn(const std::optional<std::int64_t>& q) {
    if (!q) return std::string();
    std::string s = std::to_string(*q / 100);
    if (std::int64_t cents = *q % 100) {
        s += cents < 10 ? ".0" : ".";
        s += std::to_string(cents);
    }
    return s;
}

void Append(std::string& out, const std::string& piece) {
    if (piece.empty()) return;
    if (!out.empty()) out += '\n';
    out += piece;
}
}  // namespace

ResumeDraft ToDraft(const ResumeContent& c) {
    ResumeDraft d;
    d.first_name = c.first_name;
    d.last_name = c.last_name;
    d.patronymic = c.patronymic;
    d.gender = c.gender;
    d.birth_year = c.birth_year ? std::to_string(*c.birth_year) : "";
    d.city = c.city;
    d.desired_position = c.desired_position;
    d.category = c.category;
    d.min_salary = Azn(c.min_salary);
    d.education_level = c.education_level;
    d.experience = c.experience;
    d.education = c.education;
    d.jobs = c.jobs;
    d.languages = c.languages;
    d.skills = c.skills;
    d.computer_skills = c.computer_skills;
    d.about = c.about;
    d.additional = c.additional;
    d.phone = c.phone;
    d.email = c.email;
    d.privacy = std::string(ToString(c.privacy));
    d.photos = c.photos;
    return d;
}

std::string SearchText(const ResumeContent& c) {
    // Never the contacts; the name only when the owner lets it be shown.
    std::string s = c.desired_position;
    if (c.privacy != ContactVisibility::Anonymous) {
        Append(s, c.first_name);
        Append(s, c.last_name);
    }
    Append(s, c.skills);
    Append(s, c.computer_skills);
    Append(s, c.about);
    Append(s, c.additional);
    for (const auto& j : c.jobs) {
        Append(s, j.position);
        Append(s, j.employer);
        Append(s, j.duties);
    }
    for (const auto& e : c.education) {
        Append(s, e.specialty);
        Append(s, e.institution);
    }
    for (const auto& l : c.languages) Append(s, l.language);
    return text::Fold(s);
}

std::string ResumeKind::Subtitle(const ResumeContent& c) {
    if (c.privacy == ContactVisibility::Anonymous) return Initials(c.first_name, c.last_name);
    if (c.last_name.empty()) return c.first_name;
    if (c.first_name.empty()) return c.last_name;
    return c.first_name + " " + c.last_name;
}

ScreenedText ResumeKind::Screened(const ResumeContent& c) {
    ScreenedText t;
    t.title = c.desired_position;
    t.texts = {c.about, c.additional, c.skills, c.computer_skills};
    for (const auto& job : c.jobs) t.texts.push_back(job.duties);
    return t;
}

AuditedFields ResumeKind::Audited(const ResumeContent& c) {
    std::string education, jobs, languages;
    for (const auto& e : c.education) {
        if (!education.empty()) education += "; ";
        education += e.institution + ", " + e.specialty + ", " + e.from_year + "–" + e.to_year;
    }
    for (const auto& j : c.jobs) {
        if (!jobs.empty()) jobs += "; ";
        jobs += j.employer + ", " + j.position + ", " + j.from_year + "–" + j.to_year + ": " + j.duties;
    }
    for (const auto& l : c.languages) {
        if (!languages.empty()) languages += "; ";
        languages += l.language + " " + l.level;
    }
    return {{N_("City"), c.city},
            {N_("Desired position"), c.desired_position},
            {N_("Category"), c.category},
            {N_("Desired salary, AZN"), audit::Azn(c.min_salary)},
            {N_("Experience"), c.experience},
            {N_("Education level"), c.education_level},
            {N_("Education"), education},
            {N_("Work experience"), jobs},
            {N_("Languages"), languages},
            {N_("Skills"), c.skills},
            {N_("Computer skills"), c.computer_skills},
            {N_("About me"), c.about},
            {N_("Additional information"), c.additional},
            {N_("Who may see the contacts"), std::string(ToString(c.privacy))},
            {N_("Photos"), audit::Count(c.photos)}};
}

}  // namespace ejob::domain
