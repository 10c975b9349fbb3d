#pragma once
// The administrators' users console: the accounts found by email, and one account with its publications, its
// requests and what an administrator may do with it (block or unblock, change the email, delete).
#include <cstdint>
#include <string>

#include "domain/accounts/account_administration.hpp"
#include "web/views/form_fields.hpp"
#include "web/views/layout.hpp"

namespace ejob::web::views {

struct UsersModel {
    std::string q;  // the search box, as typed
    domain::AccountSearchPage found;
    std::string page_link_base;  // the list's path and query without page=
    std::string notice;          // msgid
};
std::string UsersPage(const Frame& f, const UsersModel& m);

struct UserModel {
    domain::AccountOverview overview;
    std::int64_t me = 0;  // the administrator looking: nobody blocks or deletes their own account
    std::string csrf;
    std::string notice;  // msgid
    // A form that came back with errors: the email form ("email", as typed) or the deletion ("confirm").
    std::string new_email;
    Errors email_errors;
    Errors delete_errors;
};
std::string UserPage(const Frame& f, const UserModel& m);

}  // namespace ejob::web::views
