#pragma once
// The staff page (administrators only): who moderates and who administers, a form to add a staff account, and a
// role for any existing account.
#include <string>
#include <vector>

#include "domain/accounts/account.hpp"
#include "web/views/form_fields.hpp"
#include "web/views/layout.hpp"

namespace ejob::web::views {

struct StaffModel {
    std::vector<domain::Account> staff;
    std::int64_t me = 0;  // the administrator looking: their own role is not changed here
    std::string csrf;
    std::string notice;  // msgid
    // The form that came back with errors, as typed: "add" (a new account: fields email, password, role) or "role"
    // (an existing account: account_email, new_role; the same names in each row of the table).
    std::string form;
    std::string email, role;
    Errors errors;
};
std::string StaffPage(const Frame& f, const StaffModel& m);

// The staff member's own sign-in security: the second factor (set up with a QR code, required for administrators)
// and, right after setting it up, the recovery codes (shown once).
struct SecurityModel {
    bool enabled = false;
    bool required = false;  // an administrator without it: nothing else opens until it is set up
    std::string secret, signature, uri, qr_svg;
    std::vector<std::string> recovery_codes;
    bool renewed = false;  // the codes are a new set (the second factor was on before)
    std::string csrf;
    Errors errors;
    std::string message;  // msgid
};
std::string SecurityPage(const Frame& f, const SecurityModel& m);

}  // namespace ejob::web::views
