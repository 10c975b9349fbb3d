#pragma once
// Who may see the contacts (and, for resumes, the name and photo) of a publication. Chosen by the owner on the form.
#include <optional>
#include <string>
#include <string_view>

namespace ejob::domain {

enum class ContactVisibility {
    Everyone,   // (a) revealed to anyone who asks
    SignedIn,   // (b) revealed only to signed-in users
    Anonymous,  // (c) resumes only: name as initials, photo and contacts hidden from everyone
};

std::string_view ToString(ContactVisibility v);
std::optional<ContactVisibility> ParseContactVisibility(std::string_view s);

// What a viewer may see of a publication with this setting.
struct Disclosure {
    bool contacts = false;   // may reveal phone/email (still through the reveal token)
    bool full_name = false;  // otherwise initials
    bool photo = false;
};
Disclosure DisclosureFor(ContactVisibility v, bool viewer_signed_in);

// "Aysel Məmmədova" → "A. M."
std::string Initials(std::string_view first_name, std::string_view last_name);

}  // namespace ejob::domain
