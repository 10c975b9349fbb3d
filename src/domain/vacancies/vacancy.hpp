#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/common/clock.hpp"
#include "domain/publications/publication.hpp"

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
    std::string closing_date;  // YYYY-MM-DD
    std::string owner_email;   // private: the management link goes here
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
};

// Back to form values, for editing an existing vacancy.
VacancyDraft ToDraft(const VacancyContent& c);

// The folded text the search index holds for a vacancy.
std::string SearchText(const VacancyContent& c);

struct VacancyContacts {
    std::string contact_person, phone, email, apply_url;
};

// A publication with its live text and, if any, the version waiting for (or refused by) moderation.
struct VacancyRecord {
    Publication publication;
    std::optional<VacancyContent> live;
    std::optional<VersionInfo> latest;          // newest version not yet live (pending or rejected)
    std::optional<VacancyContent> latest_content;
};

// One row of a public list.
struct VacancySummary {
    std::int64_t id = 0;
    std::string slug, position, company, category, city, employment_type;
    bool remote = false;
    std::optional<std::int64_t> salary_min, salary_max;
    std::string excerpt;
    Millis published_at = 0;
};

struct VacancyFilter {
    std::vector<std::string> terms;  // folded search terms, all must match (prefix)
    std::string category, city, employment_type, experience, education;
    std::optional<std::int64_t> min_salary;  // qəpik
    int posted_within_days = 0;              // 0 = any time
    int page = 1;
    int per_page = 20;
};

template <typename T>
struct Page {
    std::vector<T> items;
    std::int64_t total = 0;
    bool total_is_lower_bound = false;  // counting stopped at a cap: "1000+"
    int page = 1;
    int per_page = 20;
    int Pages() const { return total == 0 ? 1 : static_cast<int>((total + per_page - 1) / per_page); }
};

struct CategoryCount {
    std::string category;
    std::int64_t count = 0;
};

struct QueueItem {
    std::int64_t publication_id = 0;
    std::string kind, title, company;
    bool is_edit = false;  // the publication already has a live version
    Millis submitted_at = 0;
};

}  // namespace ejob::domain
