#include "domain/resumes/resume_index.hpp"

namespace ejob::domain {

namespace {
enum Field : size_t { kCategory, kCity, kExperience, kEducation, kGender };
enum Number : size_t { kSalary, kBirthYear };
int YearOf(Millis at) {
    return std::stoi(BakuDate(at).substr(0, 4));
}
}  // namespace

search::ListingIndex ResumeIndexTraits::MakeIndex() {
    return search::ListingIndex({"category", "city", "experience", "education_level", "gender"},
                                {"salary", "birth_year"}, {kSalary});
}

search::IndexEntry ResumeIndexTraits::Entry(const ResumeSummary& s, const std::string& search_text) {
    search::IndexEntry e;
    e.id = s.id;
    e.published_at = s.published_at;
    e.facets = {s.category, s.city, s.experience, s.education_level, s.gender};
    e.numbers = {s.min_salary.value_or(search::kNoNumber),
                 s.birth_year ? std::int64_t{*s.birth_year} : search::kNoNumber};
    e.title = s.desired_position;
    e.text = search_text;
    return e;
}

search::IndexQuery ResumeIndexTraits::Query(const ResumeFilter& f, Millis now, const search::Synonyms& synonyms) {
    search::IndexQuery q;
    q.text = synonyms.Understand(f.terms);
    q.equal = {f.category, f.city, f.experience, f.education_level, f.gender};
    // A resume without a desired salary fits any budget.
    if (f.max_salary) q.ranges.push_back({.field = kSalary, .max = f.max_salary, .keep_missing = true});
    // Ages become birth-year bounds (age = this year - birth year); resumes without a birth year drop out.
    const int year = YearOf(now);
    if (f.age_min) q.ranges.push_back({.field = kBirthYear, .max = std::int64_t{year - *f.age_min}});
    if (f.age_max) q.ranges.push_back({.field = kBirthYear, .min = std::int64_t{year - *f.age_max}});
    search::ListPart(q, f, kSalary);
    return q;
}

void ResumeIndexTraits::Finish(ResumeSummary& s, Millis now) {
    if (s.birth_year) s.age = YearOf(now) - *s.birth_year;
}

}  // namespace ejob::domain
