#pragma once
// The contacts of a publication on its detail page: never in the HTML until a visitor asks for them.
#include <optional>
#include <string>
#include <vector>

#include "web/views/layout.hpp"

namespace ejob::web::views {

struct ContactLine {
    std::string label;  // translated
    std::string value;
    std::string href;  // tel:, mailto:, https:, or empty
};

struct ContactsModel {
    std::string action;                             // where the reveal form posts
    std::optional<std::vector<ContactLine>> shown;  // revealed (the no-JavaScript path)
    std::string error;                              // msgid
    std::string error_arg;                          // for its "{}"
    std::string challenge;                          // without JavaScript: the challenge to send back after the wait
    int wait_seconds = 0;
    bool needs_sign_in = false;  // the owner shows contacts to signed-in users only
    bool hidden = false;         // the owner hides contacts from everyone
};

// The "Contacts" section: the revealed lines, or the button that reveals them, or why they are not shown.
void ContactsSection(Html& h, const Frame& f, const ContactsModel& m);

}  // namespace ejob::web::views
