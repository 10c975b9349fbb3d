#pragma once
// The page of a publication form, the same for every kind around the kind's own fields: the heading, the error
// summary, the kind's rules, the form with its CSRF field and honeypot; after the fields, the owner's email (for a
// new publication) and the submit button.
#include <functional>
#include <string>
#include <string_view>

#include "web/views/layout.hpp"
#include "web/views/publication_models.hpp"

namespace ejob::web::views {

// What the parts around the fields say for one kind.
struct PublicationFormTexts {
    std::string_view kind;         // "vacancy", "resume", "service" (its rules are in the editor model)
    const char* manage_legend;     // msgid, "Managing your vacancy"
    const char* owner_email_hint;  // msgid, what the owner's email is for
    const char* required_note;     // msgid, "Fields marked * are required. …"
    // A hidden copy of the submit button first in the form, so that Enter in a text field sends the form rather
    // than pressing a submit button among the fields ("Add a row").
    bool enter_submits = true;
};

// The whole page. `summary_errors` head the form (usually m.errors); `fields` writes the kind's fields.
std::string PublicationFormPage(const Frame& f, const EditorSettings& m, const std::string& owner_email,
                                const PublicationFormTexts& texts, const Errors& summary_errors,
                                const std::function<void(Html&, const Tr&)>& fields);

}  // namespace ejob::web::views
