#pragma once
// The view models every kind of publication shares: its form (EditorModel) and its detail page (DetailOf).
#include <string>
#include <vector>

#include "domain/publications/publication.hpp"
#include "domain/publications/rejection_reasons.hpp"
#include "web/views/components/contacts.hpp"
#include "web/views/form_fields.hpp"

namespace ejob::web::views {

// What a publication form shows besides the draft (new, owner edit, moderator correction).
struct EditorSettings {
    std::vector<domain::FieldError> errors;
    std::string refusal;      // msgid: why the whole form was refused (e.g. too many lately), shown on top
    std::string refusal_arg;  // substituted for "{}" in it
    std::string csrf;
    std::string action;        // form action URL (already language-prefixed)
    std::string title;         // page heading msgid
    std::string submit_label;  // msgid
    bool show_owner_email = true;
    std::string account_email;  // signed in: this address is used, and the form says so instead of asking
    bool show_rules = true;
    std::vector<domain::NumberedRule> rules;  // the kind's current rules in the page's language
    domain::Millis rules_updated = 0;         // when they were last changed
    bool moderator = false;                   // the moderator's review page (no photo upload there)
    std::string photo_url_prefix;             // where the current photos' thumbnails are served for this viewer
    std::vector<HeldPhotoView> held_photos;   // chosen on an earlier attempt of this form, not stored yet
    // Filled from the CV Maker's draft: the person must say, with a box of its own, that it is to be published.
    bool from_cv_maker = false;
    bool publish_consent = false;
};

template <typename Draft>
struct EditorModel : EditorSettings {
    Draft draft;
};

// A publication's detail page: one published version and what this viewer may see of its contacts.
template <typename Content>
struct DetailOf {
    domain::Publication publication;
    Content content;
    ContactsModel contacts;                // contacts.hidden when the owner hides them (an anonymous resume)
    std::string media_prefix = "/media/";  // where this viewer gets the photos ("/admin/media/" for a moderator)
};

}  // namespace ejob::web::views
