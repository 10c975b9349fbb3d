#pragma once
// How each kind of publication appears on the web: its URL, service, form parsing and views. The generic
// handlers (publication_handlers.hpp) work through these traits, so the lifecycle pages — detail, contacts,
// submit, manage, edit, deletion request, moderation — are written once for every kind.
#include <vector>

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
    static constexpr const char* kNotPublished = "This vacancy is not published (any more).";
    static domain::VacancyService& Service(Ctx& ctx) { return ctx.app.vacancies; }
    static Draft Parse(const Ctx& ctx);
    static std::vector<views::ContactLine> Contacts(const Tr& tr, const Content& c);
    static std::string Detail(const views::Frame& f, const domain::PublishedItem<Content>& item,
                              views::ContactsModel contacts);
    static std::string Form(const views::Frame& f, const views::EditorModel<Draft>& m) {
        return views::VacancyForm(f, m);
    }
    static std::string Fields(const Tr& tr, const views::EditorModel<Draft>& m);
    static const char* NewTitle() { return "Post a vacancy"; }
    static const char* EditTitle() { return "Edit the vacancy"; }
};

}  // namespace ejob::web::handlers
