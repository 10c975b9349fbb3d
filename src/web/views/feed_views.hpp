#pragma once
// The machine-read lists of the site: the sitemap for search engines and the RSS feed of the latest vacancies.
#include <string>
#include <vector>

#include "domain/resumes/resume.hpp"
#include "domain/services/service_ad.hpp"
#include "domain/vacancies/vacancy.hpp"
#include "web/i18n.hpp"

namespace ejob::web::views {

struct SitemapModel {
    std::string base_url;  // "https://ejob.az"
    std::vector<domain::VacancySummary> vacancies;
    std::vector<domain::ResumeSummary> resumes;
    std::vector<domain::ServiceAdSummary> services;
};
// /sitemap.xml: the home and list pages and every published publication, each in every language with its
// alternates.
std::string Sitemap(const SitemapModel& m);

struct FeedModel {
    Lang lang = Lang::Az;
    std::string base_url;  // "https://ejob.az"
    std::vector<domain::VacancySummary> vacancies;
};
// /feed.xml: RSS 2.0 of the latest vacancies, in the feed's language.
std::string VacancyFeed(const FeedModel& m);

}  // namespace ejob::web::views
