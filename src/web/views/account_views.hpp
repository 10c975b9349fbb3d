#pragma once
// Account pages: register, sign in, confirm, password reset, "My publications", requests, and the admin's list
// of account requests.
#include <map>
#include <string>
#include <vector>

#include "domain/accounts/account.hpp"
#include "domain/retention/retention.hpp"
#include "web/views/form_fields.hpp"
#include "web/views/views.hpp"

namespace ejob::web::views {

struct CredentialsModel {
    std::string email;
    std::string csrf;
    Errors errors;
    std::string message;      // msgid shown above the form (refusals, rate limits)
    std::string message_arg;  // substituted for "{}" in it
    std::string action;       // for the new-password form (carries the token)
};
std::string RegisterPage(const Frame& f, const CredentialsModel& m);
std::string LoginPage(const Frame& f, const CredentialsModel& m);
std::string ResetRequestPage(const Frame& f, const CredentialsModel& m);
std::string NewPasswordPage(const Frame& f, const CredentialsModel& m);
// A short page with a heading and one paragraph, and an optional link.
std::string MessagePage(const Frame& f, const char* title, const char* text, const std::string& link = "",
                        const char* link_label = nullptr, int noindex = 1);

struct MyAccountModel {
    domain::Session user;
    std::vector<domain::OwnedItem> items;
    std::map<std::int64_t, std::int64_t> reveals;  // contacts shown in the last 30 days, by publication id
    domain::RetentionPolicy retention;             // the site's periods: when each item will be deleted
    std::vector<domain::OwnedItem> earlier;        // posted without an account under this email, offered to attach
    Errors attach_errors;
    std::string attach_message;  // msgid: the attach was refused
    std::vector<domain::AccountRequest> requests;
    std::string csrf;
    std::string notice;  // msgid
    Errors errors;       // of the request forms
    std::string new_email;
};
std::string MyAccountPage(const Frame& f, const MyAccountModel& m);

struct AdminRequestsModel {
    std::vector<domain::AccountRequest> requests;
    std::string csrf;
    std::string notice;  // msgid
};
std::string AdminRequestsPage(const Frame& f, const AdminRequestsModel& m);

}  // namespace ejob::web::views
