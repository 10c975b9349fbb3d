#include "web/views/site_pages_views.hpp"

#include "domain/common/msgid.hpp"
#include "web/views/admin_views.hpp"

namespace ejob::web::views {
namespace d = ejob::domain;

namespace {

// The field labels of one language.
const char* InLanguage(std::string_view lang) {
    if (lang == "ru") return N_("In Russian");
    if (lang == "en") return N_("In English");
    return N_("In Azerbaijani");
}

std::string VersionText(const Tr& tr, const d::VersionStamp& v) {
    std::string arg = std::to_string(v.version);
    arg += '|';
    arg += tr.Date(v.published_at);
    return tr.Fmt("Version {}, {}", arg);
}

}  // namespace

std::string RulesPage(const Frame& f, const RulesPageModel& m) {
    Tr tr(f.lang);
    Html h;
    h.Element("h1", tr("Form submission rules"));
    h.Element("p", tr("Every publication is checked by a moderator before it appears on the site. These rules apply:"));
    // The same numbered lists as on each form; a rejection cites a rule by its number in the kind's list.
    for (const auto& s : m.sections) {
        h.Open("section", {{"aria-labelledby", "rules-" + s.kind}});
        h.Element("h2", {{"id", "rules-" + s.kind}}, tr(s.heading));
        RulesList(h, s.rules);
        DocumentDatesBlock(h, f, tr, s.dates);
        h.Close("section");
    }
    return Layout(f,
                  {tr("Form submission rules"),
                   tr("Rules for posting vacancies, resumes and services ads on ejob.az: a moderator checks every "
                      "publication against them before it goes live."),
                   false},
                  h.Take());
}

std::string PrivacyPage(const Frame& f, const PrivacyModel& m) {
    Tr tr(f.lang);
    Html h;
    h.Element("h1", tr("Privacy policy"));
    DocumentDatesBlock(h, f, tr, m.dates);
    h.Open("div", {{"class", "prose"}});
    ProseBody(h, m.blocks);
    h.Close("div");
    return Layout(f,
                  {tr("Privacy policy"),
                   tr("How ejob.az handles personal data: what is stored, who sees contacts, and when publications "
                      "are deleted."),
                   false},
                  h.Take());
}

std::string DocumentVersionPage(const Frame& f, const DocumentVersionModel& m) {
    Tr tr(f.lang);
    Html h;
    h.Element("h1", tr(m.title));
    h.Open("p", {{"class", "notice"}});
    h.Text(VersionText(tr, m.stamp)).Text(". ");
    h.Text(m.current ? tr("This is the current version.") : tr("This is an earlier version.")).Text(" ");
    h.Element("a", {{"href", L(f, m.current_url)}}, tr("The current version"));
    h.Close("p");
    if (!m.rules.empty()) RulesList(h, m.rules);
    if (!m.blocks.empty()) {
        h.Open("div", {{"class", "prose"}});
        ProseBody(h, m.blocks);
        h.Close("div");
    }
    std::string title = tr(m.title);
    title += " — ";
    title += VersionText(tr, m.stamp);
    return Layout(f, {title, "", true}, h.Take());
}

std::string DocumentsAdminPage(const Frame& f, const DocumentsListModel& m) {
    Tr tr(f.lang);
    Html h;
    h.Element("h1", tr("Rules and pages"));
    if (!m.notice.empty()) h.Element("p", {{"class", "notice success"}, {"role", "status"}}, tr(m.notice.c_str()));
    h.Element("p", tr("Each save is a new version of every language it changes; visitors see the date of the current "
                      "version and can open the earlier ones."));
    h.Open("table", {{"class", "table"}}).Element("caption", tr("Documents"));
    h.Open("thead").Open("tr");
    h.Element("th", {{"scope", "col"}}, tr("Document"));
    for (const char* lang : d::kDocumentLangs) h.Element("th", {{"scope", "col"}}, tr(InLanguage(lang)));
    h.Close("tr").Close("thead").Open("tbody");
    for (const auto& row : m.rows) {
        h.Open("tr").Open("th", {{"scope", "row"}});
        h.Element("a", {{"href", L(f, std::string("/admin/pages/") + row.doc->name)}}, tr(row.doc->title));
        h.Close("th");
        for (const auto& v : row.current) h.Element("td", VersionText(tr, v));
        h.Close("tr");
    }
    h.Close("tbody").Close("table");
    return Layout(f, {tr("Rules and pages"), "", true}, h.Take());
}

std::string DocumentEditorPage(const Frame& f, const DocumentEditorModel& m) {
    Tr tr(f.lang);
    Html h;
    h.Element("h1", tr(m.doc->title));
    h.Open("p").Element("a", {{"href", L(f, "/admin/pages")}}, tr("All documents")).Close("p");
    if (!m.message.empty()) h.Element("p", {{"class", "notice error"}, {"role", "alert"}}, tr(m.message.c_str()));
    h.Open("ul", {{"class", "plain"}});
    for (size_t i = 0; i < m.current.size() && i < std::size(d::kDocumentLangs); ++i) {
        std::string line = tr(InLanguage(d::kDocumentLangs[i]));
        line += ": ";
        line += VersionText(tr, m.current[i]);
        h.Element("li", line);
    }
    h.Close("ul");

    h.Open("form", {{"method", "post"},
                    {"action", L(f, std::string("/admin/pages/") + m.doc->name)},
                    {"class", "stack document-editor"},
                    Flag("novalidate")});
    CsrfField(h, m.csrf);
    h.Void("input", {{"type", "hidden"}, {"name", "revision"}, {"value", std::to_string(m.revision)}});
    ErrorSummary(h, tr, m.errors);
    if (m.doc->format == d::DocumentFormat::Prose) {
        h.Element("p", {{"class", "hint"}},
                  tr("Paragraphs are separated by an empty line. A line that starts with “## ” is a heading, lines "
                     "that start with “- ” are list items. No HTML: what you type is shown as text."));
        for (const char* lang : d::kDocumentLangs) {
            auto it = m.texts.find(lang);
            TextArea(h, tr, m.errors, {std::string("text_") + lang, InLanguage(lang), nullptr, true},
                     it == m.texts.end() ? "" : it->second, static_cast<int>(d::kMaxProseLength), 16);
        }
    } else {
        h.Element("p", {{"class", "hint"}},
                  tr("One rule in each box, in every language. The numbers follow the order; change “Place” to move "
                     "a rule. Fill in the last, empty rule to add one. Moderators and automatic checks cite a rule, "
                     "so edit a rule's text only to say the same rule better; a new rule gets a place of its own."));
        const auto* list_error = ErrorFor(m.errors, "rules");
        if (list_error)
            h.Element("p", {{"class", "field-error"}, {"id", "f-rules"}, {"role", "alert"}},
                      tr.Fmt(list_error->message.c_str(), list_error->arg));
        h.Void("input", {{"type", "hidden"}, {"name", "rows"}, {"value", std::to_string(m.rules.size())}});
        for (size_t i = 0; i < m.rules.size(); ++i) {
            const auto& r = m.rules[i];
            const std::string prefix = "rule" + std::to_string(i);
            h.Open("fieldset", {{"class", "rule-edit"}});
            h.Element("legend",
                      r.key.empty() ? std::string(tr("A new rule")) : tr.Fmt("Rule {}", std::to_string(i + 1)));
            h.Void("input", {{"type", "hidden"}, {"name", prefix + "_key"}, {"value", r.key}});
            Input(h, tr, m.errors, {prefix + "_order", N_("Place"), nullptr, false}, r.order, "number");
            for (const char* lang : d::kDocumentLangs) {
                auto it = r.texts.find(lang);
                TextArea(h, tr, m.errors, {d::RuleField(i, lang), InLanguage(lang), nullptr, !r.key.empty()},
                         it == r.texts.end() ? "" : it->second, static_cast<int>(d::kMaxRuleLength), 3);
            }
            if (!r.key.empty()) Checkbox(h, tr, prefix + "_remove", N_("Remove this rule"), r.remove);
            h.Close("fieldset");
        }
    }
    Input(h, tr, m.errors, {"note", N_("What changed (a short note, optional)"), nullptr, false}, m.note);
    h.Element("button", {{"type", "submit"}, {"class", "button button-primary"}}, tr("Publish the new version"));
    h.Close("form");
    return Layout(f, {tr(m.doc->title), "", true}, h.Take());
}

}  // namespace ejob::web::views
