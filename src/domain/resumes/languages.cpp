#include "domain/resumes/languages.hpp"

#include <string>

#include "domain/common/msgid.hpp"
#include "domain/text/text.hpp"

namespace ejob::domain {
namespace {

struct Known {
    Option option;
    std::vector<std::string_view> names;  // how people write it, in az, ru and en
};

const std::vector<Known>& Table() {
    static const std::vector<Known> k = {
        {{"az", N_("Azerbaijani")}, {"azərbaycan", "azəri", "азербайджанский", "azerbaijani", "azeri"}},
        {{"ru", N_("Russian")}, {"rus", "русский", "russian"}},
        {{"en", N_("English")}, {"ingilis", "английский", "english"}},
        {{"tr", N_("Turkish")}, {"türk", "türkiyə türkcəsi", "türkcə", "турецкий", "turkish"}},
        {{"de", N_("German")}, {"alman", "немецкий", "german"}},
        {{"fr", N_("French")}, {"fransız", "французский", "french"}},
        {{"ar", N_("Arabic")}, {"ərəb", "арабский", "arabic"}},
        {{"fa", N_("Persian")}, {"fars", "персидский", "фарси", "persian", "farsi"}},
        {{"zh", N_("Chinese")}, {"çin", "китайский", "chinese"}},
        {{"ka", N_("Georgian")}, {"gürcü", "грузинский", "georgian"}},
        {{"uk", N_("Ukrainian")}, {"ukrayna", "украинский", "ukrainian"}},
        {{"es", N_("Spanish")}, {"ispan", "испанский", "spanish"}},
        {{"it", N_("Italian")}, {"italyan", "итальянский", "italian"}},
        {{"ja", N_("Japanese")}, {"yapon", "японский", "japanese"}},
        {{"ko", N_("Korean")}, {"koreya", "koreys", "корейский", "korean"}},
    };
    return k;
}

// "İngilis dili" → "ingilis", "Английский язык" → "английскии" (folded), "English language" → "english".
std::string Core(std::string_view typed) {
    std::string s = text::Fold(text::Trim(typed));
    for (std::string_view word : {" dili", " язык", " language"}) {
        std::string w = text::Fold(word);
        if (s.size() > w.size() && s.compare(s.size() - w.size(), w.size(), w) == 0) s.resize(s.size() - w.size());
    }
    return std::string(text::Trim(s));
}

}  // namespace

const std::vector<Option>& SpokenLanguages() {
    static const std::vector<Option> k = [] {
        std::vector<Option> out;
        for (const auto& l : Table()) out.push_back(l.option);
        return out;
    }();
    return k;
}

std::optional<std::string_view> RecognizeLanguage(std::string_view typed) {
    const std::string core = Core(typed);
    if (core.empty()) return std::nullopt;
    for (const auto& l : Table())
        for (std::string_view name : l.names)
            if (Core(name) == core) return l.option.code;
    return std::nullopt;
}

}  // namespace ejob::domain
