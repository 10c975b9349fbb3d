#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/common/clock.hpp"
#include "domain/common/result.hpp"
#include "domain/publications/privacy.hpp"
#include "domain/publications/publication.hpp"
#include "domain/search/facet_counts.hpp"

namespace ejob::domain {

// What a person typed into the vacancy form, as text (after UTF-8 clean-up). No validation yet.
struct VacancyDraft {
    std::string position, category, subcategory, company, city, address;
    bool remote = false;
    std::string salary_min, salary_max;  // AZN
    std::string schedule, employment_type, experience, education;
    std::string age_min, age_max;
    std::string requirements, description;
    std::string contact_person, phone, email, apply_url;
    std::string closing_date;          // YYYY-MM-DD
    std::string privacy = "everyone";  // who may reveal the contacts: everyone | signed_in
    std::vector<std::string> photos;   // company logo (stored photo stem, at most one); set by the server
    std::string owner_email;           // private: the management link goes here
    std::string lang = "az";
};

// A validated vacancy text: what gets stored, moderated and shown.
struct VacancyContent {
    std::string position, category, subcategory, company, city, address;
    bool remote = false;
    std::optional<std::int64_t> salary_min, salary_max;  // qəpik
    std::string schedule, employment_type, experience, education;
    std::optional<int> age_min, age_max;
    std::string requirements, description;
    std::string contact_person, phone, email, apply_url;
    std::string closing_date;  // YYYY-MM-DD or empty
    ContactVisibility privacy = ContactVisibility::Everyone;
    std::vector<std::string> photos;  // company logo
};

// Back to form values, for editing an existing vacancy.
VacancyDraft ToDraft(const VacancyContent& c);

// The folded text the search index holds for a vacancy.
std::string SearchText(const VacancyContent& c);

struct VacancyContacts {
    std::string contact_person, phone, email, apply_url;
};

// One row of a public list.
struct VacancySummary {
    std::int64_t id = 0;
    std::string slug, position, company, category, city, employment_type;
    std::string subcategory, experience, education;  // for the filters
    bool remote = false;
    std::optional<std::int64_t> salary_min, salary_max;
    std::string logo;  // photo stem or empty
    std::string excerpt;
    Millis published_at = 0;
};

// How a list is ordered. Default: by relevance when words are searched, else newest first.
enum class ListOrder { Default, Relevance, Newest, Highest };  // Highest: salary or price, highest first

struct VacancyFilter {
    std::vector<std::string> terms;  // folded search terms, all must match (prefix)
    std::string category, city, employment_type, experience, education;
    std::string subcategory;                 // one of the category's subcategories, or empty
    std::optional<std::int64_t> min_salary;  // qəpik
    bool with_salary = false;                // only vacancies that state a salary (not "negotiable")
    int posted_within_days = 0;              // 0 = any time
    ListOrder order = ListOrder::Default;
    bool count_options = false;  // also count the results each filter option would give (Page::options)
    int page = 1;
    int per_page = 20;
};

template <typename T>
struct Page {
    std::vector<T> items;
    std::int64_t total = 0;
    search::FacetCounts options;  // per filter option, the results it would give (when asked)
    int page = 1;
    int per_page = 20;
    int Pages() const { return total == 0 ? 1 : static_cast<int>((total + per_page - 1) / per_page); }
};

struct CategoryCount {
    std::string category;
    std::int64_t count = 0;
};

// The vacancy kind for the shared publication lifecycle (publications/publication_service.hpp).
struct VacancyKind {
    using Draft = VacancyDraft;
    using Content = VacancyContent;
    static constexpr const char* kName = "vacancy";
    static constexpr size_t kMaxPhotos = 1;
    static Result<Content> Validate(const Draft& d, const std::string& today);
    static std::string Title(const Content& c) { return c.position; }
    static std::string Subtitle(const Content& c) { return c.company; }
    static Draft ToDraft(const Content& c) { return domain::ToDraft(c); }
    static void KeepServerFields(const Content& stored, Content& corrected) { corrected.photos = stored.photos; }
    static std::vector<std::string> PublicPhotos(const Content& c) { return c.photos; }
    static ScreenedText Screened(const Content& c) {
        return {c.position, {c.requirements, c.description}, c.salary_min, c.salary_max};
    }
    // The fields the audit log compares when a moderator corrects a version (no contacts, no names).
    static AuditedFields Audited(const Content& c);
};

// Port: the public read model of vacancies.
class VacancyListings {
  public:
    virtual ~VacancyListings() = default;
    virtual Page<VacancySummary> List(const VacancyFilter& f, Millis now) = 0;
    virtual std::vector<CategoryCount> CountByCategory() = 0;
};

}  // namespace ejob::domain
