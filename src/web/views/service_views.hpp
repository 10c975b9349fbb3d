#pragma once
// Self-employment and earnings ads ("services"): the list with its filters, the card, the detail page with its
// photo gallery, the form.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/services/service_ad.hpp"
#include "web/views/layout.hpp"
#include "web/views/publication_models.hpp"

namespace ejob::web::views {

// "50 AZN per hour", "from 30 AZN per job", "Negotiable".
std::string ServicePriceText(const Tr& tr, std::string_view price_type, const std::optional<std::int64_t>& price,
                             std::string_view price_unit);

// ---- list
struct ServiceListModel {
    domain::ServiceAdFilter filter;
    std::string q, price_min_text, price_max_text;
    domain::Page<domain::ServiceAdSummary> page;
    std::vector<domain::CategoryCount> counts;
    std::string page_link_base;
};
std::string ServiceListPage(const Frame& f, const ServiceListModel& m);
void ServiceList(Html& h, const Frame& f, const std::vector<domain::ServiceAdSummary>& items,
                 const std::vector<std::string>& highlight_terms);

// ---- detail
using ServiceDetailModel = DetailOf<domain::ServiceAdContent>;
std::string ServiceDetail(const Frame& f, const ServiceDetailModel& m);
void DetailBody(Html& h, const Frame& f, const ServiceDetailModel& m);  // without the layout

// ---- the form
using ServiceEditor = EditorModel<domain::ServiceAdDraft>;
std::string ServiceForm(const Frame& f, const ServiceEditor& m);
void FormFields(Html& h, const Tr& tr, const ServiceEditor& m);

}  // namespace ejob::web::views
