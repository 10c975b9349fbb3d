#include "seed/demo_vacancies.hpp"

#include <algorithm>
#include <iterator>
#include <random>
#include <string>
#include <string_view>
#include <utility>

#include "domain/vacancies/catalog.hpp"

namespace ejob::seed {
namespace {

using domain::VacancyDraft;

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

// Kinds of work; they decide schedules, conditions, employment types and how often an age range is given.
constexpr unsigned kOffice = 1, kIt = 2, kField = 4, kShift = 8, kRetail = 16, kClinic = 32, kSchool = 64,
                   kStudent = 128, kAll = 255;

struct Role {
    const char* category;
    const char* subcategory;  // "" when the role has none
    unsigned kind;
    int salary_lo, salary_hi;  // AZN per month
    const char* experience;    // allowed experience codes, space-separated
    const char* education;     // allowed education codes, space-separated
    const char* sector;        // which kind of company posts it (kSectors key, or "any")
    int remote_pct;
    L3 position;
    L3 duties;  // items separated by '|'
    L3 skills;  // items separated by '|'
};

// clang-format off
const Role kRoles[] = {
    // ---- finance
    {"finance", "accounting", kOffice, 800, 1400, "1_3 3_5", "higher", "any", 0,
     {"Mühasib", "Бухгалтер", "Accountant"},
     {"İlkin sənədlərin qəbulu və yoxlanılması|Bank və kassa əməliyyatlarının uçotu|ƏDV və digər vergi "
      "bəyannamələrinin hazırlanması|Kontragentlərlə üzləşmə aktlarının tərtibi",
      "Приём и проверка первичных документов|Учёт банковских и кассовых операций|Подготовка деклараций по НДС и "
      "другим налогам|Сверка расчётов с контрагентами",
      "Processing and checking primary documents|Recording bank and cash transactions|Preparing VAT and other tax "
      "returns|Reconciling balances with counterparties"},
     {"Azərbaycan Respublikasının Vergi Məcəlləsini bilmək|1C proqramında işləmək bacarığı",
      "Знание Налогового кодекса Азербайджанской Республики|Опыт работы в 1С",
      "Knowledge of the Tax Code of the Republic of Azerbaijan|Hands-on experience with 1C"}},
    {"finance", "accounting", kOffice, 1800, 3000, "3_5 gt5", "higher", "any", 0,
     {"Baş mühasib", "Главный бухгалтер", "Chief accountant"},
     {"Mühasibat uçotunun tam dövrəsinin idarə olunması|Maliyyə hesabatlarının və vergi bəyannamələrinin vaxtında "
      "təqdim edilməsi|Mühasibatlıq şöbəsinin işinə nəzarət|Vergi yoxlamaları zamanı şirkətin təmsil olunması",
      "Ведение полного цикла бухгалтерского учёта|Своевременная сдача финансовой и налоговой отчётности|Руководство "
      "бухгалтерией|Представление компании при налоговых проверках",
      "Running the full accounting cycle|Timely submission of financial statements and tax returns|Managing the "
      "accounting team|Representing the company during tax audits"},
     {"MHBS üzrə hesabatların hazırlanması təcrübəsi|1C və Excel proqramlarını mükəmməl bilmək|ACCA və ya CAP "
      "sertifikatı üstünlükdür",
      "Опыт подготовки отчётности по МСФО|Отличное знание 1С и Excel|Сертификат ACCA или CAP будет преимуществом",
      "Experience preparing IFRS statements|Excellent command of 1C and Excel|ACCA or CAP certification is an "
      "advantage"}},
    {"finance", "audit", kOffice, 1200, 2200, "1_3 3_5", "higher", "finance", 0,
     {"Daxili auditor", "Внутренний аудитор", "Internal auditor"},
     {"Daxili nəzarət sistemlərinin yoxlanılması|Audit planının hazırlanması və icrası|Aşkarlanan risklər üzrə "
      "hesabatların rəhbərliyə təqdim edilməsi",
      "Проверка систем внутреннего контроля|Составление и выполнение плана аудита|Подготовка отчётов о выявленных "
      "рисках для руководства",
      "Reviewing internal control systems|Preparing and carrying out the audit plan|Reporting identified risks to "
      "management"},
     {"Beynəlxalq audit standartlarını bilmək|Analitik düşüncə və diqqətlilik",
      "Знание международных стандартов аудита|Аналитическое мышление и внимательность",
      "Knowledge of International Standards on Auditing|Analytical thinking and attention to detail"}},
    {"finance", "banking", kOffice, 700, 1000, "none lt1 1_3", "higher", "finance", 0,
     {"Müştəri xidmətləri üzrə mütəxəssis", "Специалист по обслуживанию клиентов", "Customer service specialist"},
     {"Müştərilərə kart və əmanət məhsulları barədə məlumat verilməsi|Hesabların açılması və sənədlərin "
      "rəsmiləşdirilməsi|Müştəri müraciətlərinin qeydiyyatı və həlli",
      "Консультирование клиентов по картам и депозитам|Открытие счетов и оформление документов|Регистрация и решение "
      "обращений клиентов",
      "Advising customers on cards and deposits|Opening accounts and completing paperwork|Logging and resolving "
      "customer requests"},
     {"Maliyyə məhsulları haqqında ümumi biliklər|Savadlı nitq və ünsiyyət bacarığı",
      "Общее знание финансовых продуктов|Грамотная речь и коммуникабельность",
      "General knowledge of financial products|Clear speech and good communication skills"}},
    {"finance", "credit", kOffice, 700, 1100, "lt1 1_3", "higher", "finance", 0,
     {"Kredit mütəxəssisi", "Кредитный специалист", "Loan officer"},
     {"Kredit müraciətlərinin qəbulu və təhlili|Müştərilərin ödəmə qabiliyyətinin qiymətləndirilməsi|Kredit "
      "portfelinin monitorinqi və gecikmiş ödənişlərlə iş",
      "Приём и анализ кредитных заявок|Оценка платёжеспособности клиентов|Мониторинг кредитного портфеля и работа с "
      "просрочкой",
      "Receiving and analysing loan applications|Assessing customers' ability to repay|Monitoring the loan portfolio "
      "and handling overdue payments"},
     {"Maliyyə hesabatlarını oxumaq bacarığı|Sürücülük vəsiqəsi üstünlükdür",
      "Умение читать финансовую отчётность|Наличие водительских прав будет плюсом",
      "Ability to read financial statements|A driving licence is a plus"}},
    {"finance", "cashier", kShift, 500, 700, "none lt1", "secondary specialised_secondary", "trade", 0,
     {"Kassir", "Кассир", "Cashier"},
     {"Nağd və nağdsız ödənişlərin qəbulu|Kassa aparatı ilə iş və növbə sonunda hesabatın çıxarılması|Müştərilərlə "
      "nəzakətli ünsiyyət",
      "Приём наличных и безналичных платежей|Работа с кассовым аппаратом и закрытие смены|Вежливое общение с "
      "покупателями",
      "Taking cash and card payments|Operating the till and closing the shift report|Serving customers politely"},
     {"Pulla işləyərkən diqqətlilik|Kassa aparatı ilə iş təcrübəsi üstünlükdür",
      "Внимательность при работе с деньгами|Опыт работы с кассовым аппаратом приветствуется",
      "Accuracy when handling money|Experience with cash registers is welcome"}},
    {"finance", "economist", kOffice, 900, 1500, "1_3 3_5", "higher", "any", 0,
     {"İqtisadçı-analitik", "Экономист-аналитик", "Financial analyst"},
     {"Büdcənin hazırlanması və icrasına nəzarət|Xərclərin və maya dəyərinin təhlili|Rəhbərlik üçün aylıq idarəetmə "
      "hesabatlarının hazırlanması",
      "Подготовка бюджета и контроль его исполнения|Анализ затрат и себестоимости|Подготовка ежемесячной "
      "управленческой отчётности",
      "Preparing the budget and tracking how it is spent|Analysing costs and unit costs|Preparing monthly management "
      "reports"},
     {"Excel-də qabaqcıl səviyyədə işləmək (pivot cədvəllər, düsturlar)|İqtisadiyyat və ya maliyyə ixtisası",
      "Продвинутый Excel (сводные таблицы, формулы)|Экономическое или финансовое образование",
      "Advanced Excel (pivot tables, formulas)|A degree in economics or finance"}},

    // ---- marketing
    {"marketing", "smm", kOffice, 600, 1000, "lt1 1_3", "higher incomplete_higher", "marketing", 25,
     {"SMM mütəxəssisi", "SMM-специалист", "SMM specialist"},
     {"Instagram, Facebook və TikTok səhifələrinin idarə olunması|Kontent planının hazırlanması|Hədəfli reklam "
      "kampaniyalarının qurulması və nəticələrin təhlili",
      "Ведение страниц в Instagram, Facebook и TikTok|Составление контент-плана|Настройка таргетированной рекламы и "
      "анализ результатов",
      "Running the Instagram, Facebook and TikTok pages|Building the content plan|Setting up targeted ads and "
      "analysing the results"},
     {"Meta Business Suite ilə iş təcrübəsi|Canva və ya digər dizayn alətlərini bilmək|Yaradıcı yanaşma",
      "Опыт работы с Meta Business Suite|Знание Canva или других инструментов дизайна|Креативный подход",
      "Experience with Meta Business Suite|Working knowledge of Canva or similar tools|A creative approach"}},
    {"marketing", "", kOffice, 1500, 2500, "3_5 gt5", "higher", "trade", 0,
     {"Marketinq meneceri", "Менеджер по маркетингу", "Marketing manager"},
     {"Marketinq strategiyasının və illik büdcənin hazırlanması|Reklam agentlikləri ilə işin koordinasiyası|Bazar "
      "araşdırmalarının və rəqib təhlilinin aparılması",
      "Разработка маркетинговой стратегии и годового бюджета|Координация работы с рекламными агентствами|Проведение "
      "исследований рынка и анализ конкурентов",
      "Developing the marketing strategy and annual budget|Coordinating work with advertising agencies|Running "
      "market research and competitor analysis"},
     {"Brend idarəetməsi sahəsində təcrübə|Rəqəmsal marketinq alətlərini bilmək",
      "Опыт в управлении брендом|Знание инструментов digital-маркетинга",
      "Brand management experience|Good knowledge of digital marketing tools"}},
    {"marketing", "pr", kOffice, 1000, 1800, "1_3 3_5", "higher", "any", 0,
     {"İctimaiyyətlə əlaqələr üzrə mütəxəssis", "PR-менеджер", "PR specialist"},
     {"Mətbuat relizlərinin və xəbərlərin hazırlanması|KİV nümayəndələri ilə əlaqələrin qurulması|Tədbirlərin və "
      "mətbuat konfranslarının təşkili",
      "Подготовка пресс-релизов и новостей|Работа со СМИ|Организация мероприятий и пресс-конференций",
      "Writing press releases and news|Building relationships with the media|Organising events and press conferences"},
     {"Jurnalistika və ya ictimaiyyətlə əlaqələr ixtisası|Mükəmməl yazı bacarığı",
      "Образование в сфере журналистики или PR|Отличные навыки письма",
      "A degree in journalism or public relations|Excellent writing skills"}},
    {"marketing", "copywriting", kOffice, 600, 1100, "lt1 1_3", "higher incomplete_higher", "marketing", 40,
     {"Kopirayter", "Копирайтер", "Copywriter"},
     {"Sayt, sosial şəbəkələr və reklam üçün mətnlərin yazılması|Məhsul təsvirlərinin hazırlanması|Mətnlərin "
      "redaktəsi və korrekturası",
      "Написание текстов для сайта, соцсетей и рекламы|Подготовка описаний товаров|Редактура и корректура текстов",
      "Writing copy for the website, social media and ads|Preparing product descriptions|Editing and proofreading "
      "texts"},
     {"Qüsursuz yazı savadı|Portfolionun təqdim edilməsi",
      "Безупречная грамотность|Наличие портфолио",
      "Flawless spelling and grammar|A portfolio of published work"}},
    {"marketing", "advertising", kOffice, 800, 1300, "1_3", "higher", "marketing", 0,
     {"Reklam layihələri üzrə menecer", "Менеджер рекламных проектов", "Advertising account manager"},
     {"Müştəri sifarişlərinin qəbulu və brifinqlərin aparılması|Açıq hava və rəqəmsal reklamların yerləşdirilməsinin "
      "təşkili|Layihələrin vaxtında icrasına nəzarət",
      "Приём заказов клиентов и проведение брифингов|Организация размещения наружной и цифровой рекламы|Контроль "
      "сроков проектов",
      "Taking client orders and running briefings|Arranging outdoor and digital ad placements|Keeping projects on "
      "schedule"},
     {"Reklam agentliyində iş təcrübəsi|Təqdimat bacarıqları",
      "Опыт работы в рекламном агентстве|Навыки презентации",
      "Experience in an advertising agency|Good presentation skills"}},

    // ---- IT
    {"it", "development", kIt, 3000, 5000, "3_5 gt5", "higher", "it", 50,
     {"Backend proqramçı (C++/Go)", "Backend-разработчик (C++/Go)", "Backend developer (C++/Go)"},
     {"Yüksək yüklənməli xidmətlərin hazırlanması və dəstəklənməsi|API-lərin layihələndirilməsi|Kod icmalında iştirak "
      "və testlərin yazılması",
      "Разработка и поддержка высоконагруженных сервисов|Проектирование API|Участие в код-ревью и написание тестов",
      "Building and maintaining high-load services|Designing APIs|Taking part in code review and writing tests"},
     {"Müasir C++ (17/20) və ya Go üzrə təcrübə|PostgreSQL, Linux və Git ilə sərbəst iş|Alqoritmlər və verilənlər "
      "strukturları üzrə biliklər",
      "Опыт с современным C++ (17/20) или Go|Уверенная работа с PostgreSQL, Linux и Git|Знание алгоритмов и структур "
      "данных",
      "Experience with modern C++ (17/20) or Go|Comfortable with PostgreSQL, Linux and Git|Solid grasp of "
      "algorithms and data structures"}},
    {"it", "development", kIt, 1000, 1800, "lt1 1_3", "higher incomplete_higher", "it", 40,
     {"Frontend proqramçı (React)", "Frontend-разработчик (React)", "Frontend developer (React)"},
     {"İstifadəçi interfeyslərinin React ilə hazırlanması|Dizayn maketlərinin adaptiv səhifələrə çevrilməsi|Backend "
      "komandası ilə birgə iş",
      "Разработка интерфейсов на React|Адаптивная вёрстка по макетам дизайнера|Взаимодействие с командой бэкенда",
      "Building user interfaces in React|Turning design mock-ups into responsive pages|Working closely with the "
      "backend team"},
     {"JavaScript/TypeScript, HTML və CSS biliyi|REST API ilə iş təcrübəsi",
      "Знание JavaScript/TypeScript, HTML и CSS|Опыт работы с REST API",
      "JavaScript/TypeScript, HTML and CSS|Experience consuming REST APIs"}},
    {"it", "development", kIt, 1800, 3200, "1_3 3_5", "higher", "it", 30,
     {"Mobil proqramçı (Flutter)", "Мобильный разработчик (Flutter)", "Mobile developer (Flutter)"},
     {"iOS və Android üçün tətbiqlərin hazırlanması|Tətbiqlərin App Store və Google Play-də dərc olunması|Xətaların "
      "aradan qaldırılması və performansın artırılması",
      "Разработка приложений для iOS и Android|Публикация приложений в App Store и Google Play|Исправление ошибок и "
      "оптимизация производительности",
      "Building apps for iOS and Android|Publishing to the App Store and Google Play|Fixing bugs and improving "
      "performance"},
     {"Dart və Flutter ilə ən azı bir dərc olunmuş layihə|Git və CI ilə iş təcrübəsi",
      "Не менее одного опубликованного проекта на Dart и Flutter|Опыт работы с Git и CI",
      "At least one published Dart/Flutter project|Experience with Git and CI"}},
    {"it", "development", kIt, 700, 1100, "none lt1", "higher incomplete_higher", "it", 20,
     {"Junior Python proqramçı", "Младший разработчик Python", "Junior Python developer"},
     {"Daxili alətlərin və skriptlərin yazılması|Təcrübəli həmkarların rəhbərliyi altında tapşırıqların "
      "icrası|Texniki sənədlərin aparılması",
      "Написание внутренних инструментов и скриптов|Выполнение задач под руководством опытных коллег|Ведение "
      "технической документации",
      "Writing internal tools and scripts|Working on tasks with guidance from senior colleagues|Keeping the "
      "technical documentation up to date"},
     {"Python və SQL əsaslarını bilmək|Öyrənməyə həvəs",
      "Знание основ Python и SQL|Желание учиться",
      "Python and SQL basics|Eagerness to learn"}},
    {"it", "sysadmin", kIt, 1000, 1700, "1_3 3_5", "higher technical_secondary", "any", 10,
     {"Sistem administratoru", "Системный администратор", "System administrator"},
     {"Ofis şəbəkəsinin və serverlərin işinə nəzarət|İstifadəçilərə texniki dəstək göstərilməsi|Ehtiyat nüsxələrin "
      "çıxarılması və informasiya təhlükəsizliyinin təmin edilməsi",
      "Поддержка офисной сети и серверов|Техническая поддержка пользователей|Резервное копирование и обеспечение "
      "информационной безопасности",
      "Looking after the office network and servers|Supporting users|Running backups and keeping systems secure"},
     {"Windows Server, Active Directory və Linux biliyi|Şəbəkə avadanlıqlarının (MikroTik, Cisco) sazlanması",
      "Знание Windows Server, Active Directory и Linux|Настройка сетевого оборудования (MikroTik, Cisco)",
      "Windows Server, Active Directory and Linux|Configuring network equipment (MikroTik, Cisco)"}},
    {"it", "databases", kIt, 2000, 3500, "3_5 gt5", "higher", "it", 40,
     {"Verilənlər bazası administratoru (PostgreSQL)",
      "Администратор баз данных (PostgreSQL)",
      "Database administrator (PostgreSQL)"},
     {"Verilənlər bazalarının quraşdırılması, yenilənməsi və monitorinqi|Sorğuların optimallaşdırılması|Replikasiya "
      "və ehtiyat nüsxə sisteminin qurulması",
      "Установка, обновление и мониторинг баз данных|Оптимизация запросов|Настройка репликации и резервного "
      "копирования",
      "Installing, upgrading and monitoring databases|Tuning queries|Setting up replication and backups"},
     {"PostgreSQL üzrə dərin biliklər|SQL və skript dillərində (Bash, Python) təcrübə",
      "Глубокое знание PostgreSQL|Опыт SQL и скриптовых языков (Bash, Python)",
      "Deep knowledge of PostgreSQL|SQL and scripting (Bash, Python)"}},
    {"it", "it_pm", kIt, 2500, 4000, "3_5 gt5", "higher", "it", 30,
     {"IT layihə meneceri", "Руководитель IT-проектов", "IT project manager"},
     {"Layihə planlarının və mərhələlərin müəyyən edilməsi|Komandanın işinin Scrum üzrə təşkili|Sifarişçi ilə "
      "ünsiyyət və hesabatların hazırlanması",
      "Планирование проектов и этапов|Организация работы команды по Scrum|Коммуникация с заказчиком и подготовка "
      "отчётов",
      "Planning projects and milestones|Running the team with Scrum|Keeping the client informed and preparing reports"},
     {"Jira və Confluence ilə iş təcrübəsi|PMP və ya Scrum Master sertifikatı üstünlükdür",
      "Опыт работы с Jira и Confluence|Сертификат PMP или Scrum Master будет плюсом",
      "Experience with Jira and Confluence|PMP or Scrum Master certification is a plus"}},

    // ---- administration
    {"administration", "office", kOffice, 700, 1100, "1_3", "higher incomplete_higher", "any", 0,
     {"Ofis meneceri", "Офис-менеджер", "Office manager"},
     {"Ofisin gündəlik işinin təşkili|Dəftərxana və təsərrüfat mallarının sifarişi|Qonaqların qarşılanması və "
      "görüşlərin planlaşdırılması",
      "Организация работы офиса|Заказ канцтоваров и хозяйственных товаров|Встреча гостей и планирование встреч",
      "Running day-to-day office operations|Ordering stationery and supplies|Welcoming visitors and scheduling "
      "meetings"},
     {"Təşkilatçılıq bacarığı|Bir neçə tapşırığı eyni vaxtda icra etmək bacarığı",
      "Организаторские способности|Умение выполнять несколько задач одновременно",
      "Good organisational skills|Able to juggle several tasks at once"}},
    {"administration", "reception", kOffice, 500, 750, "none lt1", "higher incomplete_higher secondary", "any", 0,
     {"Katib-referent", "Секретарь-референт", "Receptionist"},
     {"Zənglərin qəbulu və yönləndirilməsi|Daxil olan və çıxan sənədlərin qeydiyyatı|Rəhbərin iş qrafikinin "
      "tənzimlənməsi",
      "Приём и распределение звонков|Регистрация входящей и исходящей корреспонденции|Ведение графика руководителя",
      "Answering and routing calls|Logging incoming and outgoing correspondence|Managing the director's calendar"},
     {"Savadlı nitq və səliqəli xarici görünüş|Word və Excel proqramlarını bilmək",
      "Грамотная речь и опрятный внешний вид|Знание Word и Excel",
      "Articulate speech and a neat appearance|Word and Excel"}},
    {"administration", "hr", kOffice, 900, 1500, "1_3 3_5", "higher", "any", 0,
     {"HR mütəxəssisi", "Специалист по кадрам", "HR specialist"},
     {"Vakansiyaların dərci və namizədlərlə müsahibələrin aparılması|Kadr sənədlərinin (əmrlər, əmək müqavilələri) "
      "hazırlanması|Yeni əməkdaşların adaptasiyasının təşkili",
      "Размещение вакансий и проведение собеседований|Оформление кадровых документов (приказы, трудовые "
      "договоры)|Адаптация новых сотрудников",
      "Posting vacancies and interviewing candidates|Preparing HR paperwork (orders, employment "
      "contracts)|Onboarding new employees"},
     {"Əmək Məcəlləsini yaxşı bilmək|Elektron əmək müqaviləsi sistemi ilə iş təcrübəsi",
      "Знание Трудового кодекса|Опыт работы с электронной системой трудовых договоров",
      "Knowledge of the Labour Code|Experience with the electronic employment contract system"}},
    {"administration", "hr", kOffice, 2000, 3500, "gt5", "higher", "any", 0,
     {"İnsan resursları üzrə direktor", "Директор по персоналу", "HR director"},
     {"HR strategiyasının hazırlanması və həyata keçirilməsi|Motivasiya və qiymətləndirmə sistemlərinin qurulması|HR "
      "komandasına rəhbərlik",
      "Разработка и реализация HR-стратегии|Построение систем мотивации и оценки|Руководство HR-командой",
      "Designing and delivering the HR strategy|Building reward and performance review systems|Leading the HR team"},
     {"Rəhbər vəzifədə ən azı 3 il təcrübə|Danışıqlar aparmaq bacarığı",
      "Не менее 3 лет на руководящей должности|Навыки ведения переговоров",
      "At least 3 years in a leadership role|Strong negotiation skills"}},
    {"administration", "office", kOffice, 600, 900, "none lt1", "higher incomplete_higher secondary", "any", 0,
     {"Məlumat bazası operatoru", "Оператор ПК", "Data entry operator"},
     {"Məlumatların bazaya daxil edilməsi və yoxlanılması|Sənədlərin skan edilməsi və arxivləşdirilməsi|Sadə "
      "hesabatların hazırlanması",
      "Ввод и проверка данных в базе|Сканирование и архивирование документов|Подготовка простых отчётов",
      "Entering and checking data|Scanning and archiving documents|Preparing simple reports"},
     {"Sürətli yazı bacarığı|Excel-də əsas biliklər",
      "Быстрая печать|Базовое знание Excel",
      "Fast, accurate typing|Basic Excel"}},

    // ---- sales
    {"sales", "", kOffice, 700, 1200, "lt1 1_3", "higher incomplete_higher secondary", "trade", 0,
     {"Satış meneceri", "Менеджер по продажам", "Sales manager"},
     {"Yeni müştərilərin axtarışı və cəlb olunması|Kommersiya təkliflərinin hazırlanması və danışıqların "
      "aparılması|Satış planının yerinə yetirilməsi və CRM-də hesabatlılıq",
      "Поиск и привлечение новых клиентов|Подготовка коммерческих предложений и переговоры|Выполнение плана продаж и "
      "отчётность в CRM",
      "Finding and winning new clients|Preparing commercial offers and negotiating|Meeting the sales plan and "
      "keeping the CRM up to date"},
     {"Satış sahəsində təcrübə|Nəticəyönümlülük",
      "Опыт в продажах|Ориентация на результат",
      "Sales experience|Results-driven attitude"}},
    {"sales", "", kRetail, 500, 750, "none lt1", "secondary incomplete_higher", "trade", 0,
     {"Satış məsləhətçisi", "Продавец-консультант", "Sales assistant"},
     {"Müştərilərə məhsullar barədə məsləhət verilməsi|Vitrinin və rəflərin səliqəli saxlanılması|Malların qəbulu və "
      "inventarizasiyada iştirak",
      "Консультирование покупателей по товарам|Поддержание порядка на витрине и полках|Приёмка товара и участие в "
      "инвентаризации",
      "Helping customers choose products|Keeping displays and shelves tidy|Receiving stock and taking part in stock "
      "counts"},
     {"Nəzakətli davranış|Rus dilində danışıq səviyyəsi üstünlükdür",
      "Вежливость и доброжелательность|Знание азербайджанского языка на разговорном уровне",
      "A polite, friendly manner|Conversational Russian is a plus"}},
    {"sales", "", kField, 800, 1300, "1_3", "secondary incomplete_higher higher", "trade", 0,
     {"Satış təmsilçisi", "Торговый представитель", "Sales representative"},
     {"Marşrut üzrə mağazaların gündəlik ziyarəti|Sifarişlərin qəbulu və debitor borclara nəzarət|Məhsulların "
      "rəflərdə düzgün yerləşdirilməsi",
      "Ежедневный объезд торговых точек по маршруту|Приём заказов и контроль дебиторской задолженности|Контроль "
      "выкладки продукции",
      "Visiting stores on a daily route|Taking orders and following up on receivables|Checking product placement on "
      "shelves"},
     {"B kateqoriyalı sürücülük vəsiqəsi|FMCG sahəsində təcrübə üstünlükdür",
      "Водительские права категории B|Опыт в FMCG будет плюсом",
      "Category B driving licence|FMCG experience is a plus"}},
    {"sales", "", kOffice, 500, 800, "none lt1", "secondary incomplete_higher", "any", 0,
     {"Call-mərkəz operatoru (satış)", "Оператор колл-центра (продажи)", "Call centre sales agent"},
     {"Müştəri bazası üzrə zənglərin edilməsi|Məhsul və xidmətlərin telefonla təqdimatı|Sifarişlərin sistemdə "
      "qeydiyyatı",
      "Обзвон клиентской базы|Презентация товаров и услуг по телефону|Оформление заказов в системе",
      "Calling the customer base|Presenting products and services by phone|Recording orders in the system"},
     {"Aydın və savadlı nitq|Kompüterdən sərbəst istifadə",
      "Чёткая и грамотная речь|Уверенный пользователь ПК",
      "Clear, articulate speech|Basic computer skills"}},
    {"sales", "", kOffice, 2000, 3500, "3_5 gt5", "higher", "trade", 0,
     {"Satış şöbəsinin rəhbəri", "Руководитель отдела продаж", "Head of sales"},
     {"Satış komandasının idarə edilməsi və planların bölüşdürülməsi|Əsas müştərilərlə danışıqların aparılması|Satış "
      "nəticələrinin təhlili və proqnozlaşdırma",
      "Управление отделом продаж и распределение планов|Переговоры с ключевыми клиентами|Анализ результатов продаж и "
      "прогнозирование",
      "Managing the sales team and setting targets|Negotiating with key accounts|Analysing sales results and "
      "forecasting"},
     {"Komanda idarəetməsində ən azı 3 il təcrübə|B2B satış təcrübəsi",
      "Не менее 3 лет опыта управления командой|Опыт продаж в B2B",
      "At least 3 years of team management|B2B sales experience"}},

    // ---- design
    {"design", "", kOffice, 800, 1400, "1_3", "higher incomplete_higher", "design", 30,
     {"Qrafik dizayner", "Графический дизайнер", "Graphic designer"},
     {"Sosial şəbəkələr və çap məhsulları üçün dizaynların hazırlanması|Brend üslubunun qorunması|Marketinq komandası "
      "ilə birgə iş",
      "Создание дизайна для соцсетей и полиграфии|Соблюдение фирменного стиля|Работа в связке с отделом маркетинга",
      "Designing for social media and print|Keeping to the brand style|Working closely with the marketing team"},
     {"Adobe Photoshop, Illustrator və InDesign proqramlarını bilmək|Portfolionun təqdim edilməsi",
      "Знание Adobe Photoshop, Illustrator и InDesign|Наличие портфолио",
      "Adobe Photoshop, Illustrator and InDesign|A portfolio of recent work"}},
    {"design", "", kIt, 1200, 2200, "1_3 3_5", "higher incomplete_higher", "it", 40,
     {"UI/UX dizayner", "UI/UX-дизайнер", "UI/UX designer"},
     {"Veb və mobil tətbiqlər üçün interfeyslərin hazırlanması|İstifadəçi tədqiqatlarının aparılması|Prototiplərin "
      "hazırlanması və test edilməsi",
      "Проектирование интерфейсов веб- и мобильных приложений|Проведение пользовательских исследований|Создание и "
      "тестирование прототипов",
      "Designing interfaces for web and mobile apps|Running user research|Building and testing prototypes"},
     {"Figma ilə peşəkar səviyyədə iş|Dizayn sistemləri ilə iş təcrübəsi",
      "Профессиональное владение Figma|Опыт работы с дизайн-системами",
      "Expert use of Figma|Experience with design systems"}},
    {"design", "", kOffice, 900, 1600, "1_3 3_5", "higher", "design", 0,
     {"İnteryer dizayneri", "Дизайнер интерьера", "Interior designer"},
     {"Yaşayış və kommersiya obyektləri üçün dizayn layihələrinin hazırlanması|3D vizualizasiyaların "
      "hazırlanması|Obyektdə müəllif nəzarəti",
      "Разработка дизайн-проектов жилых и коммерческих помещений|Создание 3D-визуализаций|Авторский надзор на объекте",
      "Designing residential and commercial interiors|Producing 3D visualisations|Supervising the work on site"},
     {"AutoCAD, 3ds Max və Corona Renderer biliyi|Tikinti materialları haqqında biliklər",
      "Знание AutoCAD, 3ds Max и Corona Renderer|Знание отделочных материалов",
      "AutoCAD, 3ds Max and Corona Renderer|Good knowledge of finishing materials"}},
    {"design", "", kOffice, 800, 1300, "lt1 1_3", "higher incomplete_higher", "marketing", 20,
     {"Videomontajçı / Motion dizayner", "Видеомонтажёр / Моушн-дизайнер", "Video editor / Motion designer"},
     {"Sosial şəbəkələr və reklam üçün videoların montajı|Animasiya və qrafik effektlərin hazırlanması|Çəkilişlərdə "
      "iştirak",
      "Монтаж видео для соцсетей и рекламы|Создание анимации и графики|Участие в съёмках",
      "Editing videos for social media and ads|Creating animation and motion graphics|Helping out on shoots"},
     {"Adobe Premiere Pro və After Effects biliyi|Montaj nümunələrinin təqdim edilməsi",
      "Знание Adobe Premiere Pro и After Effects|Примеры работ обязательны",
      "Adobe Premiere Pro and After Effects|Samples of your work"}},

    // ---- law
    {"law", "", kOffice, 1000, 1800, "1_3 3_5", "higher", "any", 0,
     {"Hüquqşünas", "Юрист", "Lawyer"},
     {"Müqavilələrin hazırlanması və hüquqi ekspertizası|Şirkətin məhkəmələrdə təmsil olunması|Struktur bölmələrə "
      "hüquqi məsləhətlərin verilməsi",
      "Подготовка и правовая экспертиза договоров|Представление интересов компании в судах|Консультирование "
      "подразделений по правовым вопросам",
      "Drafting and reviewing contracts|Representing the company in court|Giving legal advice to other departments"},
     {"Mülki və Əmək məcəllələrini yaxşı bilmək|Məhkəmə təcrübəsi üstünlükdür",
      "Хорошее знание Гражданского и Трудового кодексов|Судебная практика будет преимуществом",
      "Good knowledge of the Civil and Labour Codes|Litigation experience is an advantage"}},
    {"law", "", kOffice, 2500, 4000, "gt5", "higher degree", "law", 0,
     {"Baş hüquq məsləhətçisi", "Главный юрисконсульт", "Senior legal counsel"},
     {"Korporativ hüquq məsələləri üzrə məsləhət|Mürəkkəb müqavilələr üzrə danışıqlarda iştirak|Hüquq şöbəsinin "
      "işinin təşkili",
      "Консультирование по вопросам корпоративного права|Участие в переговорах по сложным договорам|Организация "
      "работы юридического отдела",
      "Advising on corporate law|Negotiating complex contracts|Running the legal department"},
     {"Korporativ hüquq sahəsində təcrübə|İngilis dilində hüquqi sənədlərlə işləmək bacarığı",
      "Опыт в корпоративном праве|Умение работать с юридическими документами на английском языке",
      "Corporate law experience|Able to work with legal documents in English"}},
    {"law", "", kOffice, 500, 800, "none lt1", "higher incomplete_higher", "law", 0,
     {"Hüquqşünas köməkçisi", "Помощник юриста", "Paralegal"},
     {"Sənədlərin toplanması və arxivləşdirilməsi|Məhkəmə iclaslarına hazırlıqda köməklik|Qanunvericilikdəki "
      "dəyişikliklərin izlənməsi",
      "Сбор и архивирование документов|Помощь в подготовке к судебным заседаниям|Мониторинг изменений законодательства",
      "Collecting and filing documents|Helping prepare for court hearings|Tracking changes in legislation"},
     {"Hüquq ixtisası üzrə təhsil, son kurs tələbələri də nəzərdən keçirilir|Diqqətlilik və məsuliyyət",
      "Юридическое образование, рассматриваем студентов последнего курса|Внимательность и ответственность",
      "Law studies (final-year students are welcome)|Careful and reliable"}},

    // ---- education
    {"education", "", kSchool, 700, 1200, "1_3 3_5", "higher", "education", 0,
     {"Müəllim (ingilis dili)", "Преподаватель английского языка", "English teacher"},
     {"Müxtəlif yaş qrupları üçün dərslərin keçirilməsi|Dərs planlarının hazırlanması|Şagirdlərin inkişafının "
      "izlənməsi və valideynlərlə ünsiyyət",
      "Проведение занятий для разных возрастных групп|Подготовка планов уроков|Отслеживание прогресса учеников и "
      "общение с родителями",
      "Teaching groups of different ages|Preparing lesson plans|Tracking students' progress and keeping parents "
      "informed"},
     {"İngilis dilini ən azı C1 səviyyəsində bilmək|IELTS və ya CELTA sertifikatı üstünlükdür",
      "Английский язык не ниже уровня C1|Сертификат IELTS или CELTA будет преимуществом",
      "English at C1 level or above|IELTS or CELTA certification is an advantage"}},
    {"education", "", kSchool, 700, 1100, "1_3 3_5", "higher", "education", 0,
     {"Riyaziyyat müəllimi", "Учитель математики", "Mathematics teacher"},
     {"Buraxılış və qəbul imtahanlarına hazırlıq dərslərinin keçirilməsi|Sınaq imtahanlarının təşkili|Fərdi məşğələlər",
      "Подготовка к выпускным и вступительным экзаменам|Организация пробных экзаменов|Индивидуальные занятия",
      "Preparing students for school-leaving and entrance exams|Running mock exams|One-to-one lessons"},
     {"Riyaziyyat ixtisası üzrə ali təhsil|Qəbul imtahanlarının proqramını bilmək",
      "Высшее математическое образование|Знание программы вступительных экзаменов",
      "A degree in mathematics|Familiarity with the entrance exam syllabus"}},
    {"education", "", kSchool, 500, 800, "none lt1 1_3", "higher specialised_secondary", "kindergarten", 0,
     {"Tərbiyəçi (uşaq bağçası)", "Воспитатель детского сада", "Kindergarten teacher"},
     {"Uşaqlar üçün gündəlik məşğələlərin keçirilməsi|Uşaqların təhlükəsizliyinə və gün rejiminə "
      "nəzarət|Valideynlərlə ünsiyyət",
      "Проведение ежедневных занятий с детьми|Контроль безопасности и режима дня|Общение с родителями",
      "Running daily activities with the children|Keeping the children safe and on routine|Talking with parents"},
     {"Məktəbəqədər təhsil ixtisası|Uşaqlarla işləməyi sevmək",
      "Дошкольное педагогическое образование|Любовь к детям",
      "A qualification in early childhood education|A genuine love of working with children"}},
    {"education", "", kSchool, 600, 1000, "lt1 1_3", "higher incomplete_higher", "education", 0,
     {"Kompüter kursları müəllimi", "Преподаватель компьютерных курсов", "Computer course instructor"},
     {"MS Office və əsas kompüter bacarıqları üzrə dərslər|Tədris materiallarının hazırlanması|Dinləyicilərin "
      "biliyinin qiymətləndirilməsi",
      "Занятия по MS Office и базовой компьютерной грамотности|Подготовка учебных материалов|Оценка знаний слушателей",
      "Teaching MS Office and basic computer skills|Preparing course materials|Assessing learners"},
     {"MS Office və Google alətlərini mükəmməl bilmək|Tədris təcrübəsi üstünlükdür",
      "Отличное знание MS Office и сервисов Google|Опыт преподавания будет плюсом",
      "Excellent MS Office and Google tools|Teaching experience is a plus"}},
    {"education", "", kOffice, 1500, 2500, "3_5 gt5", "degree higher", "research", 0,
     {"Elmi işçi (kimya)", "Научный сотрудник (химия)", "Research associate (chemistry)"},
     {"Laboratoriya tədqiqatlarının planlaşdırılması və aparılması|Nəticələrin təhlili və elmi hesabatların "
      "yazılması|Qrant layihələrində iştirak",
      "Планирование и проведение лабораторных исследований|Анализ результатов и подготовка научных отчётов|Участие в "
      "грантовых проектах",
      "Planning and running laboratory studies|Analysing results and writing research reports|Taking part in "
      "grant-funded projects"},
     {"Kimya üzrə fəlsəfə doktoru dərəcəsi üstünlükdür|Analitik avadanlıqlarla iş təcrübəsi",
      "Степень доктора философии по химии приветствуется|Опыт работы с аналитическим оборудованием",
      "A PhD in chemistry is preferred|Experience with analytical instruments"}},

    // ---- industry and agriculture
    {"industry", "construction", kField, 1500, 2500, "3_5 gt5", "higher", "industry", 0,
     {"İnşaat mühəndisi (sahə rəhbəri)", "Инженер-строитель (прораб)", "Site engineer"},
     {"Tikinti işlərinin layihəyə uyğun aparılmasına nəzarət|İşçi briqadalarının koordinasiyası|İcra sənədlərinin və "
      "görülmüş işlərin aktlarının hazırlanması",
      "Контроль выполнения строительных работ по проекту|Координация рабочих бригад|Подготовка исполнительной "
      "документации и актов выполненных работ",
      "Making sure construction follows the design|Coordinating work crews|Preparing as-built documents and "
      "completion certificates"},
     {"Tikinti norma və qaydalarını bilmək|AutoCAD proqramında işləmək bacarığı",
      "Знание строительных норм и правил|Умение работать в AutoCAD",
      "Knowledge of building codes|Able to work in AutoCAD"}},
    {"industry", "construction", kField, 800, 1200, "1_3 3_5", "secondary technical_secondary", "industry", 0,
     {"Elektrik ustası", "Электрик", "Electrician"},
     {"Elektrik xətlərinin çəkilməsi və avadanlıqların quraşdırılması|Avadanlıqların təmiri və "
      "profilaktikası|Təhlükəsizlik qaydalarına əməl olunması",
      "Прокладка электропроводки и монтаж оборудования|Ремонт и профилактика оборудования|Соблюдение правил техники "
      "безопасности",
      "Laying cables and installing equipment|Repairing and servicing equipment|Following safety rules"},
     {"Elektrik təhlükəsizliyi üzrə buraxılış qrupu|Çertyoj oxumaq bacarığı",
      "Допуск по электробезопасности|Умение читать схемы",
      "Electrical safety clearance|Able to read wiring diagrams"}},
    {"industry", "construction", kField, 700, 1100, "1_3", "secondary technical_secondary", "industry", 0,
     {"Qaynaqçı", "Сварщик", "Welder"},
     {"Metal konstruksiyaların qaynaq edilməsi|Çertyojlar əsasında işlərin icrası|Alət və avadanlıqlara qulluq",
      "Сварка металлоконструкций|Выполнение работ по чертежам|Уход за инструментом и оборудованием",
      "Welding steel structures|Working from drawings|Looking after tools and equipment"},
     {"Elektrik və arqon qaynağı təcrübəsi|Çertyoj oxumaq bacarığı",
      "Опыт электродуговой и аргонной сварки|Умение читать чертежи",
      "Arc and TIG welding experience|Able to read drawings"}},
    {"industry", "engineering", kField, 1200, 2000, "3_5", "higher", "industry", 0,
     {"Mexanika mühəndisi", "Инженер-механик", "Mechanical engineer"},
     {"İstehsalat avadanlıqlarının texniki vəziyyətinə nəzarət|Planlı təmir işlərinin təşkili|Ehtiyat hissələrin "
      "sifarişi",
      "Контроль технического состояния производственного оборудования|Организация плановых ремонтов|Заказ запчастей",
      "Monitoring the condition of production equipment|Organising planned maintenance|Ordering spare parts"},
     {"Mexanika ixtisası üzrə ali təhsil|Texniki ingilis dili",
      "Высшее техническое образование по механике|Технический английский",
      "A degree in mechanical engineering|Technical English"}},
    {"industry", "geology", kField, 2000, 3500, "3_5 gt5", "higher", "industry", 0,
     {"Geoloq", "Геолог", "Geologist"},
     {"Çöl geoloji tədqiqatlarının aparılması|Qazma məlumatlarının təhlili və geoloji xəritələrin "
      "hazırlanması|Hesabatların tərtibi",
      "Проведение полевых геологических исследований|Анализ данных бурения и построение геологических "
      "карт|Составление отчётов",
      "Carrying out geological fieldwork|Analysing drilling data and building geological maps|Writing reports"},
     {"Geologiya ixtisası üzrə ali təhsil|Petrel və ya ArcGIS proqramlarını bilmək|Ezamiyyətlərə hazır olmaq",
      "Высшее геологическое образование|Знание Petrel или ArcGIS|Готовность к командировкам",
      "A degree in geology|Petrel or ArcGIS|Willing to travel for fieldwork"}},
    {"industry", "agriculture", kField, 800, 1300, "1_3 3_5", "higher", "agro", 0,
     {"Aqronom", "Агроном", "Agronomist"},
     {"Əkin işlərinin planlaşdırılması|Bitkilərin xəstəlik və zərərvericilərdən mühafizəsi|Gübrələmə və suvarma "
      "rejiminə nəzarət",
      "Планирование посевных работ|Защита растений от болезней и вредителей|Контроль удобрения и полива",
      "Planning the sowing season|Protecting crops from disease and pests|Managing fertilising and irrigation"},
     {"Aqronomluq ixtisası|Müasir aqrotexnologiyalar haqqında biliklər",
      "Образование агронома|Знание современных агротехнологий",
      "A degree in agronomy|Knowledge of modern farming technology"}},
    {"industry", "", kShift, 600, 900, "none lt1", "secondary technical_secondary", "industry", 0,
     {"İstehsalat xətti operatoru", "Оператор производственной линии", "Production line operator"},
     {"İstehsalat xəttində avadanlıqların işinə nəzarət|Məhsulun keyfiyyətinin yoxlanılması|İş yerində təmizlik və "
      "təhlükəsizlik qaydalarına əməl edilməsi",
      "Контроль работы оборудования на линии|Проверка качества продукции|Соблюдение чистоты и техники безопасности",
      "Running equipment on the production line|Checking product quality|Keeping the workplace clean and safe"},
     {"Növbəli iş qrafikinə hazır olmaq|Fiziki dözümlülük",
      "Готовность к сменному графику|Физическая выносливость",
      "Happy to work shifts|Physically fit"}},

    // ---- services
    {"services", "courier", kField, 500, 700, "none lt1", "secondary none", "delivery", 0,
     {"Kuryer", "Курьер", "Courier"},
     {"Sifarişlərin müştərilərə vaxtında çatdırılması|Çatdırılma zamanı ödənişlərin qəbulu|Marşrutun mobil tətbiq "
      "vasitəsilə izlənməsi",
      "Своевременная доставка заказов клиентам|Приём оплаты при доставке|Работа с маршрутом через мобильное приложение",
      "Delivering orders to customers on time|Taking payment on delivery|Following the route in the mobile app"},
     {"Şəhəri yaxşı tanımaq|Moped və ya avtomobil sürücülük vəsiqəsi üstünlükdür",
      "Хорошее знание города|Права на мопед или автомобиль будут плюсом",
      "Good knowledge of the city|A moped or car licence is a plus"}},
    {"services", "driver", kField, 700, 1000, "1_3 3_5", "secondary", "transport", 0,
     {"Sürücü (B kateqoriyası)", "Водитель (категория B)", "Driver (category B)"},
     {"Əməkdaşların və sənədlərin daşınması|Avtomobilin texniki vəziyyətinə nəzarət|Yol vərəqələrinin doldurulması",
      "Перевозка сотрудников и документов|Контроль технического состояния автомобиля|Заполнение путевых листов",
      "Driving staff and documents around town|Keeping the car in good order|Filling in trip logs"},
     {"B kateqoriyalı sürücülük vəsiqəsi və ən azı 3 il sürücülük stajı|Qəzasız sürmə təcrübəsi",
      "Права категории B и стаж вождения от 3 лет|Безаварийное вождение",
      "Category B licence held for at least 3 years|A clean driving record"}},
    {"services", "driver", kField, 1000, 1500, "3_5 gt5", "secondary", "transport", 0,
     {"Yük maşını sürücüsü (C kateqoriyası)", "Водитель грузовика (категория C)", "Truck driver (category C)"},
     {"Yüklərin anbarlar arasında və regionlara daşınması|Yükün qəbulu və təhvil-təslim sənədlərinin "
      "rəsmiləşdirilməsi|Avtomobilə gündəlik texniki baxış",
      "Перевозка грузов между складами и по регионам|Приёмка груза и оформление сопроводительных "
      "документов|Ежедневный осмотр автомобиля",
      "Moving goods between warehouses and to the regions|Receiving cargo and handling delivery paperwork|Daily "
      "vehicle checks"},
     {"C kateqoriyalı sürücülük vəsiqəsi|Regionlara səfərlərə hazır olmaq",
      "Права категории C|Готовность к поездкам в регионы",
      "Category C licence|Willing to travel to the regions"}},
    {"services", "cleaning", kShift, 400, 550, "none", "none secondary", "cleaning", 0,
     {"Təmizlik işçisi", "Уборщик служебных помещений", "Cleaner"},
     {"Ofis və ümumi sahələrin gündəlik təmizliyi|Sanitar qovşaqların qaydada saxlanılması|Təmizlik vasitələrindən "
      "düzgün istifadə",
      "Ежедневная уборка офиса и общих зон|Поддержание порядка в санузлах|Правильное использование моющих средств",
      "Daily cleaning of offices and common areas|Keeping washrooms clean|Using cleaning products correctly"},
     {"Səliqəlilik və məsuliyyət|Vicdanlı və zəhmətkeş olmaq",
      "Аккуратность и ответственность|Добросовестность и трудолюбие",
      "Tidy and reliable|Honest and hard-working"}},
    {"services", "restaurant", kShift, 500, 800, "none lt1", "secondary", "food", 0,
     {"Ofisiant", "Официант", "Waiter"},
     {"Qonaqların qarşılanması və sifarişlərin qəbulu|Yemək və içkilərin servisi|Zalda təmizlik və nizamın "
      "saxlanılması",
      "Встреча гостей и приём заказов|Подача блюд и напитков|Поддержание чистоты и порядка в зале",
      "Greeting guests and taking orders|Serving food and drinks|Keeping the dining room clean and tidy"},
     {"Nəzakətli ünsiyyət|Rus və ya ingilis dilində danışıq səviyyəsi üstünlükdür",
      "Вежливое общение|Знание английского языка на разговорном уровне будет плюсом",
      "Friendly and polite|Conversational Russian or English is a plus"}},
    {"services", "restaurant", kShift, 900, 1600, "3_5 gt5", "specialised_secondary secondary", "food", 0,
     {"Aşpaz (Avropa mətbəxi)", "Повар европейской кухни", "Chef (European cuisine)"},
     {"Menyu üzrə yeməklərin hazırlanması|Məhsulların keyfiyyətinə və saxlanma şərtlərinə nəzarət|Mətbəxdə sanitar "
      "normalara əməl olunması",
      "Приготовление блюд по меню|Контроль качества и условий хранения продуктов|Соблюдение санитарных норм на кухне",
      "Cooking dishes from the menu|Checking food quality and storage|Keeping the kitchen up to hygiene standards"},
     {"Restoranda aşpaz kimi təcrübə|Sanitar kitabçanın olması",
      "Опыт работы поваром в ресторане|Наличие санитарной книжки",
      "Experience as a restaurant chef|A valid health certificate"}},
    {"services", "restaurant", kShift, 500, 750, "none lt1", "secondary incomplete_higher", "food", 0,
     {"Barista", "Бариста", "Barista"},
     {"Espresso əsaslı içkilərin hazırlanması|Qəhvə maşınına qulluq|Müştərilərə xidmət və kassa ilə iş",
      "Приготовление напитков на основе эспрессо|Уход за кофемашиной|Обслуживание гостей и работа с кассой",
      "Making espresso-based drinks|Looking after the coffee machine|Serving customers and using the till"},
     {"Barista kursu keçmək üstünlükdür|Enerjili və mehriban olmaq",
      "Курсы бариста будут плюсом|Энергичность и доброжелательность",
      "A barista course is a plus|Energetic and friendly"}},
    {"services", "security", kShift, 500, 700, "none lt1 1_3", "secondary", "security", 0,
     {"Mühafizəçi", "Охранник", "Security guard"},
     {"Obyektə giriş-çıxışa nəzarət|Videomüşahidə sisteminin izlənməsi|Növbə jurnalının aparılması",
      "Контроль входа и выхода на объект|Наблюдение по системе видеонаблюдения|Ведение журнала смены",
      "Controlling who enters and leaves the site|Watching the CCTV system|Keeping the shift log"},
     {"Hərbi xidmət keçmək üstünlükdür|Diqqətlilik və fiziki hazırlıq",
      "Прохождение военной службы будет преимуществом|Внимательность и хорошая физическая форма",
      "Military service is an advantage|Alert and physically fit"}},
    {"services", "tourism", kShift, 700, 1100, "lt1 1_3", "higher incomplete_higher", "hotel", 0,
     {"Otel administratoru (resepşn)", "Администратор гостиницы", "Hotel front desk agent"},
     {"Qonaqların qeydiyyatı və yola salınması|Rezervasiyaların idarə olunması|Qonaqların müraciətlərinin operativ "
      "həlli",
      "Заселение и выселение гостей|Работа с бронированиями|Оперативное решение вопросов гостей",
      "Checking guests in and out|Managing reservations|Resolving guests' requests quickly"},
     {"İngilis və rus dillərini bilmək|Opera PMS və ya oxşar sistemlərlə iş təcrübəsi üstünlükdür",
      "Знание английского и русского языков|Опыт работы в Opera PMS или аналогичных системах приветствуется",
      "English and Russian|Experience with Opera PMS or similar systems is welcome"}},
    {"services", "tourism", kOffice, 700, 1200, "lt1 1_3", "higher incomplete_higher", "travel", 0,
     {"Turizm üzrə menecer", "Менеджер по туризму", "Travel consultant"},
     {"Müştərilərə tur paketlərinin seçilməsində köməklik|Aviabiletlərin və otellərin bron edilməsi|Viza sənədlərinin "
      "hazırlanmasında köməklik",
      "Подбор туров для клиентов|Бронирование авиабилетов и отелей|Помощь в оформлении визовых документов",
      "Helping customers choose holidays|Booking flights and hotels|Helping with visa paperwork"},
     {"Amadeus və ya Galileo sistemləri ilə iş|Turizm sahəsində təcrübə",
      "Работа с системами Amadeus или Galileo|Опыт в туризме",
      "Amadeus or Galileo|Experience in travel"}},
    {"services", "beauty", kShift, 600, 1200, "1_3 3_5", "specialised_secondary secondary", "barber", 0,
     {"Bərbər", "Барбер", "Barber"},
     {"Kişi saç düzümləri və saqqal korreksiyası|Müştərilərə baxım üzrə məsləhətlər|İş yerinin və alətlərin "
      "sterilizasiyası",
      "Мужские стрижки и оформление бороды|Консультации клиентов по уходу|Стерилизация рабочего места и инструментов",
      "Men's haircuts and beard trims|Advising clients on grooming|Sterilising tools and the workstation"},
     {"Bərbər kimi ən azı 1 il təcrübə|Müasir saç düzümü texnikalarını bilmək",
      "Опыт работы барбером от 1 года|Знание современных техник стрижки",
      "At least 1 year as a barber|Up to date with modern cutting techniques"}},
    {"services", "beauty", kShift, 500, 1000, "lt1 1_3", "specialised_secondary secondary", "beauty", 0,
     {"Manikür ustası", "Мастер маникюра", "Nail technician"},
     {"Manikür və pedikür xidmətləri|Gel-lak örtüyü və dizayn|Alətlərin sterilizasiyası",
      "Маникюр и педикюр|Покрытие гель-лаком и дизайн|Стерилизация инструментов",
      "Manicures and pedicures|Gel polish and nail art|Sterilising instruments"},
     {"Sertifikat və iş nümunələri|Səliqəlilik və dəqiqlik",
      "Сертификат и примеры работ|Аккуратность и точность",
      "A certificate and examples of your work|Neat and precise"}},

    // ---- medicine and pharmacy
    {"medicine", "", kClinic, 1200, 2000, "3_5 gt5", "higher", "clinic", 0,
     {"Həkim-terapevt", "Врач-терапевт", "General practitioner"},
     {"Pasiyentlərin qəbulu və müayinəsi|Diaqnozun qoyulması və müalicənin təyin edilməsi|Tibbi sənədlərin aparılması",
      "Приём и осмотр пациентов|Постановка диагноза и назначение лечения|Ведение медицинской документации",
      "Seeing and examining patients|Making diagnoses and prescribing treatment|Keeping medical records"},
     {"Tibb universitetini bitirmək və rezidenturanı keçmək|Etibarlı həkim sertifikatı",
      "Медицинский вуз и ординатура|Действующий сертификат врача",
      "A medical degree and completed residency|A valid medical licence"}},
    {"medicine", "", kClinic, 1500, 3000, "3_5 gt5", "higher", "dental", 0,
     {"Stomatoloq-terapevt", "Стоматолог-терапевт", "Dentist"},
     {"Kariyes və kanal müalicəsi|Estetik bərpa işləri|Pasiyentlərə ağız gigiyenası üzrə məsləhətlər",
      "Лечение кариеса и каналов|Эстетическая реставрация|Консультации пациентов по гигиене полости рта",
      "Treating caries and root canals|Aesthetic restorations|Advising patients on oral hygiene"},
     {"Stomatologiya üzrə ali təhsil|Özəl klinikada təcrübə üstünlükdür",
      "Высшее стоматологическое образование|Опыт работы в частной клинике будет плюсом",
      "A degree in dentistry|Private practice experience is a plus"}},
    {"medicine", "", kClinic, 600, 900, "lt1 1_3", "specialised_secondary", "clinic", 0,
     {"Tibb bacısı", "Медсестра / Медбрат", "Nurse"},
     {"Həkim təyinatlarının yerinə yetirilməsi|İnyeksiyaların edilməsi və sistemlərin qoyulması|Tibbi alətlərin "
      "sterilizasiyası",
      "Выполнение назначений врача|Инъекции и постановка капельниц|Стерилизация медицинских инструментов",
      "Carrying out doctors' orders|Giving injections and setting up drips|Sterilising medical instruments"},
     {"Tibb kolleci diplomu|Növbəli işləməyə hazır olmaq",
      "Диплом медицинского колледжа|Готовность к сменной работе",
      "A nursing diploma|Happy to work shifts"}},
    {"medicine", "", kRetail, 600, 900, "lt1 1_3", "specialised_secondary higher", "pharmacy", 0,
     {"Əczaçı", "Фармацевт", "Pharmacist"},
     {"Dərman vasitələrinin reseptə uyğun satışı|Alıcılara dərmanlar barədə məsləhət|Anbar qalıqlarına və saxlanma "
      "şərtlərinə nəzarət",
      "Отпуск лекарственных средств по рецептам|Консультирование покупателей по препаратам|Контроль остатков и "
      "условий хранения",
      "Dispensing medicines against prescriptions|Advising customers on medicines|Checking stock levels and storage "
      "conditions"},
     {"Əczaçılıq təhsili|Dərman preparatlarını yaxşı tanımaq",
      "Фармацевтическое образование|Хорошее знание ассортимента препаратов",
      "A pharmacy qualification|Good knowledge of medicines"}},
    {"medicine", "", kClinic, 600, 1000, "lt1 1_3", "higher specialised_secondary", "clinic", 0,
     {"Laborant", "Лаборант", "Laboratory technician"},
     {"Analizlər üçün nümunələrin götürülməsi|Laboratoriya müayinələrinin aparılması|Nəticələrin sistemə daxil "
      "edilməsi",
      "Забор биоматериала для анализов|Проведение лабораторных исследований|Внесение результатов в систему",
      "Taking samples for tests|Running laboratory tests|Entering results into the system"},
     {"Laboratoriya diaqnostikası üzrə təhsil|Analizatorlarla iş təcrübəsi",
      "Образование в области лабораторной диагностики|Опыт работы с анализаторами",
      "Training in laboratory diagnostics|Experience with lab analysers"}},
    {"medicine", "", kClinic, 1500, 2500, "3_5 gt5", "higher", "clinic", 0,
     {"Pediatr", "Врач-педиатр", "Paediatrician"},
     {"Uşaqların müayinəsi və müalicəsi|Valideynlərə məsləhətlərin verilməsi|Profilaktik peyvənd təqviminin izlənməsi",
      "Осмотр и лечение детей|Консультирование родителей|Контроль календаря профилактических прививок",
      "Examining and treating children|Advising parents|Keeping track of the vaccination schedule"},
     {"Pediatriya üzrə rezidentura|Uşaqlarla işləmək bacarığı",
      "Ординатура по педиатрии|Умение находить подход к детям",
      "Residency in paediatrics|Good with children"}},

    // ---- miscellaneous
    {"misc", "students", kStudent, 400, 600, "none", "incomplete_higher secondary", "trade", 0,
     {"Promouter (tələbələr üçün)", "Промоутер (для студентов)", "Promoter (students welcome)"},
     {"Ticarət mərkəzlərində məhsulların təqdimatı|Dequstasiyaların keçirilməsi|Alıcılara aksiyalar barədə məlumat "
      "verilməsi",
      "Презентация продукции в торговых центрах|Проведение дегустаций|Информирование покупателей об акциях",
      "Presenting products in shopping centres|Running tastings|Telling shoppers about promotions"},
     {"Ünsiyyətcillik və enerjililik|Həftəsonları işləmək imkanı",
      "Общительность и энергичность|Возможность работать по выходным",
      "Outgoing and energetic|Available at weekends"}},
    {"misc", "students", kStudent, 300, 500, "none", "incomplete_higher higher", "any", 0,
     {"Marketinq üzrə təcrübəçi", "Стажёр в отдел маркетинга", "Marketing intern"},
     {"Sosial şəbəkə kontentinin hazırlanmasında köməklik|Bazar araşdırmalarında iştirak|Təqdimatların hazırlanması",
      "Помощь в подготовке контента для соцсетей|Участие в исследованиях рынка|Подготовка презентаций",
      "Helping prepare social media content|Taking part in market research|Preparing presentations"},
     {"Son kurs tələbəsi və ya məzun olmaq|Öyrənməyə həvəs",
      "Студент последнего курса или выпускник|Желание учиться",
      "Final-year student or recent graduate|Eager to learn"}},
    {"misc", "", kShift, 500, 750, "none lt1", "secondary none", "trade", 0,
     {"Anbar işçisi", "Складской работник", "Warehouse worker"},
     {"Malların qəbulu, yerləşdirilməsi və sifarişlərin yığılması|Yükləmə-boşaltma işləri|Anbar qalıqlarının "
      "sayılmasında iştirak",
      "Приёмка, размещение товара и сборка заказов|Погрузочно-разгрузочные работы|Участие в инвентаризации",
      "Receiving and shelving goods and picking orders|Loading and unloading|Helping with stock counts"},
     {"Fiziki dözümlülük|Məsuliyyət və intizam",
      "Физическая выносливость|Ответственность и дисциплина",
      "Physically fit|Reliable and disciplined"}},
    {"misc", "", kOffice, 800, 1400, "1_3 3_5", "higher", "any", 15,
     {"Tərcüməçi (ingilis dili)", "Переводчик (английский язык)", "Translator (English)"},
     {"Sənədlərin ingilis dilindən və ingilis dilinə tərcüməsi|Görüşlərdə şifahi tərcümə|Tərcümə olunmuş mətnlərin "
      "redaktəsi",
      "Письменный перевод документов с английского и на английский|Устный перевод на встречах|Редактура переведённых "
      "текстов",
      "Translating documents to and from English|Interpreting at meetings|Editing translated texts"},
     {"İngilis dilini mükəmməl bilmək|Texniki və ya hüquqi tərcümə təcrübəsi üstünlükdür",
      "Отличное знание английского языка|Опыт технического или юридического перевода будет плюсом",
      "Excellent English|Technical or legal translation experience is a plus"}},
};
// clang-format on

// ---------------------------------------------------------------------------------------------------------------
// Companies: fictional names built from a neutral first word and a line of business.

const char* const kCompanyWords[] = {
    "Xəzər",  "Abşeron",    "Qafqaz",     "Kür",       "Şahdağ",     "Qoşqar",     "Göygöl",  "Murov",
    "Nur",    "Ulduz",      "Günəş",      "Zirvə",     "Lider",      "İnam",       "Ümid",    "Çinar",
    "Palıd",  "Sahil",      "Mərcan",     "İnci",      "Səma",       "Dəniz",      "Lalə",    "Orion",
    "Vega",   "Atlas",      "Nova",       "Delta",     "Standart",   "Etalon",     "Mirvari", "Bənövşə",
    "Şəlalə", "Yaşıl Vadi", "Yeni Nəsil", "İpək Yolu", "Dan Ulduzu", "Qızıl Açar", "Ağ Qala", "Təməl"};

struct Sector {
    const char* key;
    const char* name;
    const char* domain;  // middle of the email domain
    bool legal_form;     // "MMC"/"ASC"/"QSC" may follow
};

// clang-format off
const Sector kSectors[] = {
    {"finance", "Maliyyə", "maliyye", true}, {"finance", "Kredit", "kredit", true},
    {"finance", "Sığorta", "sigorta", true}, {"finance", "İnvest", "invest", true},
    {"finance", "Audit", "audit", true}, {"finance", "Konsaltinq", "consulting", true},
    {"marketing", "Media", "media", true}, {"marketing", "Reklam", "reklam", true},
    {"marketing", "Kommunikasiya", "communications", true}, {"marketing", "Kreativ", "creative", true},
    {"it", "Texnologiyaları", "tech", true}, {"it", "Soft", "soft", true}, {"it", "Dijital", "digital", true},
    {"it", "Sistemlər", "systems", true}, {"it", "IT Solutions", "it", true},
    {"design", "Dizayn Studiyası", "design", false}, {"design", "Print", "print", true},
    {"design", "Mebel", "mebel", true},
    {"law", "Hüquq Bürosu", "law", false}, {"law", "Vəkil Bürosu", "vekil", false}, {"law", "Legal", "legal", true},
    {"education", "Tədris Mərkəzi", "tedris", false}, {"education", "Akademiyası", "academy", false},
    {"education", "Özəl Məktəbi", "school", false}, {"education", "Liseyi", "lyceum", false},
    {"kindergarten", "Uşaq Bağçası", "kids", false}, {"kindergarten", "Uşaq İnkişaf Mərkəzi", "kids", false},
    {"research", "Elmi-Tədqiqat Mərkəzi", "research", false},
    {"industry", "Tikinti", "tikinti", true}, {"industry", "İnşaat", "insaat", true},
    {"industry", "Enerji", "enerji", true}, {"industry", "Mühəndislik", "engineering", true},
    {"industry", "Metal", "metal", true}, {"industry", "Neft Servis", "oilservice", true},
    {"industry", "Sənaye", "senaye", true},
    {"agro", "Aqro", "aqro", true}, {"agro", "Aqrar", "aqrar", true}, {"agro", "Fermer Təsərrüfatı", "ferma", false},
    {"delivery", "Logistika", "logistika", true}, {"delivery", "Ekspress", "express", true},
    {"delivery", "Kuryer Xidməti", "kuryer", false},
    {"transport", "Logistika", "logistika", true}, {"transport", "Trans", "trans", true},
    {"transport", "Daşımalar", "dasimalar", true},
    {"cleaning", "Klininq", "cleaning", true}, {"cleaning", "Servis", "servis", true},
    {"food", "Restoranı", "restoran", false}, {"food", "Kafe", "cafe", false},
    {"food", "Coffee House", "coffee", false},
    {"security", "Mühafizə Xidməti", "security", false},
    {"hotel", "Hotel", "hotel", false}, {"hotel", "Resort", "resort", false},
    {"travel", "Turizm", "travel", true}, {"travel", "Travel", "travel", true},
    {"barber", "Barbershop", "barber", false},
    {"beauty", "Gözəllik Salonu", "beauty", false}, {"beauty", "Beauty Studio", "studio", false},
    {"clinic", "Klinikası", "klinika", false}, {"clinic", "Tibb Mərkəzi", "tibb", false},
    {"clinic", "Diaqnostika Mərkəzi", "diaqnostika", false},
    {"dental", "Stomatologiya Klinikası", "dental", false}, {"dental", "Dental", "dental", false},
    {"pharmacy", "Aptek", "aptek", false}, {"pharmacy", "Aptekləri", "aptek", false},
    {"trade", "Ticarət", "ticaret", true}, {"trade", "Trade", "trade", true},
    {"trade", "Distribusiya", "distribution", true}, {"trade", "Elektronika", "electronics", true},
    {"trade", "Mebel", "mebel", true}, {"trade", "Avto", "avto", true},
    {"group", "Group", "group", true}, {"group", "Holdinq", "holding", true}, {"group", "Servis", "servis", true},
    {"group", "Ticarət", "ticaret", true}, {"group", "İnşaat", "insaat", true},
    {"group", "Logistika", "logistika", true},
};
// clang-format on

// How often a role of this sector is posted by a general company ("group") instead.
int GenericPercent(std::string_view key) {
    if (key == "finance" || key == "trade" || key == "delivery") return 40;
    if (key == "marketing" || key == "it" || key == "design" || key == "law") return 25;
    if (key == "transport" || key == "cleaning" || key == "security") return 60;
    if (key == "industry") return 20;
    return 0;  // clinics, schools, restaurants, hotels... post their own vacancies
}

// ASCII form of Azerbaijani text for domain names: "Şəlalə Yaşıl" -> "shelale-yashil".
std::string Ascii(std::string_view s) {
    static const std::pair<std::string_view, std::string_view> kMap[] = {
        {"ə", "e"}, {"Ə", "e"}, {"ı", "i"}, {"İ", "i"},  {"ö", "o"},  {"Ö", "o"},  {"ü", "u"},
        {"Ü", "u"}, {"ğ", "g"}, {"Ğ", "g"}, {"ş", "sh"}, {"Ş", "sh"}, {"ç", "ch"}, {"Ç", "ch"}};
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        bool mapped = false;
        for (const auto& [from, to] : kMap) {
            if (s.compare(i, from.size(), from) == 0) {
                out += to;
                i += from.size();
                mapped = true;
                break;
            }
        }
        if (mapped) continue;
        char c = s[i++];
        if (c >= 'A' && c <= 'Z')
            out += static_cast<char>(c - 'A' + 'a');
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            out += c;
        else if (c == ' ' || c == '-')
            out += '-';
    }
    return out;
}

struct Company {
    std::string name;
    std::string domain;  // e.g. "xezer-logistika.az"
};

Company MakeCompany(const Role& role, Rng& rng) {
    std::string_view key = role.sector;
    std::vector<const Sector*> pool;
    if (key != "any" && rng.Percent(GenericPercent(key))) key = "group";
    // "any": an office job that any ordinary company may post (not salons, clinics, schools or restaurants).
    for (const auto& s : kSectors)
        if (key == "any" ? s.legal_form : key == s.key) pool.push_back(&s);
    std::size_t word_index = rng.Below(std::size(kCompanyWords));
    std::size_t sector_index = rng.Below(pool.size());
    const char* word = kCompanyWords[word_index];
    const Sector& sector = *pool[sector_index];

    Company c;
    c.name = std::string(word) + " " + sector.name;
    if (sector.legal_form) {
        int r = static_cast<int>(rng.Below(100));
        if (r < 60)
            c.name += " MMC";
        else if (r < 72)
            c.name += " ASC";
        else if (r < 78)
            c.name += " QSC";
    }
    // The same company always gets the same domain.
    const char* joiner = (word_index + sector_index) % 3 == 0 ? "" : "-";
    c.domain = Ascii(word) + joiner + sector.domain + ".az";
    return c;
}

// ---------------------------------------------------------------------------------------------------------------
// Places.

const char* const kRegionCities[] = {
    "sumgait",  "sumgait", "sumgait", "ganja",  "ganja",    "ganja",      "khirdalan", "khirdalan", "mingachevir",
    "lankaran", "shaki",   "guba",    "gabala", "shirvan",  "nakhchivan", "yevlakh",   "shamakhi",  "gusar",
    "zagatala", "masally", "salyan",  "barda",  "naftalan", "khankendi",  "aghdam",    "shusha",    "other"};

struct Street {
    L3 district;
    L3 street;
};

const Street kBakuStreets[] = {
    {{"Nəsimi", "Насиминский", "Nasimi"}, {"Azadlıq pr.", "пр. Азадлыг", "Azadlig Ave"}},
    {{"Səbail", "Сабаильский", "Sabail"}, {"Nizami küç.", "ул. Низами", "Nizami St"}},
    {{"Nəsimi", "Насиминский", "Nasimi"}, {"Füzuli küç.", "ул. Физули", "Fuzuli St"}},
    {{"Səbail", "Сабаильский", "Sabail"}, {"Neftçilər pr.", "пр. Нефтяников", "Neftchilar Ave"}},
    {{"Səbail", "Сабаильский", "Sabail"}, {"Bülbül pr.", "пр. Бюльбюля", "Bulbul Ave"}},
    {{"Yasamal", "Ясамальский", "Yasamal"}, {"Şərifzadə küç.", "ул. Шарифзаде", "Sharifzade St"}},
    {{"Nərimanov", "Наримановский", "Narimanov"}, {"Atatürk pr.", "пр. Ататюрка", "Ataturk Ave"}},
    {{"Nərimanov", "Наримановский", "Narimanov"}, {"Təbriz küç.", "ул. Тебриз", "Tabriz St"}},
    {{"Nizami", "Низаминский", "Nizami"}, {"Qara Qarayev pr.", "пр. Кара Караева", "Gara Garayev Ave"}},
    {{"Xətai", "Хатаинский", "Khatai"}, {"Babək pr.", "пр. Бабека", "Babek Ave"}},
    {{"Yasamal", "Ясамальский", "Yasamal"}, {"Hüseyn Cavid pr.", "пр. Гусейна Джавида", "Huseyn Javid Ave"}},
    {{"Binəqədi", "Бинагадинский", "Binagadi"}, {"Mir Cəlal küç.", "ул. Мир Джалала", "Mir Jalal St"}},
};

const L3 kMetroStations[] = {
    {"28 May", "28 Мая", "28 May"},          {"Gənclik", "Гянджлик", "Ganjlik"},
    {"Nərimanov", "Нариманов", "Narimanov"}, {"Elmlər Akademiyası", "Элмляр Академиясы", "Elmlar Akademiyasi"},
    {"Nizami", "Низами", "Nizami"},          {"İçərişəhər", "Ичеришехер", "Icherisheher"},
    {"Koroğlu", "Кёроглу", "Koroglu"},       {"Xətai", "Хатаи", "Khatai"}};

std::string BakuAddress(Lang lang, Rng& rng) {
    if (rng.Percent(30)) {
        const L3& m = rng.Pick(kMetroStations);
        if (lang == kAz) return std::string(m.az) + " m/st yaxınlığı";
        if (lang == kRu) return std::string("рядом с м. ") + m.ru;
        return std::string("near ") + m.en + " metro station";
    }
    const Street& s = rng.Pick(kBakuStreets);
    std::string n = std::to_string(rng.Between(1, 180));
    if (lang == kAz) return std::string(s.district.az) + " r-nu, " + s.street.az + " " + n;
    if (lang == kRu) return std::string(s.district.ru) + " р-н, " + s.street.ru + ", " + n;
    return n + " " + s.street.en + ", " + s.district.en + " district";
}

// ---------------------------------------------------------------------------------------------------------------
// People and contacts. The Latin and Cyrillic lists are parallel.

const L3 kWomen[] = {{"Leyla", "Лейла", ""},   {"Aygün", "Айгюн", ""},    {"Nigar", "Нигяр", ""},
                     {"Səbinə", "Сабина", ""}, {"Günay", "Гюнай", ""},    {"Nərgiz", "Наргиз", ""},
                     {"Aynur", "Айнур", ""},   {"Könül", "Кёнуль", ""},   {"Ülviyyə", "Ульвия", ""},
                     {"Şəbnəm", "Шабнам", ""}, {"Fidan", "Фидан", ""},    {"Aysel", "Айсель", ""},
                     {"Türkan", "Туркан", ""}, {"Gülnar", "Гюльнара", ""}};
const L3 kMen[] = {{"Rəşad", "Рашад", ""},  {"Elvin", "Эльвин", ""}, {"Tural", "Турал", ""},   {"Orxan", "Орхан", ""},
                   {"Fərid", "Фарид", ""},  {"Samir", "Самир", ""},  {"Kamran", "Камран", ""}, {"Vüsal", "Вусал", ""},
                   {"Elnur", "Эльнур", ""}, {"Murad", "Мурад", ""},  {"Ramil", "Рамиль", ""},  {"Cavid", "Джавид", ""},
                   {"Emin", "Эмин", ""},    {"Anar", "Анар", ""}};
const L3 kSurnames[] = {{"Məmmədov", "Мамедов", ""},     {"Əliyev", "Алиев", ""},     {"Həsənov", "Гасанов", ""},
                        {"Hüseynov", "Гусейнов", ""},    {"Quliyev", "Кулиев", ""},   {"İsmayılov", "Исмайлов", ""},
                        {"Abdullayev", "Абдуллаев", ""}, {"Cəfərov", "Джафаров", ""}, {"Rzayev", "Рзаев", ""},
                        {"Mustafayev", "Мустафаев", ""}, {"Kərimov", "Керимов", ""},  {"Babayev", "Бабаев", ""},
                        {"Nəsirov", "Насиров", ""},      {"Sadıqov", "Садыгов", ""},  {"Orucov", "Оруджев", ""},
                        {"Vəliyev", "Велиев", ""},       {"Qasımov", "Гасымов", ""},  {"Səfərov", "Сафаров", ""}};

const L3 kDepartments[] = {{"İnsan resursları şöbəsi", "Отдел кадров", "HR department"},
                           {"HR şöbəsi", "HR-отдел", "Recruitment team"}};

struct Contact {
    std::string person;
    std::string email_local;  // a personal mailbox, or empty for a shared one
};

Contact MakeContact(Lang lang, Rng& rng) {
    Contact c;
    int r = static_cast<int>(rng.Below(100));
    if (r < 10) return c;
    if (r < 25) {
        c.person = rng.Pick(kDepartments).In(lang);
        return c;
    }
    bool woman = rng.Percent(65);
    const L3& first = woman ? rng.Pick(kWomen) : rng.Pick(kMen);
    const L3& last = rng.Pick(kSurnames);
    bool cyrillic = lang == kRu;
    if (r < 45) {  // first name only, as many ads do
        c.person = cyrillic ? first.ru : first.az;
        if (lang == kAz) c.person += woman ? " xanım" : " bəy";
        return c;
    }
    c.person = std::string(cyrillic ? first.ru : first.az) + " " + (cyrillic ? last.ru : last.az) + (woman ? "a" : "");
    if (rng.Percent(30)) c.email_local = Ascii(first.az).substr(0, 1) + "." + Ascii(last.az) + (woman ? "a" : "");
    return c;
}

std::string Digits(Rng& rng, int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s += static_cast<char>('0' + rng.Below(10));
    return s;
}

std::string MakePhone(bool baku, Rng& rng) {
    static const char* const kMobile[] = {"50", "51", "55", "70", "77", "99", "10"};
    std::string subscriber = std::to_string(rng.Between(2, 9)) + Digits(rng, 6);
    std::string a = subscriber.substr(0, 3), b = subscriber.substr(3, 2), c = subscriber.substr(5, 2);
    if (baku && rng.Percent(8))
        return "+994 12 " + std::to_string(rng.Between(4, 5)) + Digits(rng, 2) + " " + b + " " + c;
    std::string op = rng.Pick(kMobile);
    int r = static_cast<int>(rng.Below(100));
    if (r < 60) return "+994 " + op + " " + a + " " + b + " " + c;
    if (r < 85) return "0" + op + " " + a + " " + b + " " + c;
    return "(0" + op + ") " + a + "-" + b + "-" + c;
}

// ---------------------------------------------------------------------------------------------------------------
// Text building blocks shared by all roles.

const char* const kExperienceCodes[] = {"none", "lt1", "1_3", "3_5", "gt5"};
const L3 kExperienceText[] = {
    {"İş təcrübəsi tələb olunmur, lazımi təlim yerində keçiriləcək", "Опыт работы не требуется, обучение на месте",
     "No previous experience needed, training is provided"},
    {"Ən azı 6 ay iş təcrübəsi arzuolunandır", "Желателен опыт работы от 6 месяцев",
     "At least 6 months of relevant experience is preferred"},
    {"Müvafiq sahədə ən azı 1 il iş təcrübəsi", "Опыт работы по специальности от 1 года",
     "At least 1 year of relevant experience"},
    {"Müvafiq sahədə minimum 3 il iş təcrübəsi", "Опыт работы по специальности не менее 3 лет",
     "At least 3 years of relevant experience"},
    {"Sahə üzrə 5 ildən artıq iş təcrübəsi", "Опыт работы в сфере более 5 лет",
     "More than 5 years of experience in the field"},
};

const char* const kEducationCodes[] = {
    "degree", "higher", "incomplete_higher", "technical_secondary", "specialised_secondary", "secondary"};
const L3 kEducationText[] = {
    {"Elmi dərəcə (fəlsəfə doktoru və ya elmlər doktoru)", "Учёная степень (доктор философии или доктор наук)",
     "A doctoral degree"},
    {"Ali təhsil", "Высшее образование", "A university degree"},
    {"Ali və ya natamam ali təhsil", "Высшее или неоконченное высшее образование",
     "A university degree or current university studies"},
    {"Orta texniki təhsil", "Среднее техническое образование", "Technical secondary education"},
    {"Orta ixtisas təhsili", "Среднее специальное образование", "Vocational education"},
    {"Orta təhsil", "Среднее образование", "Secondary school education"},
};

const L3 kLanguageSkills[] = {
    {"Azərbaycan və rus dillərini sərbəst bilmək", "Свободное владение азербайджанским и русским языками",
     "Fluent Azerbaijani and Russian"},
    {"Azərbaycan dilini mükəmməl, rus dilini danışıq səviyyəsində bilmək",
     "Знание азербайджанского языка, русский на разговорном уровне", "Fluent Azerbaijani and conversational Russian"},
    {"İngilis dilini bilmək üstünlükdür", "Знание английского языка будет преимуществом", "English is an advantage"},
    {"Azərbaycan, rus və ingilis dillərində sərbəst ünsiyyət",
     "Свободное владение азербайджанским, русским и английским языками", "Fluent Azerbaijani, Russian and English"},
};

const L3 kComputerSkills[] = {
    {"MS Office proqramlarını (Word, Excel, Outlook) bilmək", "Знание MS Office (Word, Excel, Outlook)",
     "Good command of MS Office (Word, Excel, Outlook)"},
    {"Kompüterdən sərbəst istifadə", "Уверенный пользователь ПК", "Confident computer user"},
};

const L3 kQualities[] = {
    {"Məsuliyyətli, dəqiq və punktual olmaq", "Ответственность, аккуратность и пунктуальность",
     "Responsible, accurate and punctual"},
    {"Komandada işləmək bacarığı", "Умение работать в команде", "A good team player"},
    {"Ünsiyyətcil və stressə davamlı olmaq", "Коммуникабельность и стрессоустойчивость",
     "Communicative and calm under pressure"},
    {"Yeni biliklərə açıq olmaq", "Готовность учиться новому", "Open to learning new things"},
    {"Vaxtı düzgün idarə etmək bacarığı", "Умение планировать своё время", "Good time management"},
    {"Səliqəli xarici görünüş", "Опрятный внешний вид", "Neat appearance"},
    {"Təşəbbüskarlıq və müstəqil qərar vermək bacarığı", "Инициативность и самостоятельность",
     "Shows initiative and works independently"},
};

struct Condition {
    unsigned kinds;
    L3 text;
};

const Condition kConditions[] = {
    {kAll,
     {"Əmək Məcəlləsinə uyğun rəsmi işə qəbul", "Официальное трудоустройство согласно Трудовому кодексу",
      "Official employment under the Labour Code"}},
    {kAll,
     {"Əmək haqqı ayda iki dəfə ödənilir", "Зарплата выплачивается два раза в месяц", "Salary paid twice a month"}},
    {kAll & ~kField, {"Günorta yeməyi şirkət tərəfindən təmin olunur", "Бесплатный обед", "Free lunch"}},
    {kOffice | kIt | kClinic, {"Tibbi sığorta", "Медицинская страховка", "Health insurance"}},
    {kOffice | kIt | kClinic | kSchool,
     {"Ödənişli təlimlər və peşəkar inkişaf imkanları", "Обучение за счёт компании и профессиональный рост",
      "Paid training and room to grow"}},
    {kField | kShift | kRetail, {"Yol xərcləri ödənilir", "Компенсация транспортных расходов", "Travel costs covered"}},
    {kField | kShift,
     {"Xidməti avtobusla daşınma", "Развозка служебным транспортом", "Company shuttle to and from work"}},
    {kShift | kRetail | kClinic | kField, {"İş forması verilir", "Выдаётся униформа", "Uniform provided"}},
    {kAll,
     {"İllik 21 təqvim günü ödənişli məzuniyyət", "Ежегодный оплачиваемый отпуск 21 календарный день",
      "21 calendar days of paid annual leave"}},
    {kAll, {"Sınaq müddəti 1 ay", "Испытательный срок 1 месяц", "One-month probation period"}},
    {kOffice | kIt,
     {"Müasir ofis və mehriban kollektiv", "Современный офис и дружный коллектив",
      "A modern office and a friendly team"}},
    {kIt, {"Çevik iş qrafiki", "Гибкий график", "Flexible hours"}},
    {kShift | kClinic,
     {"Bayram günlərində iş ikiqat ödənilir", "Работа в праздничные дни оплачивается вдвойне",
      "Public holidays paid at double rate"}},
    {kSchool | kStudent,
     {"Dərs yükü namizədlə razılaşdırılır", "Нагрузка обсуждается с кандидатом", "Hours agreed with the candidate"}},
    {kStudent,
     {"Təcrübə müddəti bitdikdən sonra işə qəbul imkanı", "Возможность трудоустройства после стажировки",
      "A chance of a permanent job after the internship"}},
};

struct Schedule {
    unsigned kinds;
    L3 text;
};

const Schedule kSchedules[] = {
    {kOffice | kIt, {"09:00-18:00, 5/2", "09:00-18:00, 5/2", "09:00-18:00, 5/2"}},
    {kOffice | kIt, {"10:00-19:00, 5/2", "10:00-19:00, 5/2", "10:00-19:00, 5/2"}},
    {kOffice | kClinic, {"09:00-17:00, 5/2", "09:00-17:00, 5/2", "09:00-17:00, 5/2"}},
    {kOffice | kField | kRetail,
     {"09:00-18:00, 6/1 (şənbə 14:00-dək)", "09:00-18:00, 6/1 (в субботу до 14:00)",
      "09:00-18:00, 6/1 (Saturdays until 14:00)"}},
    {kIt, {"Çevik qrafik, 5/2", "Гибкий график, 5/2", "Flexible hours, 5/2"}},
    {kShift | kClinic | kRetail,
     {"Növbəli, 2/2 (08:00-20:00)", "Сменный, 2/2 (08:00-20:00)", "Shifts, 2/2 (08:00-20:00)"}},
    {kShift | kRetail, {"10:00-22:00, 2/2", "10:00-22:00, 2/2", "10:00-22:00, 2/2"}},
    {kShift, {"11:00-23:00, 6/1", "11:00-23:00, 6/1", "11:00-23:00, 6/1"}},
    {kShift, {"Sutkalıq, 1/2", "Сутки через двое", "24 hours on, 48 off"}},
    {kField, {"08:00-17:00, 6/1", "08:00-17:00, 6/1", "08:00-17:00, 6/1"}},
    {kField, {"08:00-18:00, 5/2", "08:00-18:00, 5/2", "08:00-18:00, 5/2"}},
    {kClinic, {"09:00-15:00, 6/1", "09:00-15:00, 6/1", "09:00-15:00, 6/1"}},
    {kSchool, {"09:00-15:00, 5/2", "09:00-15:00, 5/2", "09:00-15:00, 5/2"}},
    {kSchool, {"14:00-19:00, 6/1", "14:00-19:00, 6/1", "14:00-19:00, 6/1"}},
    {kSchool, {"08:30-13:30, 6/1", "08:30-13:30, 6/1", "08:30-13:30, 6/1"}},
    {kStudent, {"Həftəsonları, 10:00-16:00", "По выходным, 10:00-16:00", "Weekends, 10:00-16:00"}},
    {kStudent, {"14:00-18:00, 5/2", "14:00-18:00, 5/2", "14:00-18:00, 5/2"}},
};

const L3 kPartTimeSchedules[] = {
    {"09:00-13:00, 5/2", "09:00-13:00, 5/2", "09:00-13:00, 5/2"},
    {"14:00-18:00, 5/2", "14:00-18:00, 5/2", "14:00-18:00, 5/2"},
    {"Həftədə 3 gün, 10:00-15:00", "3 дня в неделю, 10:00-15:00", "3 days a week, 10:00-15:00"},
};

const L3 kIntros[] = {
    {"{c} «{p}» vəzifəsinə əməkdaş axtarır.", "{c} приглашает на вакансию «{p}».", "{c} is hiring: {p}."},
    {"{c} komandasını genişləndirir və «{p}» vəzifəsi üzrə namizədləri dəvət edir.",
     "В связи с расширением {c} ищет сотрудника на должность «{p}».",
     "{c} is growing and looking for a new colleague for the role of {p}."},
    {"Şirkətimizə «{p}» vəzifəsi üçün məsuliyyətli əməkdaş tələb olunur.",
     "В нашу компанию требуется ответственный сотрудник на должность «{p}».",
     "We are looking for a reliable person for the position of {p}."},
};

const L3 kClosingEmail[] = {
    {"CV-nizi e-poçt ünvanına göndərin, mövzu sətrində «{p}» yazın.",
     "Резюме отправляйте на электронную почту, указав в теме «{p}».",
     "Send your CV by email with \"{p}\" in the subject line."},
    {"Maraqlanan namizədlər CV-lərini e-poçt vasitəsilə göndərə bilərlər.",
     "Заинтересованные кандидаты могут отправить резюме по электронной почте.",
     "Interested candidates are welcome to send their CV by email."},
};
const L3 kClosingPhone[] = {
    {"Ətraflı məlumat üçün göstərilən nömrəyə zəng edin.", "Подробности по указанному телефону.",
     "Call the number given for details."},
    {"Müsahibə üçün göstərilən nömrəyə zəng edə və ya WhatsApp-da yaza bilərsiniz.",
     "Для записи на собеседование звоните или пишите в WhatsApp по указанному номеру.",
     "Call or message us on WhatsApp to arrange an interview."},
};
const L3 kClosingAny = {"Yalnız tələblərə cavab verən namizədlər müsahibəyə dəvət olunacaq.",
                        "На собеседование будут приглашены только кандидаты, соответствующие требованиям.",
                        "Only shortlisted candidates will be contacted."};

const L3 kDutiesHeading = {"Vəzifə öhdəlikləri:", "Обязанности:", "Responsibilities:"};
const L3 kConditionsHeading = {"İş şəraiti:", "Условия:", "We offer:"};
const L3 kRequirementsHeading = {"Namizədə tələblər:", "Требования к кандидату:", "Requirements:"};
const L3 kScheduleLine = {"İş qrafiki: ", "График работы: ", "Working hours: "};
const L3 kNegotiable = {"Əmək haqqı müsahibə zamanı razılaşdırılır", "Заработная плата обсуждается на собеседовании",
                        "Salary is agreed at the interview"};
const L3 kPayByExperience = {"Əmək haqqı təcrübədən asılı olaraq müəyyən edilir", "Уровень зарплаты зависит от опыта",
                             "Pay depends on experience"};
const L3 kSalesBonus = {"Satış planının icrasına görə bonuslar", "Бонусы за выполнение плана продаж",
                        "Bonuses for meeting the sales plan"};
const L3 kRemoteLine = {"Uzaqdan işləmək imkanı", "Возможность удалённой работы", "Option to work remotely"};
const L3 kOtherTasks = {"Rəhbərliyin digər tapşırıqlarının yerinə yetirilməsi", "Выполнение поручений руководителя",
                        "Other tasks assigned by your manager"};

// ---------------------------------------------------------------------------------------------------------------
// Assembly.

std::vector<std::string> Split(std::string_view s, char sep) {
    std::vector<std::string> out;
    while (true) {
        auto pos = s.find(sep);
        out.emplace_back(s.substr(0, pos));
        if (pos == std::string_view::npos) break;
        s.remove_prefix(pos + 1);
    }
    return out;
}

std::string Fill(std::string_view pattern, const std::string& company, const std::string& position) {
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern.compare(i, 3, "{c}") == 0) {
            out += company;
            i += 2;
        } else if (pattern.compare(i, 3, "{p}") == 0) {
            out += position;
            i += 2;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

enum ListStyle { kDash, kBullet, kNumbered, kSentences };

std::string RenderList(const std::vector<std::string>& items, ListStyle style) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) out += '\n';
        if (style == kDash) out += "- ";
        if (style == kBullet) out += "• ";
        if (style == kNumbered) out += std::to_string(i + 1) + ") ";
        out += items[i];
        if (style == kSentences) out += '.';
    }
    return out;
}

template <std::size_t N>
int CodeIndex(const char* const (&codes)[N], std::string_view code) {
    for (std::size_t i = 0; i < N; ++i)
        if (code == codes[i]) return static_cast<int>(i);
    return -1;
}

std::string PickEmploymentType(unsigned kind, const std::string& experience, bool remote, Rng& rng) {
    int r = static_cast<int>(rng.Below(100));
    switch (kind) {
        case kIt:
            if (remote && r < 40) return "remote";
            return r < 92 ? "full_time" : "part_time";
        case kShift:
            return r < 60 ? "shift" : r < 95 ? "full_time" : "part_time";
        case kField:
            return r < 85 ? "full_time" : r < 95 ? "shift" : "temporary";
        case kClinic:
            return r < 70 ? "full_time" : r < 95 ? "shift" : "part_time";
        case kSchool:
            return r < 55 ? "full_time" : "part_time";
        case kRetail:
            return r < 60 ? "full_time" : r < 95 ? "shift" : "part_time";
        case kStudent:
            return r < 55 ? "part_time" : r < 85 ? "internship" : "temporary";
        default:
            if (experience == "none" && r < 15) return "internship";
            return r < 85 ? "full_time" : r < 95 ? "part_time" : "temporary";
    }
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

VacancyDraft MakeDraft(const Role& role, Rng& rng) {
    VacancyDraft d;
    int lr = static_cast<int>(rng.Below(100));
    Lang lang = lr < 70 ? kAz : lr < 90 ? kRu : kEn;
    d.lang = kLangCodes[lang];

    d.position = role.position.In(lang);
    d.category = role.category;
    if (*role.subcategory && rng.Percent(75)) d.subcategory = role.subcategory;
    Company company = MakeCompany(role, rng);
    d.company = company.name;

    bool rural = std::string_view(role.subcategory) == "agriculture" || std::string_view(role.subcategory) == "geology";
    bool baku = rng.Percent(rural ? 30 : 85);
    d.city = baku ? "baku" : rng.Pick(kRegionCities);
    if (baku && rng.Percent(35)) d.address = BakuAddress(lang, rng);
    d.remote = rng.Percent(role.remote_pct);

    PickSalary(role, d, rng);

    auto experiences = Split(role.experience, ' ');
    auto educations = Split(role.education, ' ');
    d.experience = experiences[rng.Below(experiences.size())];
    d.education = educations[rng.Below(educations.size())];
    d.employment_type = PickEmploymentType(role.kind, d.experience, d.remote, rng);

    if (rng.Percent(90)) {
        if (d.employment_type == "part_time") {
            d.schedule = rng.Pick(kPartTimeSchedules).In(lang);
        } else {
            std::vector<const Schedule*> fits;
            for (const auto& s : kSchedules)
                if (s.kinds & role.kind) fits.push_back(&s);
            d.schedule = fits[rng.Below(fits.size())]->text.In(lang);
        }
    }

    bool young_kind = role.kind & (kShift | kRetail | kStudent | kField);
    if (rng.Percent(young_kind ? 35 : 15)) {
        static const int kRanges[][2] = {{18, 35}, {18, 40}, {20, 45}, {22, 40}, {25, 45}, {25, 50}, {21, 55}};
        const int* range = kRanges[rng.Below(std::size(kRanges))];
        // Nobody gets a degree and five years of experience by eighteen.
        int youngest = d.experience == "gt5"                                ? 28
                       : d.experience == "3_5"                              ? 25
                       : d.education == "higher" || d.education == "degree" ? 22
                                                                            : 18;
        int age_min = std::max(range[0], youngest);
        int age_max = std::max(range[1], age_min + 15);
        if (role.kind == kStudent) age_min = 18, age_max = rng.Between(25, 30);
        d.age_min = std::to_string(age_min);
        if (rng.Percent(80)) d.age_max = std::to_string(age_max);
    }

    // Contacts: at least one of phone and email.
    Contact contact = MakeContact(lang, rng);
    d.contact_person = contact.person;
    int cr = static_cast<int>(rng.Below(100));
    bool with_phone = cr < 80, with_email = cr >= 50;
    if (with_phone) d.phone = MakePhone(d.city == "baku", rng);
    if (with_email) {
        static const char* const kMailboxes[] = {"hr", "info", "career", "cv", "jobs", "vakansiya", "kadr"};
        std::string local = contact.email_local.empty() ? rng.Pick(kMailboxes) : contact.email_local;
        d.email = local + "@" + company.domain;
    }

    // Requirements.
    auto style = static_cast<ListStyle>(rng.Below(4));
    std::vector<std::string> req;
    int edu = CodeIndex(kEducationCodes, d.education);
    if (edu >= 0 && rng.Percent(75)) req.emplace_back(kEducationText[edu].In(lang));
    int exp = CodeIndex(kExperienceCodes, d.experience);
    if (exp >= 0 && rng.Percent(85)) req.emplace_back(kExperienceText[exp].In(lang));
    for (auto& s : Split(role.skills.In(lang), '|')) req.push_back(std::move(s));
    if ((role.kind & (kOffice | kIt | kClinic | kSchool | kRetail | kShift)) && rng.Percent(60))
        req.emplace_back(rng.Pick(kLanguageSkills).In(lang));
    if (role.kind == kOffice && rng.Percent(50)) req.emplace_back(rng.Pick(kComputerSkills).In(lang));
    std::size_t q1 = rng.Below(std::size(kQualities));
    req.emplace_back(kQualities[q1].In(lang));
    if (rng.Percent(50))
        req.emplace_back(kQualities[(q1 + 1 + rng.Below(std::size(kQualities) - 1)) % std::size(kQualities)].In(lang));
    d.requirements = RenderList(req, style);
    if (rng.Percent(30)) d.requirements = std::string(kRequirementsHeading.In(lang)) + "\n" + d.requirements;

    // Description: intro, duties, conditions, how to apply.
    std::vector<std::string> duties = Split(role.duties.In(lang), '|');
    if (rng.Percent(30)) duties.emplace_back(kOtherTasks.In(lang));
    std::vector<std::string> offer;
    if (!d.schedule.empty()) offer.push_back(kScheduleLine.In(lang) + d.schedule);
    if (d.salary_min.empty() && d.salary_max.empty())
        offer.emplace_back(kNegotiable.In(lang));
    else if (d.salary_min != d.salary_max && rng.Percent(30))
        offer.emplace_back(kPayByExperience.In(lang));
    if (d.category == "sales") offer.emplace_back(kSalesBonus.In(lang));
    if (d.remote) offer.emplace_back(kRemoteLine.In(lang));
    std::vector<const Condition*> fits;
    for (const auto& c : kConditions)
        if (c.kinds & role.kind) fits.push_back(&c);
    std::size_t want = 2 + rng.Below(3), start = rng.Below(fits.size()), stride = 1 + rng.Below(2);
    for (std::size_t i = 0; i < want && i < fits.size(); ++i) {
        const char* text = fits[(start + i * stride) % fits.size()]->text.In(lang);
        if (std::find(offer.begin(), offer.end(), text) == offer.end()) offer.emplace_back(text);
    }

    std::string desc;
    if (rng.Percent(60)) desc = Fill(rng.Pick(kIntros).In(lang), d.company, d.position) + "\n\n";
    auto desc_style = static_cast<ListStyle>(rng.Below(4));
    desc += std::string(kDutiesHeading.In(lang)) + "\n" + RenderList(duties, desc_style) + "\n\n" +
            kConditionsHeading.In(lang) + "\n" + RenderList(offer, desc_style);
    int closing = static_cast<int>(rng.Below(100));
    if (closing < 50 && !d.email.empty())
        desc += "\n\n" + Fill(rng.Pick(kClosingEmail).In(lang), d.company, d.position);
    else if (closing < 50)
        desc += "\n\n" + Fill(rng.Pick(kClosingPhone).In(lang), d.company, d.position);
    else if (closing < 70)
        desc += std::string("\n\n") + kClosingAny.In(lang);
    d.description = desc;
    return d;
}

}  // namespace

std::vector<domain::VacancyDraft> DemoVacancies(std::size_t count, std::uint64_t seed) {
    Rng rng(seed);
    const auto& categories = domain::Categories();

    // The first drafts cover every category once, in a shuffled order.
    std::vector<std::size_t> order(categories.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng.Below(i)]);

    std::vector<domain::VacancyDraft> out;
    out.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const Role* role = nullptr;
        if (i < order.size()) {
            std::vector<const Role*> of_category;
            for (const auto& r : kRoles)
                if (categories[order[i]].code == r.category) of_category.push_back(&r);
            if (!of_category.empty()) role = of_category[rng.Below(of_category.size())];
        }
        if (!role) role = &kRoles[rng.Below(std::size(kRoles))];
        out.push_back(MakeDraft(*role, rng));
    }
    return out;
}

}  // namespace ejob::seed
