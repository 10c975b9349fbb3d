// Every URL of the site, its method, handler and middleware, in one table.
// Paths are written without the language prefix; /ru/… and /en/… reach the same routes unless kNoLang.
#include "web/handlers/handlers.hpp"
#include "web/handlers/list_pages.hpp"
#include "web/handlers/publication_handlers.hpp"
#include "web/router.hpp"

namespace ejob::web {

namespace {
// The query parameters of the list and search pages (see Route::query).
constexpr const char* kVacancyListQuery =
    "q sort category subcategory city employment_type experience education min_salary with_salary posted page";
constexpr const char* kResumeListQuery =
    "q sort category city experience education_level gender max_salary age_min age_max page";
constexpr const char* kServiceListQuery = "q sort category city price_min price_max page";
constexpr const char* kSearchQuery = "q kind sort page";
}  // namespace

const std::vector<Route>& Routes() {
    using namespace handlers;
    static const std::vector<Route> kRoutes = {
        // public pages
        {"GET", "/", Home, kCache},
        {"GET", "/vacancies", VacancyList, kCache | kList, kVacancyListQuery},
        {"GET", "/vacancies/new", NewForm<domain::VacancyKind>, kNone},
        {"POST", "/vacancies/new", Create<domain::VacancyKind>, kCsrf | kUpload},
        {"GET", "/vacancies/{idslug}", Detail<domain::VacancyKind>, kCache | kCountView},
        {"POST", "/vacancies/{id}/contacts", RevealContacts<domain::VacancyKind>, kNone},  // signed reveal token
        {"GET", "/resumes", ResumeListHandler, kCache | kList, kResumeListQuery},
        {"GET", "/resumes/new", NewForm<domain::ResumeKind>, kNone},
        {"POST", "/resumes/new", Create<domain::ResumeKind>, kCsrf | kUpload},
        {"GET", "/resumes/{idslug}", Detail<domain::ResumeKind>, kCache | kCountView},
        {"POST", "/resumes/{id}/contacts", RevealContacts<domain::ResumeKind>, kNone},
        {"GET", "/services", ServiceListHandler, kCache | kList, kServiceListQuery},
        {"GET", "/services/new", NewForm<domain::ServiceAdKind>, kNone},
        {"POST", "/services/new", Create<domain::ServiceAdKind>, kCsrf | kUpload},
        {"GET", "/services/{idslug}", Detail<domain::ServiceAdKind>, kCache | kCountView},
        {"POST", "/services/{id}/contacts", RevealContacts<domain::ServiceAdKind>, kNone},
        {"GET", "/search", Search, kCache | kList, kSearchQuery},
        {"GET", "/rules", Rules, kCache},
        {"GET", "/rules/{kind}/versions/{version}", RulesVersion, kCache},
        {"GET", "/post", Post, kCache},
        {"GET", "/privacy", Privacy, kCache},
        {"GET", "/privacy/versions/{version}", PrivacyVersion, kCache},
        {"GET", "/feed.xml", Feed, kCache},
        // the honeypot: linked from every page where people never see it, disallowed in robots.txt
        {"GET", "/all-listings", Trap, kNone},

        // the CV Maker: a draft of the day under the visitor's own cookie (no URL names it), never public
        {"GET", "/cv-maker", CvMaker, kNone},
        {"POST", "/cv-maker", CvMakerSave, kCsrf | kUpload},
        {"POST", "/cv-maker/preview", CvMakerPreview, kCsrf},
        {"GET", "/cv-maker/cv.pdf", CvMakerPdf, kNone},
        {"GET", "/cv-maker/photo", CvMakerPhoto, kNone},
        {"GET", "/cv-maker/export.json", CvMakerExport, kNone},
        {"POST", "/cv-maker/import", CvMakerImport, kCsrf | kUpload},
        {"POST", "/cv-maker/delete", CvMakerDelete, kCsrf},
        {"GET", "/cv-maker/publish", CvMakerPublish, kNone},

        // the owner's private management link
        {"GET", "/manage/{token}", Manage, kNone},
        {"GET", "/manage/{token}/edit", ManageEditForm, kNone},
        {"POST", "/manage/{token}/edit", ManageEdit, kCsrf | kUpload},
        {"GET", "/manage/{token}/media/{file}", ManageMedia, kNone},
        {"POST", "/manage/{token}/delete", ManageDelete, kCsrf},

        // accounts (optional) and the owner's publications
        {"GET", "/account", MyAccount, kUser},
        {"GET", "/account/register", RegisterForm, kNone},
        {"POST", "/account/register", Register, kCsrf},
        {"GET", "/account/confirm/{token}", Confirm, kNone},
        {"GET", "/account/login", LoginForm, kNone},
        {"POST", "/account/login", Login, kCsrf},
        {"POST", "/account/logout", Logout, kCsrf},
        {"GET", "/account/password-reset", ResetRequestForm, kNone},
        {"POST", "/account/password-reset", ResetRequest, kCsrf},
        {"GET", "/account/password-reset/{token}", NewPasswordForm, kNone},
        {"POST", "/account/password-reset/{token}", NewPassword, kCsrf},
        {"POST", "/account/resend-confirmation", ResendConfirmation, kCsrf | kUser},
        {"POST", "/account/attach", AttachEarlier, kCsrf | kUser},
        {"POST", "/account/requests/email", RequestEmailChange, kCsrf | kUser},
        {"POST", "/account/requests/delete", RequestAccountDeletion, kCsrf | kUser},
        {"GET", "/account/export", ExportData, kUser},
        {"GET", "/account/publications/{id}/edit", OwnerEditForm, kUser},
        {"POST", "/account/publications/{id}/edit", OwnerEdit, kCsrf | kUser | kUpload},
        {"POST", "/account/publications/{id}/stop", OwnerStop, kCsrf | kUser},
        {"POST", "/account/publications/{id}/resume", OwnerResume, kCsrf | kUser},
        {"POST", "/account/publications/{id}/delete", OwnerDeleteRequest, kCsrf | kUser},
        {"GET", "/account/publications/{id}/media/{file}", OwnerMedia, kUser},
        {"POST", "/manage/{token}/attach", ManageAttach, kCsrf | kUser},

        // administration: moderators moderate (kStaff); administrators also delete, answer account requests, manage
        // the users and the staff, and edit the rules and the privacy policy (kAdmin)
        {"GET", "/admin", AdminHome, kStaff},
        {"GET", "/admin/login", AdminLoginForm, kNone},
        {"POST", "/admin/login", AdminLogin, kCsrf},
        {"GET", "/admin/moderation", ModerationQueue, kStaff},
        {"GET", "/admin/moderation/{id}", ModerationReview, kStaff},
        {"POST", "/admin/moderation/{id}/approve", ModerationApprove, kCsrf | kStaff},
        {"POST", "/admin/moderation/{id}/reject", ModerationReject, kCsrf | kStaff},
        {"POST", "/admin/publications/{id}/delete", AdminDeletePublication, kCsrf | kAdmin},
        {"GET", "/admin/media/{file}", AdminMedia, kStaff},
        {"GET", "/admin/requests", AdminRequests, kAdmin},
        {"POST", "/admin/requests/{id}/done", AdminRequestDone, kCsrf | kAdmin},
        {"POST", "/admin/requests/{id}/refuse", AdminRequestRefuse, kCsrf | kAdmin},
        {"GET", "/admin/users", UsersPage, kAdmin},
        {"GET", "/admin/audit", AuditLogPage, kAdmin},
        {"GET", "/admin/users/{id}", UserPage, kAdmin},
        {"POST", "/admin/users/{id}/block", BlockUser, kCsrf | kAdmin},
        {"POST", "/admin/users/{id}/unblock", UnblockUser, kCsrf | kAdmin},
        {"POST", "/admin/users/{id}/email", ChangeUserEmail, kCsrf | kAdmin},
        {"POST", "/admin/users/{id}/delete", DeleteUser, kCsrf | kAdmin},
        {"GET", "/admin/staff", StaffPage, kAdmin},
        {"POST", "/admin/staff", AddStaff, kCsrf | kAdmin},
        {"POST", "/admin/staff/role", ChangeStaffRole, kCsrf | kAdmin},
        {"GET", "/admin/pages", DocumentsAdmin, kAdmin},
        {"GET", "/admin/pages/{document}", DocumentEditor, kAdmin},
        {"POST", "/admin/pages/{document}", SaveDocument, kCsrf | kAdmin},
        {"GET", "/admin/security", SecurityPage, kStaff},
        {"POST", "/admin/security/totp", EnableSecondFactor, kCsrf | kStaff},
        {"POST", "/admin/security/recovery-codes", RenewRecoveryCodes, kCsrf | kStaff},

        // system
        {"GET", "/healthz", Healthz, kNoLang},
        {"GET", "/readyz", Readyz, kNoLang},
        {"GET", "/robots.txt", Robots, kNoLang},
        {"GET", "/sitemap.xml", Sitemap, kNoLang | kCache},
        {"GET", "/static/{*}", Static, kNoLang},
        {"GET", "/media/{file}", PublicMedia, kNoLang},
        {"GET", "/held-photos/{token}", ServeHeldPhoto, kNoLang},  // a photo held by a form, to its visitor only
    };
    return kRoutes;
}

}  // namespace ejob::web
