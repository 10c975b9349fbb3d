#include "domain/cv_maker/cv_maker.hpp"

namespace ejob::domain::cv {

std::optional<StoredDraft> DraftService::Open(std::string_view token) {
    if (token.empty()) return std::nullopt;
    return store_.Find(tokens_.Hash(token), clock_.Now());
}

Result<DraftService::Saved> DraftService::Save(std::string_view token, const std::optional<StoredDraft>& current,
                                               const Draft& typed, const PhotoChange& photo) {
    auto checked = CheckDraft(typed);
    if (!checked) return checked.error();
    const Millis now = clock_.Now();
    Saved out;
    out.token = current ? std::string(token) : tokens_.NewToken();
    out.stored.draft = std::move(*checked);
    out.stored.created_at = current ? current->created_at : now;
    out.stored.updated_at = now;
    out.stored.expires_at = current ? current->expires_at : DraftExpiry(now);
    switch (photo.kind) {
        case PhotoChange::Kind::Keep:
            if (current) out.stored.photo_jpeg = current->photo_jpeg;
            break;
        case PhotoChange::Kind::Remove:
            break;
        case PhotoChange::Kind::Replace:
            out.stored.photo_jpeg = photo.jpeg;
            break;
    }
    store_.Put(tokens_.Hash(out.token), out.stored);
    return out;
}

ResumeDraft ToResumeDraft(const Draft& d) {
    auto year = [](const std::string& date) { return date.substr(0, 4); };
    ResumeDraft r;
    r.first_name = d.first_name;
    r.last_name = d.last_name;
    r.desired_position = d.title;
    r.min_salary = d.desired_salary;
    if (d.birth_date.size() >= 4) r.birth_year = year(d.birth_date);
    r.phone = d.phone;
    r.email = d.email;
    for (const auto& j : d.jobs) r.jobs.push_back({j.employer, j.position, year(j.start), year(j.end), j.duties});
    for (const auto& s : d.education) {
        std::string specialty = s.area;
        if (!s.degree.empty()) specialty = specialty.empty() ? s.degree : s.degree + ", " + specialty;
        r.education.push_back({s.institution, specialty, year(s.start), year(s.end)});
    }
    for (const auto& l : d.languages) r.languages.push_back({l.language, l.level});
    r.skills = d.skills;
    r.about = d.summary;
    for (const auto& c : d.courses) {
        std::string line = c.name;
        if (!c.issuer.empty()) line += " — " + c.issuer;
        if (!c.date.empty()) line += ", " + year(c.date);
        r.additional += (r.additional.empty() ? "" : "\n") + line;
    }
    r.lang = d.pdf_lang;
    return r;
}

bool DraftService::Delete(std::string_view token) {
    if (token.empty()) return false;
    return store_.Remove(tokens_.Hash(token));
}

}  // namespace ejob::domain::cv
