#include "seed/demo_resumes.hpp"

#include <algorithm>
#include <utility>

#include "domain/vacancies/catalog.hpp"
#include "seed/demo_data.hpp"

namespace ejob::seed {
namespace {

using domain::EducationEntry;
using domain::ExperienceEntry;
using domain::LanguageSkill;
using domain::ResumeDraft;

constexpr int kThisYear = 2026;
constexpr const char* kBands[] = {"none", "lt1", "1_3", "3_5", "gt5"};
constexpr int kBandMinYears[] = {0, 0, 2, 4, 6};

// What people look for (resume-profiles.txt). Job titles go from junior to senior.
struct Profile {
    std::string category, levels, schools, employers, english, where;
    int min_band = 0, salary_lo = 0, salary_hi = 0, women_pct = 50, born_from = 1970;
    Text position, field;
    std::vector<Text> titles, specialties, duties, skills, computer;
};

struct Institution {
    std::string kind, groups;  // kind: university | institute | college
    int founded = 1950;        // under this name; nobody studied there before
    Text name;
};

struct Additional {
    bool men_only = false;
    Text text;
    std::string ru_female;  // when the Russian text depends on the gender
};

struct Texts {
    std::vector<Institution> institutions;
    std::vector<std::pair<std::string, Text>> employers;  // sector, name with {w} (a word) and {n} (a number)
    std::vector<std::string> company_words;
    std::vector<Text> traits, goals, languages, years;
    std::vector<Additional> additional;
    Text basic_computer, first_job, first_job_student, about_a_year, more_years, school, master, phd;
};

const Texts& ResumeTexts() {
    static const Texts kTexts = [] {
        constexpr std::string_view kFile = "resume-texts.txt";
        Texts t;
        for (const Field& f : DemoSection(kFile, "institutions").fields)
            t.institutions.push_back({std::string(f.key), f.Parts()[0], f.Int(1), f.AsText(2)});
        const Section& employers = DemoSection(kFile, "employers");
        for (const Field* f : employers.All("employer")) t.employers.emplace_back(f->Parts()[0], f->AsText(1));
        for (const Field* f : employers.All("word")) t.company_words.emplace_back(f->value);
        const Section& about = DemoSection(kFile, "about");
        t.traits = about.Texts("trait");
        t.goals = about.Texts("goal");
        t.years = about.Texts("years");
        for (const Field& f : about.fields) {
            if (f.key != "additional" && f.key != "additional-men") continue;
            auto parts = f.Parts();
            t.additional.push_back({f.key == "additional-men", f.AsText(), parts.size() > 3 ? parts[3] : ""});
        }
        t.basic_computer = about.One("basic-computer").AsText();
        t.first_job = about.One("first-job").AsText();
        t.first_job_student = about.One("first-job-student").AsText();
        t.about_a_year = about.One("about-a-year").AsText();
        t.more_years = about.One("more-years").AsText();
        const Section& education = DemoSection(kFile, "education");
        t.school = education.One("school").AsText();
        t.master = education.One("master").AsText();
        t.phd = education.One("phd").AsText();
        t.languages = DemoSection(kFile, "languages").Texts("language");
        if (t.employers.empty() || t.company_words.empty() || t.traits.empty() || t.goals.empty() || t.years.empty() ||
            t.additional.empty() || t.languages.size() < 5)
            throw DataError("resume-texts.txt: a list is empty (or fewer than five languages)");
        return t;
    }();
    return kTexts;
}

const std::vector<Profile>& Profiles() {
    static const std::vector<Profile> kProfiles = [] {
        std::vector<Profile> out;
        for (const Section& s : DemoData("resume-profiles.txt")) {
            if (s.name != "profile") continue;
            Profile p;
            p.category = s.One("category").value;
            p.levels = s.One("education").value;
            p.schools = s.One("schools").value;
            p.employers = s.One("employers").value;
            p.english = s.Get("english");
            p.where = s.Get("where", "city");
            const Field& band = s.One("experience-from");
            p.min_band = static_cast<int>(std::find(std::begin(kBands), std::end(kBands), band.value) - kBands);
            if (p.min_band >= 5) band.Fail("expected none, lt1, 1_3, 3_5 or gt5");
            p.salary_lo = s.One("salary").Int(0, 0);
            p.salary_hi = s.One("salary").Int(0, 1);
            if (const Field* f = s.Find("women")) p.women_pct = f->Int();
            if (const Field* f = s.Find("born-from")) p.born_from = f->Int();
            p.position = s.One("position").AsText();
            p.field = s.One("field").AsText();
            p.titles = s.Texts("title");
            p.specialties = s.Texts("specialty");
            p.duties = s.Texts("duty");
            p.skills = s.Texts("skill");
            p.computer = s.Texts("computer");
            if (p.titles.empty() || p.specialties.empty() || p.duties.size() < 3 || p.skills.size() < 2)
                throw DataError("resume-profiles.txt:" + std::to_string(s.line) +
                                ": a profile needs titles, specialties, three duties and two skills");
            out.push_back(std::move(p));
        }
        return out;
    }();
    return kProfiles;
}

std::vector<std::string> In(const std::vector<Text>& texts, Lang lang) {
    std::vector<std::string> out;
    for (const auto& t : texts) out.push_back(t.In(lang));
    return out;
}

// An institution of the kind and one of the groups that existed (under its present name) in `year`.
const Institution& PickInstitution(std::string_view kind, std::string_view groups, int year, Rng& rng) {
    const auto& all = ResumeTexts().institutions;
    std::vector<const Institution*> pool;
    for (const auto& g : Split(groups, ' '))
        for (const auto& i : all)
            if (i.kind == kind && i.founded <= year && HasWord(i.groups, g)) pool.push_back(&i);
    for (std::string_view fallback : {"general", ""})
        for (const auto& i : all)
            if (pool.empty() && i.kind == kind && i.founded <= year &&
                (fallback.empty() || HasWord(i.groups, fallback)))
                pool.push_back(&i);
    if (pool.empty()) throw DataError("resume-texts.txt: no " + std::string(kind) + " for " + std::to_string(year));
    return *rng.Pick(pool);
}

std::string EmployerName(const Profile& p, Lang lang, Rng& rng) {
    const Texts& t = ResumeTexts();
    const std::string sector = rng.Pick(Split(p.employers, ' '));
    std::vector<const Text*> pool;
    for (const auto& [s, name] : t.employers)
        if (s == sector) pool.push_back(&name);
    if (pool.empty()) throw DataError("resume-texts.txt: no employer of sector " + sector);
    const Text& name = *rng.Pick(pool);
    return Fill(name.In(lang), {{"{w}", rng.Pick(t.company_words)}, {"{n}", std::to_string(rng.Between(1, 290))}});
}

struct Person {
    std::string first, last, patronymic;  // as written in the resume's language
    std::string first_en, last_en;        // for the email address
    bool russian = false;
};

Person MakePerson(bool woman, bool russian, Lang lang, Rng& rng) {
    const People& people = DemoPeople();
    Person p;
    p.russian = russian;
    Lang script = lang == kRu ? kRu : kEn;  // Russian names are spelled in Latin letters outside Russian resumes
    if (russian) {
        const Text& first = rng.Pick(woman ? people.russian_women : people.russian_men);
        const Text& last = rng.Pick(people.russian_surnames);
        const auto& pat = rng.Pick(people.russian_patronymics);
        p.first = first.In(script);
        p.last = last.In(script) + (woman ? (lang == kRu ? "а" : "a") : "");
        if (lang == kRu ? rng.Percent(75) : rng.Percent(25)) p.patronymic = pat[(lang == kRu ? 0 : 2) + woman];
        p.first_en = first.In(kEn);
        p.last_en = last.In(kEn) + (woman ? "a" : "");
        return p;
    }
    const Text& first = rng.Pick(woman ? people.women : people.men);
    const Surname& last = rng.Pick(people.surnames);
    const Text& father = rng.Percent(60) ? rng.Pick(people.fathers) : rng.Pick(people.men);
    p.first = first.In(lang);
    p.last = SurnameIn(last, woman, lang);
    if (rng.Percent(lang == kAz ? 85 : lang == kRu ? 70 : 25)) {
        static const char* const kChildOf[][2] = {{" oğlu", " qızı"}, {" оглы", " кызы"}, {" oglu", " qizi"}};
        p.patronymic = father.In(lang) + kChildOf[lang][woman];
    }
    p.first_en = first.In(kEn);
    p.last_en = SurnameIn(last, woman, kEn);
    return p;
}

std::string PickLevel(std::string_view levels, Rng& rng) {
    return rng.Pick(Split(levels, ' '));
}

std::vector<LanguageSkill> MakeLanguages(const Profile& p, const Person& person, Lang lang, Rng& rng) {
    const auto& names = ResumeTexts().languages;  // Azerbaijani, Russian, English, Turkish, then rarer ones
    std::vector<LanguageSkill> out;
    auto add = [&](std::size_t id, std::string level) { out.push_back({names[id].In(lang), std::move(level)}); };
    if (person.russian) {
        add(1, "native");
        if (rng.Percent(55)) add(0, PickLevel("A2 B1 B1 B2", rng));
    } else {
        add(0, "native");
        if (lang == kRu)
            add(1, PickLevel("C1 C2 C2 native", rng));
        else if (rng.Percent(75))
            add(1, PickLevel("A2 B1 B2 B2 C1 C1 C2", rng));
    }
    std::string english;
    if (!p.english.empty())
        english = PickLevel(p.english, rng);
    else if (lang == kEn)
        english = PickLevel("B2 C1 C1 C2", rng);
    else if (rng.Percent(60))
        english = PickLevel("A2 B1 B1 B2 C1", rng);
    if (!english.empty()) add(2, english);
    if (!person.russian && rng.Percent(30)) add(3, PickLevel("B1 B2 C1", rng));
    if (rng.Percent(7)) add(4 + rng.Below(names.size() - 4), PickLevel("A1 A2 B1", rng));
    return out;
}

// The experience sentence of "about". n = years of experience (for the 1_3 … gt5 bands).
std::string ExperienceSentence(int band, bool student, int n, const Text& field, Lang lang, Rng& rng) {
    const Texts& t = ResumeTexts();
    const Text& pattern = band == 0                      ? (student ? t.first_job_student : t.first_job)
                          : band == 1                    ? t.about_a_year
                          : band == 4 && rng.Percent(50) ? t.more_years
                                                         : rng.Pick(t.years);
    return Fill(pattern.In(lang), {{"{field}", field.In(lang)}, {"{n}", std::to_string(n)}, {"{years}", YearsRu(n)}});
}

// Years until the first job: from birth to the end of the education that the level implies.
int CareerOffset(std::string_view level, bool medical) {
    if (level == "degree" || level == "higher") return medical ? 23 : 21;
    if (level == "incomplete_higher" || level == "technical_secondary" || level == "specialised_secondary") return 19;
    return 17;  // secondary
}

// Mostly people aged 25–40, fewer older ones.
int PickBirthYear(int lo, int hi, Rng& rng) {
    int r = static_cast<int>(rng.Below(100));
    int a = lo, b = hi;
    if (r < 60)
        a = std::max(lo, 1988);
    else if (r < 88)
        a = std::max(lo, 1978), b = std::min(hi, 1992);
    if (a > b) a = lo, b = hi;
    return rng.Between(a, b);
}

EducationEntry Entry(const Institution& institution, std::string specialty, int from, int to, Lang lang) {
    return {institution.name.In(lang), std::move(specialty), std::to_string(from), to > 0 ? std::to_string(to) : ""};
}

// Education entries (most recent first) that fit the level and the birth year; returns when work could start.
int AddEducation(ResumeDraft& d, const Profile& p, int birth, bool medical, bool& student, Lang lang, Rng& rng) {
    const Texts& t = ResumeTexts();
    const std::string& level = d.education_level;
    std::string specialty = rng.Pick(p.specialties).In(lang);
    auto of = [&](const Text& pattern) { return Fill(pattern.In(lang), {{"{s}", specialty}}); };
    if (level == "higher" || level == "degree") {
        int from = birth + 17 + (rng.Percent(30) ? 1 : 0);
        int to = from + (medical ? 6 : 4);
        const Institution& uni = PickInstitution("university", p.schools, from, rng);
        if (level == "degree") {
            int phd_from = to + 2 + static_cast<int>(rng.Below(2));
            int phd_to = std::min(kThisYear, phd_from + 3 + static_cast<int>(rng.Below(2)));
            const Institution& phd =
                PickInstitution(rng.Percent(50) ? "institute" : "university", p.schools, phd_from, rng);
            d.education.push_back(Entry(phd, of(t.phd), phd_from, phd_to, lang));
        } else if (!medical && to + 2 <= kThisYear && rng.Percent(30)) {
            const Institution& master = rng.Percent(60) ? uni : PickInstitution("university", p.schools, to, rng);
            d.education.push_back(Entry(master, of(t.master), to, to + 2, lang));
        }
        d.education.push_back(Entry(uni, specialty, from, to, lang));
        return to;
    }
    if (level == "incomplete_higher") {
        int from = birth + 17 + (rng.Percent(30) ? 1 : 0);
        const Institution& uni = PickInstitution("university", p.schools, from, rng);
        if (from + 4 > kThisYear) {  // still studying
            student = true;
            d.education.push_back(Entry(uni, specialty, from, 0, lang));
            return std::min(kThisYear - 1, from + 2);
        }
        int to = from + 2 + static_cast<int>(rng.Below(2));  // left after two or three years
        d.education.push_back(Entry(uni, specialty, from, to, lang));
        return to;
    }
    if (level == "technical_secondary" || level == "specialised_secondary") {
        int from = birth + 15 + (rng.Percent(40) ? 2 : 0);
        int to = std::min(kThisYear, from + 3 + static_cast<int>(rng.Below(2)));
        d.education.push_back(Entry(PickInstitution("college", p.schools, from, rng), specialty, from, to, lang));
        return to;
    }
    return birth + 17;
}

// 1–3 jobs, most recent first, that fill `years` (or the last year for band lt1) with growing titles.
void AddJobs(ResumeDraft& d, const Profile& p, int band, int years, Lang lang, Rng& rng) {
    auto titles = In(p.titles, lang);
    auto duties = In(p.duties, lang);
    bool current = rng.Percent(60);
    int start = 0, end = kThisYear, k = 1;
    if (band == 1) {
        start = rng.Percent(60) ? kThisYear - 1 : kThisYear;
    } else {
        start = kThisYear - years;
        k = band == 2   ? 1 + static_cast<int>(rng.Below(2))
            : band == 3 ? (rng.Percent(15) ? 3 : 1 + static_cast<int>(rng.Below(2)))
                        : (rng.Percent(15) ? 1 : 2 + static_cast<int>(rng.Below(2)));
        if (!current && rng.Percent(40)) end = kThisYear - 1;
    }
    // k - 1 distinct change-over years strictly between start and end.
    std::vector<int> cuts;
    for (int y = start + 1; y < end; ++y) cuts.push_back(y);
    for (std::size_t i = cuts.size(); i > 1; --i) std::swap(cuts[i - 1], cuts[rng.Below(i)]);
    cuts.resize(std::min<std::size_t>(cuts.size(), static_cast<std::size_t>(k - 1)));
    std::sort(cuts.begin(), cuts.end());
    std::vector<int> bounds{start};
    bounds.insert(bounds.end(), cuts.begin(), cuts.end());
    bounds.push_back(end);
    int jobs = static_cast<int>(bounds.size()) - 1;
    int top = std::min(static_cast<int>(titles.size()) - 1, band <= 1 ? 0 : band <= 3 ? 1 : 2);
    for (int i = jobs - 1; i >= 0; --i) {
        ExperienceEntry e;
        e.employer = EmployerName(p, lang, rng);
        e.position = titles[std::max(0, top - (jobs - 1 - i))];
        e.from_year = std::to_string(bounds[i]);
        e.to_year = i == jobs - 1 && current ? "" : std::to_string(bounds[i + 1]);
        e.duties = RenderList(Choose(duties, 2 + rng.Below(2), rng), static_cast<ListStyle>(rng.Below(3)));
        d.jobs.push_back(std::move(e));
    }
}

ResumeDraft MakeDraft(const Profile& p, Rng& rng) {
    const Texts& t = ResumeTexts();
    ResumeDraft d;
    bool russian = rng.Percent(8);
    int lr = static_cast<int>(rng.Below(100));
    Lang lang = russian ? (lr < 80 ? kRu : kEn) : (lr < 76 ? kAz : lr < 91 ? kRu : kEn);
    d.lang = kLangCodes[lang];

    bool woman = rng.Percent(p.women_pct);
    Person person = MakePerson(woman, russian, lang, rng);
    d.first_name = person.first;
    d.last_name = person.last;
    d.patronymic = person.patronymic;
    if (rng.Percent(94)) d.gender = woman ? "female" : "male";
    d.category = p.category;
    d.desired_position = p.position.In(lang);

    // Education level, birth year and the education entries, so that every year fits.
    d.education_level = PickLevel(p.levels, rng);
    const std::string& level = d.education_level;
    bool medical = p.schools == "med" && level != "specialised_secondary";
    int max_year = std::min(2005, kThisYear - CareerOffset(level, medical) - 1 - kBandMinYears[p.min_band]);
    if (level == "degree") max_year = std::min(max_year, 1994);
    int birth = PickBirthYear(std::min(p.born_from, max_year), max_year, rng);
    d.birth_year = std::to_string(birth);
    bool student = false;
    int career_start = AddEducation(d, p, birth, medical, student, lang, rng);

    // City; the school is in the home town.
    const Place& place = PickPlace(p.where, rng);
    d.city = place.code;
    if (level == "secondary" || (d.education.size() == 1 && rng.Percent(20))) {
        int school_to = level == "secondary" ? birth + 17 : std::stoi(d.education.back().from_year);
        int number = rng.Between(1, place.code == "baku" ? 290 : 30);
        d.education.push_back(
            {Fill(t.school.In(lang), {{"{town}", place.name.In(lang)}, {"{n}", std::to_string(number)}}), "",
             std::to_string(birth + 6), std::to_string(school_to)});
    }

    // Experience band and jobs. Weights by band (none, lt1, 1_3, 3_5, gt5): people with a long working life mostly
    // have a long experience.
    int available = kThisYear - career_start;
    static const int kWeights[][5] = {{30, 30, 25, 10, 5}, {8, 12, 30, 30, 20}, {2, 3, 8, 12, 75}};
    const int* weights = available >= 12 ? kWeights[2] : available >= 6 ? kWeights[1] : kWeights[0];
    std::vector<int> bands;
    for (int b = 0; b < 5; ++b) {
        if (kBandMinYears[b] > available || (student && b > 1)) continue;
        bands.insert(bands.end(), b < p.min_band ? 1 : weights[b], b);
    }
    int band = bands.empty() ? 0 : rng.Pick(bands);
    d.experience = kBands[band];
    int years = 0;
    if (band >= 2) {
        int lo = band == 2 ? 2 : band == 3 ? 4 : std::max(6, available / 2);  // gt5: most of the working life
        int hi = band == 2 ? 3 : band == 3 ? 5 : std::min(available, 30);
        years = rng.Between(lo, std::max(lo, hi));
    }
    if (band > 0) AddJobs(d, p, band, years, lang, rng);

    // Desired salary: grows with experience; sometimes left open.
    if (rng.Percent(80)) {
        int span = p.salary_hi - p.salary_lo;
        int base = p.salary_lo + span * band / 5 + static_cast<int>(rng.Below(static_cast<std::size_t>(span / 4 + 1)));
        int step = base >= 1000 ? 100 : 50;
        d.min_salary = std::to_string(std::max(100, base / step * step));
    }

    d.languages = MakeLanguages(p, person, lang, rng);
    d.skills = Join(Choose(In(p.skills, lang), 2 + rng.Below(3), rng), ", ");
    if (p.computer.empty()) {
        if (rng.Percent(50)) d.computer_skills = t.basic_computer.In(lang);
    } else {
        d.computer_skills = Join(Choose(In(p.computer, lang), 2 + rng.Below(3), rng), ", ");
    }

    // About: experience, a trait and sometimes what the person is looking for.
    d.about = ExperienceSentence(band, student, years, p.field, lang, rng) + " " + rng.Pick(t.traits).In(lang);
    if (rng.Percent(55)) d.about += " " + rng.Pick(t.goals).In(lang);
    if (rng.Percent(40)) {
        std::vector<std::string> extra;
        std::size_t first = rng.Below(t.additional.size()), want = 1 + rng.Below(2);
        for (std::size_t i = 0; i < t.additional.size() && extra.size() < want; ++i) {
            const Additional& a = t.additional[(first + i) % t.additional.size()];
            if (a.men_only && woman) continue;
            extra.push_back(lang == kRu && woman && !a.ru_female.empty() ? a.ru_female : a.text.In(lang));
        }
        d.additional = Join(extra, " ");
    }

    // Contacts and privacy.
    int cr = static_cast<int>(rng.Below(100));
    if (cr < 92) d.phone = DemoPhone(false, rng);
    if (cr >= 25) d.email = DemoEmail(person.first_en, person.last_en, birth, rng);
    int pr = static_cast<int>(rng.Below(100));
    d.privacy = pr < 70 ? "everyone" : pr < 90 ? "signed_in" : "anonymous";
    return d;
}

}  // namespace

std::vector<domain::ResumeDraft> DemoResumes(std::size_t count, std::uint64_t seed) {
    Rng rng(seed);
    auto out = MakeCoveringCategories(count, rng, domain::Categories(), Profiles(),
                                      [&](const Profile& p) { return MakeDraft(p, rng); });
    // The first resumes, one per category, show their contacts to everyone, so that even a small demo site has
    // contacts to reveal.
    for (std::size_t i = 0; i < std::min(out.size(), domain::Categories().size()); ++i) out[i].privacy = "everyone";
    return out;
}

}  // namespace ejob::seed
