#pragma once
// Thin handlers: parse the request, call one service, render. Grouped by feature.
#include "web/app.hpp"
#include "web/http/http.hpp"

namespace ejob::web::handlers {
using http::Response;

// public_pages.cpp
Response Home(Ctx& ctx);
Response VacancyList(Ctx& ctx);
Response VacancyDetail(Ctx& ctx);
Response RevealContacts(Ctx& ctx);
Response Search(Ctx& ctx);
Response Rules(Ctx& ctx);
Response Privacy(Ctx& ctx);

// submissions.cpp
Response NewVacancyForm(Ctx& ctx);
Response CreateVacancy(Ctx& ctx);
Response Manage(Ctx& ctx);
Response ManageEditForm(Ctx& ctx);
Response ManageEdit(Ctx& ctx);
Response ManageDelete(Ctx& ctx);

// admin.cpp
Response AdminHome(Ctx& ctx);
Response AdminLoginForm(Ctx& ctx);
Response AdminLogin(Ctx& ctx);
Response AdminLogout(Ctx& ctx);
Response ModerationQueue(Ctx& ctx);
Response ModerationReview(Ctx& ctx);
Response ModerationApprove(Ctx& ctx);
Response ModerationReject(Ctx& ctx);
Response AdminDeletePublication(Ctx& ctx);

// system.cpp
Response Healthz(Ctx& ctx);
Response Readyz(Ctx& ctx);
Response Static(Ctx& ctx);
Response Robots(Ctx& ctx);
Response Sitemap(Ctx& ctx);
Response Feed(Ctx& ctx);

}  // namespace ejob::web::handlers
