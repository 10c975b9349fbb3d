#pragma once
// Repeatable rows of a form (a resume's jobs, the CV Maker's links…): the rows given plus one empty row to fill in,
// each in its own fieldset; "Add …" and "Remove" are submit buttons the server answers by showing the form again with
// a row more or less (app.js does the same in place when JavaScript runs). Field names are "<group>.<n>.<field>".
#include <string>
#include <vector>

#include "web/html.hpp"
#include "web/i18n.hpp"
#include "web/views/form_fields.hpp"

namespace ejob::web::views {

struct RowGroupSpec {
    std::string group;       // "jobs"
    const char* title;       // msgid of the group's legend
    const char* row_legend;  // msgid with "{}" for the row's number: "Job {}"
    const char* add_label;   // msgid: "Add a job"
    const char* hint;        // msgid or nullptr
    bool buttons = true;     // false: no "Add"/"Remove" buttons (a form that posts elsewhere, e.g. the moderator's)
    size_t max_rows = 20;    // the handler reads rows 0 … max_rows-1
};

template <typename Row, typename IsBlank, typename Body>
void RowGroups(Html& h, const Tr& tr, const Errors& errors, const RowGroupSpec& s, std::vector<Row> rows, IsBlank blank,
               Body body) {
    if ((rows.empty() || !blank(rows.back())) && rows.size() < s.max_rows) rows.emplace_back();
    const auto* err = ErrorFor(errors, s.group);
    h.Open("fieldset", {{"class", "row-groups"}, {"id", "f-" + s.group}});
    h.Element("legend", tr(s.title));
    if (s.hint) h.Element("p", {{"class", "hint"}}, tr(s.hint));
    if (err)
        h.Element("p", {{"class", "field-error"}, {"id", "f-" + s.group + "-error"}},
                  tr.Fmt(err->message.c_str(), err->arg));
    h.Open("div", {{"class", "rows"},
                   {"data-rows", s.group, s.buttons},
                   {"data-legend", tr(s.row_legend), s.buttons},
                   {"data-remove-label", tr("Remove"), s.buttons},
                   {"data-max", std::to_string(s.max_rows), s.buttons}});
    for (size_t i = 0; i < rows.size(); ++i) {
        std::string legend = tr.Fmt(s.row_legend, std::to_string(i + 1));
        std::string prefix = s.group + "." + std::to_string(i) + ".";
        h.Open("fieldset", {{"class", "row-group"}, {"data-row", s.group}});
        h.Element("legend", legend);
        body(prefix, rows[i]);
        if (s.buttons && !blank(rows[i])) {
            h.Open("button", {{"type", "submit"},
                              {"name", "remove_row"},
                              {"value", s.group + "." + std::to_string(i)},
                              {"class", "link-button remove-row"},
                              Flag("formnovalidate")});
            h.Text(tr("Remove")).Element("span", {{"class", "visually-hidden row-name"}}, " " + legend);
            h.Close("button");
        }
        h.Close("fieldset");
    }
    h.Close("div");
    if (s.buttons)
        h.Element("button",
                  {{"type", "submit"},
                   {"name", "add_row"},
                   {"value", s.group},
                   {"class", "button button-small add-row"},
                   Flag("formnovalidate")},
                  tr(s.add_label));
    h.Close("fieldset");
}

}  // namespace ejob::web::views
