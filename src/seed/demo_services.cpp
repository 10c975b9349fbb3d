#include "seed/demo_services.hpp"

#include <algorithm>
#include <iterator>
#include <random>
#include <string>
#include <string_view>
#include <utility>

namespace ejob::seed {
namespace {

using domain::ServiceAdDraft;

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

bool HasWord(std::string_view list, std::string_view word) {
    for (const auto& w : Split(list, ' '))
        if (w == word) return true;
    return false;
}

// Russian plural of "year": 1 год, 2 года, 5 лет, 21 год.
std::string YearsRu(int n) {
    int d = n % 10, dd = n % 100;
    const char* word = (dd >= 11 && dd <= 14) ? "лет" : d == 1 ? "год" : (d >= 2 && d <= 4) ? "года" : "лет";
    return std::to_string(n) + " " + word;
}

// ---------------------------------------------------------------------------------------------------------------
// What people offer.

enum Area {
    kLocal,     // city districts (Baku) or the town and nearby villages
    kOnline,    // online or local
    kDelivery,  // made at home and delivered
    kTravel,    // Baku and the regions
    kBakuOnly,  // within Baku only (the title says so)
};

struct Price {
    const char* unit;  // hour | job | month; nullptr for "no second option"
    int lo, hi, step;  // AZN
};

struct Service {
    const char* category;
    int female_pct;
    int fixed_pct, from_pct;  // the rest is negotiable
    Price prices[2];          // one or two ways to price the work
    Area area;
    bool usta;  // a craftsman: "Elvin usta"
    L3 title;
    L3 intro;
    L3 items;  // '|'
};

// clang-format off
const Service kServices[] = {
    // ---- repair
    {"repair", 0, 10, 70, {{"job", 20, 40, 5}, {nullptr, 0, 0, 0}}, kLocal, true,
     {"Santexnik xidməti — 24/7", "Услуги сантехника — 24/7", "Plumber — 24/7"},
     {"Evə və ofisə təcili santexnik çağırışı, gecə-gündüz.", "Срочный вызов сантехника на дом и в офис, круглосуточно.",
      "Emergency plumber for homes and offices, day and night."},
     {"Kran, unitaz və vanna quraşdırılması|Boru sızmalarının aradan qaldırılması|Kombi və su qızdırıcılarının "
      "qoşulması|Kanalizasiya tıxanmalarının açılması|Sayğacların quraşdırılması",
      "Установка смесителей, унитазов и ванн|Устранение протечек труб|Подключение котлов и "
      "водонагревателей|Прочистка канализации|Установка счётчиков",
      "Fitting taps, toilets and baths|Fixing leaking pipes|Connecting boilers and water heaters|Clearing blocked "
      "drains|Installing water meters"}},
    {"repair", 0, 15, 65, {{"job", 15, 30, 5}, {nullptr, 0, 0, 0}}, kLocal, true,
     {"Elektrik ustası — evə çağırış", "Электрик с выездом на дом", "Electrician — home visits"},
     {"Mənzil və ofislərdə istənilən elektrik işləri, təhlükəsizlik qaydalarına uyğun.",
      "Любые электромонтажные работы в квартирах и офисах с соблюдением техники безопасности.",
      "Any electrical work in flats and offices, done safely and to code."},
     {"Rozetka və açarların quraşdırılması|Çilçıraq və işıqlandırmanın qoşulması|Elektrik xətlərinin "
      "yenilənməsi|Avtomat açarların və sayğacların dəyişdirilməsi",
      "Установка розеток и выключателей|Подключение люстр и освещения|Замена проводки|Замена автоматов и счётчиков",
      "Installing sockets and switches|Hanging lights and chandeliers|Rewiring|Replacing circuit breakers and meters"}},
    {"repair", 0, 0, 50, {{"job", 1500, 6000, 500}, {nullptr, 0, 0, 0}}, kLocal, false,
     {"Mənzil təmiri — açar təhvil", "Ремонт квартир под ключ", "Turnkey flat renovation"},
     {"Kosmetik və əsaslı təmir, layihədən son təmizliyə qədər.",
      "Косметический и капитальный ремонт — от проекта до финальной уборки.",
      "Cosmetic and full renovations, from the plan to the final clean."},
     {"Divarların hamarlanması və rənglənməsi|Kafel və metlax döşənməsi|Asma tavanlar|Santexnika və elektrik "
      "işləri|Qapıların quraşdırılması",
      "Выравнивание и покраска стен|Укладка плитки|Подвесные потолки|Сантехнические и электромонтажные "
      "работы|Установка дверей",
      "Levelling and painting walls|Tiling|Suspended ceilings|Plumbing and electrics|Fitting doors"}},
    {"repair", 0, 50, 40, {{"job", 40, 80, 5}, {nullptr, 0, 0, 0}}, kLocal, true,
     {"Kondisioner quraşdırılması və təmiri", "Установка и ремонт кондиционеров",
      "Air conditioner installation and repair"},
     {"Bütün markalı kondisionerlərin quraşdırılması, təmizlənməsi və freon doldurulması.",
      "Установка, чистка и заправка фреоном кондиционеров всех марок.",
      "Installing, cleaning and regassing air conditioners of all brands."},
     {"Quraşdırma və sökülmə|Profilaktik təmizləmə|Freon doldurulması|Nasazlıqların diaqnostikası",
      "Монтаж и демонтаж|Профилактическая чистка|Заправка фреоном|Диагностика неисправностей",
      "Installation and removal|Routine cleaning|Refrigerant top-up|Fault diagnosis"}},
    {"repair", 0, 10, 75, {{"job", 15, 30, 5}, {nullptr, 0, 0, 0}}, kLocal, true,
     {"Paltaryuyan maşın və soyuducu təmiri", "Ремонт стиральных машин и холодильников",
      "Washing machine and fridge repair"},
     {"Məişət texnikasının evdə təmiri, orijinal ehtiyat hissələri ilə.",
      "Ремонт бытовой техники на дому с оригинальными запчастями.",
      "Home appliance repairs at your place, with original spare parts."},
     {"Nasazlığın yerində müəyyən edilməsi|Nasos, qızdırıcı və rezinlərin dəyişdirilməsi|Soyuducuların freonla "
      "doldurulması|Görülən işə 6 ay zəmanət",
      "Диагностика на месте|Замена насосов, ТЭНов и уплотнителей|Заправка холодильников фреоном|Гарантия на работу "
      "6 месяцев",
      "Diagnosis on the spot|Replacing pumps, heating elements and seals|Regassing fridges|Six-month guarantee on "
      "the work"}},
    {"repair", 0, 0, 45, {{"job", 150, 600, 50}, {nullptr, 0, 0, 0}}, kLocal, true,
     {"Laminat və parket döşənməsi", "Укладка ламината и паркета", "Laminate and parquet flooring"},
     {"Döşəmə örtüklərinin peşəkar döşənməsi və bərpası.", "Профессиональная укладка и реставрация напольных "
      "покрытий.", "Professional laying and restoration of floors."},
     {"Laminat və parketin döşənməsi|Köhnə örtüyün sökülməsi|Plintusların quraşdırılması|Parketin cilalanması və "
      "laklanması",
      "Укладка ламината и паркета|Демонтаж старого покрытия|Установка плинтусов|Циклёвка и лакировка паркета",
      "Laying laminate and parquet|Removing old flooring|Fitting skirting boards|Sanding and varnishing parquet"}},

    // ---- tutoring
    {"tutoring", 60, 60, 25, {{"hour", 20, 40, 5}, {"month", 150, 300, 10}}, kOnline, false,
     {"İngilis dili hazırlığı (IELTS)", "Подготовка к IELTS", "IELTS preparation"},
     {"IELTS imtahanına fərdi və qrup şəklində hazırlıq, sertifikatlı müəllimdən.",
      "Индивидуальная и групповая подготовка к IELTS от сертифицированного преподавателя.",
      "One-to-one and group IELTS preparation with a certified teacher."},
     {"Bütün dörd bölmə üzrə hazırlıq: Listening, Reading, Writing, Speaking|Sınaq imtahanları və ətraflı rəy|Fərdi "
      "dərs planı|Dərs materialları pulsuzdur",
      "Подготовка по всем четырём частям: Listening, Reading, Writing, Speaking|Пробные экзамены с подробным "
      "разбором|Индивидуальный план занятий|Учебные материалы бесплатно",
      "All four papers: Listening, Reading, Writing and Speaking|Mock exams with detailed feedback|A personal study "
      "plan|Study materials included"}},
    {"tutoring", 50, 70, 20, {{"month", 100, 200, 10}, {"hour", 15, 25, 5}}, kOnline, false,
     {"Riyaziyyat üzrə abituriyent hazırlığı", "Подготовка абитуриентов по математике",
      "Maths tutoring for university entrance exams"},
     {"Buraxılış və qəbul imtahanlarına riyaziyyatdan fərdi hazırlıq.",
      "Индивидуальная подготовка к выпускным и вступительным экзаменам по математике.",
      "One-to-one maths preparation for school-leaving and university entrance exams."},
     {"Test tapşırıqlarının həlli texnikası|Mövzuların sıfırdan izahı|Həftəlik sınaq imtahanları|Valideynlərə aylıq "
      "hesabat",
      "Техника решения тестовых заданий|Объяснение тем с нуля|Еженедельные пробные тесты|Ежемесячный отчёт для "
      "родителей",
      "Test-solving technique|Topics explained from scratch|Weekly mock tests|A monthly report for parents"}},
    {"tutoring", 80, 70, 20, {{"hour", 12, 25, 1}, {nullptr, 0, 0, 0}}, kOnline, false,
     {"Rus dili dərsləri — uşaqlar və böyüklər üçün", "Уроки русского языка для детей и взрослых",
      "Russian lessons for children and adults"},
     {"Danışıq, qrammatika və yazı üzrə fərdi dərslər.",
      "Индивидуальные занятия: разговорная речь, грамматика и письмо.",
      "One-to-one lessons in speaking, grammar and writing."},
     {"Səviyyənin pulsuz müəyyən edilməsi|Məktəblilər üçün dərs hazırlığı|Böyüklər üçün danışıq kursu|Onlayn və ya "
      "əyani",
      "Бесплатное определение уровня|Помощь школьникам с уроками|Разговорный курс для взрослых|Онлайн или очно",
      "Free level check|Homework help for pupils|Conversation course for adults|Online or in person"}},
    {"tutoring", 30, 75, 20, {{"month", 150, 250, 10}, {nullptr, 0, 0, 0}}, kOnline, false,
     {"Python proqramlaşdırma kursu", "Курс программирования на Python", "Python programming course"},
     {"Sıfırdan başlayanlar üçün praktiki Python kursu, real layihələrlə.",
      "Практический курс Python для начинающих с реальными проектами.",
      "A hands-on Python course for beginners, built around real projects."},
     {"Proqramlaşdırmanın əsasları|Verilənlərlə iş və avtomatlaşdırma|Kiçik qruplar, 4–6 nəfər|Kursun sonunda "
      "portfolio layihəsi",
      "Основы программирования|Работа с данными и автоматизация|Маленькие группы по 4–6 человек|Проект для "
      "портфолио в конце курса",
      "Programming basics|Working with data and automation|Small groups of 4–6 people|A portfolio project at the "
      "end"}},
    {"tutoring", 75, 75, 15, {{"hour", 20, 35, 5}, {nullptr, 0, 0, 0}}, kLocal, false,
     {"Piano dərsləri", "Уроки игры на фортепиано", "Piano lessons"},
     {"Uşaqlar və böyüklər üçün fortepiano dərsləri, not savadından başlayaraq.",
      "Уроки фортепиано для детей и взрослых, начиная с нотной грамоты.",
      "Piano lessons for children and adults, starting from reading music."},
     {"Not savadı və solfecio|Klassik və müasir əsərlər|Musiqi məktəbinə hazırlıq|Evə gəlişlə mümkündür",
      "Нотная грамота и сольфеджио|Классические и современные произведения|Подготовка к музыкальной "
      "школе|Возможен выезд на дом",
      "Reading music and ear training|Classical and modern pieces|Preparation for music school|Home visits "
      "possible"}},
    {"tutoring", 90, 70, 20, {{"month", 80, 150, 10}, {nullptr, 0, 0, 0}}, kLocal, false,
     {"İbtidai sinif şagirdlərinə dərs hazırlığı", "Помощь с уроками для младших школьников",
      "Homework help for primary school pupils"},
     {"1–4-cü sinif şagirdləri ilə gündəlik dərs hazırlığı.",
      "Ежедневная подготовка домашних заданий с учениками 1–4 классов.",
      "Daily homework sessions for pupils in years 1 to 4."},
     {"Oxu və yazı vərdişləri|Riyaziyyat və məntiq|Ev tapşırıqlarının yoxlanması|Azərbaycan və rus bölmələri",
      "Навыки чтения и письма|Математика и логика|Проверка домашних заданий|Азербайджанский и русский сектор",
      "Reading and writing skills|Maths and logic|Checking homework|Azerbaijani and Russian-language classes"}},

    // ---- beauty
    {"beauty", 100, 70, 25, {{"job", 15, 30, 5}, {nullptr, 0, 0, 0}}, kLocal, false,
     {"Manikür və pedikür evdə", "Маникюр и педикюр на дому", "Manicure and pedicure at home"},
     {"Evinizə gəlirəm, bütün alətlər sterilizasiya olunub.", "Выезжаю на дом, все инструменты стерилизованы.",
      "I come to your home; all tools are sterilised."},
     {"Klassik və aparat manikürü|Gel-lak örtük|Pedikür|Dırnaq dizaynı",
      "Классический и аппаратный маникюр|Покрытие гель-лаком|Педикюр|Дизайн ногтей",
      "Classic and machine manicure|Gel polish|Pedicure|Nail art"}},
    {"beauty", 100, 30, 60, {{"job", 80, 200, 10}, {nullptr, 0, 0, 0}}, kLocal, false,
     {"Gəlin makiyajı və saç düzümü", "Свадебный макияж и причёска", "Bridal make-up and hair"},
     {"Toy, nişan və xına mərasimləri üçün makiyaj və saç düzümü.", "Макияж и причёски для свадьбы, помолвки и хны.",
      "Make-up and hair for weddings, engagements and henna nights."},
     {"Sınaq makiyajı|Dayanıqlı peşəkar kosmetika|Evə və ya restorana gəliş|Qonaqlar üçün də xidmət",
      "Пробный макияж|Стойкая профессиональная косметика|Выезд на дом или в ресторан|Услуги и для гостей",
      "A trial make-up session|Long-lasting professional cosmetics|I come to your home or the venue|Guests can book "
      "too"}},
    {"beauty", 0, 75, 20, {{"job", 10, 25, 5}, {nullptr, 0, 0, 0}}, kLocal, false,
     {"Kişi bərbəri — evə gəlişlə", "Мужской барбер с выездом на дом", "Barber — home visits"},
     {"Kişi saç kəsimi və saqqal düzümü, rahat vaxtınızda.",
      "Мужские стрижки и оформление бороды в удобное для вас время.",
      "Men's haircuts and beard trims at a time that suits you."},
     {"Klassik və müasir saç kəsimləri|Saqqalın formalaşdırılması|Uşaq saç kəsimi|Ülgüclə qırxma",
      "Классические и современные стрижки|Оформление бороды|Детские стрижки|Бритьё опасной бритвой",
      "Classic and modern cuts|Beard shaping|Children's haircuts|Straight-razor shaves"}},
    {"beauty", 50, 70, 25, {{"job", 25, 50, 5}, {nullptr, 0, 0, 0}}, kLocal, false,
     {"Masaj — klassik və müalicəvi", "Классический и лечебный массаж", "Classic and therapeutic massage"},
     {"Sertifikatlı masajçıdan bel, boyun və ümumi bədən masajı.",
      "Массаж спины, шеи и всего тела от сертифицированного массажиста.",
      "Back, neck and full-body massage by a certified therapist."},
     {"Klassik masaj|Bel və boyun ağrılarında müalicəvi masaj|İdmançılar üçün bərpaedici masaj|10 seanslıq kursa "
      "endirim",
      "Классический массаж|Лечебный массаж при болях в спине и шее|Восстановительный массаж для спортсменов|Скидка "
      "на курс из 10 сеансов",
      "Classic massage|Therapeutic massage for back and neck pain|Recovery massage for athletes|A discount for a "
      "course of 10 sessions"}},
    {"beauty", 100, 70, 25, {{"job", 15, 35, 5}, {nullptr, 0, 0, 0}}, kLocal, false,
     {"Qaş və kirpik dizaynı", "Оформление бровей и ресниц", "Brow and lash styling"},
     {"Qaşların formalaşdırılması, boyanması və kirpiklərin laminasiyası.",
      "Коррекция и окрашивание бровей, ламинирование ресниц.", "Brow shaping and tinting, lash lamination."},
     {"Qaş korreksiyası|Xına ilə boyama|Kirpik laminasiyası|Qaş laminasiyası",
      "Коррекция бровей|Окрашивание хной|Ламинирование ресниц|Ламинирование бровей",
      "Brow shaping|Henna tinting|Lash lamination|Brow lamination"}},

    // ---- transport
    {"transport", 0, 20, 65, {{"job", 25, 50, 5}, {"hour", 20, 35, 5}}, kBakuOnly, false,
     {"Yük daşıma (Bakı daxili)", "Грузоперевозки по Баку", "Moving and deliveries within Baku"},
     {"Furqon və yükdaşıyan maşınla şəhərdaxili daşımalar, fəhlələrlə birlikdə.",
      "Перевозки по городу на фургоне и грузовике, с грузчиками.",
      "Van and truck deliveries around the city, with movers."},
     {"Mebel və məişət texnikasının daşınması|Tikinti materiallarının çatdırılması|Fəhlə xidməti|Mebelin sökülüb "
      "yığılması",
      "Перевозка мебели и бытовой техники|Доставка стройматериалов|Услуги грузчиков|Разборка и сборка мебели",
      "Moving furniture and appliances|Delivering building materials|Movers available|Dismantling and assembling "
      "furniture"}},
    {"transport", 15, 40, 55, {{"job", 3, 8, 1}, {nullptr, 0, 0, 0}}, kLocal, false,
     {"Kuryer xidməti — eyni gündə çatdırılma", "Курьерская доставка в тот же день", "Same-day courier delivery"},
     {"Sənəd, bağlama və sifarişlərin şəhər daxilində tez çatdırılması.",
      "Быстрая доставка документов, посылок и заказов по городу.",
      "Fast delivery of documents, parcels and orders across the city."},
     {"Sənədlərin çatdırılması|Onlayn mağazalar üçün çatdırılma|Aptek və market sifarişləri|Nağd ödənişin qəbulu",
      "Доставка документов|Доставка для интернет-магазинов|Заказы из аптек и магазинов|Приём оплаты наличными",
      "Document delivery|Deliveries for online shops|Pharmacy and grocery orders|Cash on delivery"}},
    {"transport", 0, 80, 15, {{"job", 25, 40, 5}, {nullptr, 0, 0, 0}}, kBakuOnly, false,
     {"Hava limanına transfer", "Трансфер в аэропорт", "Airport transfer"},
     {"Heydər Əliyev Beynəlxalq Hava Limanına və geri rahat transfer.",
      "Комфортный трансфер в Международный аэропорт Гейдар Алиев и обратно.",
      "Comfortable transfers to and from Heydar Aliyev International Airport."},
     {"Təmiz və kondisionerli avtomobil|Reys gecikərsə gözləmə pulsuzdur|Uşaq oturacağı mümkündür|Gecə reysləri də "
      "daxil",
      "Чистый автомобиль с кондиционером|Ожидание при задержке рейса бесплатно|Есть детское кресло|В том числе "
      "ночные рейсы",
      "A clean, air-conditioned car|Free waiting if your flight is late|Child seat available|Night flights too"}},
    {"transport", 0, 10, 60, {{"job", 80, 200, 10}, {nullptr, 0, 0, 0}}, kTravel, false,
     {"Evdən-evə köçmə xidməti", "Квартирный переезд под ключ", "Home removals"},
     {"Köçməni bütövlükdə təşkil edirik: qablaşdırma, daşıma, yerləşdirmə.",
      "Организуем переезд полностью: упаковка, перевозка, расстановка.",
      "We handle the whole move: packing, transport and setting up."},
     {"Əşyaların qablaşdırılması|Mebelin sökülüb yığılması|Sığortalı daşıma|Regionlara köçmə",
      "Упаковка вещей|Разборка и сборка мебели|Перевозка со страховкой|Переезды в регионы",
      "Packing|Dismantling and reassembling furniture|Insured transport|Moves to the regions"}},
    {"transport", 0, 20, 65, {{"job", 30, 60, 5}, {nullptr, 0, 0, 0}}, kTravel, false,
     {"Evakuator xidməti", "Услуги эвакуатора", "Tow truck service"},
     {"Qəzaya düşmüş və ya nasaz avtomobillərin daşınması, 24 saat.",
      "Перевозка аварийных и неисправных автомобилей, круглосуточно.",
      "Towing for broken-down and damaged cars, 24 hours a day."},
     {"Şəhərdaxili və şəhərlərarası daşıma|Motosiklet və mikroavtobusların daşınması|Sürətli gəliş|Ehtiyatla "
      "yükləmə",
      "Перевозка по городу и между городами|Перевозка мотоциклов и микроавтобусов|Быстрая подача|Бережная "
      "погрузка",
      "Within the city and between cities|Motorbikes and minibuses too|Quick arrival|Careful loading"}},

    // ---- IT and design
    {"it_design", 30, 15, 65, {{"job", 300, 1500, 50}, {nullptr, 0, 0, 0}}, kOnline, false,
     {"Veb sayt hazırlanması", "Разработка веб-сайтов", "Website development"},
     {"Kiçik biznes üçün müasir və sürətli saytlar: vizit kartı, korporativ sayt, onlayn mağaza.",
      "Современные и быстрые сайты для малого бизнеса: визитка, корпоративный сайт, интернет-магазин.",
      "Modern, fast websites for small businesses: landing pages, company sites and online shops."},
     {"Mobil cihazlara uyğun dizayn|Üç dildə versiya|Axtarış sistemləri üçün əsas optimallaşdırma|Hostinq və domenin "
      "qurulmasında kömək|İdarəetmə panelinin öyrədilməsi",
      "Адаптивный дизайн для мобильных|Версия на трёх языках|Базовая SEO-оптимизация|Помощь с хостингом и "
      "доменом|Обучение работе с админкой",
      "Mobile-friendly design|Three language versions|Basic search engine optimisation|Help with hosting and the "
      "domain|Training on the admin panel"}},
    {"it_design", 50, 40, 50, {{"job", 100, 400, 10}, {nullptr, 0, 0, 0}}, kOnline, false,
     {"Loqo və korporativ üslub dizaynı", "Дизайн логотипа и фирменного стиля", "Logo and brand identity design"},
     {"Biznesiniz üçün yadda qalan loqo və vahid vizual üslub.",
      "Запоминающийся логотип и единый фирменный стиль для вашего бизнеса.",
      "A memorable logo and a consistent visual identity for your business."},
     {"3 fərqli loqo variantı|Vizit kartı və blank dizaynı|Sosial şəbəkələr üçün şablonlar|Brend kitabçası",
      "3 варианта логотипа|Дизайн визиток и бланков|Шаблоны для соцсетей|Брендбук",
      "Three logo concepts|Business cards and letterheads|Social media templates|A brand book"}},
    {"it_design", 70, 50, 40, {{"month", 250, 600, 50}, {nullptr, 0, 0, 0}}, kOnline, false,
     {"SMM xidməti — Instagram səhifəsinin idarə olunması", "SMM: ведение Instagram",
      "SMM: Instagram account management"},
     {"Səhifənizi aylıq plan əsasında idarə edirəm: kontent, reklam, hesabat.",
      "Веду ваш аккаунт по ежемесячному плану: контент, реклама, отчёты.",
      "I run your account on a monthly plan: content, ads and reports."},
     {"Ayda 12–20 paylaşım və storilər|Hədəfli reklamın qurulması|Rəylərə və mesajlara cavab|Aylıq statistika "
      "hesabatı",
      "12–20 публикаций и сторис в месяц|Настройка таргетированной рекламы|Ответы на комментарии и "
      "сообщения|Ежемесячный отчёт со статистикой",
      "12–20 posts plus stories a month|Targeted ads set-up|Replying to comments and messages|A monthly statistics "
      "report"}},
    {"it_design", 20, 40, 50, {{"job", 15, 40, 5}, {nullptr, 0, 0, 0}}, kLocal, true,
     {"Kompüter təmiri və Windows quraşdırılması", "Ремонт компьютеров и установка Windows",
      "Computer repair and Windows installation"},
     {"Noutbuk və stasionar kompüterlərin evdə və ya ofisdə təmiri.",
      "Ремонт ноутбуков и компьютеров на дому или в офисе.", "Laptop and desktop repairs at your home or office."},
     {"Windows və proqramların quraşdırılması|Viruslardan təmizləmə|Noutbukun tozdan təmizlənməsi və termopasta|SSD "
      "və yaddaşın artırılması|Wi-Fi şəbəkəsinin qurulması",
      "Установка Windows и программ|Удаление вирусов|Чистка ноутбука от пыли и замена термопасты|Установка SSD и "
      "увеличение памяти|Настройка Wi-Fi",
      "Installing Windows and software|Removing viruses|Dust cleaning and new thermal paste|SSD and memory "
      "upgrades|Setting up Wi-Fi"}},
    {"it_design", 40, 20, 65, {{"job", 30, 100, 5}, {nullptr, 0, 0, 0}}, kOnline, false,
     {"Video montaj və Reels hazırlanması", "Видеомонтаж и создание Reels", "Video editing and Reels"},
     {"Sosial şəbəkələr, tədbirlər və reklam üçün video montaj.", "Монтаж видео для соцсетей, мероприятий и рекламы.",
      "Video editing for social media, events and ads."},
     {"Reels və TikTok videoları|Toy və ad günü klipləri|Subtitr və musiqi əlavəsi|Rəng korreksiyası",
      "Reels и ролики для TikTok|Клипы со свадеб и дней рождения|Субтитры и музыка|Цветокоррекция",
      "Reels and TikTok videos|Wedding and birthday clips|Subtitles and music|Colour grading"}},

    // ---- household
    {"household", 80, 30, 55, {{"job", 50, 120, 10}, {"hour", 8, 12, 1}}, kLocal, false,
     {"Ev təmizliyi", "Уборка квартир и домов", "Home cleaning"},
     {"Mənzil və evlərin gündəlik, əsaslı və təmirdən sonrakı təmizliyi.",
      "Поддерживающая, генеральная и послеремонтная уборка квартир и домов.",
      "Regular, deep and after-renovation cleaning of flats and houses."},
     {"Pəncərələrin və şüşələrin yuyulması|Mətbəx və hamamın dezinfeksiyası|Mebelin və xalçaların təmizlənməsi|Öz "
      "təmizlik vasitələrimizlə gəlirik",
      "Мытьё окон и стёкол|Дезинфекция кухни и ванной|Чистка мебели и ковров|Приезжаем со своими средствами",
      "Washing windows and glass|Disinfecting the kitchen and bathroom|Cleaning furniture and carpets|We bring our "
      "own supplies"}},
    {"household", 100, 60, 25, {{"hour", 5, 10, 1}, {"month", 500, 900, 50}}, kLocal, false,
     {"Dayə xidməti", "Услуги няни", "Nanny"},
     {"Uşaqlara qayğı ilə baxıram, pedaqoji təhsilim var.",
      "Бережно присмотрю за вашими детьми, есть педагогическое образование.",
      "I look after children with care and have a teaching background."},
     {"0–7 yaşlı uşaqlara baxım|Gəzinti və inkişaf etdirici oyunlar|Uşaq yeməklərinin hazırlanması|Tövsiyələr var",
      "Присмотр за детьми от 0 до 7 лет|Прогулки и развивающие игры|Приготовление детского питания|Есть "
      "рекомендации",
      "Care for children aged 0–7|Walks and learning games|Cooking children's meals|References available"}},
    {"household", 30, 20, 70, {{"job", 20, 40, 5}, {nullptr, 0, 0, 0}}, kLocal, false,
     {"Xalça yuyulması — pulsuz götürmə və çatdırılma", "Стирка ковров — бесплатный вывоз и доставка",
      "Carpet cleaning with free pick-up and delivery"},
     {"Xalça və kilimlərin sexdə peşəkar yuyulması və qurudulması.",
      "Профессиональная стирка и сушка ковров и килимов в цеху.",
      "Professional washing and drying of carpets and kilims in our workshop."},
     {"Əl xalçalarının ehtiyatla yuyulması|Ləkə və qoxuların təmizlənməsi|Tam qurudulma|3–4 gün ərzində təhvil",
      "Бережная стирка ковров ручной работы|Удаление пятен и запахов|Полная сушка|Возврат через 3–4 дня",
      "Careful washing of handmade carpets|Stain and odour removal|Thorough drying|Back in 3–4 days"}},
    {"household", 90, 55, 25, {{"month", 500, 900, 50}, {"hour", 5, 8, 1}}, kLocal, false,
     {"Yaşlılara qulluq", "Уход за пожилыми людьми", "Elderly care"},
     {"Yaşlı və xəstə insanlara evdə qayğı, tibbi təcrübə ilə.",
      "Уход за пожилыми и больными на дому, с медицинским опытом.",
      "Home care for elderly and ill people, with nursing experience."},
     {"Gündəlik gigiyena və qidalanma|Dərmanların vaxtında verilməsi|Təzyiq və şəkərin ölçülməsi|Gecə növbəsi "
      "mümkündür",
      "Ежедневная гигиена и кормление|Приём лекарств по графику|Измерение давления и сахара|Возможны ночные смены",
      "Daily hygiene and meals|Medicines on schedule|Checking blood pressure and sugar|Night shifts possible"}},

    // ---- handmade
    {"handmade", 70, 30, 60, {{"job", 15, 60, 5}, {nullptr, 0, 0, 0}}, kDelivery, false,
     {"Əl işi keramika", "Керамика ручной работы", "Handmade ceramics"},
     {"Öz emalatxanamda hazırladığım keramika qablar və dekor əşyaları.",
      "Посуда и декор из керамики, сделанные в моей мастерской.", "Ceramic tableware and decor made in my own studio."},
     {"Fincan, boşqab və kasalar|Milli naxışlı vazalar|Fərdi sifarişlər və hədiyyə dəstləri|Keramika üzrə ustad "
      "dərsləri",
      "Чашки, тарелки и пиалы|Вазы с национальным орнаментом|Индивидуальные заказы и подарочные "
      "наборы|Мастер-классы по керамике",
      "Cups, plates and bowls|Vases with traditional patterns|Custom orders and gift sets|Pottery workshops"}},
    {"handmade", 95, 20, 70, {{"job", 30, 80, 5}, {nullptr, 0, 0, 0}}, kDelivery, false,
     {"Sifarişlə tort və şirniyyatlar", "Торты и сладости на заказ", "Cakes and sweets to order"},
     {"Ad günü, toy və bayramlar üçün ev şəraitində hazırlanan tortlar.",
      "Домашние торты на дни рождения, свадьбы и праздники.", "Home-made cakes for birthdays, weddings and holidays."},
     {"Fərdi dizaynlı tortlar|Şəkərbura, paxlava və qoğal|Kapkeyk və makaronlar|Təbii inqrediyentlər",
      "Торты по индивидуальному дизайну|Шекербура, пахлава и гогал|Капкейки и макаронс|Натуральные ингредиенты",
      "Custom-designed cakes|Shekerbura, pakhlava and gogal|Cupcakes and macarons|Natural ingredients"}},
    {"handmade", 80, 10, 50, {{"job", 200, 1500, 50}, {nullptr, 0, 0, 0}}, kDelivery, false,
     {"Əl işi xalça və kilim", "Ковры и килимы ручной работы", "Handwoven carpets and kilims"},
     {"Qədim Azərbaycan naxışları ilə əl işi xalçalar, sifarişlə toxunur.",
      "Ковры ручной работы с традиционными азербайджанскими узорами, ткём на заказ.",
      "Handwoven carpets with traditional Azerbaijani patterns, made to order."},
     {"Quba, Qazax və Şirvan naxışları|İstənilən ölçüdə sifariş|Yun və ipək xalçalar|Köhnə xalçaların bərpası",
      "Губинские, казахские и ширванские узоры|Заказ любого размера|Шерстяные и шёлковые ковры|Реставрация "
      "старых ковров",
      "Guba, Gazakh and Shirvan patterns|Any size to order|Wool and silk carpets|Restoring old carpets"}},
    {"handmade", 100, 30, 60, {{"job", 20, 60, 5}, {nullptr, 0, 0, 0}}, kDelivery, false,
     {"Toxuma uşaq paltarları", "Вязаная детская одежда", "Hand-knitted children's clothes"},
     {"Təbii yundan və pambıqdan əl ilə toxunmuş uşaq geyimləri.",
      "Детская одежда, связанная вручную из натуральной шерсти и хлопка.",
      "Children's clothes hand-knitted from natural wool and cotton."},
     {"Sviter və jiletlər|Papaq və şərf dəstləri|Körpələr üçün kombinezonlar|İstənilən rəng və ölçü",
      "Свитера и жилеты|Комплекты из шапки и шарфа|Комбинезоны для малышей|Любой цвет и размер",
      "Jumpers and waistcoats|Hat and scarf sets|Baby rompers|Any colour and size"}},
    {"handmade", 30, 30, 60, {{"job", 25, 120, 5}, {nullptr, 0, 0, 0}}, kDelivery, false,
     {"Dəri aksesuarlar — əl işi", "Кожаные аксессуары ручной работы", "Handmade leather goods"},
     {"Təbii dəridən pul kisələri, kəmərlər və çantalar, adınız həkk oluna bilər.",
      "Кошельки, ремни и сумки из натуральной кожи, возможна гравировка имени.",
      "Wallets, belts and bags in genuine leather, with optional name engraving."},
     {"Pul kisələri və kart qabları|Kəmərlər|Çantalar|Korporativ hədiyyələr",
      "Кошельки и картхолдеры|Ремни|Сумки|Корпоративные подарки", "Wallets and card holders|Belts|Bags|Corporate "
      "gifts"}},

    // ---- other
    {"other", 40, 20, 65, {{"job", 100, 400, 10}, {"hour", 40, 80, 5}}, kTravel, false,
     {"Fotoqraf — toy və ad günləri", "Фотограф на свадьбы и дни рождения", "Photographer for weddings and birthdays"},
     {"Toy, nişan, ad günü və ailə fotosessiyaları.",
      "Фотосъёмка свадеб, помолвок, дней рождения и семейные фотосессии.",
      "Weddings, engagements, birthdays and family photo shoots."},
     {"Bütün şəkillərin rəngə görə işlənməsi|Çəkilişdən 7 gün sonra təhvil|Foto albom sifarişi|Studiya və ya açıq "
      "havada çəkiliş",
      "Цветокоррекция всех снимков|Готовые фото через 7 дней|Печать фотоальбома|Съёмка в студии или на природе",
      "Colour correction of every photo|Photos delivered in 7 days|Printed albums|Studio or outdoor shoots"}},
    {"other", 60, 30, 60, {{"job", 8, 15, 1}, {nullptr, 0, 0, 0}}, kOnline, false,
     {"Tərcümə xidməti (ingilis, rus, türk)", "Письменный перевод (английский, русский, турецкий)",
      "Translation (English, Russian, Turkish)"},
     {"Sənədlərin, müqavilələrin və saytların peşəkar tərcüməsi.",
      "Профессиональный перевод документов, договоров и сайтов.",
      "Professional translation of documents, contracts and websites."},
     {"Hüquqi və texniki tərcümə|Notarial təsdiq üçün hazırlıq|Təcili sifarişlər|Redaktə və korrektura",
      "Юридический и технический перевод|Подготовка к нотариальному заверению|Срочные заказы|Редактура и корректура",
      "Legal and technical translation|Preparation for notarisation|Urgent orders|Editing and proofreading"}},
    {"other", 60, 50, 40, {{"month", 100, 300, 10}, {nullptr, 0, 0, 0}}, kOnline, false,
     {"Mühasibat xidməti — kiçik biznes üçün", "Бухгалтерские услуги для малого бизнеса",
      "Bookkeeping for small businesses"},
     {"Fərdi sahibkarlar və kiçik şirkətlər üçün mühasibat uçotu və vergi hesabatları.",
      "Бухгалтерский учёт и налоговая отчётность для ИП и небольших компаний.",
      "Bookkeeping and tax returns for sole traders and small companies."},
     {"Vergi bəyannamələrinin hazırlanması və təqdimi|ƏDV qeydiyyatı|Əmək haqqı və sosial sığorta hesabatları|Vergi "
      "orqanları ilə yazışma",
      "Подготовка и сдача налоговых деклараций|Регистрация по НДС|Зарплата и отчёты по соцстрахованию|Переписка с "
      "налоговыми органами",
      "Preparing and filing tax returns|VAT registration|Payroll and social insurance reports|Correspondence with the "
      "tax office"}},
    {"other", 40, 0, 40, {{"job", 150, 400, 10}, {nullptr, 0, 0, 0}}, kTravel, false,
     {"Tədbir aparıcısı", "Ведущий мероприятий", "Event host"},
     {"Toy, nişan, korporativ və ad günü tədbirlərinin aparılması, üç dildə.",
      "Проведение свадеб, помолвок, корпоративов и дней рождения на трёх языках.",
      "Hosting weddings, engagements, corporate parties and birthdays in three languages."},
     {"Ssenarinin hazırlanması|DJ və musiqiçilərlə əlaqələndirmə|Əyləncəli oyunlar və müsabiqələr|Regionlara gəliş "
      "mümkündür",
      "Подготовка сценария|Координация с ди-джеем и музыкантами|Игры и конкурсы|Возможен выезд в регионы",
      "Writing the script|Coordinating with the DJ and musicians|Games and contests|Travel to the regions possible"}},
    {"other", 90, 20, 70, {{"job", 10, 30, 5}, {nullptr, 0, 0, 0}}, kDelivery, false,
     {"Ev yeməkləri sifarişlə", "Домашняя еда на заказ", "Home-cooked meals to order"},
     {"Təbii məhsullardan ev şəraitində hazırlanan milli yeməklər.",
      "Национальные блюда, приготовленные дома из натуральных продуктов.",
      "Azerbaijani dishes cooked at home from fresh ingredients."},
     {"Dolma, plov və qutab|Məclislər üçün sifariş|Ofislər üçün həftəlik menyu|Bakı daxilində çatdırılma",
      "Долма, плов и кутабы|Заказы на торжества|Недельное меню для офисов|Доставка по Баку",
      "Dolma, plov and qutab|Orders for celebrations|Weekly menus for offices|Delivery in Baku"}},
    {"other", 60, 70, 20, {{"job", 5, 15, 1}, {"hour", 5, 10, 1}}, kLocal, false,
     {"İtlərin gəzdirilməsi və ev heyvanlarına baxım", "Выгул собак и передержка животных",
      "Dog walking and pet sitting"},
     {"Siz yoxkən ev heyvanlarınıza qayğı ilə baxıram.", "Позабочусь о ваших питомцах, пока вас нет дома.",
      "I look after your pets while you are away."},
     {"Gündə 1–2 dəfə gəzinti|Yemləmə və su|Pişiklərə evdə baxım|Hər gün foto hesabat",
      "Выгул 1–2 раза в день|Кормление и свежая вода|Уход за кошками на дому|Ежедневный фотоотчёт",
      "Walks once or twice a day|Feeding and fresh water|Cat sitting at your home|A daily photo update"}},
};
// clang-format on

// Extra lines for the description; `categories` is a space-separated list or "all".
struct Extra {
    const char* categories;
    L3 text;
};

const Extra kExtras[] = {
    {"all", {"Keyfiyyətə zəmanət verirəm.", "Гарантирую качество.", "Quality guaranteed."}},
    {"repair household transport", {"Həftənin 7 günü işləyirəm.", "Работаю без выходных.", "Available 7 days a week."}},
    {"repair", {"İşdən sonra təmizliyi özüm edirəm.", "После работы убираю за собой.", "I clean up after the job."}},
    {"repair household transport beauty",
     {"Vaxtında gəlirəm və işi razılaşdırılmış müddətdə bitirirəm.",
      "Приезжаю вовремя и укладываюсь в оговорённые сроки.", "I arrive on time and finish within the agreed time."}},
    {"tutoring", {"İlk dərs pulsuzdur.", "Первое занятие бесплатно.", "The first lesson is free."}},
    {"tutoring",
     {"Dərslər onlayn və ya əyani keçirilə bilər.", "Занятия онлайн или очно.", "Lessons online or in person."}},
    {"beauty",
     {"Yalnız sertifikatlı və keyfiyyətli məhsullardan istifadə edirəm.",
      "Работаю только на сертифицированных "
      "материалах.",
      "I only use certified, high-quality products."}},
    {"handmade",
     {"Hər məhsul tək nüsxədə hazırlanır.", "Каждое изделие — в единственном экземпляре.",
      "Every piece is one of a kind."}},
    {"handmade other",
     {"Sifarişlər 3–5 gün ərzində hazırlanır.", "Заказы выполняются за 3–5 дней.", "Orders are ready in 3–5 days."}},
    {"it_design other",
     {"Portfoliomu yazışma zamanı göndərə bilərəm.", "Портфолио пришлю по запросу.",
      "I will send my portfolio on request."}},
    {"it_design", {"Müqavilə əsasında işləyirəm.", "Работаю по договору.", "I work under a written contract."}},
    {"all",
     {"Qiymətlər sərfəlidir, daimi müştərilərə endirim var.", "Доступные цены, скидки постоянным клиентам.",
      "Fair prices and discounts for regular customers."}},
};

const L3 kHeadings[] = {{"Xidmətlər:", "Услуги:", "What I offer:"},
                        {"Nələr edirəm:", "Что я делаю:", "Services:"},
                        {"Xidmətə daxildir:", "В услугу входит:", "Included:"}};
const L3 kNegotiableLine = {"Qiymət işin həcmindən asılı olaraq razılaşdırılır.",
                            "Цена зависит от объёма работы и обсуждается индивидуально.",
                            "The price depends on the job and is agreed in advance."};
const L3 kFromLine = {"Son qiymət işin həcmindən asılıdır.", "Окончательная цена зависит от объёма работ.",
                      "The final price depends on the amount of work."};
const L3 kClosingWhatsapp = {"Zəng edin və ya WhatsApp-a yazın.", "Звоните или пишите в WhatsApp.",
                             "Call or message me on WhatsApp."};
const L3 kClosingPhone = {"Ətraflı məlumat üçün zəng edin.", "Звоните, отвечу на все вопросы.", "Call for details."};
const L3 kClosingEmail = {"Suallarınızı e-poçtla göndərin.", "Вопросы присылайте на электронную почту.",
                          "Send your questions by email."};

// ---------------------------------------------------------------------------------------------------------------
// Places.

struct City {
    const char* code;
    L3 name;
};

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

const L3 kBakuAreas[] = {
    {"Bakı, Nəsimi və Yasamal rayonları", "Баку, Насиминский и Ясамальский районы", "Baku: Nasimi and Yasamal"},
    {"Bakının bütün rayonları", "Все районы Баку", "All districts of Baku"},
    {"Bakı və Abşeron yarımadası", "Баку и Абшеронский полуостров", "Baku and the Absheron peninsula"},
    {"Bakı, Nərimanov, Nizami və Xətai rayonları", "Баку, Наримановский, Низаминский и Хатаинский районы",
     "Baku: Narimanov, Nizami and Khatai"},
    {"Bakı, Binəqədi və Sabunçu rayonları", "Баку, Бинагадинский и Сабунчинский районы", "Baku: Binagadi and Sabunchu"},
    {"Bakı, Səbail və Nəsimi rayonları", "Баку, Сабаильский и Насиминский районы", "Baku: Sabail and Nasimi"},
    {"Bakı, Yasamal və Binəqədi rayonları", "Баку, Ясамальский и Бинагадинский районы", "Baku: Yasamal and Binagadi"},
    {"Bakı, Xırdalan və Sumqayıt", "Баку, Хырдалан и Сумгаит", "Baku, Khirdalan and Sumgait"},
};
const L3 kOnlineAreas[] = {
    {"Onlayn (Zoom və ya Google Meet)", "Онлайн (Zoom или Google Meet)", "Online (Zoom or Google Meet)"},
    {"Onlayn və ya Nəsimi rayonunda", "Онлайн или в Насиминском районе", "Online or in Nasimi district"},
    {"Onlayn, bütün Azərbaycan üzrə", "Онлайн, по всему Азербайджану", "Online, anywhere in Azerbaijan"},
};
const L3 kDeliveryAreas[] = {
    {"Bakı daxilində çatdırılma, regionlara poçtla", "Доставка по Баку, в регионы — почтой",
     "Delivery in Baku, by post to the regions"},
    {"Bakı daxilində çatdırılma və ya götürmə (Yasamal)", "Доставка по Баку или самовывоз (Ясамал)",
     "Delivery in Baku or collection in Yasamal"},
};
const L3 kTravelAreas[] = {
    {"Bakı və bütün regionlar", "Баку и все регионы", "Baku and all regions"},
    {"Bakı, Abşeron və regionlara gediş", "Баку, Абшерон и выезд в регионы", "Baku, Absheron and trips to the regions"},
};

std::string ServiceArea(const Service& s, const City* region, Lang lang, Rng& rng) {
    if (rng.Percent(12)) return {};
    if (s.area == kOnline && rng.Percent(45)) return rng.Pick(kOnlineAreas).In(lang);
    if (!region) {
        if (s.area == kDelivery && rng.Percent(70)) return rng.Pick(kDeliveryAreas).In(lang);
        if (s.area == kTravel && rng.Percent(60)) return rng.Pick(kTravelAreas).In(lang);
        return rng.Pick(kBakuAreas).In(lang);
    }
    const L3& n = region->name;
    if (lang == kAz) return std::string(n.az) + (rng.Percent(50) ? " şəhəri və ətraf kəndlər" : " şəhəri");
    if (lang == kRu) return std::string("г. ") + n.ru + (rng.Percent(50) ? " и окрестности" : "");
    return std::string(n.en) + (rng.Percent(50) ? " and nearby villages" : "");
}

// ---------------------------------------------------------------------------------------------------------------
// People and contacts.

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
    {"Səidə", "Саида", "Saida"},       {"Sevinc", "Севиндж", "Sevinj"}, {"Rəna", "Рена", "Rana"},
    {"Məlahət", "Малахат", "Malahat"}, {"Arzu", "Арзу", "Arzu"},        {"Elena", "Елена", "Elena"},
    {"Irina", "Ирина", "Irina"},
};
const Name kMen[] = {
    {"Rəşad", "Рашад", "Rashad"},    {"Elvin", "Эльвин", "Elvin"}, {"Tural", "Турал", "Tural"},
    {"Orxan", "Орхан", "Orkhan"},    {"Fərid", "Фарид", "Farid"},  {"Samir", "Самир", "Samir"},
    {"Kamran", "Камран", "Kamran"},  {"Vüsal", "Вусал", "Vusal"},  {"Elnur", "Эльнур", "Elnur"},
    {"Murad", "Мурад", "Murad"},     {"Ramil", "Рамиль", "Ramil"}, {"Cavid", "Джавид", "Javid"},
    {"Emin", "Эмин", "Emin"},        {"Anar", "Анар", "Anar"},     {"Nicat", "Ниджат", "Nijat"},
    {"Əli", "Али", "Ali"},           {"Rauf", "Рауф", "Rauf"},     {"Zaur", "Заур", "Zaur"},
    {"Elçin", "Эльчин", "Elchin"},   {"Vüqar", "Вугар", "Vugar"},  {"Rövşən", "Ровшан", "Rovshan"},
    {"Natiq", "Натиг", "Natig"},     {"Arif", "Ариф", "Arif"},     {"Sergey", "Сергей", "Sergey"},
    {"Dmitri", "Дмитрий", "Dmitry"},
};
struct Surname {
    const char* az;
    const char* ru;
    const char* en;
    bool neutral;  // the same for women
};
const Surname kSurnames[] = {
    {"Məmmədov", "Мамедов", "Mammadov", false}, {"Əliyev", "Алиев", "Aliyev", false},
    {"Həsənov", "Гасанов", "Hasanov", false},   {"Hüseynov", "Гусейнов", "Huseynov", false},
    {"Quliyev", "Кулиев", "Guliyev", false},    {"İsmayılov", "Исмайлов", "Ismayilov", false},
    {"Cəfərov", "Джафаров", "Jafarov", false},  {"Rzayev", "Рзаев", "Rzayev", false},
    {"Kərimov", "Керимов", "Karimov", false},   {"Babayev", "Бабаев", "Babayev", false},
    {"Sadıqov", "Садыгов", "Sadigov", false},   {"Vəliyev", "Велиев", "Valiyev", false},
    {"Qasımov", "Гасымов", "Gasimov", false},   {"Hacıyev", "Гаджиев", "Hajiyev", false},
    {"Bağırov", "Багиров", "Baghirov", false},  {"Əhmədov", "Ахмедов", "Ahmadov", false},
    {"Əlizadə", "Ализаде", "Alizada", true},    {"Rəhimli", "Рагимли", "Rahimli", true},
    {"Qasımlı", "Гасымлы", "Gasimli", true},    {"Quluzadə", "Кулизаде", "Guluzada", true},
};

struct Contact {
    std::string name;
    std::string first_en, last_en;  // for the email address
};

Contact MakeContact(const Service& s, Lang lang, Rng& rng) {
    bool woman = rng.Percent(s.female_pct);
    const Name& first = woman ? rng.Pick(kWomen) : rng.Pick(kMen);
    const Surname& last = rng.Pick(kSurnames);
    bool suffix = woman && !last.neutral;
    Contact c;
    c.first_en = first.en;
    c.last_en = std::string(last.en) + (suffix ? "a" : "");
    c.name = first.In(lang);
    int r = static_cast<int>(rng.Below(100));
    if (lang == kAz && !woman && s.usta && r < 50) {
        c.name += " usta";
    } else if (lang == kAz && woman && r < 25) {
        c.name += " xanım";
    } else if (r >= 60) {
        c.name += " ";
        c.name += lang == kAz ? last.az : lang == kRu ? last.ru : last.en;
        if (suffix) c.name += lang == kRu ? "а" : "a";
    }
    return c;
}

std::string Lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

std::string MakeEmail(const Contact& c, Rng& rng) {
    static const char* const kDomains[] = {"example.com", "example.com", "example.org", "example.net"};
    std::string first = Lower(c.first_en), last = Lower(c.last_en);
    std::string local;
    switch (rng.Below(4)) {
        case 0:
            local = first + "." + last;
            break;
        case 1:
            local = first + "." + last + std::to_string(rng.Between(1, 99));
            break;
        case 2:
            local = first.substr(0, 1) + last;
            break;
        default:
            local = first + "_" + last.substr(0, 1) + std::to_string(rng.Between(70, 99));
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
// Assembly.

std::string ExperienceLine(int years, Lang lang) {
    if (lang == kAz) return "Bu sahədə " + std::to_string(years) + " illik təcrübəm var.";
    if (lang == kRu) return "Опыт работы — " + YearsRu(years) + ".";
    return std::to_string(years) + " years of experience.";
}

ServiceAdDraft MakeDraft(const Service& s, Rng& rng) {
    ServiceAdDraft d;
    int lr = static_cast<int>(rng.Below(100));
    Lang lang = lr < 70 ? kAz : lr < 90 ? kRu : kEn;
    d.lang = kLangCodes[lang];
    d.title = s.title.In(lang);
    d.category = s.category;

    // Price: fixed, "from" or negotiable, in one of the service's units.
    int pr = static_cast<int>(rng.Below(100));
    d.price_type = pr < s.fixed_pct ? "fixed" : pr < s.fixed_pct + s.from_pct ? "from" : "negotiable";
    const Price& price = s.prices[1].unit && rng.Percent(40) ? s.prices[1] : s.prices[0];
    if (d.price_type != "negotiable") {
        int steps = (price.hi - price.lo) / price.step;
        d.price =
            std::to_string(price.lo + price.step * static_cast<int>(rng.Below(static_cast<std::size_t>(steps + 1))));
        d.price_unit = price.unit;
    } else if (rng.Percent(30)) {
        d.price_unit = price.unit;
    }

    bool baku = s.area == kBakuOnly || rng.Percent(85);
    const City* region = baku ? nullptr : &rng.Pick(kRegions);
    d.city = baku ? "baku" : region->code;
    d.service_area = ServiceArea(s, region, lang, rng);

    // Contacts: a phone (usually on WhatsApp) and/or an email.
    Contact contact = MakeContact(s, lang, rng);
    d.contact_name = contact.name;
    int cr = static_cast<int>(rng.Below(100));
    if (cr < 94) {
        d.phone = MakePhone(rng);
        d.whatsapp = rng.Percent(75);
    }
    if (cr >= 70) d.email = MakeEmail(contact, rng);
    d.privacy = rng.Percent(80) ? "everyone" : "signed_in";

    // Description: intro, what is included, a few extra lines, and how to get in touch.
    auto items = Split(s.items.In(lang), '|');
    std::size_t keep = std::min(items.size(), 3 + rng.Below(2));
    while (items.size() > keep) items.erase(items.begin() + static_cast<std::ptrdiff_t>(rng.Below(items.size())));
    std::string desc = std::string(s.intro.In(lang)) + "\n\n" + rng.Pick(kHeadings).In(lang);
    bool bullets = rng.Percent(50);
    for (const auto& item : items) desc += std::string("\n") + (bullets ? "• " : "- ") + item;

    std::vector<std::string> extra;
    if (rng.Percent(65)) extra.push_back(ExperienceLine(rng.Between(2, 20), lang));
    std::vector<const Extra*> fits;
    for (const auto& e : kExtras)
        if (HasWord(e.categories, "all") || HasWord(e.categories, s.category)) fits.push_back(&e);
    std::size_t start = rng.Below(fits.size()), want = rng.Below(3);
    for (std::size_t i = 0; i < want && i < fits.size(); ++i)
        extra.emplace_back(fits[(start + i) % fits.size()]->text.In(lang));
    if (d.price_type == "negotiable")
        extra.emplace_back(kNegotiableLine.In(lang));
    else if (d.price_type == "from" && rng.Percent(50))
        extra.emplace_back(kFromLine.In(lang));
    if (!extra.empty()) {
        desc += "\n\n";
        for (std::size_t i = 0; i < extra.size(); ++i) desc += (i ? " " : "") + extra[i];
    }
    if (rng.Percent(80)) {
        const L3& closing = d.whatsapp ? kClosingWhatsapp : !d.phone.empty() ? kClosingPhone : kClosingEmail;
        desc += std::string("\n\n") + closing.In(lang);
    }
    d.description = desc;
    return d;
}

}  // namespace

std::vector<domain::ServiceAdDraft> DemoServices(std::size_t count, std::uint64_t seed) {
    Rng rng(seed);
    const auto& categories = domain::ServiceCategories();

    // The first drafts cover every category once, in a shuffled order.
    std::vector<std::size_t> order(categories.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng.Below(i)]);

    std::vector<domain::ServiceAdDraft> out;
    out.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const Service* service = nullptr;
        if (i < order.size()) {
            std::vector<const Service*> of_category;
            for (const auto& s : kServices)
                if (categories[order[i]].code == s.category) of_category.push_back(&s);
            if (!of_category.empty()) service = of_category[rng.Below(of_category.size())];
        }
        if (!service) service = &kServices[rng.Below(std::size(kServices))];
        out.push_back(MakeDraft(*service, rng));
    }
    return out;
}

}  // namespace ejob::seed
