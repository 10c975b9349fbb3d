// The automatic pre-moderation checks: each flag with positive and negative examples in Azerbaijani, Russian and
// English, with the word lists the site compiles in.
#include <gtest/gtest.h>

#include <map>

#include "domain/moderation/prechecks.hpp"
#include "domain/publications/rejection_reasons.hpp"
#include "embedded/embedded.hpp"

namespace ejob::domain {
namespace {

const ScreeningWords& Words() {
    static const ScreeningWords kWords = [] {
        for (const auto& f : embedded::ReferenceFiles())
            if (f.name == "premoderation-words.txt") return ScreeningWords::Parse(f.data);
        ADD_FAILURE() << "reference/premoderation-words.txt is not compiled in";
        return ScreeningWords();
    }();
    return kWords;
}

bool Caps(std::string_view s, bool title = false) {
    return CheckCapitals(s, title).has_value();
}
bool Translit(std::string_view s) {
    return CheckTranslit(Words(), s).has_value();
}
bool Banned(std::string_view s, std::string_view kind = "vacancy") {
    return CheckBannedActivity(Words(), kind, s).has_value();
}
std::string Contacts(std::string_view s) {
    auto f = CheckContacts(Words(), s);
    return f ? f->detail : "";
}
std::vector<std::string> SalaryChecks(std::optional<std::int64_t> min_azn, std::optional<std::int64_t> max_azn) {
    std::vector<std::string> out;
    auto q = [](std::optional<std::int64_t> v) { return v ? std::optional<std::int64_t>(*v * 100) : std::nullopt; };
    for (const auto& f : CheckSalary(q(min_azn), q(max_azn))) out.push_back(f.check);
    return out;
}

TEST(Prechecks, WordListsAreLoaded) {
    EXPECT_GE(Words().banned.size(), 5u);
    EXPECT_TRUE(Words().translit.contains("trebuetsya"));
    EXPECT_FALSE(Words().messengers.empty());
}

TEST(Prechecks, EveryCheckCitesARuleOfSomeKind) {
    for (auto check : {checks::kCapitals, checks::kTranslit, checks::kSalarySpread, checks::kSalaryUnrealistic,
                       checks::kBannedActivity, checks::kContacts, checks::kDuplicate, checks::kOnePer30Days}) {
        auto key = RuleKeyOf(check);
        ASSERT_FALSE(key.empty()) << check;
        bool found = false;
        for (auto kind : {"vacancy", "resume", "service"}) found = found || FindSubmissionRule(kind, key);
        EXPECT_TRUE(found) << check;
        EXPECT_NE(std::string(FlagMessage(check)).find("{}"), std::string::npos) << check;
    }
}

TEST(Prechecks, CapitalsInTitlesAndTexts) {
    EXPECT_TRUE(Caps("BAŞ MÜHASİB", true));
    EXPECT_TRUE(Caps("ТРЕБУЕТСЯ ПРОДАВЕЦ", true));
    EXPECT_TRUE(Caps("SALES MANAGER", true));
    EXPECT_TRUE(Caps("SMM MENECER", true));
    EXPECT_TRUE(Caps("ŞİRKƏTİMİZƏ SATIŞ MENECERİ TƏLƏB OLUNUR. MAAŞ YÜKSƏKDİR."));
    // Shouting inside an ordinary text.
    EXPECT_TRUE(Caps("Şirkətimizə TƏCİLİ İŞÇİ LAZIMDIR, müraciət edin."));
    EXPECT_TRUE(Caps("Мы ищем сотрудника. СРОЧНО НУЖЕН ПРОДАВЕЦ в магазин."));

    EXPECT_FALSE(Caps("Baş mühasib", true));
    EXPECT_FALSE(Caps("IT mütəxəssisi", true));
    EXPECT_FALSE(Caps("HR menecer (MMC)", true));
    EXPECT_FALSE(Caps("Менеджер по продажам", true));
    EXPECT_FALSE(Caps("Senior C++ developer", true));
    EXPECT_FALSE(Caps("IT", true));
    EXPECT_FALSE(Caps("SQL, HTML, CSS, PHP, JSON və JavaScript biliyi; MS Office, ASAN, CRM proqramları."));
    EXPECT_FALSE(Caps("Bakı şəhərində yerləşən AZ Group MMC şirkətinə satış meneceri tələb olunur."));
    EXPECT_FALSE(Caps("We are looking for an HR assistant with MS Office and ERP experience in Baku."));

    auto flag = CheckCapitals("Şirkətimizə TƏCİLİ İŞÇİ LAZIMDIR, müraciət edin.", false);
    ASSERT_TRUE(flag);
    EXPECT_EQ(flag->check, checks::kCapitals);
    EXPECT_EQ(flag->detail, "TƏCİLİ İŞÇİ LAZIMDIR");
}

TEST(Prechecks, RussianInLatinLetters) {
    EXPECT_TRUE(Translit("Trebuetsya prodavec v magazin. Opyt raboty ot 1 goda, zarplata 500 AZN."));
    EXPECT_TRUE(Translit("Srochno nuzhen voditel kategorii B, grafik 5/2, oplata ezhednevno."));
    EXPECT_TRUE(Translit("Ishchem sotrudnika na dolzhnost menedzhera. Znanie yazyka obyazatelno."));
    auto flag = CheckTranslit(Words(), "Trebuetsya prodavec v magazin. Opyt raboty ot 1 goda, zarplata 500 AZN.");
    ASSERT_TRUE(flag);
    EXPECT_EQ(flag->check, checks::kTranslit);
    EXPECT_NE(flag->detail.find("Trebuetsya"), std::string::npos);

    // Azerbaijani is written in Latin letters: never Russian in disguise.
    EXPECT_FALSE(
        Translit("Bakı şəhərində yerləşən şirkətə satış meneceri tələb olunur. İş qrafiki: 09:00-18:00, maaş 800 AZN. "
                 "Namizədə tələblər: ali təhsil, 2 ildən artıq iş təcrübəsi, rus və ingilis dillərini bilmək."));
    EXPECT_FALSE(
        Translit("Kompaniya haqqında: biz 2010-cu ildən tikinti sahəsində fəaliyyət göstəririk. Ofisimiz "
                 "Nərimanov rayonundadır, kassir və satıcı vakansiyaları açıqdır."));
    // Azerbaijani typed without its letters is still Azerbaijani.
    EXPECT_FALSE(Translit("Isci teleb olunur, maas 600 manat, is qrafiki 5 gun, nahar pulsuzdur."));
    EXPECT_FALSE(Translit("We are looking for a sales manager with 3 years of experience and good English."));
    EXPECT_FALSE(Translit("Требуется продавец, опыт работы от 1 года, зарплата 500 AZN."));  // Cyrillic is fine
}

TEST(Prechecks, SalarySpreadAndUnrealisticValues) {
    using V = std::vector<std::string>;
    const std::string spread(checks::kSalarySpread), unreal(checks::kSalaryUnrealistic);
    EXPECT_EQ(SalaryChecks(300, 600), V{spread});  // below 500: at most 200
    EXPECT_EQ(SalaryChecks(300, 500), V{});
    EXPECT_EQ(SalaryChecks(800, 1200), V{spread});  // up to 1000: at most 300
    EXPECT_EQ(SalaryChecks(800, 1100), V{});
    EXPECT_EQ(SalaryChecks(1500, 2100), V{spread});  // up to 2000: at most 500
    EXPECT_EQ(SalaryChecks(1500, 2000), V{});
    EXPECT_EQ(SalaryChecks(3000, 5000), V{});  // the rule sets no limit above 2000
    EXPECT_EQ(SalaryChecks(700, std::nullopt), V{});
    EXPECT_EQ(SalaryChecks(std::nullopt, std::nullopt), V{});
    EXPECT_EQ(SalaryChecks(50, std::nullopt), V{unreal});
    EXPECT_EQ(SalaryChecks(std::nullopt, 100000), V{unreal});
    EXPECT_EQ(SalaryChecks(5, 100000), (V{unreal, spread}));
    auto flags = CheckSalary(30000, 90000);
    ASSERT_EQ(flags.size(), 1u);
    EXPECT_EQ(flags[0].detail, "300–900");
}

TEST(Prechecks, ActivitiesThatAreNotAccepted) {
    EXPECT_TRUE(Banned("Şəbəkə marketinqi ilə evdən gəlir əldə edin"));
    EXPECT_TRUE(Banned("sebeke marketinqi"));  // typed without Azerbaijani letters
    EXPECT_TRUE(Banned("MLM biznesinə dəvət edirik"));
    EXPECT_TRUE(Banned("Maliyyə piramidasına investisiya"));
    EXPECT_TRUE(Banned("Qumar oyunları klubuna operator"));
    EXPECT_TRUE(Banned("Kazinoda krupye"));
    EXPECT_TRUE(Banned("Работа в казино, крупье"));
    EXPECT_TRUE(Banned("Сетевой маркетинг, финансовая пирамида"));
    EXPECT_TRUE(Banned("Онлайн заработок без вложений"));
    EXPECT_TRUE(Banned("Onlayn gəlir imkanı, gündə 2 saat"));
    EXPECT_TRUE(Banned("Online qazanc, telefonla işləmək"));
    EXPECT_TRUE(Banned("online zarabotok"));
    EXPECT_TRUE(Banned("Join our network marketing team and earn money online"));
    EXPECT_TRUE(Banned("Sports betting agent"));
    // Jobs that charge the candidate.
    EXPECT_TRUE(Banned("İşə başlamazdan əvvəl ödənişli təlim keçmək lazımdır"));
    EXPECT_TRUE(Banned("Qeydiyyat haqqı 50 AZN"));
    EXPECT_TRUE(Banned("Платное обучение, стоимость обучения 100 AZN"));
    EXPECT_TRUE(Banned("A fee for training of 100 AZN is paid by the candidate"));
    auto flag = CheckBannedActivity(Words(), "vacancy", "Kazinoda krupye, MLM yox");
    ASSERT_TRUE(flag);
    EXPECT_EQ(flag->check, checks::kBannedActivity);
    EXPECT_EQ(flag->detail, "Kazinoda, MLM");

    EXPECT_FALSE(Banned("Marketinq mütəxəssisi tələb olunur, SMM və rəqəmsal marketinq təcrübəsi"));
    EXPECT_FALSE(Banned("İnternet mağazası üçün satış meneceri, maaş 800 AZN"));
    EXPECT_FALSE(Banned("Менеджер по маркетингу в интернет-магазин"));
    EXPECT_FALSE(Banned("Pulsuz təlim, ödənişli məzuniyyət və tibbi sığorta"));
    EXPECT_FALSE(Banned("Paid training and paid vacation; we pay for your courses"));
    // Paid courses are a service a tutor may offer: a fee is only a sign of trouble in a vacancy.
    EXPECT_FALSE(Banned("Ödənişli təlim: ingilis dili kursları", "service"));
    EXPECT_TRUE(Banned("Kazino", "service"));
}

TEST(Prechecks, ContactsInTitlesAndTexts) {
    EXPECT_EQ(Contacts("Zəng edin: +994 50 123 45 67"), "+994 50 123 45 67");
    EXPECT_EQ(Contacts("Əlaqə: 050-123-45-67"), "050-123-45-67");
    EXPECT_EQ(Contacts("tel 0501234567"), "0501234567");
    EXPECT_EQ(Contacts("Телефон (050) 123-45-67"), "(050) 123-45-67");
    EXPECT_EQ(Contacts("Ofis: 012 555 55 55"), "012 555 55 55");
    EXPECT_EQ(Contacts("nömrə 55 123 45 67"), "55 123 45 67");
    EXPECT_EQ(Contacts("+994501234567"), "+994501234567");
    EXPECT_EQ(Contacts("CV göndərin: hr@sirket.az"), "hr@sirket.az");
    EXPECT_EQ(Contacts("Ətraflı: www.ejob.az"), "www.ejob.az");
    EXPECT_EQ(Contacts("Подробнее на https://example.com/jobs?id=1."), "https://example.com/jobs?id=1");
    EXPECT_EQ(Contacts("Telegram kanalımız: t.me/isler_baku"), "t.me/isler_baku");
    EXPECT_EQ(Contacts("Saytımız ejob.az"), "ejob.az");
    EXPECT_EQ(Contacts("Whatsapp-a yazın"), "Whatsapp");
    EXPECT_EQ(Contacts("Пишите в ватсап"), "ватсап");
    EXPECT_EQ(Contacts("Instagram: @ejob_az"), "@ejob_az");
    EXPECT_EQ(Contacts("050 123 45 67, 055 765 43 21"), "050 123 45 67, 055 765 43 21");

    EXPECT_EQ(Contacts("Maaş 500-700 AZN, iş vaxtı 09:00-18:00, 2019-2023-cü illər"), "");
    EXPECT_EQ(Contacts("1 200 - 1 500 manat, yaş 18-35"), "");
    EXPECT_EQ(Contacts("ASP.NET, Node.js, Vue.js, C#"), "");
    EXPECT_EQ(Contacts("Ünvan: Nizami küç. 55, mənzil 12, indeks AZ1000"), "");
    EXPECT_EQ(Contacts("İş təcrübəsi: 2015 2018 2021-ci illər"), "");
    EXPECT_EQ(Contacts("Telegram bot development, Python"), "");
    EXPECT_EQ(Contacts("Requirements: 3+ years, B.Sc. degree, e.g. Excel"), "");
}

TEST(Prechecks, FingerprintsIgnoreCaseLettersAndPunctuation) {
    EXPECT_EQ(Fingerprint("Mühəndis-mexanik", 1), Fingerprint("MUHENDIS  mexanik!", 1));
    EXPECT_NE(Fingerprint("Mühəndis-mexanik", 1), Fingerprint("Mühəndis-elektrik", 1));
    EXPECT_EQ(Fingerprint("", 1), "");
    EXPECT_EQ(Fingerprint("Qısa mətn", 80), "");
    EXPECT_EQ(Fingerprint("a b c", 1).size(), 16u);
}

TEST(Prechecks, FlagsAreStoredAsTextAndReadBack) {
    std::vector<ReviewFlag> flags = {{"capitals", "BAŞ MÜHASİB"}, {"contacts-in-text", "050\t123\n45 67"}};
    auto back = DecodeFlags(EncodeFlags(flags));
    ASSERT_EQ(back.size(), 2u);
    EXPECT_EQ(back[0], flags[0]);
    EXPECT_EQ(back[1].detail, "050 123 45 67");  // tabs and newlines never break the stored form
    EXPECT_TRUE(DecodeFlags("").empty());
}

// What the checks ask the storage, answered from a list.
class FakeQueries final : public ScreeningQueries {
  public:
    std::optional<std::int64_t> duplicate, earlier;
    int duplicate_asked = 0, earlier_asked = 0;
    Millis since = 0, until = 0;
    std::optional<std::int64_t> LiveDuplicate(std::string_view, std::int64_t, const ScreeningOwner&, const std::string&,
                                              const std::string&) override {
        ++duplicate_asked;
        return duplicate;
    }
    std::optional<std::int64_t> OwnersEarlier(std::string_view, std::int64_t, const ScreeningOwner&, Millis s,
                                              Millis u) override {
        ++earlier_asked;
        since = s;
        until = u;
        return earlier;
    }
};

std::vector<std::string> ChecksOf(const Screening& s) {
    std::vector<std::string> out;
    for (const auto& f : s.flags) out.push_back(f.check);
    return out;
}

TEST(Prechecks, ScreeningRunsTheChecksOfTheKindsRules) {
    FakeQueries queries;
    Prechecks prechecks(Words(), queries);
    ScreeningSubject vacancy{
        "vacancy",
        0,
        1000 * kDay,
        {"owner@example.az", std::nullopt},
        {"Mühasib", {"Ali təhsil, 1C proqramını bilmək.", "Mühasibat uçotunun aparılması."}, 50000, 70000}};
    EXPECT_TRUE(prechecks.Screen(vacancy).flags.empty());
    EXPECT_EQ(queries.duplicate_asked, 1);
    EXPECT_EQ(queries.earlier_asked, 0);  // vacancies have no one-per-30-days rule

    queries.duplicate = 7;
    vacancy.text.title = "MÜHASİB TƏLƏB OLUNUR";
    vacancy.text.texts.push_back("Əlaqə: 050-123-45-67, kazino");
    vacancy.text.salary_min = 30000;
    vacancy.text.salary_max = 90000;
    auto screening = prechecks.Screen(vacancy);
    // In the order of the vacancy rules: 1 banned activity, 2 capitals, 3 duplicate, 5 salary, 7 contacts.
    EXPECT_EQ(ChecksOf(screening), (std::vector<std::string>{"banned-activity", "capitals", "duplicate",
                                                             "salary-spread", "contacts-in-text"}));
    EXPECT_EQ(screening.flags[2].detail, "7");
    EXPECT_FALSE(screening.title_print.empty());

    // A resume: no duplicate or salary rule, but one per person per 30 days.
    FakeQueries rq;
    Prechecks resume_checks(Words(), rq);
    rq.earlier = 3;
    ScreeningSubject resume{"resume",
                            0,
                            1000 * kDay,
                            {"aysel@example.az", 5},
                            {"Mühasib", {"Təcrübəli mühasib."}, std::nullopt, std::nullopt}};
    EXPECT_EQ(ChecksOf(resume_checks.Screen(resume)), (std::vector<std::string>{"one-per-30-days"}));
    EXPECT_EQ(rq.duplicate_asked, 0);
    EXPECT_EQ(rq.since, 970 * kDay);
    EXPECT_EQ(rq.until, 1000 * kDay + 1);  // a new one: every earlier resume, up to now
    resume.id = 9;
    resume_checks.Screen(resume);
    EXPECT_EQ(rq.until, 1000 * kDay);  // an edit: only those submitted before it
    // Nobody to compare with: no address, no account.
    resume.owner = {};
    rq.earlier_asked = 0;
    EXPECT_TRUE(resume_checks.Screen(resume).flags.empty());
    EXPECT_EQ(rq.earlier_asked, 0);
}

TEST(Prechecks, AServicesAdIsScreenedForItsOwnRules) {
    FakeQueries queries;
    Prechecks prechecks(Words(), queries);
    ScreeningSubject ad{"service",
                        0,
                        0,
                        {"usta@example.az", std::nullopt},
                        {"Santexnik xidməti",
                         {"Trebuetsya? Net: santexnika işləri, zəng edin 055 765 43 21"},
                         std::nullopt,
                         std::nullopt}};
    EXPECT_EQ(ChecksOf(prechecks.Screen(ad)), (std::vector<std::string>{"contacts-in-text"}));
}

}  // namespace
}  // namespace ejob::domain
