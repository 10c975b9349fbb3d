#pragma once
// Self-employment and earnings ads ("services"): a person offers work they do themselves.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/common/clock.hpp"
#include "domain/common/result.hpp"
#include "domain/publications/privacy.hpp"
#include "domain/publications/publication.hpp"
#include "domain/publications/publication_service.hpp"
#include "domain/vacancies/catalog.hpp"
#include "domain/vacancies/vacancy.hpp"  // Page, CategoryCount

namespace ejob::domain {

const std::vector<Option>&
ServiceCategories();                      // repair, tutoring, beauty, transport, it_design, household, handmade, other
const std::vector<Option>& PriceTypes();  // fixed, from, negotiable
const std::vector<Option>& PriceUnits();  // hour, job, month

struct ServiceAdDraft {
    std::string title, category, description;
    std::string price_type = "negotiable", price, price_unit;  // AZN
    std::string city, service_area;
    std::string contact_name, phone, email;
    bool whatsapp = false;
    std::string privacy = "everyone";  // everyone | signed_in
    std::vector<std::string> photos;   // stored photo stems (at most 8); set by the server
    std::string owner_email;
    std::string lang = "az";
};

struct ServiceAdContent {
    std::string title, category, description;
    std::string price_type;             // fixed | from | negotiable
    std::optional<std::int64_t> price;  // qəpik; empty when negotiable
    std::string price_unit;             // hour | job | month | ""
    std::string city, service_area;
    std::string contact_name, phone, email;
    bool whatsapp = false;
    ContactVisibility privacy = ContactVisibility::Everyone;
    std::vector<std::string> photos;
};

ServiceAdDraft ToDraft(const ServiceAdContent& c);
std::string SearchText(const ServiceAdContent& c);

struct ServiceAdSummary {
    std::int64_t id = 0;
    std::string slug, title, category, city, price_type, price_unit;
    std::optional<std::int64_t> price;
    std::string photo;  // first photo stem, or empty
    std::string excerpt;
    Millis published_at = 0;
};

struct ServiceAdFilter {
    std::vector<std::string> terms;
    std::string category, city;
    std::optional<std::int64_t> price_min, price_max;  // qəpik
    ListOrder order = ListOrder::Default;
    bool count_options = false;
    int page = 1;
    int per_page = 20;
};

struct ServiceAdKind {
    using Draft = ServiceAdDraft;
    using Content = ServiceAdContent;
    static constexpr const char* kName = "service";
    static constexpr size_t kMaxPhotos = 8;
    static Result<Content> Validate(const Draft& d, const std::string& today);
    static std::string Title(const Content& c) { return c.title; }
    static std::string Subtitle(const Content& c) { return c.contact_name; }
    static Draft ToDraft(const Content& c) { return domain::ToDraft(c); }
    static void KeepServerFields(const Content& stored, Content& corrected) { corrected.photos = stored.photos; }
    static std::vector<std::string> PublicPhotos(const Content& c) { return c.photos; }
    static ScreenedText Screened(const Content& c) { return {c.title, {c.description}, std::nullopt, std::nullopt}; }
    // The fields the audit log compares when a moderator corrects a version (no contacts, no names).
    static AuditedFields Audited(const Content& c);
};

class ServiceAdListings {
  public:
    virtual ~ServiceAdListings() = default;
    virtual Page<ServiceAdSummary> List(const ServiceAdFilter& f, Millis now) = 0;
    virtual std::vector<CategoryCount> CountByCategory() = 0;
};

using ServiceAdService = PublicationService<ServiceAdKind>;

}  // namespace ejob::domain
