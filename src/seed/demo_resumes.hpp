#pragma once
// Demo content: believable resume (CV) drafts for development databases, screenshots and load tests.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "domain/resumes/resume.hpp"

namespace ejob::seed {

// Returns `count` resume drafts that pass domain::ResumeKind::Validate (with any "today" in 2026). The people are
// fictional: mostly Azerbaijani names (with patronymics such as "Rauf qızı"), some Russian ones, the gender matching
// the name, born 1970–2005; about 85% live in Baku. Desired position, category (a vacancy category code), education
// entries (real universities and colleges), 0–3 jobs at fictional employers consistent with the experience band,
// languages, skills and a short "about" fit together. About 70% are written in Azerbaijani, 20% in Russian and 10% in
// English (draft.lang says which, and the names are spelled for that language). Privacy is about 70% "everyone",
// 20% "signed_in", 10% "anonymous". Phones are random Azerbaijani numbers; emails use the reserved example.com/.org/
// .net domains. photos and owner_email are left empty.
// The result depends only on (count, seed), and a longer list starts with the shorter one for the same seed.
// The first drafts, one per category, are "everyone", so a small demo site has contacts to show.
// When count >= the number of categories, every vacancy category appears at least once.
std::vector<ejob::domain::ResumeDraft> DemoResumes(std::size_t count, std::uint64_t seed);

}  // namespace ejob::seed
