#include "web/handlers/handlers.hpp"
#include "web/router.hpp"
#include "web/static_files.hpp"
#include "web/uploads.hpp"

namespace ejob::web::handlers {
namespace d = ejob::domain;

namespace {
Response Text(int status, std::string body, std::string type = "text/plain; charset=utf-8") {
    Response r;
    r.status = status;
    r.content_type = std::move(type);
    r.body = std::move(body);
    return r;
}

std::string XmlEscape(std::string_view s) {
    return Escape(s);
}

std::string Rfc822(d::Millis at) {
    std::time_t secs = static_cast<std::time_t>(at / 1000);
    std::tm tm{};
    gmtime_r(&secs, &tm);
    char buf[64];
    std::strftime(buf, sizeof buf, "%a, %d %b %Y %H:%M:%S GMT", &tm);
    return buf;
}
}  // namespace

Response Healthz(Ctx&) {
    return Text(200, "ok\n");
}

Response Readyz(Ctx& ctx) {
    bool ready = false;
    try {
        ready = !ctx.app.ready || ctx.app.ready();
    } catch (...) {
        ready = false;
    }
    return ready ? Text(200, "ready\n") : Text(503, "not ready\n");
}

Response Static(Ctx& ctx) {
    bool fingerprinted = false;
    const StaticAsset* a = FindStatic(ctx.params["rest"], fingerprinted);
    if (!a) return Text(404, "Not found.\n");
    Response r;
    r.content_type = a->content_type;
    r.headers.emplace_back("ETag", a->etag);
    r.headers.emplace_back("Cache-Control",
                           fingerprinted ? "public, max-age=31536000, immutable" : "public, max-age=300");
    r.headers.emplace_back("Vary", "Accept-Encoding");
    const std::string* inm = ctx.req.Header("if-none-match");
    if (inm && *inm == a->etag) {
        r.status = 304;
        return r;
    }
    const std::string* ae = ctx.req.Header("accept-encoding");
    if (!a->gzip.empty() && ae && ae->find("gzip") != std::string::npos) {
        r.body = a->gzip;
        r.headers.emplace_back("Content-Encoding", "gzip");
    } else {
        r.body = std::string(a->data);
    }
    return r;
}

Response PublicMedia(Ctx& ctx) {
    return ServePhoto(ctx, ctx.params["file"], std::nullopt);
}

Response Robots(Ctx& ctx) {
    return Text(200,
                "User-agent: *\nDisallow: /manage/\nDisallow: /admin/\nDisallow: /ru/manage/\n"
                "Disallow: /en/manage/\nDisallow: /ru/admin/\nDisallow: /en/admin/\n"
                "Sitemap: " +
                    ctx.app.base_url + "/sitemap.xml\n");
}

Response Sitemap(Ctx& ctx) {
    std::string x =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
        "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
    auto url = [&](const std::string& path, std::optional<d::Millis> lastmod) {
        for (Lang l : kAllLangs) {
            x += "<url><loc>" + XmlEscape(ctx.app.base_url + std::string(UrlPrefix(l)) + path) + "</loc>";
            if (lastmod) x += "<lastmod>" + Tr(l).IsoDate(*lastmod) + "</lastmod>";
            for (Lang alt : kAllLangs)
                x += "<xhtml:link rel=\"alternate\" hreflang=\"" + std::string(Code(alt)) + "\" href=\"" +
                     XmlEscape(ctx.app.base_url + std::string(UrlPrefix(alt)) + path) + "\"/>";
            x += "</url>\n";
        }
    };
    url("/", std::nullopt);
    url("/vacancies", std::nullopt);
    d::VacancyFilter f;
    f.per_page = 5000;
    url("/resumes", std::nullopt);
    url("/services", std::nullopt);
    const auto now = ctx.app.clock.Now();
    for (const auto& v : ctx.app.vacancy_listings.List(f, now).items)
        url("/vacancies/" + std::to_string(v.id) + "-" + v.slug, v.published_at);
    d::ResumeFilter rf;
    rf.per_page = 2000;
    for (const auto& r : ctx.app.resume_listings.List(rf, now).items)
        url("/resumes/" + std::to_string(r.id) + "-" + r.slug, r.published_at);
    d::ServiceAdFilter sf;
    sf.per_page = 2000;
    for (const auto& s : ctx.app.service_listings.List(sf, now).items)
        url("/services/" + std::to_string(s.id) + "-" + s.slug, s.published_at);
    x += "</urlset>\n";
    return Text(200, std::move(x), "application/xml; charset=utf-8");
}

Response Feed(Ctx& ctx) {
    Tr& tr = ctx.tr;
    std::string base = ctx.app.base_url + ctx.L("");
    std::string x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>";
    x += "<title>" + XmlEscape(std::string("ejob.az — ") + tr("Latest vacancies")) + "</title>";
    x += "<link>" + XmlEscape(base + "/vacancies") + "</link>";
    x += "<description>" + XmlEscape(tr("Job vacancies in Azerbaijan, checked by moderators.")) + "</description>";
    x += "<language>" + std::string(Code(ctx.lang)) + "</language>\n";
    d::VacancyFilter f;
    f.per_page = 50;
    for (const auto& v : ctx.app.vacancy_listings.List(f, ctx.app.clock.Now()).items) {
        std::string link = base + "/vacancies/" + std::to_string(v.id) + "-" + v.slug;
        x += "<item><title>" + XmlEscape(v.position + " — " + v.company) + "</title><link>" + XmlEscape(link) +
             "</link><guid>" + XmlEscape(link) + "</guid><pubDate>" + Rfc822(v.published_at) +
             "</pubDate><description>" + XmlEscape(v.excerpt) + "</description></item>\n";
    }
    x += "</channel></rss>\n";
    return Text(200, std::move(x), "application/rss+xml; charset=utf-8");
}

}  // namespace ejob::web::handlers
