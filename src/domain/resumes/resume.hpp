#pragma once
// Resumes (CVs): what a person typed, the validated content, list rows and filters, and the kind's rules.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/common/clock.hpp"
#include "domain/common/result.hpp"
#include "domain/publications/privacy.hpp"
#include "domain/publications/publication.hpp"
#include "domain/publications/publication_service.hpp"
#include "domain/vacancies/vacancy.hpp"  // Page, CategoryCount

namespace ejob::domain {

struct EducationEntry {
    std::string institution, specialty, from_year, to_year;  // years as typed (draft) / validated "YYYY" or ""
};
struct ExperienceEntry {
    std::string employer, position, from_year, to_year, duties;  // to_year "" = until now
};
struct LanguageSkill {
    std::string language;  // free text, e.g. "İngilis dili"
    std::string level;     // A1 A2 B1 B2 C1 C2 native
};

struct ResumeDraft {
    std::string first_name, last_name, patronymic;
    std::string gender;      // "", "female", "male"
    std::string birth_year;  // YYYY
    std::string city;
    std::string desired_position, category, min_salary;  // AZN
    std::string education_level, experience;             // codes from the vacancy catalog
    std::vector<EducationEntry> education;
    std::vector<ExperienceEntry> jobs;
    std::vector<LanguageSkill> languages;
    std::string skills, computer_skills, about, additional;
    std::string phone, email;
    std::string privacy = "everyone";  // everyone | signed_in | anonymous
    std::vector<std::string> photos;   // stored photo stems (at most one); set by the server, never by the form
    std::string owner_email;
    std::string lang = "az";
};

struct ResumeContent {
    std::string first_name, last_name, patronymic, gender;
    std::optional<int> birth_year;
    std::string city, desired_position, category;
    std::optional<std::int64_t> min_salary;  // qəpik
    std::string education_level, experience;
    std::vector<EducationEntry> education;
    std::vector<ExperienceEntry> jobs;
    std::vector<LanguageSkill> languages;
    std::string skills, computer_skills, about, additional;
    std::string phone, email;
    ContactVisibility privacy = ContactVisibility::Everyone;
    std::vector<std::string> photos;
};

ResumeDraft ToDraft(const ResumeContent& c);
std::string SearchText(const ResumeContent& c);  // folded; without contacts, and without the name when anonymous

struct ResumeSummary {
    std::int64_t id = 0;
    std::string slug, display_name;  // full name or initials, by privacy
    std::string desired_position, category, city, experience, education_level;
    std::string gender;
    std::optional<std::int64_t> min_salary;
    std::optional<int> birth_year;
    std::optional<int> age;  // on the list's day
    std::string photo;       // thumb stem, empty when none or hidden
    std::string excerpt;
    Millis published_at = 0;
};

struct ResumeFilter {
    std::vector<std::string> terms;
    std::string category, city, experience, education_level, gender;
    std::optional<std::int64_t> max_salary;  // desired salary at most (qəpik)
    std::optional<int> age_min, age_max;
    ListOrder order = ListOrder::Default;
    bool count_options = false;
    int page = 1;
    int per_page = 20;
};

struct ResumeKind {
    using Draft = ResumeDraft;
    using Content = ResumeContent;
    static constexpr const char* kName = "resume";
    static constexpr size_t kMaxPhotos = 1;
    static Result<Content> Validate(const Draft& d, const std::string& today);
    static std::string Title(const Content& c) { return c.desired_position; }
    static std::string Subtitle(const Content& c);  // the name, or initials when anonymous
    static Draft ToDraft(const Content& c) { return domain::ToDraft(c); }
    static void KeepServerFields(const Content& stored, Content& corrected) { corrected.photos = stored.photos; }
    static std::vector<std::string> PublicPhotos(const Content& c) {
        return c.privacy == ContactVisibility::Anonymous ? std::vector<std::string>{} : c.photos;
    }
    // The free texts: about, additional, skills, and the duties of each job.
    static ScreenedText Screened(const Content& c);
    // The fields the audit log compares when a moderator corrects a version (no contacts, no names).
    static AuditedFields Audited(const Content& c);
};

class ResumeListings {
  public:
    virtual ~ResumeListings() = default;
    virtual Page<ResumeSummary> List(const ResumeFilter& f, Millis now) = 0;
    virtual std::vector<CategoryCount> CountByCategory() = 0;
};

using ResumeService = PublicationService<ResumeKind>;

}  // namespace ejob::domain
