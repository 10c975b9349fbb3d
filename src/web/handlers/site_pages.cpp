// The documents administrators edit: /rules and /privacy with their dates and earlier versions, and the console at
// /admin/pages where administrators publish new versions (domain/pages/site_documents.hpp).
#include <charconv>

#include "domain/common/msgid.hpp"
#include "web/errors.hpp"
#include "web/handlers/forms.hpp"
#include "web/handlers/handlers.hpp"
#include "web/responses.hpp"
#include "web/views/site_pages_views.hpp"

namespace ejob::web::handlers {
namespace d = ejob::domain;

namespace {

constexpr std::pair<const char*, const char*> kRuleKinds[] = {
    {"vacancy", N_("Vacancies")}, {"resume", N_("Resumes")}, {"service", N_("Self-employment")}};

std::string LangCode(const Ctx& ctx) {
    return std::string(Code(ctx.lang));
}

// "/privacy/versions/" or "/rules/vacancy/versions/": where the versions of `doc` are.
std::string VersionsUrl(const d::SiteDocument& doc) {
    if (doc.format == d::DocumentFormat::Prose) return "/privacy/versions/";
    return std::string("/rules/") + doc.rules_kind + "/versions/";
}

views::DocumentDates DatesOf(const d::SiteDocument& doc, const d::CurrentDocument& c) {
    return {{c.current.version, c.current.published_at}, c.earlier, VersionsUrl(doc)};
}

// A version number as the URL gives it: digits only.
std::optional<int> VersionParam(const std::string& s) {
    int n = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
    if (ec != std::errc() || end != s.data() + s.size() || n < 1) return std::nullopt;
    return n;
}

Response VersionPage(Ctx& ctx, const d::SiteDocument& doc, const std::string& current_url) {
    auto number = VersionParam(ctx.params["version"]);
    if (!number) return NotFound(ctx);
    auto version = ctx.app.documents.Version(doc, LangCode(ctx), *number);
    if (!version) return NotFound(ctx);
    views::DocumentVersionModel m;
    m.title = doc.format == d::DocumentFormat::Prose ? N_("Privacy policy") : doc.title;
    m.stamp = {version->version, version->published_at};
    m.current = ctx.app.documents.Current(doc, LangCode(ctx)).current.version == version->version;
    if (doc.format == d::DocumentFormat::Prose)
        m.blocks = d::ParseProse(version->body);
    else
        m.rules = d::SiteDocumentService::Numbered(doc.rules_kind, version->body);
    m.current_url = current_url;
    return HtmlResponse(views::DocumentVersionPage(MakeFrame(ctx), m));
}

const d::SiteDocument& Privacy() {
    return *d::FindSiteDocument("privacy");
}

// The editor filled with what is published now.
views::DocumentEditorModel EditorOf(Ctx& ctx, const d::SiteDocument& doc) {
    views::DocumentEditorModel m;
    m.doc = &doc;
    m.revision = ctx.app.documents.Revision(doc);
    m.csrf = ctx.CsrfToken();
    std::vector<std::vector<d::RuleText>> rules;
    for (const char* lang : d::kDocumentLangs) {
        auto c = ctx.app.documents.Current(doc, lang);
        m.current.push_back({c.current.version, c.current.published_at});
        if (doc.format == d::DocumentFormat::Prose)
            m.texts[lang] = c.current.body;
        else
            rules.push_back(d::ParseRuleLines(c.current.body));
    }
    if (doc.format == d::DocumentFormat::Rules) {
        // Rows by the Azerbaijani list's order; every language has the same keys in the same order.
        for (size_t i = 0; i < rules[0].size(); ++i) {
            d::RuleEdit row;
            row.key = rules[0][i].key;
            row.order = std::to_string(i + 1);
            for (size_t l = 0; l < std::size(d::kDocumentLangs); ++l)
                for (const auto& r : rules[l])
                    if (r.key == row.key) row.texts[d::kDocumentLangs[l]] = r.text;
            m.rules.push_back(std::move(row));
        }
        d::RuleEdit blank;
        blank.order = std::to_string(m.rules.size() + 1);
        m.rules.push_back(std::move(blank));
    }
    return m;
}

// The edit as posted.
d::DocumentEdit ParseEdit(const Ctx& ctx, const d::SiteDocument& doc) {
    const auto& r = ctx.req;
    d::DocumentEdit e;
    e.base_revision = LeadingId(r.FormOr("revision")).value_or(0);
    e.note = r.FormOr("note");
    if (doc.format == d::DocumentFormat::Prose) {
        for (const char* lang : d::kDocumentLangs) e.texts[lang] = r.FormOr(std::string("text_") + lang);
        return e;
    }
    // A few rows more than the rules allow, so that too many is an error rather than rows silently dropped.
    const auto rows = std::min<std::int64_t>(LeadingId(r.FormOr("rows")).value_or(0), d::kMaxRules + 5);
    for (std::int64_t i = 0; i < rows; ++i) {
        const std::string prefix = "rule" + std::to_string(i);
        d::RuleEdit row;
        row.key = r.FormOr(prefix + "_key");
        row.order = r.FormOr(prefix + "_order");
        row.remove = !r.FormOr(prefix + "_remove").empty();
        for (const char* lang : d::kDocumentLangs) row.texts[lang] = r.FormOr(d::RuleField(i, lang));
        e.rules.push_back(std::move(row));
    }
    return e;
}

}  // namespace

std::vector<d::NumberedRule> CurrentRules(Ctx& ctx, std::string_view kind) {
    return ctx.app.documents.Rules(kind, LangCode(ctx));
}

Response Rules(Ctx& ctx) {
    views::RulesPageModel m;
    for (const auto& [kind, heading] : kRuleKinds) {
        const auto& doc = *d::RulesDocument(kind);
        auto current = ctx.app.documents.Current(doc, LangCode(ctx));
        m.sections.push_back(
            {kind, heading, d::SiteDocumentService::Numbered(kind, current.current.body), DatesOf(doc, current)});
    }
    return HtmlResponse(views::RulesPage(MakeFrame(ctx), m));
}

Response RulesVersion(Ctx& ctx) {
    const auto* doc = d::RulesDocument(ctx.params["kind"]);
    if (!doc) return NotFound(ctx);
    return VersionPage(ctx, *doc, std::string("/rules#rules-") + doc->rules_kind);
}

Response Privacy(Ctx& ctx) {
    auto current = ctx.app.documents.Current(Privacy(), LangCode(ctx));
    views::PrivacyModel m{d::ParseProse(current.current.body), DatesOf(Privacy(), current)};
    return HtmlResponse(views::PrivacyPage(MakeFrame(ctx), m));
}

Response PrivacyVersion(Ctx& ctx) {
    return VersionPage(ctx, Privacy(), "/privacy");
}

Response DocumentsAdmin(Ctx& ctx) {
    views::DocumentsListModel m;
    for (const auto& doc : d::AllSiteDocuments()) {
        views::DocumentsListModel::Row row{&doc, {}};
        for (const char* lang : d::kDocumentLangs) {
            auto c = ctx.app.documents.Current(doc, lang);
            row.current.push_back({c.current.version, c.current.published_at});
        }
        m.rows.push_back(std::move(row));
    }
    const std::string done = ctx.req.QueryOr("done");
    if (done == "saved") m.notice = N_("The new version is published.");
    if (done == "unchanged") m.notice = N_("Nothing was changed, so no new version was published.");
    return HtmlResponse(views::DocumentsAdminPage(MakeFrame(ctx), m));
}

Response DocumentEditor(Ctx& ctx) {
    const auto* doc = d::FindSiteDocument(ctx.params["document"]);
    if (!doc) return NotFound(ctx);
    return HtmlResponse(views::DocumentEditorPage(MakeFrame(ctx), EditorOf(ctx, *doc)));
}

Response SaveDocument(Ctx& ctx) {
    const auto* doc = d::FindSiteDocument(ctx.params["document"]);
    if (!doc) return NotFound(ctx);
    const auto edit = ParseEdit(ctx, *doc);
    auto saved = ctx.app.documents.Save(ctx.user->account_id, *doc, edit);
    if (saved)
        return Response::Redirect(303, ctx.L(*saved > 0 ? "/admin/pages?done=saved" : "/admin/pages?done=unchanged"));
    // The form again with what was typed: next to each field its error, or (someone saved meanwhile) the message
    // above it and the form made from the new revision, so that saving again is a decision on the current text.
    // (The rules' rows come back only with errors: after someone else's save they may name rules that are gone.)
    auto m = EditorOf(ctx, *doc);
    if (doc->format == d::DocumentFormat::Prose) m.texts = edit.texts;
    m.note = edit.note;
    if (saved.error().code == d::ErrorCode::Invalid) {
        if (doc->format == d::DocumentFormat::Rules) m.rules = edit.rules;
        m.revision = edit.base_revision;
        m.errors = saved.error().fields;
    } else {
        m.message = saved.error().message;
    }
    return HtmlResponse(views::DocumentEditorPage(MakeFrame(ctx), m), StatusOf(saved.error().code));
}

}  // namespace ejob::web::handlers
