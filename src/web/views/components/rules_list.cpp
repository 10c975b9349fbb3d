#include "web/views/components/rules_list.hpp"

#include "domain/publications/rejection_reasons.hpp"

namespace ejob::web::views {

void RulesList(Html& h, const Tr& tr, std::string_view kind) {
    h.Open("ol", {{"class", "rules-list"}});
    for (const auto& rule : domain::SubmissionRules(kind)) h.Element("li", tr(rule.text));
    h.Close("ol");
}

}  // namespace ejob::web::views
