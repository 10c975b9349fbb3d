#pragma once
// How each kind of publication appears on the web: its URL, service, form parsing and views. The generic
// handlers (publication_handlers.hpp) work through these traits, so the lifecycle pages — detail, contacts,
// submit, manage, edit, deletion request, moderation — are written once for every kind.
#include <vector>

#include "domain/common/msgid.hpp"

#include "domain/resumes/resume.hpp"
#include "domain/services/service_ad.hpp"
#include "domain/vacancies/vacancy_service.hpp"
#include "web/app.hpp"
#include "web/views/views.hpp"

namespace ejob::web::handlers {

template <typename Kind>
struct KindWeb;

template <>
struct KindWeb<domain::VacancyKind> {
    using Draft = domain::VacancyDraft;
    using Content = domain::VacancyContent;
    static constexpr const char* kPath = "/vacancies";
    static constexpr const char* kPhotoField = "logo";
    static constexpr const char* kNotPublished = N_("This vacancy is not published (any more).");
    static domain::VacancyService& Service(Ctx& ctx) { return ctx.app.vacancies; }
    static Draft Parse(const Ctx& ctx);
    static std::vector<views::ContactLine> Contacts(const Tr& tr, const Content& c);
    static std::string Detail(const views::Frame& f, const domain::PublishedItem<Content>& item,
                              views::ContactsModel contacts);
    static std::string Form(const views::Frame& f, const views::EditorModel<Draft>& m) {
        return views::VacancyForm(f, m);
    }
    static const char* NewTitle() { return N_("Post a vacancy"); }
    static const char* EditTitle() { return N_("Edit the vacancy"); }
    // Add/remove a repeatable row without JavaScript (vacancies have none).
    static bool EditRows(const Ctx&, Draft&) { return false; }
};

template <>
struct KindWeb<domain::ResumeKind> {
    using Draft = domain::ResumeDraft;
    using Content = domain::ResumeContent;
    static constexpr const char* kPath = "/resumes";
    static constexpr const char* kPhotoField = "photo";
    static constexpr const char* kNotPublished = N_("This resume is not published (any more).");
    static domain::ResumeService& Service(Ctx& ctx) { return ctx.app.resumes; }
    static Draft Parse(const Ctx& ctx);
    static std::vector<views::ContactLine> Contacts(const Tr& tr, const Content& c);
    static std::string Detail(const views::Frame& f, const domain::PublishedItem<Content>& item,
                              views::ContactsModel contacts);
    static std::string Form(const views::Frame& f, const views::EditorModel<Draft>& m) {
        return views::ResumeForm(f, m);
    }
    static const char* NewTitle() { return N_("Post a resume"); }
    static const char* EditTitle() { return N_("Edit the resume"); }
    static bool EditRows(const Ctx& ctx, Draft& d);
};

template <>
struct KindWeb<domain::ServiceAdKind> {
    using Draft = domain::ServiceAdDraft;
    using Content = domain::ServiceAdContent;
    static constexpr const char* kPath = "/services";
    static constexpr const char* kPhotoField = "photos";
    static constexpr const char* kNotPublished = N_("This ad is not published (any more).");
    static domain::ServiceAdService& Service(Ctx& ctx) { return ctx.app.services; }
    static Draft Parse(const Ctx& ctx);
    static std::vector<views::ContactLine> Contacts(const Tr& tr, const Content& c);
    static std::string Detail(const views::Frame& f, const domain::PublishedItem<Content>& item,
                              views::ContactsModel contacts);
    static std::string Form(const views::Frame& f, const views::EditorModel<Draft>& m) {
        return views::ServiceForm(f, m);
    }
    static const char* NewTitle() { return N_("Post a services ad"); }
    static const char* EditTitle() { return N_("Edit the ad"); }
    static bool EditRows(const Ctx&, Draft&) { return false; }
};

}  // namespace ejob::web::handlers
