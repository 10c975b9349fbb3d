#include "web/handlers/handlers.hpp"
#include "web/router.hpp"
#include "web/static_files.hpp"
#include "web/uploads.hpp"
#include "web/views/feed_views.hpp"
#include "web/views/views.hpp"

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
    const std::string trap = views::kTrapPath;
    return Text(200,
                "User-agent: *\nDisallow: /manage/\nDisallow: /admin/\nDisallow: /ru/manage/\n"
                "Disallow: /en/manage/\nDisallow: /ru/admin/\nDisallow: /en/admin/\nDisallow: /cv-maker/\n"
                "Disallow: /ru/cv-maker/\nDisallow: /en/cv-maker/\n"
                "Disallow: " +
                    trap + "\nDisallow: /ru" + trap + "\nDisallow: /en" + trap + "\nSitemap: " + ctx.app.base_url +
                    "/sitemap.xml\n");
}

// The honeypot's page: only robots that ignore robots.txt come here. The address is marked on every node.
Response Trap(Ctx& ctx) {
    ctx.app.crawlers.Mark(ctx.req.remote_ip);
    auto r = HtmlResponse(views::TrapPage(MakeFrame(ctx)));
    r.headers.emplace_back("X-Robots-Tag", "noindex, nofollow");
    return r;
}

Response Sitemap(Ctx& ctx) {
    views::SitemapModel m;
    m.base_url = ctx.app.base_url;
    const auto now = ctx.app.clock.Now();
    d::VacancyFilter vf;
    vf.per_page = 5000;
    m.vacancies = ctx.app.vacancy_listings.List(vf, now).items;
    d::ResumeFilter rf;
    rf.per_page = 2000;
    m.resumes = ctx.app.resume_listings.List(rf, now).items;
    d::ServiceAdFilter sf;
    sf.per_page = 2000;
    m.services = ctx.app.service_listings.List(sf, now).items;
    return Text(200, views::Sitemap(m), "application/xml; charset=utf-8");
}

Response Feed(Ctx& ctx) {
    views::FeedModel m;
    m.lang = ctx.lang;
    m.base_url = ctx.app.base_url;
    d::VacancyFilter f;
    f.per_page = 50;
    m.vacancies = ctx.app.vacancy_listings.List(f, ctx.app.clock.Now()).items;
    return Text(200, views::VacancyFeed(m), "application/rss+xml; charset=utf-8");
}

}  // namespace ejob::web::handlers
