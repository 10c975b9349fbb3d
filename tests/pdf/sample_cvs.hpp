#pragma once
// Sample CVs for the PDF tests and the benchmark: labels in Azerbaijani and Russian, a short CV that fits one page
// and a long one that takes two in every template, and the committed photo (tests/pdf/data/photo.jpg, a 192×192
// baseline JPEG).
#include <fstream>
#include <sstream>
#include <string>

#include "pdf/cv_pdf.hpp"

namespace ejob::testing::pdf_samples {

namespace cv = domain::cv;

inline cv::Labels AzLabels() {
    cv::Labels l;
    l.lang = "az";
    l.profile = "Haqqımda";
    l.experience = "İş təcrübəsi";
    l.education = "Təhsil";
    l.languages = "Dillər";
    l.skills = "Bacarıqlar";
    l.courses = "Kurslar və sertifikatlar";
    l.links = "Keçidlər";
    l.contacts = "Əlaqə";
    l.cover_letter = "Müşayiət məktubu";
    l.present = "indiyədək";
    l.desired_salary = "İstədiyi maaş";
    l.born = "Doğum tarixi";
    l.native = "Ana dili";
    l.page_of = "Səhifə {} / {}";
    l.months = {"Yanvar", "Fevral", "Mart",     "Aprel",   "May",    "İyun",
                "İyul",   "Avqust", "Sentyabr", "Oktyabr", "Noyabr", "Dekabr"};
    return l;
}

inline cv::Labels RuLabels() {
    cv::Labels l;
    l.lang = "ru";
    l.profile = "О себе";
    l.experience = "Опыт работы";
    l.education = "Образование";
    l.languages = "Языки";
    l.skills = "Навыки";
    l.courses = "Курсы и сертификаты";
    l.links = "Ссылки";
    l.contacts = "Контакты";
    l.cover_letter = "Сопроводительное письмо";
    l.present = "по настоящее время";
    l.desired_salary = "Желаемая зарплата";
    l.born = "Дата рождения";
    l.native = "Родной";
    l.page_of = "Страница {} из {}";
    l.months = {"Январь", "Февраль", "Март",     "Апрель",  "Май",    "Июнь",
                "Июль",   "Август",  "Сентябрь", "Октябрь", "Ноябрь", "Декабрь"};
    return l;
}

inline std::string PhotoJpeg() {
    std::ifstream in(EJOB_PDF_TEST_DATA "/photo.jpg", std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Words of a long duty line: none may come out of the PDF cut by an inserted hyphen.
inline constexpr const char* kLongDuty =
    "Beynəlxalq maliyyə hesabatları standartlarına uyğun konsolidasiyaedilmiş hesabatların hazırlanması, "
    "vergi bəyannamələrinin vaxtında tərtib edilməsi və elektron təqdim olunması, daxili auditorlarla "
    "yoxlamaların əlaqələndirilməsi, büdcələşdirmə prosesinin avtomatlaşdırılması və xərclərin "
    "optimallaşdırılması üzrə təkliflərin hazırlanması";

inline cv::Draft ShortDraft(const std::string& template_code) {
    cv::Draft d;
    d.template_code = template_code;
    d.pdf_lang = "az";
    d.photo_shape = "circle";
    d.first_name = "Günel";
    d.last_name = "Məmmədova";
    d.title = "Baş mühasib";
    d.desired_salary = "1500";
    d.email = "gunel.mammadova@example.az";
    d.phone = "+994 50 123 45 67";
    d.city = "Bakı";
    d.birth_date = "1994-03-12";
    d.summary =
        "Maliyyə uçotu və vergi hesabatlarında səkkiz illik təcrübəyə malik mühasibəm. Hərflər: ı ş ğ ç ö ü Ə İ Ş. "
        "Dəqiqlik, məsuliyyət və komanda ilə işləmək bacarığı.";
    d.jobs.push_back({"Kapital Bank ASC", "Baş mühasib", "Bakı", "2020-03", "",
                      "Aylıq və illik maliyyə hesabatlarının hazırlanması\nVergi bəyannamələrinin tərtibi\n"
                      "Опыт работы в банке: сверка счетов"});
    d.education.push_back(
        {"Azərbaycan Dövlət İqtisad Universiteti", "Mühasibat uçotu və audit", "Bakalavr", "2012", "2016"});
    d.languages = {{"Azərbaycan dili", "native"}, {"İngilis dili", "B2"}, {"Rus dili", "C1"}};
    d.skills = "1C: Mühasibat\nMS Excel, IFRS\nVergi uçotu";
    d.links.push_back({"LinkedIn", "https://www.linkedin.com/in/gunel-mammadova"});
    return d;
}

// Two pages in every template: compact holds more on a page, so it gets more of the same.
inline cv::Draft LongDraft(const std::string& template_code) {
    cv::Draft d = ShortDraft(template_code);
    d.summary +=
        " Son dörd ildə bankın maliyyə departamentində hesabatlılıq prosesini yenidən qurmuşam: aylıq bağlanış "
        "müddəti on gündən beş günə endirilib, ilkin sənədlərin elektron arxivi yaradılıb. Beynəlxalq auditorlarla "
        "(Big Four) iş təcrübəm var; ACCA imtahanlarının bir hissəsini vermişəm.";
    const int extra_jobs = template_code == "compact" ? 7 : 4;
    const char* employers[] = {"PAŞA Bank",       "Azərsu ASC",       "Bakcell MMC",   "Ünvan Holdinq",
                               "Gəncə Tekstil",   "Şəki İpək MMC",    "Quba Aqro",     "Lənkəran Çay",
                               "Xəzər Logistika", "Naxçıvan Duz ASC", "Qəbələ Turizm", "Şamaxı Şərab"};
    const char* positions[] = {"Mühasib", "Aparıcı mühasib", "Maliyyə analitiki", "Kiçik mühasib"};
    for (int i = 0; i < extra_jobs; ++i) {
        cv::Job j;
        j.employer = employers[i];
        j.position = positions[i % 4];
        j.city = i % 2 ? "Gəncə" : "Bakı";
        j.start = std::to_string(2019 - 2 * i - 2) + "-0" + std::to_string(1 + i % 9);
        j.end = std::to_string(2019 - 2 * i) + "-1" + std::to_string(i % 3);
        j.duties = std::string(kLongDuty) +
                   "\nƏmək haqqı cədvəllərinin hazırlanması və DSMF hesabatları\n"
                   "Bank köçürmələrinin və kassa əməliyyatlarının gündəlik yoxlanılması\n"
                   "Ilkin sənədlərin qəbulu, yoxlanılması və 1C proqramına daxil edilməsi";
        d.jobs.push_back(j);
    }
    d.education.push_back({"Bakı Dövlət Universiteti", "Maliyyə", "Magistr", "2016", "2018"});
    d.courses = {{"ACCA F3 Financial Accounting", "ACCA", "2019-06"},
                 {"IFRS üzrə sertifikat", "Azərbaycan Mühasiblər Assosiasiyası", "2021"},
                 {"Курс 1С: Бухгалтерия 8.3", "Учебный центр 1С", "2018-11"}};
    d.languages.push_back({"Türk dili", "B1"});
    d.skills += "\nBüdcələşdirmə, Maliyyə təhlili, SQL, Power BI, SAP FI, Daxili audit";
    d.links.push_back({"Portfolio", "https://gunel.example.az/portfolio"});
    return d;
}

inline pdf::CvDocument Document(cv::Draft d, cv::Labels labels = AzLabels(), bool photo = true) {
    pdf::CvDocument doc;
    doc.draft = std::move(d);
    doc.labels = std::move(labels);
    if (photo) doc.photo_jpeg = PhotoJpeg();
    return doc;
}

inline const char* const kTemplates[] = {"classic", "modern", "compact"};

}  // namespace ejob::testing::pdf_samples
