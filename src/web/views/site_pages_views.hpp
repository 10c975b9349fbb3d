#pragma once
// The documents administrators edit, as visitors see them — /rules, /privacy and their earlier versions — and the
// administrators' console for them (/admin/pages).
#include <map>
#include <string>
#include <vector>

#include "domain/pages/site_documents.hpp"
#include "web/views/components/rules_list.hpp"
#include "web/views/form_fields.hpp"
#include "web/views/layout.hpp"

namespace ejob::web::views {

// ---- public

struct RulesSection {
    std::string kind;     // "vacancy": the section's id is "rules-vacancy"
    const char* heading;  // msgid
    std::vector<domain::NumberedRule> rules;
    DocumentDates dates;
};
struct RulesPageModel {
    std::vector<RulesSection> sections;
};
std::string RulesPage(const Frame& f, const RulesPageModel& m);

struct PrivacyModel {
    std::vector<domain::ProseBlock> blocks;
    DocumentDates dates;
};
std::string PrivacyPage(const Frame& f, const PrivacyModel& m);

// One version of a document, current or earlier (not indexed: the current page is the one to find).
struct DocumentVersionModel {
    const char* title;  // msgid
    domain::VersionStamp stamp;
    bool current = false;
    std::vector<domain::NumberedRule> rules;  // a rules document
    std::vector<domain::ProseBlock> blocks;   // a prose document
    std::string current_url;                  // without the language prefix
};
std::string DocumentVersionPage(const Frame& f, const DocumentVersionModel& m);

// ---- administration

struct DocumentsListModel {
    struct Row {
        const domain::SiteDocument* doc;
        std::vector<domain::VersionStamp> current;  // az, ru, en
    };
    std::vector<Row> rows;
    std::string notice;  // msgid
};
std::string DocumentsAdminPage(const Frame& f, const DocumentsListModel& m);

struct DocumentEditorModel {
    const domain::SiteDocument* doc = nullptr;
    std::int64_t revision = 0;                  // the form is made from it
    std::vector<domain::VersionStamp> current;  // az, ru, en
    std::map<std::string, std::string> texts;   // prose, by language
    std::vector<domain::RuleEdit> rules;        // rules: one row each, and an empty one for a new rule
    std::string note;
    std::string csrf;
    Errors errors;
    std::string message;  // msgid: a save refused as a whole (someone saved meanwhile)
};
std::string DocumentEditorPage(const Frame& f, const DocumentEditorModel& m);

}  // namespace ejob::web::views
