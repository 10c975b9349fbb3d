// The self-employment ad form's rules (ServiceAdKind::Validate): required fields, lengths, option lists, a sane
// price that fits the price type, no SHOUTING and no contacts in free text, contacts as for vacancies, the privacy
// setting (no anonymous ads) and photo stems.
#include "domain/vacancies/validation.hpp"
#include "domain/common/msgid.hpp"
#include "domain/services/service_ad.hpp"
#include "domain/text/text.hpp"

namespace ejob::domain {
namespace {

class Checker {
  public:
    void Add(std::string field, std::string message, std::string arg = {}) {
        for (const auto& e : errors_)
            if (e.field == field) return;  // one message per field: the first problem found
        errors_.push_back({std::move(field), std::move(message), std::move(arg)});
    }

    std::string Text(const char* field, const std::string& value, size_t max, bool required = false,
                     const char* missing_message = "") {
        std::string v(text::Trim(value));
        if (v.empty()) {
            if (required) Add(field, missing_message);
            return v;
        }
        if (text::Utf8Length(v) > max)
            Add(field, N_("This text is too long: at most {} characters."), std::to_string(max));
        return v;
    }

    // A one-line field: Text after dropping every invisible formatting character (text::CleanLine).
    std::string Line(const char* field, const std::string& value, size_t max, bool required = false,
                     const char* missing_message = "") {
        return Text(field, text::CleanLine(value), max, required, missing_message);
    }

    void FreeText(const char* field, const std::string& v) {
        if (rules::IsShouting(v)) Add(field, N_("Please do not write in capital letters."));
        if (rules::ContainsContact(v)) Add(field, N_("Contacts belong in the contact fields, not in the text."));
    }

    std::vector<FieldError> errors_;
};

}  // namespace

Result<ServiceAdContent> ServiceAdKind::Validate(const ServiceAdDraft& d, const std::string& /*today*/) {
    Checker c;
    ServiceAdContent v;

    v.title = c.Line("title", d.title, 100, true, N_("Enter the title."));
    if (!v.title.empty()) c.FreeText("title", v.title);

    if (const Option* o = FindOption(ServiceCategories(), text::Trim(d.category)))
        v.category = std::string(o->code);
    else
        c.Add("category", N_("Choose a category."));

    v.description = c.Text("description", d.description, 5000, true, N_("Describe the service you offer."));
    if (!v.description.empty()) c.FreeText("description", v.description);

    if (const Option* o = FindOption(PriceTypes(), text::Trim(d.price_type)))
        v.price_type = std::string(o->code);
    else
        c.Add("price_type", N_("Choose the price type."));

    auto unit = text::Trim(d.price_unit);
    const Option* price_unit = unit.empty() ? nullptr : FindOption(PriceUnits(), unit);
    if (!unit.empty() && !price_unit) c.Add("price_unit", N_("Choose the price unit."));
    if (price_unit) v.price_unit = std::string(price_unit->code);

    if (v.price_type == "fixed" || v.price_type == "from") {
        auto raw = text::Trim(d.price);
        if (raw.empty()) {
            c.Add("price", N_("Enter the price in AZN."));
        } else if (auto amount = rules::ParseAzn(raw); !amount) {
            c.Add("price", N_("Enter the price in AZN as a number, for example 50."));
        } else if (*amount < 1 * 100 || *amount > 100000 * 100) {
            c.Add("price", N_("Enter a price between 1 and 100000 AZN."));
        } else {
            v.price = amount;
        }
        if (unit.empty()) c.Add("price_unit", N_("Choose the price unit."));
    }
    // Negotiable (or no valid type): any price typed is dropped; the unit stays optional.

    if (const Option* city = FindOption(Cities(), text::Trim(d.city)))
        v.city = std::string(city->code);
    else
        c.Add("city", N_("Choose a city."));
    v.service_area = c.Line("service_area", d.service_area, 200);
    c.FreeText("service_area", v.service_area);

    v.contact_name = c.Line("contact_name", d.contact_name, 60, true, N_("Enter the contact name."));
    if (rules::ContainsContact(v.contact_name))
        c.Add("contact_name", N_("Contacts belong in the contact fields, not in the text."));

    v.phone = std::string(text::Trim(d.phone));
    v.email = std::string(text::Trim(d.email));
    if (!v.phone.empty() && !rules::LooksLikePhone(v.phone))
        c.Add("phone", N_("Enter a phone number with digits only, for example +994 50 123 45 67."));
    if (!v.email.empty() && !rules::LooksLikeEmail(v.email)) c.Add("email", N_("Enter a valid email address."));
    if (v.phone.empty() && v.email.empty()) c.Add("phone", N_("Give a phone number or an email address."));
    v.whatsapp = d.whatsapp && !v.phone.empty();  // WhatsApp is reached through the phone number

    auto privacy = text::Trim(d.privacy);
    auto parsed = privacy.empty() ? std::optional(ContactVisibility::Everyone) : ParseContactVisibility(privacy);
    if (parsed && *parsed != ContactVisibility::Anonymous)
        v.privacy = *parsed;
    else
        c.Add("privacy", N_("Choose who may see your contacts."));

    if (d.photos.size() > kMaxPhotos) c.Add("photo", N_("Too many photos."));
    for (const auto& stem : d.photos) {
        if (rules::IsPhotoStem(stem))
            v.photos.push_back(stem);
        else
            c.Add("photo", N_("This photo could not be used. Upload it again."));
    }

    auto owner = text::Trim(d.owner_email);
    if (!owner.empty() && !rules::LooksLikeEmail(owner)) c.Add("owner_email", N_("Enter a valid email address."));

    if (!c.errors_.empty()) return Error::Invalid(std::move(c.errors_));
    return v;
}

}  // namespace ejob::domain
