#include "web/views/feed_views.hpp"

#include <ctime>
#include <optional>

#include "web/html.hpp"

namespace ejob::web::views {
namespace d = ejob::domain;

namespace {

std::string Rfc822(d::Millis at) {
    std::time_t secs = static_cast<std::time_t>(at / 1000);
    std::tm tm{};
    gmtime_r(&secs, &tm);
    char buf[64];
    std::strftime(buf, sizeof buf, "%a, %d %b %Y %H:%M:%S GMT", &tm);
    return buf;
}

template <typename Summary>
std::string PublicationPath(const char* list_path, const Summary& s) {
    return std::string(list_path) + "/" + std::to_string(s.id) + "-" + s.slug;
}

}  // namespace

std::string Sitemap(const SitemapModel& m) {
    std::string x =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
        "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
    auto url = [&](const std::string& path, std::optional<d::Millis> lastmod) {
        for (Lang l : kAllLangs) {
            x += "<url><loc>" + Escape(m.base_url + std::string(UrlPrefix(l)) + path) + "</loc>";
            if (lastmod) x += "<lastmod>" + Tr(l).IsoDate(*lastmod) + "</lastmod>";
            for (Lang alt : kAllLangs)
                x += "<xhtml:link rel=\"alternate\" hreflang=\"" + std::string(Code(alt)) + "\" href=\"" +
                     Escape(m.base_url + std::string(UrlPrefix(alt)) + path) + "\"/>";
            x += "</url>\n";
        }
    };
    for (const char* path : {"/", "/vacancies", "/resumes", "/services"}) url(path, std::nullopt);
    for (const auto& v : m.vacancies) url(PublicationPath("/vacancies", v), v.published_at);
    for (const auto& r : m.resumes) url(PublicationPath("/resumes", r), r.published_at);
    for (const auto& s : m.services) url(PublicationPath("/services", s), s.published_at);
    x += "</urlset>\n";
    return x;
}

std::string VacancyFeed(const FeedModel& m) {
    Tr tr(m.lang);
    std::string base = m.base_url + std::string(UrlPrefix(m.lang));
    std::string x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>";
    x += "<title>" + Escape(std::string("ejob.az — ") + tr("Latest vacancies")) + "</title>";
    x += "<link>" + Escape(base + "/vacancies") + "</link>";
    x += "<description>" + Escape(tr("Job vacancies in Azerbaijan, checked by moderators.")) + "</description>";
    x += "<language>" + std::string(Code(m.lang)) + "</language>\n";
    for (const auto& v : m.vacancies) {
        std::string link = base + PublicationPath("/vacancies", v);
        x += "<item><title>" + Escape(v.position + " — " + v.company) + "</title><link>" + Escape(link) +
             "</link><guid>" + Escape(link) + "</guid><pubDate>" + Rfc822(v.published_at) + "</pubDate><description>" +
             Escape(v.excerpt) + "</description></item>\n";
    }
    x += "</channel></rss>\n";
    return x;
}

}  // namespace ejob::web::views
