#include "seed/demo_resumes.hpp"

#include <algorithm>
#include <iterator>
#include <random>
#include <string>
#include <string_view>
#include <utility>

#include "domain/vacancies/catalog.hpp"

namespace ejob::seed {
namespace {

using domain::EducationEntry;
using domain::ExperienceEntry;
using domain::LanguageSkill;
using domain::ResumeDraft;

// ---------------------------------------------------------------------------------------------------------------
// Random numbers: std::mt19937_64 is fully specified by the standard; reducing with a modulo keeps the output the
// same on every standard library (unlike std::uniform_int_distribution).

class Rng {
  public:
    explicit Rng(std::uint64_t seed) : engine_(seed) {}
    std::size_t Below(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(engine_() % n); }
    bool Percent(int p) { return static_cast<int>(Below(100)) < p; }
    int Between(int lo, int hi) { return lo + static_cast<int>(Below(static_cast<std::size_t>(hi - lo + 1))); }
    template <typename T, std::size_t N>
    const T& Pick(const T (&items)[N]) {
        return items[Below(N)];
    }
    template <typename T>
    const T& Pick(const std::vector<T>& items) {
        return items[Below(items.size())];
    }

  private:
    std::mt19937_64 engine_;
};

// ---------------------------------------------------------------------------------------------------------------
// Texts in the three languages of the site.

enum Lang { kAz = 0, kRu = 1, kEn = 2 };
constexpr const char* kLangCodes[] = {"az", "ru", "en"};

struct L3 {
    const char* az;
    const char* ru;
    const char* en;
    const char* In(Lang l) const { return l == kAz ? az : l == kRu ? ru : en; }
};

std::vector<std::string> Split(std::string_view s, char sep) {
    std::vector<std::string> out;
    if (s.empty()) return out;
    while (true) {
        auto pos = s.find(sep);
        out.emplace_back(s.substr(0, pos));
        if (pos == std::string_view::npos) break;
        s.remove_prefix(pos + 1);
    }
    return out;
}

std::string Replace(std::string s, std::string_view token, std::string_view value) {
    for (auto pos = s.find(token); pos != std::string::npos; pos = s.find(token, pos + value.size()))
        s.replace(pos, token.size(), value);
    return s;
}

std::string Join(const std::vector<std::string>& items, std::string_view sep) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) out += sep;
        out += items[i];
    }
    return out;
}

// `n` distinct items of `items`, in their original order.
std::vector<std::string> Choose(const std::vector<std::string>& items, std::size_t n, Rng& rng) {
    std::vector<std::size_t> idx(items.size());
    for (std::size_t i = 0; i < idx.size(); ++i) idx[i] = i;
    for (std::size_t i = idx.size(); i > 1; --i) std::swap(idx[i - 1], idx[rng.Below(i)]);
    idx.resize(std::min(n, idx.size()));
    std::sort(idx.begin(), idx.end());
    std::vector<std::string> out;
    for (std::size_t i : idx) out.push_back(items[i]);
    return out;
}

// Russian plural of "year": 1 год, 2 года, 5 лет, 21 год.
std::string YearsRu(int n) {
    int d = n % 10, dd = n % 100;
    const char* word = (dd >= 11 && dd <= 14) ? "лет" : d == 1 ? "год" : (d >= 2 && d <= 4) ? "года" : "лет";
    return std::to_string(n) + " " + word;
}

// ---------------------------------------------------------------------------------------------------------------
// What people look for. Every profile belongs to a vacancy category; job titles go from junior to senior.

constexpr int kThisYear = 2026;
constexpr const char* kBands[] = {"none", "lt1", "1_3", "3_5", "gt5"};

struct Profile {
    const char* category;
    const char* levels;        // education level codes to choose from (repeats weigh more), space-separated
    const char* schools;       // institution group: econ it tech arch law med ped lang arts agri service general
    int min_band;              // the lowest experience band (index into kBands) for this position
    int salary_lo, salary_hi;  // desired monthly salary in AZN
    int female_pct;
    const char* employers;  // employer sectors, space-separated (kEmployers keys)
    const char* english;    // English levels to choose from; "" for the usual mix
    bool rural;             // mostly outside Baku
    L3 position;
    L3 titles;             // '|'
    L3 field;              // where the experience is: az "… sahəsində", ru "в …", en "in …"
    L3 specialty;          // '|'
    L3 duties;             // '|'
    L3 skills;             // '|'
    L3 computer;           // '|', may be empty
    int born_from = 1970;  // the oldest birth year (students' jobs go to young people)
};

// clang-format off
const Profile kProfiles[] = {
    // ---- finance
    {"finance", "higher higher higher specialised_secondary incomplete_higher", "econ", 1, 700, 1400, 65,
     "office finance trade", "", false,
     {"Mühasib", "Бухгалтер", "Accountant"},
     {"Mühasib köməkçisi|Mühasib|Aparıcı mühasib", "Помощник бухгалтера|Бухгалтер|Ведущий бухгалтер",
      "Assistant accountant|Accountant|Senior accountant"},
     {"mühasibatlıq sahəsində", "в сфере бухгалтерского учёта", "in accounting"},
     {"Mühasibat uçotu və audit|Maliyyə|İqtisadiyyat", "Бухгалтерский учёт и аудит|Финансы|Экономика",
      "Accounting and Audit|Finance|Economics"},
     {"İlkin sənədlərin qəbulu və yoxlanılması|Bank və kassa əməliyyatlarının uçotu|ƏDV bəyannamələrinin "
      "hazırlanması|Kontragentlərlə üzləşmə aktlarının tərtibi|Əmək haqqının hesablanması",
      "Приём и проверка первичных документов|Учёт банковских и кассовых операций|Подготовка деклараций по "
      "НДС|Сверка расчётов с контрагентами|Расчёт заработной платы",
      "Checking primary documents|Recording bank and cash transactions|Preparing VAT returns|Reconciling balances "
      "with counterparties|Running payroll"},
     {"Vergi Məcəlləsini bilmək|Maliyyə hesabatlarının hazırlanması|Əmək haqqının hesablanması|Elektron vergi "
      "portalında bəyannamələrin təqdimi",
      "Знание Налогового кодекса|Подготовка финансовой отчётности|Расчёт заработной платы|Сдача деклараций через "
      "электронный налоговый портал",
      "Knowledge of the Tax Code|Preparing financial statements|Payroll|Filing returns through the e-tax portal"},
     {"1C: Mühasibat|MS Excel (VLOOKUP, pivot cədvəllər)|MS Word", "1С: Бухгалтерия|MS Excel (ВПР, сводные "
      "таблицы)|MS Word", "1C: Accounting|MS Excel (VLOOKUP, pivot tables)|MS Word"}},
    {"finance", "higher", "econ", 3, 1800, 3500, 60, "office finance trade", "", false,
     {"Baş mühasib", "Главный бухгалтер", "Chief accountant"},
     {"Mühasib|Aparıcı mühasib|Baş mühasibin müavini", "Бухгалтер|Ведущий бухгалтер|Заместитель главного "
      "бухгалтера", "Accountant|Senior accountant|Deputy chief accountant"},
     {"mühasibatlıq sahəsində", "в сфере бухгалтерского учёта", "in accounting"},
     {"Mühasibat uçotu və audit|Maliyyə", "Бухгалтерский учёт и аудит|Финансы", "Accounting and Audit|Finance"},
     {"Mühasibat uçotunun tam dövrəsinin aparılması|MHBS üzrə maliyyə hesabatlarının hazırlanması|Vergi "
      "yoxlamalarında şirkətin təmsil olunması|Mühasibatlıq şöbəsinin işinin təşkili",
      "Ведение полного цикла бухгалтерского учёта|Подготовка отчётности по МСФО|Представление компании при "
      "налоговых проверках|Организация работы бухгалтерии",
      "Running the full accounting cycle|Preparing IFRS financial statements|Representing the company in tax "
      "audits|Managing the accounting team"},
     {"Maliyyə hesabatlarının beynəlxalq standartları|Vergi planlaşdırılması|Büdcələşdirmə|ACCA imtahanlarının bir "
      "hissəsi verilib",
      "Международные стандарты финансовой отчётности|Налоговое планирование|Бюджетирование|Сдана часть экзаменов "
      "ACCA",
      "International financial reporting standards|Tax planning|Budgeting|Part-qualified ACCA"},
     {"1C: Müəssisə|MS Excel (qabaqcıl səviyyə)|Power BI", "1С: Предприятие|MS Excel (продвинутый уровень)|Power BI",
      "1C: Enterprise|Advanced MS Excel|Power BI"}},
    {"finance", "higher higher incomplete_higher", "econ", 0, 600, 1000, 60, "finance", "", false,
     {"Bank əməliyyatçısı", "Операционист банка", "Bank teller"},
     {"Kassir-əməliyyatçı|Müştəri xidmətləri üzrə mütəxəssis|Baş əməliyyatçı", "Кассир-операционист|Специалист по "
      "обслуживанию клиентов|Старший операционист", "Cashier-teller|Customer service specialist|Senior teller"},
     {"bank sektorunda", "в банковской сфере", "in retail banking"},
     {"Maliyyə və kredit|Bank işi|Biznesin idarə edilməsi", "Финансы и кредит|Банковское дело|Управление бизнесом",
      "Finance and Credit|Banking|Business Administration"},
     {"Müştərilərə kart və əmanət məhsulları üzrə məsləhət verilməsi|Hesabların açılması və sənədlərin "
      "rəsmiləşdirilməsi|Nağd və nağdsız əməliyyatların aparılması|Müştəri müraciətlərinin həlli",
      "Консультирование клиентов по картам и депозитам|Открытие счетов и оформление документов|Проведение наличных "
      "и безналичных операций|Решение обращений клиентов",
      "Advising customers on cards and deposits|Opening accounts and completing paperwork|Handling cash and "
      "cashless transactions|Resolving customer requests"},
     {"Bank məhsulları haqqında biliklər|Müştəri ilə ünsiyyət|Pulla işləyərkən diqqətlilik|Satış bacarıqları",
      "Знание банковских продуктов|Работа с клиентами|Внимательность при работе с деньгами|Навыки продаж",
      "Knowledge of banking products|Customer care|Accuracy with cash|Sales skills"},
     {"MS Office|Flexcube bank sistemi|Elektron sənəd dövriyyəsi", "MS Office|Банковская система "
      "Flexcube|Электронный документооборот", "MS Office|Flexcube core banking|Electronic document flow"}},
    {"finance", "higher", "econ", 1, 700, 1300, 40, "finance", "", false,
     {"Kredit mütəxəssisi", "Кредитный специалист", "Loan officer"},
     {"Kassir|Kredit üzrə kiçik mütəxəssis|Kredit mütəxəssisi", "Кассир|Младший кредитный специалист|Кредитный "
      "специалист", "Cashier|Junior loan officer|Loan officer"},
     {"kreditləşmə sahəsində", "в кредитовании", "in lending"},
     {"Maliyyə və kredit|Bank işi|İqtisadiyyat", "Финансы и кредит|Банковское дело|Экономика",
      "Finance and Credit|Banking|Economics"},
     {"Kredit müraciətlərinin qəbulu və təhlili|Borcalanların ödəmə qabiliyyətinin qiymətləndirilməsi|Girov "
      "əmlakına baxış və sənədləşmə|Gecikmiş ödənişlərlə iş",
      "Приём и анализ кредитных заявок|Оценка платёжеспособности заёмщиков|Осмотр и оформление залога|Работа с "
      "просроченной задолженностью",
      "Receiving and analysing loan applications|Assessing borrowers' ability to repay|Inspecting and documenting "
      "collateral|Handling overdue payments"},
     {"Maliyyə təhlili|Risklərin qiymətləndirilməsi|Danışıqlar aparmaq|Müştəri bazası ilə iş",
      "Финансовый анализ|Оценка рисков|Ведение переговоров|Работа с клиентской базой",
      "Financial analysis|Risk assessment|Negotiation|Building a client base"},
     {"MS Excel|MS Word|Kredit bürosu sistemi", "MS Excel|MS Word|Система кредитного бюро",
      "MS Excel|MS Word|Credit bureau system"}},
    {"finance", "secondary secondary specialised_secondary", "econ", 0, 450, 700, 70, "trade restaurant", "", false,
     {"Kassir", "Кассир", "Cashier"},
     {"Satıcı|Kassir|Baş kassir", "Продавец|Кассир|Старший кассир", "Shop assistant|Cashier|Senior cashier"},
     {"ticarət sahəsində", "в торговле", "in retail"},
     {"Mühasibat uçotu|Ticarət|Maliyyə", "Бухгалтерский учёт|Торговое дело|Финансы", "Accounting|Commerce|Finance"},
     {"Nağd və kartla ödənişlərin qəbulu|Kassanın açılması və növbə hesabatının bağlanması|Müştərilərə "
      "xidmət|Qaytarılan malların rəsmiləşdirilməsi",
      "Приём наличных и безналичных платежей|Открытие кассы и закрытие смены|Обслуживание покупателей|Оформление "
      "возвратов",
      "Taking cash and card payments|Opening the till and closing the shift report|Serving customers|Processing "
      "returns"},
     {"Kassa aparatı ilə iş|POS-terminal|Diqqətlilik|Nəzakətli ünsiyyət",
      "Работа с кассовым аппаратом|POS-терминал|Внимательность|Вежливое общение",
      "Cash register|Card terminals|Accuracy|Friendly manner"},
     {"Kompüterdən sərbəst istifadə|1C: Ticarət|MS Excel (əsas səviyyə)", "Уверенный пользователь ПК|1С: "
      "Торговля|MS Excel (базовый уровень)", "Confident computer user|1C: Trade|Basic MS Excel"}},
    {"finance", "higher higher degree", "econ", 1, 1000, 2000, 50, "office finance", "", false,
     {"İqtisadçı-analitik", "Экономист-аналитик", "Financial analyst"},
     {"İqtisadçı|Maliyyə analitiki|Aparıcı iqtisadçı", "Экономист|Финансовый аналитик|Ведущий экономист",
      "Economist|Financial analyst|Senior economist"},
     {"maliyyə təhlili sahəsində", "в финансовом анализе", "in financial analysis"},
     {"İqtisadiyyat|Maliyyə|Dünya iqtisadiyyatı", "Экономика|Финансы|Мировая экономика",
      "Economics|Finance|World Economy"},
     {"Büdcənin hazırlanması və icrasına nəzarət|Xərclərin və maya dəyərinin təhlili|Aylıq idarəetmə "
      "hesabatlarının hazırlanması|Maliyyə modellərinin qurulması",
      "Подготовка бюджета и контроль исполнения|Анализ затрат и себестоимости|Подготовка ежемесячной "
      "управленческой отчётности|Построение финансовых моделей",
      "Preparing the budget and tracking spending|Analysing costs and unit costs|Preparing monthly management "
      "reports|Building financial models"},
     {"Maliyyə modelləşdirməsi|Büdcələşdirmə|İdarəetmə hesabatları|Analitik düşüncə",
      "Финансовое моделирование|Бюджетирование|Управленческая отчётность|Аналитическое мышление",
      "Financial modelling|Budgeting|Management reporting|Analytical thinking"},
     {"MS Excel (pivot cədvəllər, makroslar)|Power BI|SQL-in əsasları", "MS Excel (сводные таблицы, "
      "макросы)|Power BI|Основы SQL", "MS Excel (pivot tables, macros)|Power BI|Basic SQL"}},

    // ---- marketing
    {"marketing", "higher higher incomplete_higher", "econ lang general", 0, 600, 1200, 65, "marketing trade", "",
     false,
     {"SMM mütəxəssisi", "SMM-специалист", "SMM specialist"},
     {"SMM üzrə təcrübəçi|SMM mütəxəssisi|SMM menecer", "Стажёр SMM|SMM-специалист|SMM-менеджер",
      "SMM intern|SMM specialist|SMM manager"},
     {"rəqəmsal marketinq sahəsində", "в digital-маркетинге", "in digital marketing"},
     {"Marketinq|Jurnalistika|Biznesin idarə edilməsi", "Маркетинг|Журналистика|Управление бизнесом",
      "Marketing|Journalism|Business Administration"},
     {"Instagram, Facebook və TikTok səhifələrinin idarə olunması|Kontent planının hazırlanması|Hədəfli reklam "
      "kampaniyalarının qurulması|Nəticələrin təhlili və hesabatların hazırlanması",
      "Ведение страниц в Instagram, Facebook и TikTok|Составление контент-плана|Настройка таргетированной "
      "рекламы|Анализ результатов и отчёты",
      "Running Instagram, Facebook and TikTok pages|Planning content|Setting up targeted ads|Analysing results and "
      "reporting"},
     {"Kontent planlaşdırması|Hədəfli reklam|Reels çəkilişi və montajı|Kopirayting",
      "Контент-планирование|Таргетированная реклама|Съёмка и монтаж Reels|Копирайтинг",
      "Content planning|Targeted advertising|Shooting and editing Reels|Copywriting"},
     {"Meta Business Suite|Canva|CapCut|Adobe Photoshop (əsas səviyyə)", "Meta Business Suite|Canva|CapCut|Adobe "
      "Photoshop (базовый уровень)", "Meta Business Suite|Canva|CapCut|Adobe Photoshop (basic)"}},
    {"marketing", "higher", "econ", 3, 1500, 3000, 50, "trade office marketing", "B2 C1", false,
     {"Marketinq meneceri", "Менеджер по маркетингу", "Marketing manager"},
     {"Marketinq üzrə mütəxəssis|Brend meneceri|Marketinq meneceri", "Специалист по маркетингу|Бренд-менеджер|"
      "Менеджер по маркетингу", "Marketing specialist|Brand manager|Marketing manager"},
     {"marketinq sahəsində", "в маркетинге", "in marketing"},
     {"Marketinq|Biznesin idarə edilməsi|Menecment", "Маркетинг|Управление бизнесом|Менеджмент",
      "Marketing|Business Administration|Management"},
     {"Marketinq strategiyasının və illik büdcənin hazırlanması|Reklam agentlikləri ilə işin koordinasiyası|Bazar "
      "araşdırmalarının aparılması|Yeni məhsulların bazara çıxarılması",
      "Разработка маркетинговой стратегии и годового бюджета|Координация работы рекламных агентств|Проведение "
      "исследований рынка|Вывод новых продуктов на рынок",
      "Building the marketing strategy and annual budget|Coordinating advertising agencies|Running market "
      "research|Launching new products"},
     {"Brend idarəetməsi|Bazar araşdırmaları|Büdcənin idarə olunması|Komanda rəhbərliyi",
      "Управление брендом|Исследования рынка|Управление бюджетом|Руководство командой",
      "Brand management|Market research|Budget management|Team leadership"},
     {"MS Office|Google Analytics|Google Ads|Meta Business Suite", "MS Office|Google Analytics|Google Ads|Meta "
      "Business Suite", "MS Office|Google Analytics|Google Ads|Meta Business Suite"}},
    {"marketing", "higher incomplete_higher", "lang general", 0, 500, 1000, 60, "marketing", "", false,
     {"Kopirayter", "Копирайтер", "Copywriter"},
     {"Kontent menecer|Kopirayter|Baş kopirayter", "Контент-менеджер|Копирайтер|Старший копирайтер",
      "Content manager|Copywriter|Senior copywriter"},
     {"mətn yazarlığı sahəsində", "в копирайтинге", "in copywriting"},
     {"Filologiya|Jurnalistika|Tərcümə", "Филология|Журналистика|Перевод", "Philology|Journalism|Translation"},
     {"Sayt və sosial şəbəkələr üçün mətnlərin yazılması|Reklam şüarlarının hazırlanması|Mətnlərin redaktəsi və "
      "korrekturası|Axtarış sistemləri üçün məqalələrin yazılması",
      "Написание текстов для сайта и соцсетей|Создание рекламных слоганов|Редактура и корректура|Написание "
      "SEO-статей",
      "Writing copy for the website and social media|Creating ad slogans|Editing and proofreading|Writing SEO "
      "articles"},
     {"Qüsursuz yazı savadı|Yaradıcı yanaşma|Axtarış sistemləri üçün mətn yazmaq|Üç dildə mətn yazmaq",
      "Безупречная грамотность|Креативный подход|SEO-копирайтинг|Тексты на трёх языках",
      "Flawless spelling and grammar|Creative approach|SEO copywriting|Writing in three languages"},
     {"MS Word|Google Docs|Notion|Canva", "MS Word|Google Docs|Notion|Canva", "MS Word|Google Docs|Notion|Canva"}},

    // ---- IT
    {"it", "higher higher incomplete_higher", "it tech", 1, 1500, 4000, 15, "it finance", "B1 B2 B2 C1", false,
     {"Backend proqramçı (.NET)", "Backend-разработчик (.NET)", "Backend developer (.NET)"},
     {"Kiçik proqramçı|Proqramçı|Aparıcı proqramçı", "Младший разработчик|Разработчик|Ведущий разработчик",
      "Junior developer|Developer|Senior developer"},
     {"proqram təminatının hazırlanması sahəsində", "в разработке программного обеспечения",
      "in software development"},
     {"Kompüter elmləri|İnformasiya texnologiyaları|Kompüter mühəndisliyi", "Компьютерные "
      "науки|Информационные технологии|Компьютерная инженерия", "Computer Science|Information Technology|Computer "
      "Engineering"},
     {"Veb xidmətlər üçün proqram interfeyslərinin hazırlanması|Verilənlər bazası sorğularının "
      "optimallaşdırılması|Həmkarların kodunun nəzərdən keçirilməsi|Avtomatik testlərin yazılması",
      "Разработка программных интерфейсов для веб-сервисов|Оптимизация запросов к базе данных|Ревью кода "
      "коллег|Написание автотестов",
      "Building web service interfaces|Optimising database queries|Reviewing colleagues' code|Writing automated "
      "tests"},
     {"C# və ASP.NET Core|Entity Framework|Mikroservis arxitekturası|Təmiz kod prinsipləri",
      "C# и ASP.NET Core|Entity Framework|Микросервисная архитектура|Принципы чистого кода",
      "C# and ASP.NET Core|Entity Framework|Microservice architecture|Clean code principles"},
     {"Visual Studio|Git|Docker|Microsoft SQL Server|Linux", "Visual Studio|Git|Docker|Microsoft SQL Server|Linux",
      "Visual Studio|Git|Docker|Microsoft SQL Server|Linux"}},
    {"it", "higher higher incomplete_higher", "it tech", 0, 1000, 3000, 35, "it marketing", "B1 B2 B2 C1", false,
     {"Frontend proqramçı", "Frontend-разработчик", "Frontend developer"},
     {"Kiçik frontend proqramçı|Frontend proqramçı|Aparıcı frontend proqramçı", "Младший "
      "frontend-разработчик|Frontend-разработчик|Ведущий frontend-разработчик", "Junior frontend "
      "developer|Frontend developer|Senior frontend developer"},
     {"veb proqramlaşdırma sahəsində", "в веб-разработке", "in web development"},
     {"Kompüter elmləri|İnformasiya texnologiyaları|Tətbiqi riyaziyyat", "Компьютерные науки|Информационные "
      "технологии|Прикладная математика", "Computer Science|Information Technology|Applied Mathematics"},
     {"İstifadəçi interfeyslərinin React ilə hazırlanması|Dizayn maketlərinin koda çevrilməsi|Saytın sürətinin "
      "optimallaşdırılması|Backend komandası ilə inteqrasiya",
      "Разработка интерфейсов на React|Вёрстка по макетам дизайнеров|Оптимизация скорости сайта|Интеграция с "
      "бэкендом",
      "Building user interfaces in React|Turning design mock-ups into code|Speeding up the website|Integrating with "
      "the backend team"},
     {"JavaScript və TypeScript|React|HTML və CSS|Adaptiv dizayn", "JavaScript и TypeScript|React|HTML и "
      "CSS|Адаптивная вёрстка", "JavaScript and TypeScript|React|HTML and CSS|Responsive design"},
     {"Visual Studio Code|Git|Figma|Chrome DevTools", "Visual Studio Code|Git|Figma|Chrome DevTools",
      "Visual Studio Code|Git|Figma|Chrome DevTools"}},
    {"it", "higher technical_secondary incomplete_higher", "it tech", 1, 900, 1800, 10, "office it finance", "", false,
     {"Sistem administratoru", "Системный администратор", "System administrator"},
     {"Texniki dəstək mütəxəssisi|Sistem administratoru|Baş sistem administratoru", "Специалист технической "
      "поддержки|Системный администратор|Старший системный администратор", "IT support specialist|System "
      "administrator|Senior system administrator"},
     {"İT infrastrukturu sahəsində", "в IT-инфраструктуре", "in IT infrastructure"},
     {"Kompüter şəbəkələri|İnformasiya texnologiyaları|Radiotexnika və telekommunikasiya", "Компьютерные "
      "сети|Информационные технологии|Радиотехника и телекоммуникации", "Computer Networks|Information "
      "Technology|Radio Engineering and Telecommunications"},
     {"Serverlərin və şəbəkə avadanlıqlarının qurulması|İstifadəçilərə texniki dəstək|Ehtiyat nüsxələrin "
      "çıxarılmasına nəzarət|İnformasiya təhlükəsizliyinin təmin olunması",
      "Настройка серверов и сетевого оборудования|Техническая поддержка пользователей|Контроль резервного "
      "копирования|Обеспечение информационной безопасности",
      "Setting up servers and network equipment|Supporting users|Overseeing backups|Keeping systems secure"},
     {"Windows Server və Active Directory|Linux (Ubuntu, CentOS)|Şəbəkə qurulması (Cisco, MikroTik)|Virtuallaşdırma "
      "(VMware)", "Windows Server и Active Directory|Linux (Ubuntu, CentOS)|Настройка сетей (Cisco, "
      "MikroTik)|Виртуализация (VMware)", "Windows Server and Active Directory|Linux (Ubuntu, CentOS)|Networking "
      "(Cisco, MikroTik)|Virtualisation (VMware)"},
     {"Windows Server|Linux|VMware vSphere|PowerShell", "Windows Server|Linux|VMware vSphere|PowerShell",
      "Windows Server|Linux|VMware vSphere|PowerShell"}},
    {"it", "higher higher degree", "it econ tech", 0, 1000, 2500, 40, "it finance trade", "B1 B2 C1", false,
     {"Data analitik", "Аналитик данных", "Data analyst"},
     {"Kiçik analitik|Data analitik|Aparıcı analitik", "Младший аналитик|Аналитик данных|Ведущий аналитик",
      "Junior analyst|Data analyst|Senior analyst"},
     {"məlumatların təhlili sahəsində", "в анализе данных", "in data analytics"},
     {"Tətbiqi riyaziyyat|Statistika|Kompüter elmləri", "Прикладная математика|Статистика|Компьютерные науки",
      "Applied Mathematics|Statistics|Computer Science"},
     {"Sorğular vasitəsilə hesabatların hazırlanması|İnteraktiv panellərin qurulması|Satış və müştəri "
      "məlumatlarının təhlili|Məlumatların keyfiyyətinə nəzarət",
      "Подготовка отчётов с помощью запросов|Построение интерактивных дашбордов|Анализ данных о продажах и "
      "клиентах|Контроль качества данных",
      "Building reports from database queries|Creating interactive dashboards|Analysing sales and customer "
      "data|Checking data quality"},
     {"Sorğu dili (SQL)|Python (pandas)|Statistik təhlil|Məlumatların vizuallaşdırılması",
      "Язык запросов (SQL)|Python (pandas)|Статистический анализ|Визуализация данных",
      "Querying with SQL|Python (pandas)|Statistical analysis|Data visualisation"},
     {"PostgreSQL|Power BI|Python və Jupyter|MS Excel", "PostgreSQL|Power BI|Python и Jupyter|MS Excel",
      "PostgreSQL|Power BI|Python and Jupyter|MS Excel"}},

    // ---- administration
    {"administration", "higher higher incomplete_higher specialised_secondary", "econ lang general", 0, 600, 1200, 80,
     "office finance it", "", false,
     {"Ofis meneceri", "Офис-менеджер", "Office manager"},
     {"Ofis köməkçisi|Ofis meneceri|İnzibati işlər üzrə menecer", "Помощник офис-менеджера|Офис-менеджер|"
      "Административный менеджер", "Office assistant|Office manager|Administrative manager"},
     {"ofis idarəçiliyi sahəsində", "в административной работе", "in office administration"},
     {"Menecment|Biznesin idarə edilməsi|Dilçilik", "Менеджмент|Управление бизнесом|Лингвистика",
      "Management|Business Administration|Linguistics"},
     {"Sənəd dövriyyəsinin təşkili|Ofis ləvazimatlarının alınması|Görüşlərin və ezamiyyətlərin təşkili|Zənglərin və "
      "qonaqların qarşılanması",
      "Организация документооборота|Закупка канцелярии и расходных материалов|Организация встреч и "
      "командировок|Приём звонков и посетителей",
      "Managing document flow|Buying office supplies|Arranging meetings and business trips|Handling calls and "
      "visitors"},
     {"Sənədlərlə iş|Vaxtın planlaşdırılması|İşgüzar yazışma|Çoxsaylı tapşırıqları eyni vaxtda icra etmək",
      "Работа с документами|Планирование времени|Деловая переписка|Многозадачность",
      "Document handling|Time management|Business correspondence|Multitasking"},
     {"MS Word|MS Excel|MS Outlook|Google Workspace", "MS Word|MS Excel|MS Outlook|Google Workspace",
      "MS Word|MS Excel|MS Outlook|Google Workspace"}},
    {"administration", "higher incomplete_higher specialised_secondary secondary", "lang general", 0, 500, 900, 85,
     "office finance hotel", "", false,
     {"Resepşn əməkdaşı", "Администратор ресепшн", "Receptionist"},
     {"Resepşn əməkdaşı|Ofis köməkçisi|Baş resepşn əməkdaşı", "Администратор ресепшн|Помощник офис-менеджера|"
      "Старший администратор", "Receptionist|Office assistant|Senior receptionist"},
     {"qonaqların qəbulu sahəsində", "на ресепшн", "at a front desk"},
     {"Dilçilik|Menecment|Turizm", "Лингвистика|Менеджмент|Туризм", "Linguistics|Management|Tourism"},
     {"Qonaqların qarşılanması|Telefon zənglərinin yönləndirilməsi|Görüş cədvəlinin aparılması|Poçt və kuryer "
      "göndərişlərinin qəbulu",
      "Встреча посетителей|Переадресация звонков|Ведение графика встреч|Приём почты и курьерских отправлений",
      "Welcoming visitors|Directing phone calls|Keeping the meeting calendar|Receiving mail and courier parcels"},
     {"Nəzakətli ünsiyyət|Səliqəli xarici görünüş|Çoxsaylı tapşırıqlarla iş|Savadlı nitq",
      "Вежливое общение|Опрятный внешний вид|Многозадачность|Грамотная речь",
      "Polite manner|Neat appearance|Multitasking|Clear speech"},
     {"MS Word|MS Excel|MS Outlook", "MS Word|MS Excel|MS Outlook", "MS Word|MS Excel|MS Outlook"}},
    {"administration", "higher", "econ general lang", 1, 800, 1800, 70, "office finance it trade", "", false,
     {"HR mütəxəssisi", "HR-специалист", "HR specialist"},
     {"HR köməkçisi|İnsan resursları üzrə mütəxəssis|Aparıcı HR mütəxəssisi", "Помощник HR|Специалист по "
      "персоналу|Ведущий HR-специалист", "HR assistant|HR specialist|Senior HR specialist"},
     {"insan resursları sahəsində", "в сфере HR", "in HR"},
     {"İnsan resurslarının idarə edilməsi|Psixologiya|Menecment", "Управление персоналом|Психология|Менеджмент",
      "Human Resource Management|Psychology|Management"},
     {"Vakansiyaların yerləşdirilməsi və namizədlərin seçimi|Müsahibələrin aparılması|Kadr sənədlərinin "
      "hazırlanması|Yeni əməkdaşların adaptasiyası|Təlimlərin təşkili",
      "Размещение вакансий и отбор кандидатов|Проведение собеседований|Кадровое делопроизводство|Адаптация новых "
      "сотрудников|Организация обучения",
      "Posting vacancies and screening candidates|Interviewing|Personnel paperwork|Onboarding new staff|Organising "
      "training"},
     {"Əmək Məcəlləsini bilmək|Müsahibə texnikaları|Kadr uçotu|Korporativ mədəniyyətin inkişafı",
      "Знание Трудового кодекса|Техники интервью|Кадровый учёт|Развитие корпоративной культуры",
      "Knowledge of the Labour Code|Interviewing techniques|Personnel records|Building company culture"},
     {"MS Office|Elektron əmək müqavilələri sistemi|1C: Əmək haqqı və kadrlar", "MS Office|Электронная система "
      "трудовых договоров|1С: Зарплата и кадры", "MS Office|Electronic employment contracts system|1C: Payroll and "
      "HR"}},

    // ---- sales
    {"sales", "secondary specialised_secondary incomplete_higher higher", "econ general", 0, 500, 900, 55, "trade", "",
     false,
     {"Satış məsləhətçisi", "Продавец-консультант", "Sales assistant"},
     {"Satıcı|Satış məsləhətçisi|Baş satıcı", "Продавец|Продавец-консультант|Старший продавец",
      "Shop assistant|Sales assistant|Senior sales assistant"},
     {"satış sahəsində", "в продажах", "in sales"},
     {"Marketinq|Ticarət|Menecment", "Маркетинг|Торговое дело|Менеджмент", "Marketing|Commerce|Management"},
     {"Müştərilərə məhsul seçimində kömək|Malların vitrinə düzülməsi|Satış planının icrası|Kassa ilə iş",
      "Помощь покупателям в выборе товара|Выкладка товара|Выполнение плана продаж|Работа с кассой",
      "Helping customers choose products|Setting out displays|Meeting sales targets|Working the till"},
     {"Aktiv satış|Məhsul biliyi|Müştəri ilə ünsiyyət|Etirazlarla iş", "Активные продажи|Знание "
      "ассортимента|Общение с покупателями|Работа с возражениями", "Active selling|Product knowledge|Customer "
      "care|Handling objections"},
     {"1C: Ticarət|Kassa proqramı|MS Excel (əsas səviyyə)", "1С: Торговля|Кассовая программа|MS Excel (базовый "
      "уровень)", "1C: Trade|Point-of-sale software|Basic MS Excel"}},
    {"sales", "higher", "econ general tech", 2, 1000, 2500, 35, "office trade it", "", false,
     {"Satış meneceri (B2B)", "Менеджер по продажам (B2B)", "B2B sales manager"},
     {"Satış nümayəndəsi|Satış meneceri|Korporativ satış meneceri", "Торговый представитель|Менеджер по "
      "продажам|Менеджер по корпоративным продажам", "Sales representative|Sales manager|Corporate sales manager"},
     {"korporativ satış sahəsində", "в корпоративных продажах", "in B2B sales"},
     {"Marketinq|Biznesin idarə edilməsi|Beynəlxalq ticarət", "Маркетинг|Управление бизнесом|Международная "
      "торговля", "Marketing|Business Administration|International Trade"},
     {"Yeni korporativ müştərilərin cəlb olunması|Kommersiya təkliflərinin hazırlanması|Müqavilələr üzrə "
      "danışıqlar|Debitor borclarına nəzarət",
      "Привлечение новых корпоративных клиентов|Подготовка коммерческих предложений|Переговоры по "
      "договорам|Контроль дебиторской задолженности",
      "Winning new corporate clients|Preparing commercial offers|Negotiating contracts|Following up on receivables"},
     {"Danışıqlar aparmaq|Satış hunisinin idarə olunması|Təqdimat bacarıqları|Müştəri bazasının genişləndirilməsi",
      "Ведение переговоров|Управление воронкой продаж|Навыки презентации|Расширение клиентской базы",
      "Negotiation|Managing the sales pipeline|Presentation skills|Growing the client base"},
     {"Bitrix24|MS Excel|MS PowerPoint|amoCRM", "Bitrix24|MS Excel|MS PowerPoint|amoCRM",
      "Bitrix24|MS Excel|MS PowerPoint|amoCRM"}},
    {"sales", "secondary specialised_secondary incomplete_higher", "general econ", 0, 500, 800, 40, "trade", "", false,
     {"Merçendayzer", "Мерчендайзер", "Merchandiser"},
     {"Merçendayzer|Baş merçendayzer|Ərazi nümayəndəsi", "Мерчендайзер|Старший мерчендайзер|Территориальный "
      "представитель", "Merchandiser|Senior merchandiser|Area representative"},
     {"pərakəndə ticarətdə", "в рознице", "in retail merchandising"},
     {"Ticarət|Marketinq", "Торговое дело|Маркетинг", "Commerce|Marketing"},
     {"Məhsulların rəflərə planoqrama uyğun düzülməsi|Mağazalarda qalıqlara nəzarət|Promo materialların "
      "yerləşdirilməsi|Fotohesabatların hazırlanması",
      "Выкладка товара по планограмме|Контроль остатков в магазинах|Размещение промоматериалов|Подготовка "
      "фотоотчётов",
      "Stocking shelves to the planogram|Checking stock levels in shops|Placing promotional materials|Sending photo "
      "reports"},
     {"Planoqramla iş|Məsuliyyətlilik|Marşrut üzrə iş|Sürücülük vəsiqəsi (B kateqoriyası)",
      "Работа с планограммой|Ответственность|Работа по маршруту|Водительские права категории B",
      "Working to planograms|Reliability|Route planning|Driving licence (category B)"},
     {"Mobil hesabat tətbiqləri|MS Excel (əsas səviyyə)", "Мобильные приложения для отчётов|MS Excel (базовый "
      "уровень)", "Mobile reporting apps|Basic MS Excel"}},

    // ---- design
    {"design", "higher higher incomplete_higher specialised_secondary", "arts", 0, 700, 1500, 55, "marketing design",
     "", false,
     {"Qrafik dizayner", "Графический дизайнер", "Graphic designer"},
     {"Kiçik dizayner|Qrafik dizayner|Baş dizayner", "Младший дизайнер|Графический дизайнер|Старший дизайнер",
      "Junior designer|Graphic designer|Senior designer"},
     {"qrafik dizayn sahəsində", "в графическом дизайне", "in graphic design"},
     {"Qrafik dizayn|Dizayn|Təsviri sənət", "Графический дизайн|Дизайн|Изобразительное искусство",
      "Graphic Design|Design|Fine Arts"},
     {"Sosial şəbəkələr üçün vizualların hazırlanması|Loqo və korporativ üslubun yaradılması|Çap məhsullarının "
      "maketlərinin hazırlanması|Qablaşdırma dizaynı",
      "Создание визуалов для соцсетей|Разработка логотипов и фирменного стиля|Вёрстка полиграфии|Дизайн "
      "упаковки",
      "Creating social media visuals|Designing logos and brand identities|Laying out print materials|Packaging "
      "design"},
     {"Brendinq|Tipoqrafiya|Kompozisiya və rəng|İllüstrasiya", "Брендинг|Типографика|Композиция и "
      "цвет|Иллюстрация", "Branding|Typography|Composition and colour|Illustration"},
     {"Adobe Photoshop|Adobe Illustrator|Adobe InDesign|Figma", "Adobe Photoshop|Adobe Illustrator|Adobe "
      "InDesign|Figma", "Adobe Photoshop|Adobe Illustrator|Adobe InDesign|Figma"}},
    {"design", "higher", "arch arts", 1, 1000, 2000, 60, "design construction", "", false,
     {"İnteryer dizayneri", "Дизайнер интерьера", "Interior designer"},
     {"Dizayner köməkçisi|İnteryer dizayneri|Baş dizayner", "Помощник дизайнера|Дизайнер интерьера|Ведущий "
      "дизайнер", "Design assistant|Interior designer|Lead designer"},
     {"interyer dizaynı sahəsində", "в дизайне интерьеров", "in interior design"},
     {"Memarlıq|Dizayn|İnteryer dizaynı", "Архитектура|Дизайн|Дизайн интерьера",
      "Architecture|Design|Interior Design"},
     {"Mənzil və ofislər üçün dizayn layihələrinin hazırlanması|Üçölçülü vizuallaşdırma|Materialların və mebelin "
      "seçilməsi|Təmir işlərinə müəllif nəzarəti",
      "Разработка дизайн-проектов квартир и офисов|3D-визуализация|Подбор материалов и мебели|Авторский надзор за "
      "ремонтом",
      "Designing flats and offices|3D visualisation|Choosing materials and furniture|Supervising the renovation "
      "work"},
     {"Planlaşdırma həlləri|Üçölçülü vizuallaşdırma|Rəng və işıq həlləri|Smeta hazırlanması",
      "Планировочные решения|3D-визуализация|Работа с цветом и светом|Составление смет",
      "Space planning|3D visualisation|Colour and lighting|Cost estimates"},
     {"AutoCAD|3ds Max|Corona Renderer|SketchUp", "AutoCAD|3ds Max|Corona Renderer|SketchUp",
      "AutoCAD|3ds Max|Corona Renderer|SketchUp"}},
    {"design", "higher incomplete_higher", "it arts", 1, 1200, 2500, 50, "it marketing", "B1 B2 C1", false,
     {"UI/UX dizayner", "UI/UX-дизайнер", "UI/UX designer"},
     {"Qrafik dizayner|Interfeys dizayneri|Məhsul dizayneri", "Графический дизайнер|Дизайнер "
      "интерфейсов|Продуктовый дизайнер", "Graphic designer|Interface designer|Product designer"},
     {"rəqəmsal məhsulların dizaynı sahəsində", "в дизайне цифровых продуктов", "in digital product design"},
     {"Dizayn|Kompüter elmləri|Qrafik dizayn", "Дизайн|Компьютерные науки|Графический дизайн",
      "Design|Computer Science|Graphic Design"},
     {"Mobil tətbiqlər və saytlar üçün interfeyslərin hazırlanması|İstifadəçi araşdırmalarının "
      "aparılması|Prototiplərin yaradılması və test edilməsi|Dizayn sisteminin dəstəklənməsi",
      "Проектирование интерфейсов мобильных приложений и сайтов|Проведение пользовательских "
      "исследований|Прототипирование и тестирование|Поддержка дизайн-системы",
      "Designing interfaces for mobile apps and websites|Running user research|Prototyping and testing|Maintaining "
      "the design system"},
     {"İstifadəçi araşdırmaları|Prototipləşdirmə|Dizayn sistemləri|Adaptiv interfeyslər",
      "Пользовательские исследования|Прототипирование|Дизайн-системы|Адаптивные интерфейсы",
      "User research|Prototyping|Design systems|Responsive interfaces"},
     {"Figma|Adobe XD|Miro|Adobe Photoshop", "Figma|Adobe XD|Miro|Adobe Photoshop",
      "Figma|Adobe XD|Miro|Adobe Photoshop"}},

    // ---- law
    {"law", "higher higher higher degree", "law", 0, 800, 2000, 45, "law office finance", "", false,
     {"Hüquqşünas", "Юрист", "Lawyer"},
     {"Hüquqşünas köməkçisi|Hüquqşünas|Baş hüquq məsləhətçisi", "Помощник юриста|Юрист|Старший юрисконсульт",
      "Legal assistant|Lawyer|Senior legal counsel"},
     {"hüquq sahəsində", "в юриспруденции", "in law"},
     {"Hüquqşünaslıq|Beynəlxalq hüquq|Mülki hüquq", "Юриспруденция|Международное право|Гражданское право",
      "Law|International Law|Civil Law"},
     {"Müqavilələrin hazırlanması və hüquqi ekspertizası|Məhkəmələrdə şirkətin maraqlarının təmsil "
      "olunması|Korporativ sənədlərin hazırlanması|Əməkdaşlara hüquqi məsləhətlər",
      "Подготовка и правовая экспертиза договоров|Представление интересов компании в суде|Подготовка "
      "корпоративных документов|Консультирование сотрудников по правовым вопросам",
      "Drafting and reviewing contracts|Representing the company in court|Preparing corporate "
      "documents|Advising staff on legal matters"},
     {"Mülki və əmək hüququ|Müqavilə hüququ|Məhkəmə təcrübəsi|Hüquqi yazı", "Гражданское и трудовое "
      "право|Договорное право|Судебная практика|Юридическое письмо", "Civil and labour law|Contract law|Court "
      "practice|Legal writing"},
     {"MS Office|Qanunvericilik məlumat bazaları|Elektron məhkəmə sistemi", "MS Office|Правовые базы "
      "данных|Электронный суд", "MS Office|Legal databases|E-court system"}},

    // ---- education
    {"education", "higher higher degree", "lang ped", 0, 500, 1200, 80, "school", "C1 C1 C2", false,
     {"İngilis dili müəllimi", "Учитель английского языка", "English teacher"},
     {"İngilis dili müəllimi|Baş müəllim|Metodist", "Учитель английского языка|Старший преподаватель|Методист",
      "English teacher|Senior teacher|Academic coordinator"},
     {"ingilis dilinin tədrisi sahəsində", "в преподавании английского языка", "in English language teaching"},
     {"İngilis dili və ədəbiyyatı|Xarici dil müəllimliyi|Tərcümə (ingilis dili)", "Английский язык и "
      "литература|Преподавание иностранного языка|Перевод (английский язык)", "English Language and "
      "Literature|Foreign Language Teaching|Translation (English)"},
     {"Müxtəlif yaş qrupları üçün dərslərin keçirilməsi|Beynəlxalq dil imtahanlarına hazırlıq|Tədris "
      "materiallarının hazırlanması|Şagirdlərin inkişafının izlənməsi",
      "Проведение уроков для разных возрастных групп|Подготовка к международным экзаменам|Подготовка учебных "
      "материалов|Отслеживание успеваемости учеников",
      "Teaching classes for different age groups|Preparing students for international exams|Preparing teaching "
      "materials|Tracking students' progress"},
     {"IELTS hazırlığı|Kommunikativ metodika|Sinifin idarə olunması|Fərdi yanaşma", "Подготовка к "
      "IELTS|Коммуникативная методика|Управление классом|Индивидуальный подход", "IELTS preparation|Communicative "
      "teaching|Classroom management|Individual approach"},
     {"MS Office|Google Classroom|Zoom|Kahoot", "MS Office|Google Classroom|Zoom|Kahoot",
      "MS Office|Google Classroom|Zoom|Kahoot"}},
    {"education", "higher higher degree", "ped general", 0, 500, 1100, 60, "school", "", false,
     {"Riyaziyyat müəllimi", "Учитель математики", "Mathematics teacher"},
     {"Müəllim köməkçisi|Riyaziyyat müəllimi|Baş riyaziyyat müəllimi", "Ассистент учителя|Учитель "
      "математики|Старший учитель математики", "Teaching assistant|Mathematics teacher|Senior mathematics teacher"},
     {"riyaziyyatın tədrisi sahəsində", "в преподавании математики", "in teaching mathematics"},
     {"Riyaziyyat və informatika müəllimliyi|Riyaziyyat|Tətbiqi riyaziyyat", "Преподавание математики и "
      "информатики|Математика|Прикладная математика", "Mathematics and Computer Science Teaching|Mathematics|"
      "Applied Mathematics"},
     {"Riyaziyyat dərslərinin keçirilməsi|Abituriyentlərin qəbul imtahanlarına hazırlanması|Olimpiadalara "
      "hazırlıq|Valideynlərlə iş",
      "Проведение уроков математики|Подготовка абитуриентов к вступительным экзаменам|Подготовка к "
      "олимпиадам|Работа с родителями",
      "Teaching mathematics lessons|Preparing school leavers for entrance exams|Coaching for olympiads|Working with "
      "parents"},
     {"Abituriyent hazırlığı|Olimpiada hazırlığı|Fərdi yanaşma|Müasir tədris metodları", "Подготовка "
      "абитуриентов|Олимпиадная подготовка|Индивидуальный подход|Современные методики", "Entrance exam "
      "coaching|Olympiad coaching|Individual approach|Modern teaching methods"},
     {"MS Office|GeoGebra|Google Classroom", "MS Office|GeoGebra|Google Classroom",
      "MS Office|GeoGebra|Google Classroom"}},
    {"education", "higher specialised_secondary specialised_secondary", "ped", 0, 400, 700, 100, "kindergarten", "", false,
     {"Tərbiyəçi", "Воспитатель", "Kindergarten teacher"},
     {"Tərbiyəçi köməkçisi|Tərbiyəçi|Baş tərbiyəçi", "Помощник воспитателя|Воспитатель|Старший воспитатель",
      "Teaching assistant|Kindergarten teacher|Senior kindergarten teacher"},
     {"məktəbəqədər təhsil sahəsində", "в дошкольном образовании", "in early childhood education"},
     {"Məktəbəqədər təhsil|İbtidai sinif müəllimliyi|Psixologiya", "Дошкольное образование|Преподавание в "
      "начальных классах|Психология", "Early Childhood Education|Primary School Teaching|Psychology"},
     {"Uşaqlarla inkişaf etdirici məşğələlərin keçirilməsi|Gündəlik rejimin təşkili|Bayram tədbirlərinin "
      "hazırlanması|Valideynlərlə ünsiyyət",
      "Проведение развивающих занятий|Организация режима дня|Подготовка праздников|Общение с родителями",
      "Running learning activities|Keeping the daily routine|Preparing celebrations|Talking with parents"},
     {"Uşaq psixologiyası|Oyun metodikası|Səbir və diqqətlilik|Yaradıcı məşğələlər", "Детская "
      "психология|Игровые методики|Терпение и внимательность|Творческие занятия", "Child psychology|Learning "
      "through play|Patience and attentiveness|Arts and crafts activities"},
     {"MS Word|MS PowerPoint", "MS Word|MS PowerPoint", "MS Word|MS PowerPoint"}},

    // ---- industry and agriculture
    {"industry", "higher", "arch tech", 1, 1200, 2500, 15, "construction", "", false,
     {"İnşaat mühəndisi", "Инженер-строитель", "Civil engineer"},
     {"Sahə ustası|Sahə mühəndisi|Layihə rəhbərinin müavini", "Мастер участка|Инженер участка|Заместитель "
      "руководителя проекта", "Site foreman|Site engineer|Deputy project manager"},
     {"inşaat sahəsində", "в строительстве", "in construction"},
     {"Sənaye və mülki tikinti|İnşaat mühəndisliyi|Memarlıq", "Промышленное и гражданское "
      "строительство|Строительная инженерия|Архитектура", "Industrial and Civil Construction|Civil "
      "Engineering|Architecture"},
     {"Tikinti işlərinin layihəyə uyğun icrasına nəzarət|Smeta və həcm cədvəllərinin hazırlanması|Podratçılarla "
      "iş|İcra sənədlərinin aparılması",
      "Контроль выполнения работ по проекту|Составление смет и ведомостей объёмов|Работа с подрядчиками|Ведение "
      "исполнительной документации",
      "Checking that work follows the design|Preparing estimates and bills of quantities|Managing "
      "subcontractors|Keeping as-built records"},
     {"Tikinti norma və qaydalarını bilmək|Çertyojların oxunması|Smeta hazırlanması|Əməyin mühafizəsi",
      "Знание строительных норм и правил|Чтение чертежей|Составление смет|Охрана труда",
      "Building codes|Reading drawings|Cost estimating|Health and safety"},
     {"AutoCAD|MS Project|MS Excel|Revit", "AutoCAD|MS Project|MS Excel|Revit", "AutoCAD|MS Project|MS Excel|Revit"}},
    {"industry", "higher technical_secondary", "tech", 1, 1000, 2200, 10, "energy construction", "", false,
     {"Elektrik mühəndisi", "Инженер-электрик", "Electrical engineer"},
     {"Elektrik montyoru|Elektrik mühəndisi|Baş energetik", "Электромонтёр|Инженер-электрик|Главный энергетик",
      "Electrician|Electrical engineer|Chief power engineer"},
     {"energetika sahəsində", "в энергетике", "in power engineering"},
     {"Elektroenergetika|Elektrik mühəndisliyi|Avtomatlaşdırma", "Электроэнергетика|Электротехника|Автоматизация",
      "Electric Power Engineering|Electrical Engineering|Automation"},
     {"Elektrik avadanlıqlarına texniki xidmət|Elektrik təchizatı sxemlərinin hazırlanması|Qəzaların aradan "
      "qaldırılması|Təhlükəsizlik texnikasına nəzarət",
      "Техническое обслуживание электрооборудования|Разработка схем электроснабжения|Устранение "
      "аварий|Контроль техники безопасности",
      "Maintaining electrical equipment|Designing power supply schemes|Fixing breakdowns|Enforcing safety rules"},
     {"Elektrik sxemlərinin oxunması|Yüksək gərginlikli avadanlıqla iş|Rele mühafizəsi|Proqramlaşdırılan "
      "kontrollerlər", "Чтение электрических схем|Работа с высоковольтным оборудованием|Релейная "
      "защита|Программируемые контроллеры", "Reading wiring diagrams|High-voltage equipment|Relay "
      "protection|Programmable controllers"},
     {"AutoCAD Electrical|EPLAN|MS Excel", "AutoCAD Electrical|EPLAN|MS Excel", "AutoCAD Electrical|EPLAN|MS Excel"}},
    {"industry", "secondary technical_secondary technical_secondary", "tech", 1, 800, 1500, 0, "construction energy", "", false,
     {"Qaynaqçı", "Сварщик", "Welder"},
     {"Qaynaqçı köməkçisi|Elektroqaynaqçı|Baş qaynaqçı", "Помощник сварщика|Электросварщик|Старший сварщик",
      "Welder's assistant|Arc welder|Senior welder"},
     {"qaynaq işlərində", "на сварочных работах", "in welding"},
     {"Qaynaq istehsalı|Elektroqaz qaynaqçısı|Metal emalı", "Сварочное производство|Электрогазосварщик|Обработка "
      "металлов", "Welding Technology|Gas and Arc Welding|Metalworking"},
     {"Metal konstruksiyaların qaynaqlanması|Boru kəmərlərinin qaynağı|Çertyojlar üzrə iş|Qaynaq tikişlərinin "
      "keyfiyyətinə nəzarət",
      "Сварка металлоконструкций|Сварка трубопроводов|Работа по чертежам|Контроль качества сварных швов",
      "Welding steel structures|Welding pipelines|Working from drawings|Checking weld quality"},
     {"Elektrik qövs qaynağı|Arqon qaynağı|Yarımavtomat qaynaq|Çertyoj oxumaq", "Ручная дуговая сварка|Аргонная "
      "сварка|Полуавтоматическая сварка|Чтение чертежей", "Arc welding|Argon (TIG) welding|Semi-automatic "
      "welding|Reading drawings"},
     {"", "", ""}},
    {"industry", "higher", "agri", 0, 700, 1400, 25, "agro", "", true,
     {"Aqronom", "Агроном", "Agronomist"},
     {"Aqronom köməkçisi|Aqronom|Baş aqronom", "Помощник агронома|Агроном|Главный агроном",
      "Assistant agronomist|Agronomist|Chief agronomist"},
     {"kənd təsərrüfatı sahəsində", "в сельском хозяйстве", "in agriculture"},
     {"Aqronomluq|Bitki mühafizəsi|Bağçılıq", "Агрономия|Защита растений|Садоводство",
      "Agronomy|Plant Protection|Horticulture"},
     {"Əkin və məhsul yığımı işlərinin planlaşdırılması|Torpaq və bitki analizlərinin aparılması|Gübrələmə və "
      "bitki mühafizəsi proqramının hazırlanması|Suvarma sistemlərinə nəzarət",
      "Планирование посевных и уборочных работ|Анализ почвы и растений|Составление программы удобрения и защиты "
      "растений|Контроль систем орошения",
      "Planning sowing and harvesting|Testing soil and plants|Drawing up fertiliser and crop protection "
      "plans|Overseeing irrigation"},
     {"Bitki mühafizəsi|Damcı suvarma|Torpaqşünaslıq|İstixana təsərrüfatı", "Защита растений|Капельное "
      "орошение|Почвоведение|Тепличное хозяйство", "Crop protection|Drip irrigation|Soil science|Greenhouse "
      "growing"},
     {"MS Excel|Aqrar uçot proqramları", "MS Excel|Программы агроучёта", "MS Excel|Farm management software"}},

    // ---- services
    {"services", "secondary technical_secondary", "tech", 1, 600, 1000, 3, "transport trade office", "", false,
     {"Sürücü (B, C kateqoriyası)", "Водитель (категории B, C)", "Driver (category B, C)"},
     {"Kuryer|Sürücü-ekspeditor|Şəxsi sürücü", "Курьер|Водитель-экспедитор|Личный водитель",
      "Courier|Delivery driver|Personal driver"},
     {"sürücü kimi", "водителем", "as a driver"},
     {"Avtomobil nəqliyyatının istismarı|Avtomexanik", "Эксплуатация автомобильного транспорта|Автомеханик",
      "Motor Vehicle Operation|Car Mechanics"},
     {"Yüklərin müştərilərə çatdırılması|Avtomobilin texniki vəziyyətinə nəzarət|Yol vərəqələrinin "
      "aparılması|Rəhbərliyin xidməti səfərlərinin təmin olunması",
      "Доставка грузов клиентам|Контроль технического состояния автомобиля|Ведение путевых листов|Обслуживание "
      "служебных поездок руководства",
      "Delivering goods to customers|Keeping the vehicle in good condition|Filling in trip sheets|Driving managers to "
      "meetings"},
     {"Qəzasız sürücülük təcrübəsi|Bakı küçələrini yaxşı bilmək|Avtomobilin kiçik təmiri|Nəzakətli davranış",
      "Безаварийный стаж|Хорошее знание Баку|Мелкий ремонт автомобиля|Вежливость",
      "Accident-free driving record|Good knowledge of Baku|Minor car repairs|Courteous manner"},
     {"Naviqasiya proqramları (Waze, Google Maps)", "Навигаторы (Waze, Google Maps)",
      "Navigation apps (Waze, Google Maps)"}},
    {"services", "secondary secondary incomplete_higher", "general", 0, 500, 800, 15, "transport trade restaurant",
     "", false,
     {"Kuryer", "Курьер", "Courier"},
     {"Piyada kuryer|Kuryer|Moto kuryer", "Пеший курьер|Курьер|Мотокурьер", "Foot courier|Courier|Motorbike courier"},
     {"çatdırılma sahəsində", "в доставке", "in delivery"},
     {"Menecment|Turizm", "Менеджмент|Туризм", "Management|Tourism"},
     {"Sifarişlərin müştərilərə vaxtında çatdırılması|Ödənişlərin qəbulu|Sənədlərin ünvanlara çatdırılması",
      "Своевременная доставка заказов|Приём оплаты|Доставка документов по адресам",
      "Delivering orders on time|Taking payments|Delivering documents to addresses"},
     {"Şəhəri yaxşı bilmək|Dəqiqlik|Fiziki dözümlülük|Moped idarə etmək", "Хорошее знание города|Пунктуальность|"
      "Физическая выносливость|Вождение мопеда", "Good knowledge of the city|Punctuality|Physical "
      "stamina|Riding a moped"},
     {"Çatdırılma tətbiqləri|Naviqasiya proqramları", "Приложения доставки|Навигаторы",
      "Delivery apps|Navigation apps"}, 1985},
    {"services", "secondary specialised_secondary", "service", 1, 700, 1500, 35, "restaurant hotel", "", false,
     {"Aşpaz", "Повар", "Cook"},
     {"Aşpaz köməkçisi|Aşpaz|Baş aşpazın müavini", "Помощник повара|Повар|Су-шеф", "Kitchen assistant|Cook|Sous-chef"},
     {"ictimai iaşə sahəsində", "на кухне", "in professional kitchens"},
     {"Aşpazlıq|Qida texnologiyası", "Поварское дело|Технология питания", "Culinary Arts|Food Technology"},
     {"Milli və Avropa mətbəxi yeməklərinin hazırlanması|Menyu üzrə hazırlıq işləri|Məhsulların qəbulu və "
      "saxlanmasına nəzarət|Sanitariya qaydalarına əməl olunması",
      "Приготовление блюд национальной и европейской кухни|Заготовки по меню|Приёмка продуктов и контроль "
      "хранения|Соблюдение санитарных норм",
      "Cooking Azerbaijani and European dishes|Prepping for the menu|Receiving and storing produce|Following hygiene "
      "rules"},
     {"Azərbaycan milli mətbəxi|Avropa mətbəxi|Banket xidməti|Sanitariya normaları", "Азербайджанская "
      "кухня|Европейская кухня|Банкетное обслуживание|Санитарные нормы", "Azerbaijani cuisine|European "
      "cuisine|Banquet catering|Food hygiene"},
     {"", "", ""}},
    {"services", "secondary incomplete_higher specialised_secondary", "service", 0, 450, 800, 40, "restaurant hotel", "",
     false,
     {"Ofisiant", "Официант", "Waiter"},
     {"Ofisiant köməkçisi|Ofisiant|Baş ofisiant", "Помощник официанта|Официант|Старший официант",
      "Server assistant|Waiter|Head waiter"},
     {"restoran xidmətində", "в ресторанном обслуживании", "in restaurant service"},
     {"Turizm və otelçilik|Restoran xidməti", "Туризм и гостиничное дело|Ресторанный сервис",
      "Tourism and Hospitality|Restaurant Service"},
     {"Qonaqların qarşılanması və sifarişlərin qəbulu|Menyu üzrə məsləhət|Masaların servirovkası|Hesabın "
      "hazırlanması",
      "Встреча гостей и приём заказов|Консультирование по меню|Сервировка столов|Расчёт гостей",
      "Greeting guests and taking orders|Recommending dishes|Laying tables|Preparing the bill"},
     {"Servis standartları|Menyu və içkiləri bilmək|Nəzakət|Stressə davamlılıq", "Стандарты сервиса|Знание меню и "
      "напитков|Вежливость|Стрессоустойчивость", "Service standards|Menu and drinks knowledge|Courtesy|Calm under "
      "pressure"},
     {"R-Keeper|POS-terminal", "R-Keeper|POS-терминал", "R-Keeper|Card terminals"}, 1985},
    {"services", "secondary technical_secondary", "general", 0, 500, 800, 3, "security trade", "", false,
     {"Mühafizəçi", "Охранник", "Security guard"},
     {"Mühafizəçi|Növbə rəisi|Mühafizə rəisinin müavini", "Охранник|Начальник смены|Заместитель начальника охраны",
      "Security guard|Shift supervisor|Deputy head of security"},
     {"mühafizə sahəsində", "в охране", "in security"},
     {"Mülki müdafiə|Hüquq mühafizəsi", "Гражданская оборона|Правоохранительная деятельность",
      "Civil Defence|Law Enforcement"},
     {"Obyektin mühafizəsi və buraxılış rejiminə nəzarət|Videomüşahidə sisteminin izlənməsi|Ərazinin patrul "
      "edilməsi|Növbə jurnalının aparılması",
      "Охрана объекта и контроль пропускного режима|Наблюдение по камерам|Патрулирование территории|Ведение "
      "журнала смены",
      "Guarding the site and checking passes|Watching the CCTV|Patrolling the grounds|Keeping the shift log"},
     {"Buraxılış rejimi|Videomüşahidə|İlk tibbi yardım|İntizamlılıq", "Пропускной режим|Видеонаблюдение|Первая "
      "помощь|Дисциплинированность", "Access control|CCTV|First aid|Discipline"},
     {"", "", ""}},
    {"services", "higher incomplete_higher specialised_secondary", "service lang econ", 0, 600, 1100, 60,
     "hotel", "B2 B2 C1", false,
     {"Otel resepşn əməkdaşı", "Администратор гостиницы", "Hotel front desk agent"},
     {"Resepşn əməkdaşı|Baş resepşn əməkdaşı|Qonaqlarla iş üzrə menecer", "Администратор|Старший "
      "администратор|Менеджер по работе с гостями", "Front desk agent|Senior front desk agent|Guest relations "
      "manager"},
     {"otel biznesində", "в гостиничном бизнесе", "in hospitality"},
     {"Turizm və otelçilik|Turizm menecmenti", "Туризм и гостиничное дело|Менеджмент туризма",
      "Tourism and Hospitality|Tourism Management"},
     {"Qonaqların qeydiyyatı və yola salınması|Otaq rezervasiyalarının idarə olunması|Qonaqların müraciətlərinin "
      "həlli|Kassa əməliyyatları",
      "Заселение и выселение гостей|Управление бронированием|Решение вопросов гостей|Кассовые операции",
      "Checking guests in and out|Managing room bookings|Resolving guest requests|Handling payments"},
     {"Xarici dillərdə ünsiyyət|Rezervasiya sistemləri|Qonaqpərvərlik standartları", "Общение на иностранных "
      "языках|Системы бронирования|Стандарты гостеприимства", "Speaking foreign languages|Booking "
      "systems|Hospitality standards"},
     {"Opera PMS|MS Office", "Opera PMS|MS Office", "Opera PMS|MS Office"}},
    {"services", "secondary specialised_secondary", "service", 1, 500, 1200, 75, "beauty", "", false,
     {"Bərbər-stilist", "Парикмахер-стилист", "Hairstylist"},
     {"Usta köməkçisi|Bərbər|Bərbər-stilist", "Помощник мастера|Парикмахер|Парикмахер-стилист",
      "Salon assistant|Hairdresser|Hairstylist"},
     {"gözəllik sahəsində", "в бьюти-сфере", "in the beauty industry"},
     {"Bərbərlik sənəti|Kosmetologiya", "Парикмахерское искусство|Косметология", "Hairdressing|Cosmetology"},
     {"Kişi və qadın saç düzümləri|Saçların boyanması və qulluq prosedurları|Müştərilərə üslub seçimində məsləhət",
      "Мужские и женские стрижки|Окрашивание и уход за волосами|Консультирование по выбору образа",
      "Men's and women's haircuts|Colouring and hair treatments|Advising clients on their look"},
     {"Saç kəsimi|Rəngləmə texnikaları|Gəlin saç düzümü|Keratin qulluğu", "Стрижки|Техники окрашивания|Свадебные "
      "причёски|Кератиновый уход", "Haircuts|Colouring techniques|Bridal styling|Keratin treatments"},
     {"", "", ""}},

    // ---- medicine
    {"medicine", "specialised_secondary", "med", 0, 400, 800, 100, "clinic", "", false,
     {"Tibb bacısı", "Медсестра", "Nurse"},
     {"Tibb bacısı|Prosedur tibb bacısı|Baş tibb bacısı", "Медсестра|Процедурная медсестра|Старшая медсестра",
      "Nurse|Treatment room nurse|Senior nurse"},
     {"tibb sahəsində", "в медицине", "in nursing"},
     {"Tibb bacısı işi|Mamalıq işi", "Сестринское дело|Акушерское дело", "Nursing|Midwifery"},
     {"İynə və sistemlərin vurulması|Pasiyentlərə qulluq|Həkim təyinatlarının icrası|Tibbi sənədlərin aparılması",
      "Инъекции и капельницы|Уход за пациентами|Выполнение назначений врача|Ведение медицинской документации",
      "Giving injections and drips|Caring for patients|Carrying out doctors' orders|Keeping medical records"},
     {"Venadaxili inyeksiyalar|İlk tibbi yardım|Sterilizasiya qaydaları|Pasiyentlə ünsiyyət", "Внутривенные "
      "инъекции|Первая помощь|Правила стерилизации|Общение с пациентами", "Intravenous injections|First "
      "aid|Sterilisation procedures|Patient communication"},
     {"Elektron tibbi kart sistemi|MS Word", "Электронная медицинская карта|MS Word",
      "Electronic medical records|MS Word"}},
    {"medicine", "higher specialised_secondary", "med", 0, 600, 1100, 75, "pharmacy", "", false,
     {"Əczaçı", "Фармацевт", "Pharmacist"},
     {"Əczaçı köməkçisi|Əczaçı|Aptek müdiri", "Помощник фармацевта|Фармацевт|Заведующий аптекой",
      "Pharmacy assistant|Pharmacist|Pharmacy manager"},
     {"əczaçılıq sahəsində", "в фармацевтике", "in pharmacy"},
     {"Əczaçılıq|Farmasiya", "Фармация|Фармацевтика", "Pharmacy|Pharmaceutical Sciences"},
     {"Dərman vasitələrinin satışı və məsləhət|Reseptlərin yoxlanılması|Dərmanların qəbulu və saxlanmasına "
      "nəzarət|Qalıqların uçotu",
      "Отпуск лекарств и консультирование|Проверка рецептов|Приёмка и контроль хранения лекарств|Учёт остатков",
      "Dispensing medicines and advising customers|Checking prescriptions|Receiving and storing medicines|Stock "
      "control"},
     {"Farmakologiya|Dərmanların qarşılıqlı təsiri|Aptek uçotu|Müştəri ilə ünsiyyət", "Фармакология|Лекарственные "
      "взаимодействия|Аптечный учёт|Работа с покупателями", "Pharmacology|Drug interactions|Pharmacy stock "
      "systems|Customer care"},
     {"Aptek uçot proqramı|MS Excel", "Аптечная учётная программа|MS Excel", "Pharmacy stock software|MS Excel"}},
    {"medicine", "higher higher degree", "med", 1, 1000, 2500, 55, "clinic", "", false,
     {"Terapevt həkim", "Врач-терапевт", "General practitioner"},
     {"Rezident həkim|Terapevt|Şöbə müdirinin müavini", "Врач-резидент|Терапевт|Заместитель заведующего "
      "отделением", "Resident doctor|General practitioner|Deputy head of department"},
     {"terapiya sahəsində", "в терапии", "in internal medicine"},
     {"Müalicə işi|Daxili xəstəliklər", "Лечебное дело|Внутренние болезни", "General Medicine|Internal Medicine"},
     {"Pasiyentlərin müayinəsi və diaqnozun qoyulması|Müalicə planının hazırlanması|Profilaktik müayinələrin "
      "aparılması|Tibbi sənədlərin aparılması",
      "Осмотр пациентов и постановка диагноза|Составление плана лечения|Проведение профилактических "
      "осмотров|Ведение медицинской документации",
      "Examining patients and making diagnoses|Planning treatment|Running check-ups|Keeping medical records"},
     {"Klinik diaqnostika|Elektrokardioqrammanın oxunması|Sübuta əsaslanan təbabət|Pasiyentlə ünsiyyət",
      "Клиническая диагностика|Расшифровка ЭКГ|Доказательная медицина|Общение с пациентами",
      "Clinical diagnosis|Reading ECGs|Evidence-based medicine|Patient communication"},
     {"Elektron tibbi kart sistemi|MS Office", "Электронная медицинская карта|MS Office",
      "Electronic medical records|MS Office"}},

    // ---- miscellaneous
    {"misc", "incomplete_higher incomplete_higher secondary", "general econ", 0, 300, 600, 55, "marketing trade", "",
     false,
     {"Promouter", "Промоутер", "Promoter"},
     {"Promouter|Tədbir köməkçisi|Supervayzer", "Промоутер|Помощник на мероприятиях|Супервайзер",
      "Promoter|Event assistant|Promotion supervisor"},
     {"promo tədbirlərdə", "в промоакциях", "in promotional events"},
     {"Marketinq|Menecment|Turizm", "Маркетинг|Менеджмент|Туризм", "Marketing|Management|Tourism"},
     {"Məhsulların dequstasiyası və təqdimatı|Broşürlərin paylanması|Alıcılarla ünsiyyət",
      "Дегустации и презентации продукции|Раздача листовок|Общение с покупателями",
      "Running tastings and product demos|Handing out leaflets|Talking to shoppers"},
     {"Ünsiyyətcillik|Təqdimat bacarığı|Çevik qrafikə hazırlıq", "Коммуникабельность|Навыки презентации|Гибкий "
      "график", "Outgoing personality|Presentation skills|Flexible hours"},
     {"MS Office|Sosial şəbəkələr", "MS Office|Социальные сети", "MS Office|Social media"}, 1998},
    {"misc", "secondary incomplete_higher higher", "general lang", 0, 450, 800, 65, "finance it trade", "", false,
     {"Çağrı mərkəzi operatoru", "Оператор колл-центра", "Call centre operator"},
     {"Operator|Baş operator|Növbə rəhbəri", "Оператор|Старший оператор|Руководитель смены",
      "Operator|Senior operator|Shift leader"},
     {"çağrı mərkəzində", "в колл-центре", "in a call centre"},
     {"Dilçilik|Menecment|Filologiya", "Лингвистика|Менеджмент|Филология", "Linguistics|Management|Philology"},
     {"Daxil olan zənglərin qəbulu|Müştərilərə xidmətlər barədə məlumat verilməsi|Şikayətlərin "
      "qeydiyyatı|Çıxış zəngləri ilə satış",
      "Приём входящих звонков|Консультирование клиентов по услугам|Регистрация жалоб|Продажи по исходящим звонкам",
      "Answering incoming calls|Informing customers about services|Logging complaints|Outbound sales calls"},
     {"Savadlı nitq|Stressə davamlılıq|Skript üzrə iş|Çoxdilli ünsiyyət", "Грамотная "
      "речь|Стрессоустойчивость|Работа по скриптам|Общение на нескольких языках", "Clear speech|Calm under "
      "pressure|Working to scripts|Speaking several languages"},
     {"CRM sistemləri|MS Office|Sürətli yazı", "CRM-системы|MS Office|Быстрая печать",
      "CRM systems|MS Office|Fast typing"}, 1985},
};
// clang-format on

// ---------------------------------------------------------------------------------------------------------------
// Places, schools and employers.

struct City {
    const char* code;
    L3 name;
};

// Repeats weigh the bigger towns more.
const City kRegions[] = {
    {"sumgait", {"Sumqayıt", "Сумгаит", "Sumgait"}},
    {"sumgait", {"Sumqayıt", "Сумгаит", "Sumgait"}},
    {"ganja", {"Gəncə", "Гянджа", "Ganja"}},
    {"ganja", {"Gəncə", "Гянджа", "Ganja"}},
    {"khirdalan", {"Xırdalan", "Хырдалан", "Khirdalan"}},
    {"mingachevir", {"Mingəçevir", "Мингечевир", "Mingachevir"}},
    {"lankaran", {"Lənkəran", "Ленкорань", "Lankaran"}},
    {"shaki", {"Şəki", "Шеки", "Shaki"}},
    {"guba", {"Quba", "Губа", "Guba"}},
    {"gabala", {"Qəbələ", "Габала", "Gabala"}},
    {"shirvan", {"Şirvan", "Ширван", "Shirvan"}},
    {"nakhchivan", {"Naxçıvan", "Нахчыван", "Nakhchivan"}},
    {"yevlakh", {"Yevlax", "Евлах", "Yevlakh"}},
    {"shamakhi", {"Şamaxı", "Шамахы", "Shamakhi"}},
    {"zagatala", {"Zaqatala", "Загатала", "Zagatala"}},
    {"masally", {"Masallı", "Масаллы", "Masally"}},
    {"barda", {"Bərdə", "Барда", "Barda"}},
    {"salyan", {"Salyan", "Сальяны", "Salyan"}},
};
const L3 kBakuName = {"Bakı", "Баку", "Baku"};

enum InstitutionKind { kUniversity, kInstitute, kCollege };

struct Institution {
    InstitutionKind kind;
    const char* groups;  // space-separated
    L3 name;
    int founded = 1950;  // under this name; nobody studied there before
};

// clang-format off
const Institution kInstitutions[] = {
    {kUniversity, "econ law ped lang general it", {"Bakı Dövlət Universiteti", "Бакинский государственный университет", "Baku State University"}},
    {kUniversity, "econ general", {"Azərbaycan Dövlət İqtisad Universiteti (UNEC)", "Азербайджанский государственный экономический университет (UNEC)", "Azerbaijan State University of Economics (UNEC)"}},
    {kUniversity, "econ it law lang", {"ADA Universiteti", "Университет ADA", "ADA University"}, 2006},
    {kUniversity, "tech it", {"Azərbaycan Texniki Universiteti", "Азербайджанский технический университет", "Azerbaijan Technical University"}},
    {kUniversity, "tech it econ", {"Azərbaycan Dövlət Neft və Sənaye Universiteti", "Азербайджанский государственный университет нефти и промышленности", "Azerbaijan State Oil and Industry University"}},
    {kUniversity, "tech it", {"Bakı Ali Neft Məktəbi", "Бакинская высшая школа нефти", "Baku Higher Oil School"}, 2011},
    {kUniversity, "tech it econ", {"Bakı Mühəndislik Universiteti", "Бакинский инженерный университет", "Baku Engineering University"}, 2016},
    {kUniversity, "arch tech", {"Azərbaycan Memarlıq və İnşaat Universiteti", "Азербайджанский архитектурно-строительный университет", "Azerbaijan University of Architecture and Construction"}},
    {kUniversity, "med", {"Azərbaycan Tibb Universiteti", "Азербайджанский медицинский университет", "Azerbaijan Medical University"}},
    {kUniversity, "ped", {"Azərbaycan Dövlət Pedaqoji Universiteti", "Азербайджанский государственный педагогический университет", "Azerbaijan State Pedagogical University"}},
    {kUniversity, "lang ped", {"Azərbaycan Dillər Universiteti", "Азербайджанский университет языков", "Azerbaijan University of Languages"}},
    {kUniversity, "lang ped general", {"Bakı Slavyan Universiteti", "Бакинский славянский университет", "Baku Slavic University"}, 2000},
    {kUniversity, "econ it law lang ped", {"Xəzər Universiteti", "Университет Хазар", "Khazar University"}, 1991},
    {kUniversity, "arts general", {"Azərbaycan Dövlət Mədəniyyət və İncəsənət Universiteti", "Азербайджанский государственный университет культуры и искусств", "Azerbaijan State University of Culture and Arts"}},
    {kUniversity, "arts arch", {"Azərbaycan Dövlət Rəssamlıq Akademiyası", "Азербайджанская государственная академия художеств", "Azerbaijan State Academy of Fine Arts"}},
    {kUniversity, "agri", {"Azərbaycan Dövlət Aqrar Universiteti", "Азербайджанский государственный аграрный университет", "Azerbaijan State Agrarian University"}},
    {kUniversity, "ped general agri", {"Gəncə Dövlət Universiteti", "Гянджинский государственный университет", "Ganja State University"}},
    {kUniversity, "ped tech econ general", {"Sumqayıt Dövlət Universiteti", "Сумгаитский государственный университет", "Sumgait State University"}},
    {kUniversity, "econ law general", {"Azərbaycan Universiteti", "Университет Азербайджан", "Azerbaijan University"}, 1991},
    {kUniversity, "econ service", {"Azərbaycan Turizm və Menecment Universiteti", "Азербайджанский университет туризма и менеджмента", "Azerbaijan Tourism and Management University"}, 2006},
    {kInstitute, "econ", {"AMEA İqtisadiyyat İnstitutu", "Институт экономики НАНА", "Institute of Economics, ANAS"}},
    {kInstitute, "tech it", {"AMEA Fizika İnstitutu", "Институт физики НАНА", "Institute of Physics, ANAS"}},
    {kInstitute, "it", {"AMEA İdarəetmə Sistemləri İnstitutu", "Институт систем управления НАНА", "Institute of Control Systems, ANAS"}},
    {kInstitute, "law", {"AMEA Hüquq və İnsan Haqları İnstitutu", "Институт права и прав человека НАНА", "Institute of Law and Human Rights, ANAS"}},
    {kInstitute, "ped lang general", {"AMEA Təhsil İnstitutu", "Институт образования НАНА", "Institute of Education, ANAS"}},
    {kCollege, "med", {"Bakı Baza Tibb Kolleci", "Бакинский базовый медицинский колледж", "Baku Base Medical College"}},
    {kCollege, "med", {"Bakı Tibb Kolleci", "Бакинский медицинский колледж", "Baku Medical College"}},
    {kCollege, "econ general", {"UNEC İqtisadiyyat və İdarəetmə Kolleci", "Колледж экономики и управления UNEC", "UNEC College of Economics and Management"}, 2000},
    {kCollege, "ped", {"Azərbaycan Dövlət Pedaqoji Kolleci", "Азербайджанский государственный педагогический колледж", "Azerbaijan State Pedagogical College"}},
    {kCollege, "service", {"Bakı Turizm Peşə Məktəbi", "Бакинская профессиональная школа туризма", "Baku Vocational School of Tourism"}, 2016},
    {kCollege, "tech it", {"Bakı Dövlət Rabitə və Nəqliyyat Kolleci", "Бакинский государственный колледж связи и транспорта", "Baku State College of Communication and Transport"}},
    {kCollege, "tech", {"Sumqayıt Dövlət Texniki Kolleci", "Сумгаитский государственный технический колледж", "Sumgait State Technical College"}},
    {kCollege, "arts", {"Əzim Əzimzadə adına Bakı Rəssamlıq Məktəbi", "Бакинское художественное училище имени Азима Азимзаде", "Azim Azimzade Baku Art School"}},
    {kCollege, "econ ped tech general service", {"Gəncə Dövlət Regional Kolleci", "Гянджинский государственный региональный колледж", "Ganja State Regional College"}},
};
// clang-format on

bool HasWord(std::string_view list, std::string_view word) {
    for (const auto& w : Split(list, ' '))
        if (w == word) return true;
    return false;
}

// An institution of the kind and one of the groups that existed (under its present name) in `year`.
const Institution& PickInstitution(InstitutionKind kind, std::string_view groups, int year, Rng& rng) {
    std::vector<const Institution*> pool;
    for (const auto& g : Split(groups, ' '))
        for (const auto& i : kInstitutions)
            if (i.kind == kind && i.founded <= year && HasWord(i.groups, g)) pool.push_back(&i);
    if (pool.empty())
        for (const auto& i : kInstitutions)
            if (i.kind == kind && i.founded <= year && HasWord(i.groups, "general")) pool.push_back(&i);
    if (pool.empty())
        for (const auto& i : kInstitutions)
            if (i.kind == kind && i.founded <= year) pool.push_back(&i);
    return *pool[rng.Below(pool.size())];
}

// Fictional employers. {w} is a company word, {n} a school number; a null ru/en is derived from an "… MMC" name.
struct Employer {
    const char* sector;
    L3 name;
};

// clang-format off
const Employer kEmployers[] = {
    {"office", {"{w} Group MMC", nullptr, nullptr}},
    {"office", {"{w} Ticarət MMC", nullptr, nullptr}},
    {"office", {"{w} Logistika MMC", nullptr, nullptr}},
    {"office", {"{w} Holdinq", "Холдинг «{w}»", "{w} Holding"}},
    {"finance", {"{w} Kredit BOKT", "НБКО «{w} Kredit»", "{w} Kredit NBCO"}},
    {"finance", {"{w} Audit MMC", nullptr, nullptr}},
    {"finance", {"{w} Sığorta MMC", nullptr, nullptr}},
    {"finance", {"{w} Lizinq MMC", nullptr, nullptr}},
    {"it", {"{w} Soft MMC", nullptr, nullptr}},
    {"it", {"{w} Tech MMC", nullptr, nullptr}},
    {"it", {"{w} Digital MMC", nullptr, nullptr}},
    {"it", {"{w} Solutions MMC", nullptr, nullptr}},
    {"marketing", {"{w} Media MMC", nullptr, nullptr}},
    {"marketing", {"{w} Reklam Agentliyi", "Рекламное агентство «{w}»", "{w} Advertising Agency"}},
    {"marketing", {"{w} Creative MMC", nullptr, nullptr}},
    {"trade", {"{w} Market MMC", nullptr, nullptr}},
    {"trade", {"{w} Elektronika MMC", nullptr, nullptr}},
    {"trade", {"{w} Mebel MMC", nullptr, nullptr}},
    {"trade", {"{w} geyim mağazaları", "Сеть магазинов одежды «{w}»", "{w} clothing stores"}},
    {"design", {"{w} Dizayn Studiyası", "Дизайн-студия «{w}»", "{w} Design Studio"}},
    {"design", {"{w} İnteryer MMC", nullptr, nullptr}},
    {"law", {"{w} Hüquq Bürosu", "Юридическое бюро «{w}»", "{w} Law Office"}},
    {"law", {"{w} Vəkil Bürosu", "Адвокатское бюро «{w}»", "{w} Advocates"}},
    {"school", {"Bakı şəhəri {n} nömrəli tam orta məktəb", "Средняя школа № {n} г. Баку", "Baku Secondary School No. {n}"}},
    {"school", {"{w} Tədris Mərkəzi", "Учебный центр «{w}»", "{w} Learning Centre"}},
    {"kindergarten", {"{w} uşaq bağçası", "Детский сад «{w}»", "{w} Kindergarten"}},
    {"kindergarten", {"«{w}» məktəbəqədər təhsil mərkəzi", "Центр дошкольного образования «{w}»", "{w} Early Learning Centre"}},
    {"school", {"{w} özəl məktəbi", "Частная школа «{w}»", "{w} Private School"}},
    {"construction", {"{w} İnşaat MMC", nullptr, nullptr}},
    {"construction", {"{w} Tikinti MMC", nullptr, nullptr}},
    {"construction", {"{w} Metal Konstruksiya MMC", nullptr, nullptr}},
    {"energy", {"{w} Enerji MMC", nullptr, nullptr}},
    {"energy", {"{w} Energo Servis MMC", nullptr, nullptr}},
    {"agro", {"{w} Aqro MMC", nullptr, nullptr}},
    {"agro", {"«{w}» fermer təsərrüfatı", "Фермерское хозяйство «{w}»", "{w} Farm"}},
    {"agro", {"{w} İstixana Kompleksi", "Тепличный комплекс «{w}»", "{w} Greenhouses"}},
    {"restaurant", {"{w} restoranı", "Ресторан «{w}»", "{w} Restaurant"}},
    {"restaurant", {"{w} kafesi", "Кафе «{w}»", "{w} Café"}},
    {"hotel", {"{w} Hotel", "Отель «{w}»", "{w} Hotel"}},
    {"hotel", {"{w} Boutique Hotel", "Бутик-отель «{w}»", "{w} Boutique Hotel"}},
    {"transport", {"{w} Logistika MMC", nullptr, nullptr}},
    {"transport", {"{w} Ekspress MMC", nullptr, nullptr}},
    {"transport", {"{w} Daşıma MMC", nullptr, nullptr}},
    {"clinic", {"{w} klinikası", "Клиника «{w}»", "{w} Clinic"}},
    {"clinic", {"{w} Tibb Mərkəzi", "Медицинский центр «{w}»", "{w} Medical Centre"}},
    {"pharmacy", {"{w} aptek şəbəkəsi", "Аптечная сеть «{w}»", "{w} Pharmacies"}},
    {"beauty", {"{w} gözəllik salonu", "Салон красоты «{w}»", "{w} Beauty Salon"}},
    {"beauty", {"{w} Barbershop", "Барбершоп «{w}»", "{w} Barbershop"}},
    {"security", {"{w} Mühafizə MMC", nullptr, nullptr}},
};
// clang-format on

const char* const kCompanyWords[] = {"Atlas",   "Simurq", "Zirvə", "Mərcan", "Nur",   "Lider",       "Orion",
                                     "Vega",    "Qala",   "Sahil", "Ulduz",  "Nar",   "Günəş",       "Şəfəq",
                                     "Kəhrəba", "Dalğa",  "İnci",  "Aran",   "Əlvan", "Xəzər Sahili"};

std::string EmployerName(const Profile& p, Lang lang, Rng& rng) {
    auto sectors = Split(p.employers, ' ');
    const std::string sector = sectors[rng.Below(sectors.size())];
    std::vector<const Employer*> pool;
    for (const auto& e : kEmployers)
        if (sector == e.sector) pool.push_back(&e);
    const Employer& e = *pool[rng.Below(pool.size())];
    std::string word = rng.Pick(kCompanyWords);
    std::string number = std::to_string(rng.Between(1, 290));
    std::string az = e.name.az;
    std::string name;
    if (lang == kAz || e.name.ru) {
        name = e.name.In(lang);
    } else {  // "{w} Soft MMC" → ООО «{w} Soft» / {w} Soft LLC
        std::string base = az.substr(0, az.size() - 4);
        name = lang == kRu ? "ООО «" + base + "»" : base + " LLC";
    }
    return Replace(Replace(name, "{w}", word), "{n}", number);
}

// ---------------------------------------------------------------------------------------------------------------
// People. Latin (az), Cyrillic (ru) and passport spellings (en) are parallel.

struct Name {
    const char* az;
    const char* ru;
    const char* en;
    const char* In(Lang l) const { return l == kAz ? az : l == kRu ? ru : en; }
};

const Name kWomen[] = {
    {"Aysel", "Айсель", "Aysel"},      {"Leyla", "Лейла", "Leyla"},     {"Günay", "Гюнай", "Gunay"},
    {"Nigar", "Нигяр", "Nigar"},       {"Səbinə", "Сабина", "Sabina"},  {"Nərgiz", "Наргиз", "Nargiz"},
    {"Aynur", "Айнур", "Aynur"},       {"Könül", "Кёнуль", "Konul"},    {"Ülviyyə", "Ульвия", "Ulviyya"},
    {"Şəbnəm", "Шабнам", "Shabnam"},   {"Fidan", "Фидан", "Fidan"},     {"Türkan", "Туркан", "Turkan"},
    {"Gülnar", "Гюльнар", "Gulnar"},   {"Lalə", "Лала", "Lala"},        {"Aytən", "Айтен", "Ayten"},
    {"Zəhra", "Захра", "Zahra"},       {"Nərmin", "Нармин", "Narmin"},  {"Vüsalə", "Вусала", "Vusala"},
    {"Aygün", "Айгюн", "Aygun"},       {"Səidə", "Саида", "Saida"},     {"Xədicə", "Хадиджа", "Khadija"},
    {"Röya", "Роя", "Roya"},           {"Sevinc", "Севиндж", "Sevinj"}, {"Ülkər", "Улькер", "Ulkar"},
    {"Rəna", "Рена", "Rana"},          {"İlahə", "Илаха", "Ilaha"},     {"Gülşən", "Гюльшен", "Gulshan"},
    {"Məlahət", "Малахат", "Malahat"}, {"Arzu", "Арзу", "Arzu"},        {"Lamiyə", "Ламия", "Lamiya"},
};
const Name kMen[] = {
    {"Rəşad", "Рашад", "Rashad"},    {"Elvin", "Эльвин", "Elvin"},    {"Tural", "Турал", "Tural"},
    {"Orxan", "Орхан", "Orkhan"},    {"Fərid", "Фарид", "Farid"},     {"Samir", "Самир", "Samir"},
    {"Kamran", "Камран", "Kamran"},  {"Vüsal", "Вусал", "Vusal"},     {"Elnur", "Эльнур", "Elnur"},
    {"Murad", "Мурад", "Murad"},     {"Ramil", "Рамиль", "Ramil"},    {"Cavid", "Джавид", "Javid"},
    {"Emin", "Эмин", "Emin"},        {"Anar", "Анар", "Anar"},        {"Nicat", "Ниджат", "Nijat"},
    {"Əli", "Али", "Ali"},           {"Hüseyn", "Гусейн", "Huseyn"},  {"Rauf", "Рауф", "Rauf"},
    {"Ceyhun", "Джейхун", "Jeyhun"}, {"Toğrul", "Тогрул", "Toghrul"}, {"Kənan", "Кенан", "Kanan"},
    {"Səbuhi", "Сабухи", "Sabuhi"},  {"İlkin", "Илькин", "Ilkin"},    {"Ülvi", "Ульви", "Ulvi"},
    {"Zaur", "Заур", "Zaur"},        {"Elçin", "Эльчин", "Elchin"},   {"Fuad", "Фуад", "Fuad"},
    {"Vüqar", "Вугар", "Vugar"},     {"Rövşən", "Ровшан", "Rovshan"}, {"Nurlan", "Нурлан", "Nurlan"},
};
// Fathers: an older generation of names, plus kMen.
const Name kFathers[] = {
    {"Rafiq", "Рафик", "Rafig"},     {"Vaqif", "Вагиф", "Vagif"},    {"Əhməd", "Ахмед", "Ahmad"},
    {"Məmməd", "Мамед", "Mammad"},   {"İlham", "Ильхам", "Ilham"},   {"Yaşar", "Яшар", "Yashar"},
    {"Arif", "Ариф", "Arif"},        {"Natiq", "Натиг", "Natig"},    {"Elxan", "Эльхан", "Elkhan"},
    {"Zakir", "Закир", "Zakir"},     {"Şahin", "Шахин", "Shahin"},   {"Tofiq", "Тофик", "Tofig"},
    {"Mirzə", "Мирза", "Mirza"},     {"Söhbət", "Сохбет", "Sohbat"}, {"Fikrət", "Фикрет", "Fikrat"},
    {"Çingiz", "Чингиз", "Chingiz"}, {"Əkbər", "Акпер", "Akbar"},    {"Valeh", "Валех", "Valeh"},
};

struct Surname {
    const char* az;
    const char* ru;
    const char* en;
    bool neutral;  // the same for women ("Əlizadə", "Rəhimli"); otherwise women add "a"
};

const Surname kSurnames[] = {
    {"Məmmədov", "Мамедов", "Mammadov", false},
    {"Əliyev", "Алиев", "Aliyev", false},
    {"Həsənov", "Гасанов", "Hasanov", false},
    {"Hüseynov", "Гусейнов", "Huseynov", false},
    {"Quliyev", "Кулиев", "Guliyev", false},
    {"İsmayılov", "Исмайлов", "Ismayilov", false},
    {"Abdullayev", "Абдуллаев", "Abdullayev", false},
    {"Cəfərov", "Джафаров", "Jafarov", false},
    {"Rzayev", "Рзаев", "Rzayev", false},
    {"Mustafayev", "Мустафаев", "Mustafayev", false},
    {"Kərimov", "Керимов", "Karimov", false},
    {"Babayev", "Бабаев", "Babayev", false},
    {"Nəsirov", "Насиров", "Nasirov", false},
    {"Sadıqov", "Садыгов", "Sadigov", false},
    {"Orucov", "Оруджев", "Orujov", false},
    {"Vəliyev", "Велиев", "Valiyev", false},
    {"Qasımov", "Гасымов", "Gasimov", false},
    {"Səfərov", "Сафаров", "Safarov", false},
    {"Hacıyev", "Гаджиев", "Hajiyev", false},
    {"Bağırov", "Багиров", "Baghirov", false},
    {"Əhmədov", "Ахмедов", "Ahmadov", false},
    {"Süleymanov", "Сулейманов", "Suleymanov", false},
    {"Nağıyev", "Нагиев", "Naghiyev", false},
    {"İbrahimov", "Ибрагимов", "Ibrahimov", false},
    {"Mehdiyev", "Мехтиев", "Mehdiyev", false},
    {"Allahverdiyev", "Аллахвердиев", "Allahverdiyev", false},
    {"Əlizadə", "Ализаде", "Alizada", true},
    {"Rəhimli", "Рагимли", "Rahimli", true},
    {"Qasımlı", "Гасымлы", "Gasimli", true},
    {"Quluzadə", "Кулизаде", "Guluzada", true},
    {"Hüseynli", "Гусейнли", "Huseynli", true},
    {"Məmmədli", "Мамедли", "Mammadli", true},
};

// Russian names: Cyrillic and the Latin spelling.
struct RuName {
    const char* ru;
    const char* en;
};
const RuName kRuWomen[] = {
    {"Елена", "Elena"},       {"Ирина", "Irina"}, {"Наталья", "Natalya"},     {"Ольга", "Olga"}, {"Татьяна", "Tatyana"},
    {"Светлана", "Svetlana"}, {"Анна", "Anna"},   {"Екатерина", "Ekaterina"}, {"Юлия", "Yulia"}, {"Марина", "Marina"}};
const RuName kRuMen[] = {{"Дмитрий", "Dmitry"}, {"Алексей", "Alexey"},    {"Сергей", "Sergey"}, {"Андрей", "Andrey"},
                         {"Игорь", "Igor"},     {"Владимир", "Vladimir"}, {"Максим", "Maxim"},  {"Николай", "Nikolay"},
                         {"Павел", "Pavel"},    {"Евгений", "Evgeny"}};
const RuName kRuSurnames[] = {{"Смирнов", "Smirnov"}, {"Кузнецов", "Kuznetsov"}, {"Попов", "Popov"},
                              {"Петров", "Petrov"},   {"Соколов", "Sokolov"},    {"Волков", "Volkov"},
                              {"Морозов", "Morozov"}, {"Новиков", "Novikov"},    {"Козлов", "Kozlov"},
                              {"Лебедев", "Lebedev"}, {"Павлов", "Pavlov"},      {"Фёдоров", "Fyodorov"}};
struct RuPatronymic {
    const char* ru_m;
    const char* ru_f;
    const char* en_m;
    const char* en_f;
};
const RuPatronymic kRuPatronymics[] = {
    {"Сергеевич", "Сергеевна", "Sergeyevich", "Sergeyevna"},
    {"Александрович", "Александровна", "Alexandrovich", "Alexandrovna"},
    {"Владимирович", "Владимировна", "Vladimirovich", "Vladimirovna"},
    {"Николаевич", "Николаевна", "Nikolayevich", "Nikolayevna"},
    {"Викторович", "Викторовна", "Viktorovich", "Viktorovna"},
    {"Игоревич", "Игоревна", "Igorevich", "Igorevna"},
    {"Андреевич", "Андреевна", "Andreyevich", "Andreyevna"},
    {"Юрьевич", "Юрьевна", "Yuryevich", "Yuryevna"},
};

struct Person {
    std::string first, last, patronymic;  // as written in the resume's language
    std::string first_en, last_en;        // for the email address
    bool russian = false;
};

Person MakePerson(bool female, bool russian, Lang lang, Rng& rng) {
    Person p;
    p.russian = russian;
    if (russian) {
        const RuName& first = female ? rng.Pick(kRuWomen) : rng.Pick(kRuMen);
        const RuName& last = rng.Pick(kRuSurnames);
        const RuPatronymic& pat = rng.Pick(kRuPatronymics);
        std::string suffix = female ? (lang == kRu ? "а" : "a") : "";
        p.first = lang == kRu ? first.ru : first.en;
        p.last = std::string(lang == kRu ? last.ru : last.en) + suffix;
        if (lang == kRu ? rng.Percent(75) : rng.Percent(25))
            p.patronymic = lang == kRu ? (female ? pat.ru_f : pat.ru_m) : (female ? pat.en_f : pat.en_m);
        p.first_en = first.en;
        p.last_en = std::string(last.en) + (female ? "a" : "");
        return p;
    }
    const Name& first = female ? rng.Pick(kWomen) : rng.Pick(kMen);
    const Surname& last = rng.Pick(kSurnames);
    const Name& father = rng.Percent(60) ? rng.Pick(kFathers) : rng.Pick(kMen);
    std::string suffix = female && !last.neutral ? (lang == kRu ? "а" : "a") : "";
    p.first = first.In(lang);
    p.last = std::string(lang == kAz ? last.az : lang == kRu ? last.ru : last.en) + suffix;
    int with_patronymic = lang == kAz ? 85 : lang == kRu ? 70 : 25;
    if (rng.Percent(with_patronymic)) {
        if (lang == kAz) p.patronymic = std::string(father.az) + (female ? " qızı" : " oğlu");
        if (lang == kRu) p.patronymic = std::string(father.ru) + (female ? " кызы" : " оглы");
        if (lang == kEn) p.patronymic = std::string(father.en) + (female ? " qizi" : " oglu");
    }
    p.first_en = first.en;
    p.last_en = std::string(last.en) + (female && !last.neutral ? "a" : "");
    return p;
}

std::string Lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

std::string MakeEmail(const Person& p, int birth_year, Rng& rng) {
    static const char* const kDomains[] = {"example.com", "example.com", "example.org", "example.net"};
    std::string first = Lower(p.first_en), last = Lower(p.last_en);
    std::string yy = std::to_string(birth_year % 100);
    if (yy.size() < 2) yy = "0" + yy;
    std::string local;
    switch (rng.Below(5)) {
        case 0:
            local = first + "." + last;
            break;
        case 1:
            local = first + "." + last + yy;
            break;
        case 2:
            local = last + "." + first;
            break;
        case 3:
            local = first + "_" + last.substr(0, 1) + yy;
            break;
        default:
            local = first.substr(0, 1) + last + std::to_string(birth_year);
            break;
    }
    return local + "@" + rng.Pick(kDomains);
}

std::string Digits(Rng& rng, int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s += static_cast<char>('0' + rng.Below(10));
    return s;
}

std::string MakePhone(Rng& rng) {
    static const char* const kMobile[] = {"50", "51", "55", "70", "77", "99", "10"};
    std::string subscriber = std::to_string(rng.Between(2, 9)) + Digits(rng, 6);
    std::string a = subscriber.substr(0, 3), b = subscriber.substr(3, 2), c = subscriber.substr(5, 2);
    std::string op = rng.Pick(kMobile);
    int r = static_cast<int>(rng.Below(100));
    if (r < 60) return "+994 " + op + " " + a + " " + b + " " + c;
    if (r < 85) return "0" + op + " " + a + " " + b + " " + c;
    return "(0" + op + ") " + a + "-" + b + "-" + c;
}

// ---------------------------------------------------------------------------------------------------------------
// Texts shared by all profiles.

const L3 kTraits[] = {
    {"Məsuliyyətli və dəqiq işləyirəm, komandada işləməyi bacarıram.",
     "Ответственно и аккуратно отношусь к работе, умею работать в команде.",
     "I am reliable and accurate, and I work well in a team."},
    {"Yeni bilikləri tez mənimsəyirəm və işimə səliqə ilə yanaşıram.",
     "Быстро осваиваю новое и внимательно отношусь к деталям.", "I learn quickly and pay attention to detail."},
    {"Gərgin vəziyyətlərdə sakit qalmağı və vaxtımı düzgün planlamağı bacarıram.",
     "Сохраняю спокойствие в напряжённых ситуациях и умею планировать время.",
     "I stay calm under pressure and plan my time well."},
    {"İnsanlarla ünsiyyətdə nəzakətli və səbirliyəm.", "В общении с людьми проявляю вежливость и терпение.",
     "I am polite and patient with people."},
    {"Peşəkar inkişafıma vaxt ayırır, kurs və təlimlərdə iştirak edirəm.",
     "Постоянно развиваюсь: прохожу курсы и тренинги.",
     "I keep developing professionally through courses and training."},
    {"Tapşırıqları vaxtında və keyfiyyətlə yerinə yetirirəm.", "Выполняю задачи в срок и качественно.",
     "I deliver my work on time and to a high standard."},
};

const L3 kGoals[] = {
    {"Peşəkar inkişaf imkanları olan sabit bir şirkətdə çalışmaq istəyirəm.",
     "Хочу работать в стабильной компании с возможностью профессионального роста.",
     "I am looking for a stable company where I can grow professionally."},
    {"Bilik və təcrübəmi yeni komandada tətbiq etməyə hazıram.", "Хочу применить свои знания и опыт в новой команде.",
     "I am ready to bring my skills to a new team."},
    {"Həm tam, həm də yarımştat iş təkliflərinə baxıram.", "Рассматриваю как полную, так и частичную занятость.",
     "I am open to both full-time and part-time offers."},
    {"Uzunmüddətli əməkdaşlığa üstünlük verirəm.", "Меня интересует долгосрочное сотрудничество.",
     "I am interested in long-term cooperation."},
};

struct Additional {
    bool men_only;
    L3 text;
    const char* ru_female = nullptr;  // when the Russian text depends on the gender
};
const Additional kAdditional[] = {
    {false,
     {"B kateqoriyalı sürücülük vəsiqəm var.", "Есть водительские права категории B.", "Driving licence, category B."}},
    {false, {"Ezamiyyətlərə getməyə hazıram.", "Командировки возможны.", "Available for business trips."}},
    {false, {"İşə dərhal başlaya bilərəm.", "Могу приступить к работе сразу.", "Available to start immediately."}},
    {false,
     {"Tövsiyə məktubları tələb olunduqda təqdim ediləcək.", "Рекомендации предоставлю по запросу.",
      "References available on request."}},
    {false,
     {"Könüllü layihələrdə iştirak etmişəm.", "Участвовал в волонтёрских проектах.",
      "I have taken part in volunteer projects."},
     "Участвовала в волонтёрских проектах."},
    {true, {"Hərbi xidməti keçmişəm.", "Военная служба пройдена.", "Military service completed."}},
};

const L3 kBasicComputer = {"Kompüterdən istifadə (əsas səviyyə)", "Базовые навыки работы с ПК",
                           "Basic computer skills"};

enum LanguageId { kAzerbaijani, kRussian, kEnglish, kTurkish, kGerman, kFrench, kArabic, kPersian };
const L3 kLanguageNames[] = {
    {"Azərbaycan dili", "Азербайджанский", "Azerbaijani"},
    {"Rus dili", "Русский", "Russian"},
    {"İngilis dili", "Английский", "English"},
    {"Türk dili", "Турецкий", "Turkish"},
    {"Alman dili", "Немецкий", "German"},
    {"Fransız dili", "Французский", "French"},
    {"Ərəb dili", "Арабский", "Arabic"},
    {"Fars dili", "Персидский", "Persian"},
};

std::string PickLevel(std::string_view levels, Rng& rng) {
    auto all = Split(levels, ' ');
    return all[rng.Below(all.size())];
}

std::vector<LanguageSkill> MakeLanguages(const Profile& p, const Person& person, Lang lang, Rng& rng) {
    std::vector<LanguageSkill> out;
    auto add = [&](LanguageId id, std::string level) {
        out.push_back({kLanguageNames[id].In(lang), std::move(level)});
    };
    if (person.russian) {
        add(kRussian, "native");
        if (rng.Percent(55)) add(kAzerbaijani, PickLevel("A2 B1 B1 B2", rng));
    } else {
        add(kAzerbaijani, "native");
        if (lang == kRu)
            add(kRussian, PickLevel("C1 C2 C2 native", rng));
        else if (rng.Percent(75))
            add(kRussian, PickLevel("A2 B1 B2 B2 C1 C1 C2", rng));
    }
    std::string english;
    if (*p.english)
        english = PickLevel(p.english, rng);
    else if (lang == kEn)
        english = PickLevel("B2 C1 C1 C2", rng);
    else if (rng.Percent(60))
        english = PickLevel("A2 B1 B1 B2 C1", rng);
    if (!english.empty()) add(kEnglish, english);
    if (!person.russian && rng.Percent(30)) add(kTurkish, PickLevel("B1 B2 C1", rng));
    if (rng.Percent(7)) add(static_cast<LanguageId>(kGerman + rng.Below(4)), PickLevel("A1 A2 B1", rng));
    return out;
}

// The experience sentence of "about". n = years of experience (for the 1_3 … gt5 bands).
std::string ExperienceSentence(int band, bool student, int n, const L3& field, Lang lang, Rng& rng) {
    std::string f = field.In(lang);
    bool alt = rng.Percent(50);
    switch (lang) {
        case kAz:
            if (band == 0 && student)
                return "Hazırda universitetdə oxuyuram və " + f + " ilk iş təcrübəmi qazanmaq istəyirəm.";
            if (band == 0) return "Hazırda " + f + " ilk iş yerimi axtarıram.";
            if (band == 1) return "Təxminən bir ildir ki, " + f + " çalışıram.";
            if (alt) return std::to_string(n) + " illik iş təcrübəm var, əsasən " + f + " çalışmışam.";
            return std::to_string(n) + (band == 4 ? " ildən artıqdır ki, " : " ildir ki, ") + f + " çalışıram.";
        case kRu:
            if (band == 0 && student) return "Учусь в университете и ищу первую работу " + f + ".";
            if (band == 0) return "Ищу первую работу " + f + ".";
            if (band == 1) return "Опыт работы " + f + " — около года.";
            if (alt) return "Работаю " + f + " уже " + YearsRu(n) + ".";
            return "Опыт работы " + f + " — " + (band == 4 ? "более " : "") + YearsRu(n) + ".";
        case kEn:
            if (band == 0 && student) return "I am a university student looking for my first job " + f + ".";
            if (band == 0) return "I am looking for my first job " + f + ".";
            if (band == 1) return "I have almost a year of experience " + f + ".";
            if (alt) return "I have been working " + f + " for " + std::to_string(n) + " years.";
            return "I have " + std::string(band == 4 ? "more than " : "") + std::to_string(n) +
                   " years of experience " + f + ".";
    }
    return {};
}

enum ListStyle { kDash, kBullet, kSentences };

std::string RenderList(const std::vector<std::string>& items, ListStyle style) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) out += style == kSentences ? " " : "\n";
        if (style == kDash) out += "- ";
        if (style == kBullet) out += "• ";
        out += items[i];
        if (style == kSentences) out += '.';
    }
    return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Assembly.

// Years until the first job: from birth to the end of the education that the level implies.
int CareerOffset(std::string_view level, bool medical) {
    if (level == "degree" || level == "higher") return medical ? 23 : 21;
    if (level == "incomplete_higher") return 19;
    if (level == "technical_secondary" || level == "specialised_secondary") return 19;
    return 17;  // secondary
}
constexpr int kBandMinYears[] = {0, 0, 2, 4, 6};

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

EducationEntry Entry(const L3& institution, std::string specialty, int from, int to, Lang lang) {
    return {institution.In(lang), std::move(specialty), std::to_string(from), to > 0 ? std::to_string(to) : ""};
}

std::string MasterOf(const std::string& specialty, Lang lang) {
    if (lang == kAz) return specialty + " (magistratura)";
    if (lang == kRu) return specialty + " (магистратура)";
    return specialty + " (master's)";
}

std::string PhdOf(const std::string& specialty, Lang lang) {
    if (lang == kAz) return specialty + " üzrə fəlsəfə doktoru";
    if (lang == kRu) return "Доктор философии (PhD), " + specialty;
    return "PhD in " + specialty;
}

ResumeDraft MakeDraft(const Profile& p, Rng& rng) {
    ResumeDraft d;
    bool russian = rng.Percent(8);
    int lr = static_cast<int>(rng.Below(100));
    Lang lang = russian ? (lr < 80 ? kRu : kEn) : (lr < 76 ? kAz : lr < 91 ? kRu : kEn);
    d.lang = kLangCodes[lang];

    bool female = rng.Percent(p.female_pct);
    Person person = MakePerson(female, russian, lang, rng);
    d.first_name = person.first;
    d.last_name = person.last;
    d.patronymic = person.patronymic;
    if (rng.Percent(94)) d.gender = female ? "female" : "male";

    d.category = p.category;
    d.desired_position = p.position.In(lang);

    // Education level, birth year and the education entries, so that every year fits.
    d.education_level = PickLevel(p.levels, rng);
    const std::string& level = d.education_level;
    bool medical = std::string_view(p.schools) == "med" && level != "specialised_secondary";
    int max_year = std::min(2005, kThisYear - CareerOffset(level, medical) - 1 - kBandMinYears[p.min_band]);
    if (level == "degree") max_year = std::min(max_year, 1994);
    int birth = PickBirthYear(std::min(p.born_from, max_year), max_year, rng);
    d.birth_year = std::to_string(birth);

    auto specialties = Split(p.specialty.In(lang), '|');
    std::string specialty = specialties[rng.Below(specialties.size())];
    int career_start = birth + 17;
    bool student = false;
    if (level == "higher" || level == "degree") {
        int from = birth + 17 + (rng.Percent(30) ? 1 : 0);
        int to = from + (medical ? 6 : 4);
        career_start = to;
        const Institution& uni = PickInstitution(kUniversity, p.schools, from, rng);
        if (level == "degree") {
            int master_end = to + 2;
            int phd_from = master_end + static_cast<int>(rng.Below(2));
            int phd_to = std::min(kThisYear, phd_from + 3 + static_cast<int>(rng.Below(2)));
            const Institution& phd = rng.Percent(50) ? PickInstitution(kInstitute, p.schools, phd_from, rng)
                                                     : PickInstitution(kUniversity, p.schools, phd_from, rng);
            d.education.push_back(Entry(phd.name, PhdOf(specialty, lang), phd_from, phd_to, lang));
        } else if (!medical && to + 2 <= kThisYear && rng.Percent(30)) {
            const Institution& master = rng.Percent(60) ? uni : PickInstitution(kUniversity, p.schools, to, rng);
            d.education.push_back(Entry(master.name, MasterOf(specialty, lang), to, to + 2, lang));
        }
        d.education.push_back(Entry(uni.name, specialty, from, to, lang));
    } else if (level == "incomplete_higher") {
        int from = birth + 17 + (rng.Percent(30) ? 1 : 0);
        const Institution& uni = PickInstitution(kUniversity, p.schools, from, rng);
        if (from + 4 > kThisYear) {  // still studying
            student = true;
            career_start = std::min(kThisYear - 1, from + 2);
            d.education.push_back(Entry(uni.name, specialty, from, 0, lang));
        } else {  // left after two or three years
            int to = from + 2 + static_cast<int>(rng.Below(2));
            career_start = to;
            d.education.push_back(Entry(uni.name, specialty, from, to, lang));
        }
    } else if (level == "technical_secondary" || level == "specialised_secondary") {
        int from = birth + 15 + (rng.Percent(40) ? 2 : 0);
        int to = std::min(kThisYear, from + 3 + static_cast<int>(rng.Below(2)));
        career_start = to;
        const Institution& college = PickInstitution(kCollege, p.schools, from, rng);
        d.education.push_back(Entry(college.name, specialty, from, to, lang));
    }

    // City; the school is in the home town.
    bool baku = rng.Percent(p.rural ? 35 : 85);
    const City* region = baku ? nullptr : &rng.Pick(kRegions);
    d.city = baku ? "baku" : region->code;
    if (level == "secondary" || (d.education.size() == 1 && rng.Percent(20))) {
        const L3& town = baku ? kBakuName : region->name;
        int school_to = level == "secondary" ? birth + 17 : std::stoi(d.education.back().from_year);
        int number = rng.Between(1, baku ? 290 : 30);
        std::string name = lang == kAz
                               ? std::string(town.az) + " şəhəri " + std::to_string(number) + " nömrəli tam orta məktəb"
                           : lang == kRu ? "Средняя школа № " + std::to_string(number) + " г. " + town.ru
                                         : std::string(town.en) + " Secondary School No. " + std::to_string(number);
        d.education.push_back({name, "", std::to_string(birth + 6), std::to_string(school_to)});
    }

    // Experience band and jobs.
    int available = kThisYear - career_start;
    std::vector<int> bands;
    // Weights by band (none, lt1, 1_3, 3_5, gt5): people with a long working life mostly have a long experience.
    static const int kWeights[][5] = {{30, 30, 25, 10, 5}, {8, 12, 30, 30, 20}, {2, 3, 8, 12, 75}};
    const int* weights = available >= 12 ? kWeights[2] : available >= 6 ? kWeights[1] : kWeights[0];
    for (int b = 0; b < 5; ++b) {
        if (kBandMinYears[b] > available) continue;
        if (student && b > 1) continue;
        int weight = b < p.min_band ? 1 : weights[b];
        for (int w = 0; w < weight; ++w) bands.push_back(b);
    }
    int band = bands.empty() ? 0 : bands[rng.Below(bands.size())];
    d.experience = kBands[band];

    int years = 0;
    if (band > 0) {
        auto titles = Split(p.titles.In(lang), '|');
        auto duties = Split(p.duties.In(lang), '|');
        bool current = rng.Percent(60);
        int start = 0, end = kThisYear, k = 1;
        if (band == 1) {
            start = rng.Percent(60) ? kThisYear - 1 : kThisYear;
        } else {
            int lo = band == 2 ? 2 : band == 3 ? 4 : 6;
            int hi = band == 2 ? 3 : band == 3 ? 5 : std::min(available, 30);
            if (band == 4) lo = std::max(lo, available / 2);  // most of the working life
            years = rng.Between(lo, std::max(lo, hi));
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
        for (int i = jobs - 1; i >= 0; --i) {  // most recent first
            ExperienceEntry e;
            e.employer = EmployerName(p, lang, rng);
            e.position = titles[std::max(0, top - (jobs - 1 - i))];
            e.from_year = std::to_string(bounds[i]);
            bool last = i == jobs - 1;
            e.to_year = last && current ? "" : std::to_string(bounds[i + 1]);
            e.duties = RenderList(Choose(duties, 2 + rng.Below(2), rng), static_cast<ListStyle>(rng.Below(3)));
            d.jobs.push_back(std::move(e));
        }
    }

    // Desired salary: grows with experience; sometimes left open.
    if (rng.Percent(80)) {
        int span = p.salary_hi - p.salary_lo;
        int base = p.salary_lo + span * band / 5 + static_cast<int>(rng.Below(static_cast<std::size_t>(span / 4 + 1)));
        int step = base >= 1000 ? 100 : 50;
        d.min_salary = std::to_string(std::max(100, base / step * step));
    }

    d.languages = MakeLanguages(p, person, lang, rng);

    auto skills = Split(p.skills.In(lang), '|');
    d.skills = Join(Choose(skills, 2 + rng.Below(3), rng), ", ");
    auto computer = Split(p.computer.In(lang), '|');
    if (computer.empty() || computer[0].empty()) {
        if (rng.Percent(50)) d.computer_skills = kBasicComputer.In(lang);
    } else {
        d.computer_skills = Join(Choose(computer, 2 + rng.Below(3), rng), ", ");
    }

    // About: experience, a trait and sometimes what the person is looking for.
    d.about = ExperienceSentence(band, student, years, p.field, lang, rng) + " " + rng.Pick(kTraits).In(lang);
    if (rng.Percent(55)) d.about += std::string(" ") + rng.Pick(kGoals).In(lang);

    if (rng.Percent(40)) {
        std::vector<std::string> extra;
        std::size_t first = rng.Below(std::size(kAdditional));
        for (std::size_t i = 0; i < std::size(kAdditional) && extra.size() < 1 + rng.Below(2); ++i) {
            const Additional& a = kAdditional[(first + i) % std::size(kAdditional)];
            if (a.men_only && female) continue;
            extra.emplace_back(lang == kRu && female && a.ru_female ? a.ru_female : a.text.In(lang));
        }
        d.additional = Join(extra, " ");
    }

    // Contacts and privacy.
    int cr = static_cast<int>(rng.Below(100));
    if (cr < 92) d.phone = MakePhone(rng);
    if (cr >= 25) d.email = MakeEmail(person, birth, rng);
    int pr = static_cast<int>(rng.Below(100));
    d.privacy = pr < 70 ? "everyone" : pr < 90 ? "signed_in" : "anonymous";
    return d;
}

}  // namespace

std::vector<domain::ResumeDraft> DemoResumes(std::size_t count, std::uint64_t seed) {
    Rng rng(seed);
    const auto& categories = domain::Categories();

    // The first drafts cover every category once, in a shuffled order.
    std::vector<std::size_t> order(categories.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng.Below(i)]);

    std::vector<domain::ResumeDraft> out;
    out.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const Profile* profile = nullptr;
        if (i < order.size()) {
            std::vector<const Profile*> of_category;
            for (const auto& p : kProfiles)
                if (categories[order[i]].code == p.category) of_category.push_back(&p);
            if (!of_category.empty()) profile = of_category[rng.Below(of_category.size())];
        }
        if (!profile) profile = &kProfiles[rng.Below(std::size(kProfiles))];
        out.push_back(MakeDraft(*profile, rng));
    }
    return out;
}

}  // namespace ejob::seed
