// The vacancy kind on the web: form parsing, contact lines, detail page.
#include "web/handlers/forms.hpp"
#include "web/handlers/kinds.hpp"
#include "web/uploads.hpp"

namespace ejob::web::handlers {
namespace d = ejob::domain;

d::VacancyDraft KindWeb<d::VacancyKind>::Parse(const Ctx& ctx) {
    auto d = DraftFromForm(ctx);
    d.privacy = ctx.req.FormOr("privacy");
    if (d.privacy.empty()) d.privacy = "everyone";
    return d;
}

std::vector<views::ContactLine> KindWeb<d::VacancyKind>::Contacts(const Tr& tr, const d::VacancyContent& c) {
    std::vector<views::ContactLine> out;
    if (!c.contact_person.empty()) out.push_back({tr("Contact person"), c.contact_person, ""});
    if (!c.phone.empty()) out.push_back({tr("Phone"), c.phone, "tel:" + c.phone});
    if (!c.email.empty()) out.push_back({tr("Email"), c.email, "mailto:" + c.email});
    if (!c.apply_url.empty()) out.push_back({tr("Apply online"), c.apply_url, c.apply_url});
    return out;
}

std::string KindWeb<d::VacancyKind>::Detail(const views::Frame& f, const d::PublishedItem<d::VacancyContent>& item,
                                            views::ContactsModel contacts) {
    return views::VacancyDetail(f, {item.publication, item.content, std::move(contacts)});
}

}  // namespace ejob::web::handlers
