#pragma once
// Resume lists from memory (search/indexed_listings.hpp): the fields a resume is filtered, counted and ordered by.
#include "domain/resumes/resume.hpp"
#include "domain/search/indexed_listings.hpp"

namespace ejob::domain {

struct ResumeIndexTraits {
    using Port = ResumeListings;
    using Summary = ResumeSummary;
    using Filter = ResumeFilter;
    static constexpr const char* kKind = "resume";
    static search::ListingIndex MakeIndex();
    static search::IndexEntry Entry(const ResumeSummary& s, const std::string& search_text);
    static search::IndexQuery Query(const ResumeFilter& f, Millis now, const search::Synonyms& synonyms);
    static void Finish(ResumeSummary& s, Millis now);  // the age on the list's day
    template <typename IO>
    static void Fields(IO& io, ResumeSummary& s) {
        io.Num(s.id);
        io.Str(s.slug);
        io.Str(s.display_name);
        io.Str(s.desired_position);
        io.Str(s.category);
        io.Str(s.city);
        io.Str(s.experience);
        io.Str(s.education_level);
        io.Str(s.gender);
        io.OptNum(s.min_salary);
        io.OptNum(s.birth_year);
        io.Str(s.photo);
        io.Str(s.excerpt);
        io.Num(s.published_at);
    }
};
using IndexedResumes = search::IndexedListings<ResumeIndexTraits>;

}  // namespace ejob::domain
