#pragma once
// The numbered form-submission rules of a kind, as on its form and on /rules; and the dates every edited document
// shows (last updated, earlier versions).
#include <string>
#include <vector>

#include "domain/pages/site_documents.hpp"
#include "web/html.hpp"
#include "web/i18n.hpp"
#include "web/views/layout.hpp"

namespace ejob::web::views {

// The rules as an <ol>; a rejection cites a rule by its number here.
void RulesList(Html& h, const std::vector<domain::NumberedRule>& rules);

// "Last updated: <date>".
void LastUpdated(Html& h, const Tr& tr, domain::Millis at);

// A document's dates: when the current version was published and, folded, the earlier versions, each linked to
// `version_url` + its number.
struct DocumentDates {
    domain::VersionStamp current;
    std::vector<domain::VersionStamp> earlier;  // newest first
    std::string version_url;                    // "/privacy/versions/" (without the language prefix)
};
void DocumentDatesBlock(Html& h, const Frame& f, const Tr& tr, const DocumentDates& d);

// A prose document's blocks: headings as <h2>, paragraphs, list items gathered into lists. Text only.
void ProseBody(Html& h, const std::vector<domain::ProseBlock>& blocks);

}  // namespace ejob::web::views
