#pragma once
// Thin handlers: parse the request, call one service, render. Grouped by feature.
#include "web/app.hpp"
#include "web/http/http.hpp"

namespace ejob::web::handlers {
using http::Response;

// public_pages.cpp
Response Home(Ctx& ctx);
Response VacancyList(Ctx& ctx);
Response Search(Ctx& ctx);
Response Post(Ctx& ctx);

// site_pages.cpp: the documents administrators edit, for visitors and in the console
Response Rules(Ctx& ctx);
Response RulesVersion(Ctx& ctx);
Response Privacy(Ctx& ctx);
Response PrivacyVersion(Ctx& ctx);
Response DocumentsAdmin(Ctx& ctx);
Response DocumentEditor(Ctx& ctx);
Response SaveDocument(Ctx& ctx);
// The current rules of `kind` in the request's language, for forms and the moderator's reasons.
std::vector<domain::NumberedRule> CurrentRules(Ctx& ctx, std::string_view kind);

// cv_maker.cpp: the CV Maker (a draft of the day under the visitor's own cookie, its PDF, JSON Resume, publishing)
Response CvMaker(Ctx& ctx);
Response CvMakerSave(Ctx& ctx);
Response CvMakerPreview(Ctx& ctx);
Response CvMakerPdf(Ctx& ctx);
Response CvMakerPhoto(Ctx& ctx);
Response CvMakerExport(Ctx& ctx);
Response CvMakerImport(Ctx& ctx);
Response CvMakerDelete(Ctx& ctx);
Response CvMakerPublish(Ctx& ctx);

// submissions.cpp (the management link; new/create/detail/contacts are templates in publication_handlers.hpp)
Response Manage(Ctx& ctx);
Response ManageEditForm(Ctx& ctx);
Response ManageEdit(Ctx& ctx);
Response ManageDelete(Ctx& ctx);
Response ManageMedia(Ctx& ctx);

// The end of every sign-in (account.cpp): a fresh session cookie, and the cookie that makes this browser a trusted
// one for the account (its sign-ins are then delayed only by its own failures, not by a stranger's).
inline constexpr const char* kBrowserCookie = "ejob_browser";
Response StartSession(Ctx& ctx, const domain::AccountService::SignedIn& signed_in, const std::string& next);

// admin.cpp
Response AdminHome(Ctx& ctx);
Response AdminLoginForm(Ctx& ctx);
Response AdminLogin(Ctx& ctx);
Response ModerationQueue(Ctx& ctx);
Response ModerationReview(Ctx& ctx);
Response ModerationApprove(Ctx& ctx);
Response ModerationReject(Ctx& ctx);
Response AdminDeletePublication(Ctx& ctx);
Response AdminMedia(Ctx& ctx);

// staff.cpp
Response StaffPage(Ctx& ctx);
Response AddStaff(Ctx& ctx);
Response ChangeStaffRole(Ctx& ctx);
Response SecurityPage(Ctx& ctx);
Response EnableSecondFactor(Ctx& ctx);
Response RenewRecoveryCodes(Ctx& ctx);

// users.cpp
Response UsersPage(Ctx& ctx);
Response AuditLogPage(Ctx& ctx);
Response UserPage(Ctx& ctx);
Response BlockUser(Ctx& ctx);
Response UnblockUser(Ctx& ctx);
Response ChangeUserEmail(Ctx& ctx);
Response DeleteUser(Ctx& ctx);

// account.cpp
Response RegisterForm(Ctx& ctx);
Response Register(Ctx& ctx);
Response Confirm(Ctx& ctx);
Response LoginForm(Ctx& ctx);
Response Login(Ctx& ctx);
Response Logout(Ctx& ctx);
Response ResetRequestForm(Ctx& ctx);
Response ResetRequest(Ctx& ctx);
Response NewPasswordForm(Ctx& ctx);
Response NewPassword(Ctx& ctx);
Response MyAccount(Ctx& ctx);
Response ResendConfirmation(Ctx& ctx);
Response AttachEarlier(Ctx& ctx);
Response RequestEmailChange(Ctx& ctx);
Response RequestAccountDeletion(Ctx& ctx);
Response ExportData(Ctx& ctx);
Response OwnerEditForm(Ctx& ctx);
Response OwnerEdit(Ctx& ctx);
Response OwnerStop(Ctx& ctx);
Response OwnerResume(Ctx& ctx);
Response OwnerDeleteRequest(Ctx& ctx);
Response OwnerMedia(Ctx& ctx);
Response AdminRequests(Ctx& ctx);
Response AdminRequestDone(Ctx& ctx);
Response AdminRequestRefuse(Ctx& ctx);
Response ManageAttach(Ctx& ctx);

// system.cpp
Response Healthz(Ctx& ctx);
Response Readyz(Ctx& ctx);
Response Static(Ctx& ctx);
Response Robots(Ctx& ctx);
Response Trap(Ctx& ctx);
Response Sitemap(Ctx& ctx);
Response Feed(Ctx& ctx);
Response PublicMedia(Ctx& ctx);

}  // namespace ejob::web::handlers
