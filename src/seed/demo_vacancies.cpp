#include "seed/demo_vacancies.hpp"

#include <algorithm>
#include <utility>

#include "domain/vacancies/catalog.hpp"
#include "seed/demo_data.hpp"

namespace ejob::seed {
namespace {

using domain::VacancyDraft;

// A kind of job (vacancy-roles.txt).
struct Role {
    std::string category, subcategory, kind, where, sector;
    int salary_lo = 0, salary_hi = 0, remote_pct = 0;
    bool qualifiers = true;  // the shared title qualifiers suit it
    std::vector<std::string> experience, education;
    std::vector<Text> titles, focus, duties, skills;
};

// A text that fits some kinds of job: "all", "all -field" or a list of kinds ("office it"); "big-city" in the list
// keeps it to Baku, Sumqayıt and Gəncə.
struct KindText {
    std::string kinds;
    Text text;
    bool Fits(const std::string& kind) const {
        return HasWord(kinds, "all") ? !HasWord(kinds, "-" + kind) : HasWord(kinds, kind);
    }
};

struct Sector {
    std::string key, name, domain;
    bool legal_form = false;  // "MMC"/"ASC"/"QSC" may follow
};

struct Texts {
    std::vector<std::string> company_words, mailboxes;
    std::vector<Sector> sectors;
    std::vector<std::pair<std::string, int>> generic;  // how often a sector's role is posted by a "group"
    std::vector<std::pair<Text, Text>> streets;        // district, street
    std::vector<Text> metro, departments, languages, computer, qualities, part_time, intros, closing_email,
        closing_phone;
    std::vector<std::pair<std::string, Text>> experience, education;  // code, requirement line
    std::vector<KindText> conditions, schedules, qualifiers;
    Text closing_any, duties_heading, conditions_heading, requirements_heading, schedule_line, negotiable,
        pay_by_experience, sales_bonus, remote, other_tasks, metro_address, street_address;
};

std::vector<KindText> KindTexts(const Section& s, std::string_view key) {
    std::vector<KindText> out;
    for (const Field* f : s.All(key)) out.push_back({f->Parts()[0], f->AsText(1)});
    return out;
}

std::vector<std::pair<std::string, Text>> CodeTexts(const Section& s, std::string_view key) {
    std::vector<std::pair<std::string, Text>> out;
    for (const Field* f : s.All(key)) out.emplace_back(f->Parts()[0], f->AsText(1));
    return out;
}

const Texts& VacancyTexts() {
    static const Texts kTexts = [] {
        constexpr std::string_view kFile = "vacancy-texts.txt";
        Texts t;
        const Section& companies = DemoSection(kFile, "companies");
        for (const Field* f : companies.All("word")) t.company_words.emplace_back(f->value);
        for (const Field* f : companies.All("sector")) {
            auto p = f->Parts();
            if (p.size() < 3) f->Fail("expected key | name | domain [| legal]");
            t.sectors.push_back({p[0], p[1], p[2], p.size() > 3 && p[3] == "legal"});
        }
        for (const Field* f : companies.All("generic")) t.generic.emplace_back(f->Parts()[0], f->Int(1));
        const Section& addresses = DemoSection(kFile, "addresses");
        for (const Field* f : addresses.All("street")) t.streets.emplace_back(f->AsText(0), f->AsText(3));
        t.metro = addresses.Texts("metro");
        t.metro_address = addresses.One("near-metro").AsText();
        t.street_address = addresses.One("at-street").AsText();
        const Section& contacts = DemoSection(kFile, "contacts");
        t.departments = contacts.Texts("department");
        t.mailboxes = Split(contacts.One("mailbox").value, ' ');
        const Section& req = DemoSection(kFile, "requirements");
        t.experience = CodeTexts(req, "experience");
        t.education = CodeTexts(req, "education");
        t.languages = req.Texts("language");
        t.computer = req.Texts("computer");
        t.qualities = req.Texts("quality");
        const Section& cond = DemoSection(kFile, "conditions");
        t.conditions = KindTexts(cond, "condition");
        t.schedules = KindTexts(cond, "schedule");
        t.part_time = cond.Texts("part-time");
        t.qualifiers = KindTexts(DemoSection(kFile, "qualifiers"), "qualifier");
        const Section& ph = DemoSection(kFile, "phrases");
        t.intros = ph.Texts("intro");
        t.closing_email = ph.Texts("closing-email");
        t.closing_phone = ph.Texts("closing-phone");
        t.closing_any = ph.One("closing-any").AsText();
        t.duties_heading = ph.One("duties-heading").AsText();
        t.conditions_heading = ph.One("conditions-heading").AsText();
        t.requirements_heading = ph.One("requirements-heading").AsText();
        t.schedule_line = ph.One("schedule-line").AsText();
        t.negotiable = ph.One("negotiable").AsText();
        t.pay_by_experience = ph.One("pay-by-experience").AsText();
        t.sales_bonus = ph.One("sales-bonus").AsText();
        t.remote = ph.One("remote").AsText();
        t.other_tasks = ph.One("other-tasks").AsText();
        if (t.company_words.empty() || t.sectors.empty() || t.streets.empty() || t.metro.empty() ||
            t.departments.empty() || t.mailboxes.empty() || t.qualities.size() < 2 || t.intros.empty() ||
            t.closing_email.empty() || t.closing_phone.empty() || t.part_time.empty() || t.qualifiers.empty())
            throw DataError("vacancy-texts.txt: a list is empty");
        return t;
    }();
    return kTexts;
}

const std::vector<Role>& Roles() {
    static const std::vector<Role> kRoles = [] {
        std::vector<Role> roles;
        for (const Section& s : DemoData("vacancy-roles.txt")) {
            if (s.name != "role") continue;
            Role r;
            r.category = s.One("category").value;
            r.subcategory = s.Get("subcategory");
            r.kind = s.One("kind").value;
            r.where = s.One("where").value;
            r.sector = s.One("sector").value;
            r.salary_lo = s.One("salary").Int(0, 0);
            r.salary_hi = s.One("salary").Int(0, 1);
            if (const Field* f = s.Find("remote")) r.remote_pct = f->Int();
            r.qualifiers = s.Get("qualifiers") != "no";
            r.experience = Split(s.One("experience").value, ' ');
            r.education = Split(s.One("education").value, ' ');
            r.titles = s.Texts("title");
            r.focus = s.Texts("focus");
            r.duties = s.Texts("duty");
            r.skills = s.Texts("skill");
            if (r.titles.empty() || r.duties.empty() || r.skills.empty() || r.experience.empty() ||
                r.education.empty() || r.salary_hi < r.salary_lo)
                throw DataError("vacancy-roles.txt:" + std::to_string(s.line) +
                                ": a role needs title, duty, skill, experience, education and a salary band");
            roles.push_back(std::move(r));
        }
        return roles;
    }();
    return kRoles;
}

std::string PickEmploymentType(const std::string& kind, const std::string& experience, bool remote, Rng& rng) {
    int r = static_cast<int>(rng.Below(100));
    if (kind == "it") return remote && r < 40 ? "remote" : r < 92 ? "full_time" : "part_time";
    if (kind == "shift") return r < 60 ? "shift" : r < 95 ? "full_time" : "part_time";
    if (kind == "field") return r < 85 ? "full_time" : r < 95 ? "shift" : "temporary";
    if (kind == "clinic") return r < 70 ? "full_time" : r < 95 ? "shift" : "part_time";
    if (kind == "school") return r < 55 ? "full_time" : "part_time";
    if (kind == "retail") return r < 60 ? "full_time" : r < 95 ? "shift" : "part_time";
    if (kind == "student") return r < 55 ? "part_time" : r < 85 ? "internship" : "temporary";
    if (experience == "none" && r < 15) return "internship";
    return r < 85 ? "full_time" : r < 95 ? "part_time" : "temporary";
}

// Salary fields: a range within the role's band that respects the spread rule, one bound, or nothing (negotiable).
void PickSalary(const Role& role, VacancyDraft& d, Rng& rng) {
    int mode = static_cast<int>(rng.Below(100));
    if (mode < 16) return;
    int step = role.salary_lo < 1000 ? 50 : 100;
    int lo = role.salary_lo + step * static_cast<int>(rng.Below((role.salary_hi - role.salary_lo) / step + 1));
    int allowed = lo < 500 ? 200 : lo < 1000 ? 300 : lo < 2000 ? 500 : lo;
    int room = std::min(allowed, role.salary_hi - lo) / step;
    int hi = room > 0 ? lo + step * (1 + static_cast<int>(rng.Below(room))) : lo;
    if (mode < 70) {  // range
        d.salary_min = std::to_string(lo);
        d.salary_max = std::to_string(hi);
    } else if (mode < 80) {  // fixed amount
        d.salary_min = d.salary_max = std::to_string(lo);
    } else if (mode < 95) {  // "from"
        d.salary_min = std::to_string(lo);
    } else {  // "up to"
        d.salary_max = std::to_string(hi);
    }
}

// Fictional names built from a neutral first word and a line of business; the same company keeps its domain.
std::pair<std::string, std::string> MakeCompany(const Role& role, Rng& rng) {
    const Texts& t = VacancyTexts();
    std::string key = role.sector;
    for (const auto& [sector, pct] : t.generic)
        if (sector == key && rng.Percent(pct)) key = "group";
    // "any": an office job that any ordinary company may post (not salons, clinics, schools or restaurants).
    std::vector<const Sector*> pool;
    for (const auto& s : t.sectors)
        if (key == "any" ? s.legal_form : key == s.key) pool.push_back(&s);
    if (pool.empty()) throw DataError("vacancy-texts.txt: no sector " + key);
    std::size_t word_index = rng.Below(t.company_words.size()), sector_index = rng.Below(pool.size());
    const std::string& word = t.company_words[word_index];
    const Sector& sector = *pool[sector_index];
    std::string name = word + " " + sector.name;
    if (sector.legal_form) {
        int r = static_cast<int>(rng.Below(100));
        name += r < 60 ? " MMC" : r < 72 ? " ASC" : r < 78 ? " QSC" : "";
    }
    const char* joiner = (word_index + sector_index) % 3 == 0 ? "" : "-";
    return {name, Ascii(word) + joiner + sector.domain + ".az"};
}

std::string BakuAddress(Lang lang, Rng& rng) {
    const Texts& t = VacancyTexts();
    if (rng.Percent(30)) return Fill(t.metro_address.In(lang), {{"{metro}", rng.Pick(t.metro).In(lang)}});
    const auto& [district, street] = rng.Pick(t.streets);
    return Fill(t.street_address.In(lang), {{"{district}", district.In(lang)},
                                            {"{street}", street.In(lang)},
                                            {"{n}", std::to_string(rng.Between(1, 180))}});
}

// A contact person (sometimes a department or nobody) and, for some, a personal mailbox.
std::pair<std::string, std::string> MakeContact(Lang lang, Rng& rng) {
    const People& people = DemoPeople();
    int r = static_cast<int>(rng.Below(100));
    if (r < 10) return {};
    if (r < 25) return {rng.Pick(VacancyTexts().departments).In(lang), ""};
    bool woman = rng.Percent(65);
    const Text& first = woman ? rng.Pick(people.women) : rng.Pick(people.men);
    const Surname& last = rng.Pick(people.surnames);
    Lang script = lang == kRu ? kRu : kAz;
    if (r < 45) return {first.In(script) + (lang == kAz ? (woman ? " xanım" : " bəy") : ""), ""};
    std::string mailbox;
    if (rng.Percent(30)) mailbox = Ascii(first.In(kAz)).substr(0, 1) + "." + Ascii(SurnameIn(last, woman, kAz));
    return {first.In(script) + " " + SurnameIn(last, woman, script), mailbox};
}

// The title: one of the role's titles, often with a specialisation and a qualifier in brackets.
std::string MakeTitle(const Role& role, const std::string& city, Lang lang, Rng& rng) {
    std::string title = rng.Pick(role.titles).In(lang);
    std::vector<std::string> extras;
    if (!role.focus.empty() && rng.Percent(70)) extras.push_back(rng.Pick(role.focus).In(lang));
    std::vector<const KindText*> fits;
    for (const auto& q : VacancyTexts().qualifiers)
        if (role.qualifiers && q.Fits(role.kind) && (!HasWord(q.kinds, "big-city") || IsBigCity(city)))
            fits.push_back(&q);
    if (!fits.empty() && rng.Percent(50)) extras.push_back(rng.Pick(fits)->text.In(lang));
    return extras.empty() ? title : title + " (" + Join(extras, ", ") + ")";
}

template <typename List>
const Text* TextOf(const List& list, const std::string& code) {
    for (const auto& [c, text] : list)
        if (c == code) return &text;
    return nullptr;
}

VacancyDraft MakeDraft(const Role& role, Rng& rng) {
    const Texts& t = VacancyTexts();
    VacancyDraft d;
    Lang lang = PickLang(rng);
    d.lang = kLangCodes[lang];
    d.category = role.category;
    if (!role.subcategory.empty() && rng.Percent(75)) d.subcategory = role.subcategory;
    auto [company, domain] = MakeCompany(role, rng);
    d.company = company;

    d.city = PickPlace(role.where, rng).code;
    if (d.city == "baku" && rng.Percent(35)) d.address = BakuAddress(lang, rng);
    d.position = MakeTitle(role, d.city, lang, rng);
    d.remote = rng.Percent(role.remote_pct);
    PickSalary(role, d, rng);
    d.experience = rng.Pick(role.experience);
    d.education = rng.Pick(role.education);
    d.employment_type = PickEmploymentType(role.kind, d.experience, d.remote, rng);

    if (rng.Percent(90)) {
        if (d.employment_type == "part_time") {
            d.schedule = rng.Pick(t.part_time).In(lang);
        } else {
            std::vector<const KindText*> fits;
            for (const auto& s : t.schedules)
                if (s.Fits(role.kind)) fits.push_back(&s);
            if (!fits.empty()) d.schedule = rng.Pick(fits)->text.In(lang);
        }
    }

    bool young_kind = HasWord("shift retail student field", role.kind);
    if (rng.Percent(young_kind ? 35 : 15)) {
        static const int kRanges[][2] = {{18, 35}, {18, 40}, {20, 45}, {22, 40}, {25, 45}, {25, 50}, {21, 55}};
        const auto& range = rng.Pick(kRanges);
        // Nobody gets a degree and five years of experience by eighteen.
        int youngest = d.experience == "gt5"                                ? 28
                       : d.experience == "3_5"                              ? 25
                       : d.education == "higher" || d.education == "degree" ? 22
                                                                            : 18;
        int age_min = std::max(range[0], youngest);
        int age_max = std::max(range[1], age_min + 15);
        if (role.kind == "student") age_min = 18, age_max = rng.Between(25, 30);
        d.age_min = std::to_string(age_min);
        if (rng.Percent(80)) d.age_max = std::to_string(age_max);
    }

    // Contacts: at least one of phone and email.
    auto [person, mailbox] = MakeContact(lang, rng);
    d.contact_person = person;
    int cr = static_cast<int>(rng.Below(100));
    if (cr < 80) d.phone = DemoPhone(d.city == "baku", rng);
    if (cr >= 50) d.email = (mailbox.empty() ? rng.Pick(t.mailboxes) : mailbox) + "@" + domain;

    // Requirements.
    auto style = static_cast<ListStyle>(rng.Below(4));
    std::vector<std::string> req;
    if (const Text* e = TextOf(t.education, d.education); e && rng.Percent(75)) req.push_back(e->In(lang));
    if (const Text* e = TextOf(t.experience, d.experience); e && rng.Percent(85)) req.push_back(e->In(lang));
    for (const auto& s : role.skills) req.push_back(s.In(lang));
    if (!HasWord("field student", role.kind) && rng.Percent(60)) req.push_back(rng.Pick(t.languages).In(lang));
    if (role.kind == "office" && rng.Percent(50)) req.push_back(rng.Pick(t.computer).In(lang));
    std::size_t q1 = rng.Below(t.qualities.size());
    req.push_back(t.qualities[q1].In(lang));
    if (rng.Percent(50))
        req.push_back(t.qualities[(q1 + 1 + rng.Below(t.qualities.size() - 1)) % t.qualities.size()].In(lang));
    d.requirements = RenderList(req, style, "\n");
    if (rng.Percent(30)) d.requirements = t.requirements_heading.In(lang) + "\n" + d.requirements;

    // Description: intro, duties, conditions, how to apply.
    std::vector<std::string> duties;
    for (const auto& s : role.duties) duties.push_back(s.In(lang));
    if (rng.Percent(30)) duties.push_back(t.other_tasks.In(lang));
    std::vector<std::string> offer;
    if (!d.schedule.empty()) offer.push_back(t.schedule_line.In(lang) + " " + d.schedule);
    if (d.salary_min.empty() && d.salary_max.empty())
        offer.push_back(t.negotiable.In(lang));
    else if (d.salary_min != d.salary_max && rng.Percent(30))
        offer.push_back(t.pay_by_experience.In(lang));
    if (d.category == "sales") offer.push_back(t.sales_bonus.In(lang));
    if (d.remote) offer.push_back(t.remote.In(lang));
    std::vector<const KindText*> fits;
    for (const auto& c : t.conditions)
        if (c.Fits(role.kind)) fits.push_back(&c);
    std::size_t want = 2 + rng.Below(3), start = rng.Below(fits.size()), stride = 1 + rng.Below(2);
    for (std::size_t i = 0; i < want && i < fits.size(); ++i) {
        const std::string& text = fits[(start + i * stride) % fits.size()]->text.In(lang);
        if (std::find(offer.begin(), offer.end(), text) == offer.end()) offer.push_back(text);
    }

    auto fill = [&](const Text& pattern) { return Fill(pattern.In(lang), {{"{c}", d.company}, {"{p}", d.position}}); };
    std::string desc;
    if (rng.Percent(60)) desc = fill(rng.Pick(t.intros)) + "\n\n";
    auto desc_style = static_cast<ListStyle>(rng.Below(4));
    desc += t.duties_heading.In(lang) + "\n" + RenderList(duties, desc_style, "\n") + "\n\n" +
            t.conditions_heading.In(lang) + "\n" + RenderList(offer, desc_style, "\n");
    int closing = static_cast<int>(rng.Below(100));
    if (closing < 50) desc += "\n\n" + fill(rng.Pick(d.email.empty() ? t.closing_phone : t.closing_email));
    if (closing >= 50 && closing < 70) desc += "\n\n" + t.closing_any.In(lang);
    d.description = desc;
    return d;
}

}  // namespace

std::vector<domain::VacancyDraft> DemoVacancies(std::size_t count, std::uint64_t seed) {
    Rng rng(seed);
    const auto& categories = domain::Categories();
    const auto& roles = Roles();

    return MakeCoveringCategories(count, rng, categories, roles, [&](const Role& k) { return MakeDraft(k, rng); });
}

}  // namespace ejob::seed
