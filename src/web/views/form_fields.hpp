#pragma once
// Accessible form controls shared by every form: label, hint, error next to the field (aria-describedby,
// aria-invalid), the error summary at the top. Field ids are "f-<name>".
#include <string>
#include <vector>

#include "domain/common/msgid.hpp"
#include "domain/common/result.hpp"
#include "domain/vacancies/catalog.hpp"
#include "web/html.hpp"
#include "web/i18n.hpp"

namespace ejob::web::views {

using Errors = std::vector<domain::FieldError>;

struct FieldSpec {
    std::string name;
    const char* label;  // msgid
    const char* hint = nullptr;
    bool required = false;
};

const domain::FieldError* ErrorFor(const Errors& errors, std::string_view field);
// Opens <div class="field">, writes the label, hint and error; returns the ids for aria-describedby.
void FieldStart(Html& h, const Tr& tr, const Errors& errors, const FieldSpec& s, std::string& describedby,
                bool& invalid);
void Input(Html& h, const Tr& tr, const Errors& errors, const FieldSpec& s, const std::string& value,
           const char* type = "text", const char* extra_name = nullptr, const char* extra_value = nullptr);
void TextArea(Html& h, const Tr& tr, const Errors& errors, const FieldSpec& s, const std::string& value, int max,
              int rows = 7);
// `empty_label` nullptr: no empty choice (one of the options is always chosen).
void SelectField(Html& h, const Tr& tr, const Errors& errors, const FieldSpec& s,
                 const std::vector<domain::Option>& options, const std::string& value,
                 const char* empty_label = N_("Choose…"));
void Checkbox(Html& h, const Tr& tr, const std::string& name, const char* label, bool checked);
// A checkbox that must be ticked (a confirmation), with its error next to it.
void CheckboxField(Html& h, const Tr& tr, const Errors& errors, const FieldSpec& s, bool checked);
// A group of radio buttons in a fieldset with a legend.
void RadioGroup(Html& h, const Tr& tr, const Errors& errors, const std::string& name, const char* legend,
                const std::vector<domain::Option>& options, const std::string& value, const char* hint = nullptr);
// A photo chosen on an earlier attempt of this form, held for it (see web/uploads.hpp).
struct HeldPhotoView {
    std::string token;      // sent back in the hidden "held_photo" field
    std::string thumb_url;  // served only to this visitor
};
// <input type=file> for photos (JPEG, PNG, WebP), after the held photos as thumbnails with a "remove" box. The
// refusal messages the server gives for a too large or wrong file are in data- attributes, for the script.
void PhotoInput(Html& h, const Tr& tr, const Errors& errors, const std::string& name, const char* label,
                const char* hint, bool multiple, const std::vector<HeldPhotoView>& held = {});
// Photos (or the logo) already stored with a draft: thumbnails with a "Remove" box (field remove_photo), the same
// control for the owner and the moderator.
void CurrentPhotos(Html& h, const Tr& tr, const std::vector<std::string>& stems, const std::string& url_prefix);
// In place of the owner email field for a signed-in person: which address the link and moderation result go to.
void AccountEmailNote(Html& h, const Tr& tr, const std::string& email);
// The hidden CSRF token every form of the site sends back.
void CsrfField(Html& h, const std::string& csrf);
// The list of problems at the top of a form, linking to each field; focused by the script so it is announced.
void ErrorSummary(Html& h, const Tr& tr, const Errors& errors);

}  // namespace ejob::web::views
