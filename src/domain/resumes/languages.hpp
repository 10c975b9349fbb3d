#pragma once
// Languages a person speaks, as typed into the resume form ("İngilis dili", "английский", "English"): the common
// ones are recognised so that a resume's language lines read in the reader's language, not in a mix.
#include <optional>
#include <string_view>
#include <vector>

#include "domain/vacancies/catalog.hpp"

namespace ejob::domain {

// The recognised languages: code and English name (a msgid the web layer translates).
const std::vector<Option>& SpokenLanguages();
// The code of the language `typed` names in Azerbaijani, Russian or English (case, Azerbaijani letters and words
// like "dili" / "язык" / "language" do not matter); nullopt for anything else, which is then shown as typed.
std::optional<std::string_view> RecognizeLanguage(std::string_view typed);

}  // namespace ejob::domain
