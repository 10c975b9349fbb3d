#include "web/views/form_fields.hpp"

#include "domain/common/msgid.hpp"

namespace ejob::web::views {

const domain::FieldError* ErrorFor(const Errors& errors, std::string_view field) {
    for (const auto& e : errors)
        if (e.field == field) return &e;
    return nullptr;
}

void FieldStart(Html& h, const Tr& tr, const Errors& errors, const FieldSpec& s, std::string& describedby,
                bool& invalid) {
    std::string id = "f-" + s.name;
    const auto* err = ErrorFor(errors, s.name);
    invalid = err != nullptr;
    describedby.clear();
    h.Open("div", {{"class", invalid ? "field invalid" : "field"}});
    h.Open("label", {{"for", id}}).Text(tr(s.label));
    if (s.required) h.Element("span", {{"class", "req"}, {"aria-hidden", "true"}}, " *");
    h.Close("label");
    if (s.hint) {
        describedby = id + "-hint";
        h.Element("p", {{"class", "hint"}, {"id", describedby}}, tr(s.hint));
    }
    if (err) {
        std::string eid = id + "-error";
        describedby += (describedby.empty() ? "" : " ") + eid;
        h.Element("p", {{"class", "field-error"}, {"id", eid}}, tr.Fmt(err->message.c_str(), err->arg));
    }
}

void Input(Html& h, const Tr& tr, const Errors& errors, const FieldSpec& s, const std::string& value, const char* type,
           const char* extra_name, const char* extra_value) {
    std::string describedby;
    bool invalid = false;
    FieldStart(h, tr, errors, s, describedby, invalid);
    std::string id = "f-" + s.name;
    h.Void("input", {{"id", id},
                     {"name", s.name},
                     {"type", type},
                     {"value", value},
                     Flag("required", s.required),
                     {"aria-describedby", describedby, !describedby.empty()},
                     {"aria-invalid", "true", invalid},
                     {extra_name ? extra_name : "", extra_value ? extra_value : "", extra_name != nullptr}});
    h.Close("div");
}

void TextArea(Html& h, const Tr& tr, const Errors& errors, const FieldSpec& s, const std::string& value, int max,
              int rows) {
    std::string describedby;
    bool invalid = false;
    FieldStart(h, tr, errors, s, describedby, invalid);
    h.Open("textarea", {{"id", "f-" + s.name},
                        {"name", s.name},
                        {"rows", std::to_string(rows)},
                        {"maxlength", std::to_string(max)},
                        Flag("required", s.required),
                        {"aria-describedby", describedby, !describedby.empty()},
                        {"aria-invalid", "true", invalid}});
    h.Text(value).Close("textarea");
    h.Close("div");
}

void SelectField(Html& h, const Tr& tr, const Errors& errors, const FieldSpec& s,
                 const std::vector<domain::Option>& options, const std::string& value, const char* empty_label) {
    std::string describedby;
    bool invalid = false;
    FieldStart(h, tr, errors, s, describedby, invalid);
    h.Open("select", {{"id", "f-" + s.name},
                      {"name", s.name},
                      Flag("required", s.required),
                      {"aria-describedby", describedby, !describedby.empty()},
                      {"aria-invalid", "true", invalid}});
    if (empty_label) h.Element("option", {{"value", ""}}, tr(empty_label));
    for (const auto& o : options)
        h.Element("option", {{"value", o.code}, Flag("selected", o.code == value)}, tr(o.name.data()));
    h.Close("select").Close("div");
}

void Checkbox(Html& h, const Tr& tr, const std::string& name, const char* label, bool checked) {
    h.Open("div", {{"class", "field checkbox"}});
    h.Void("input",
           {{"id", "f-" + name}, {"type", "checkbox"}, {"name", name}, {"value", "1"}, Flag("checked", checked)});
    h.Element("label", {{"for", "f-" + name}}, tr(label));
    h.Close("div");
}

void CheckboxField(Html& h, const Tr& tr, const Errors& errors, const FieldSpec& s, bool checked) {
    const std::string id = "f-" + s.name;
    const auto* err = ErrorFor(errors, s.name);
    std::string describedby;
    h.Open("div", {{"class", err ? "field invalid" : "field"}});
    if (s.hint) {
        describedby = id + "-hint";
        h.Element("p", {{"class", "hint"}, {"id", describedby}}, tr(s.hint));
    }
    if (err) {
        describedby += (describedby.empty() ? "" : " ") + id + "-error";
        h.Element("p", {{"class", "field-error"}, {"id", id + "-error"}}, tr.Fmt(err->message.c_str(), err->arg));
    }
    h.Open("div", {{"class", "checkbox"}});
    h.Void("input", {{"id", id},
                     {"type", "checkbox"},
                     {"name", s.name},
                     {"value", "1"},
                     Flag("checked", checked),
                     Flag("required", s.required),
                     {"aria-describedby", describedby, !describedby.empty()},
                     {"aria-invalid", "true", err != nullptr}});
    h.Element("label", {{"for", id}}, tr(s.label));
    h.Close("div").Close("div");
}

void RadioGroup(Html& h, const Tr& tr, const Errors& errors, const std::string& name, const char* legend,
                const std::vector<domain::Option>& options, const std::string& value, const char* hint) {
    const auto* err = ErrorFor(errors, name);
    std::string describedby;
    h.Open("fieldset", {{"class", err ? "radios invalid" : "radios"}, {"id", "f-" + name}});
    h.Element("legend", tr(legend));
    if (hint) {
        describedby = "f-" + name + "-hint";
        h.Element("p", {{"class", "hint"}, {"id", describedby}}, tr(hint));
    }
    if (err) {
        if (!describedby.empty()) describedby += ' ';
        describedby += "f-" + name + "-error";
        h.Element("p", {{"class", "field-error"}, {"id", "f-" + name + "-error"}},
                  tr.Fmt(err->message.c_str(), err->arg));
    }
    for (const auto& o : options) {
        std::string id = "f-" + name + "-" + std::string(o.code);
        h.Open("div", {{"class", "field checkbox"}});
        h.Void("input", {{"id", id},
                         {"type", "radio"},
                         {"name", name},
                         {"value", o.code},
                         Flag("checked", o.code == value),
                         {"aria-describedby", describedby, !describedby.empty()}});
        h.Element("label", {{"for", id}}, tr(o.name.data()));
        h.Close("div");
    }
    h.Close("fieldset");
}

void PhotoInput(Html& h, const Tr& tr, const Errors& errors, const std::string& name, const char* label,
                const char* hint, bool multiple, const std::vector<HeldPhotoView>& held) {
    std::string describedby;
    bool invalid = false;
    FieldStart(h, tr, errors, {name, label, hint}, describedby, invalid);
    if (!held.empty()) {
        h.Open("ul", {{"class", "photo-grid held-photos"}});
        int i = 0;
        for (const auto& p : held) {
            std::string id = "f-" + name + "-held-" + std::to_string(i++);
            h.Open("li");
            h.Void("img", {{"src", p.thumb_url}, {"alt", tr("Photo you chose")}, {"width", "160"}});
            h.Void("input", {{"type", "hidden"}, {"name", "held_photo"}, {"value", p.token}});
            h.Open("div", {{"class", "checkbox"}});
            h.Void("input", {{"id", id}, {"type", "checkbox"}, {"name", "remove_held_photo"}, {"value", p.token}});
            h.Element("label", {{"for", id}}, tr("Remove"));
            h.Close("div").Close("li");
        }
        h.Close("ul");
        h.Element("p", {{"class", "hint"}},
                  tr("Photos you already chose are kept and will be sent with the form. You do not need to choose "
                     "them again."));
    }
    h.Void("input", {{"id", "f-" + name},
                     {"type", "file"},
                     {"name", name},
                     {"accept", "image/jpeg,image/png,image/webp"},
                     Flag("multiple", multiple),
                     {"data-max-bytes", std::to_string(10 << 20)},
                     {"data-too-large", tr("The photo is larger than 10 MB. Choose a smaller one.")},
                     {"data-wrong-type", tr("This file is not a JPEG, PNG or WebP photo.")},
                     {"aria-describedby", describedby, !describedby.empty()},
                     {"aria-invalid", "true", invalid}});
    h.Close("div");
}

void ErrorSummary(Html& h, const Tr& tr, const Errors& errors) {
    if (errors.empty()) return;
    h.Open("div", {{"class", "error-summary"}, {"role", "alert"}, {"tabindex", "-1"}, {"id", "error-summary"}});
    h.Element("h2",
              tr.N("Please correct {} field", "Please correct {} fields", static_cast<std::int64_t>(errors.size())));
    h.Open("ul");
    for (const auto& e : errors)
        h.Open("li").Element("a", {{"href", "#f-" + e.field}}, tr.Fmt(e.message.c_str(), e.arg)).Close("li");
    h.Close("ul").Close("div");
}

// One control for everyone who edits a publication — the owner (management link, My publications) and the
// moderator (review page): each stored photo or logo with a "Remove" box; what is not ticked stays.
void CurrentPhotos(Html& h, const Tr& tr, const std::vector<std::string>& stems, const std::string& url_prefix) {
    if (stems.empty()) return;
    h.Open("fieldset", {{"class", "current-photos"}});
    h.Element("legend", tr("Uploaded photos: tick a photo to remove it"));
    h.Open("ul", {{"class", "photo-grid"}});
    int i = 0;
    for (const auto& stem : stems) {
        std::string id = "f-photo-" + std::to_string(i++);
        h.Open("li");
        std::string src = url_prefix + stem + "-thumb.webp";
        h.Void("img", {{"src", src}, {"alt", tr("Photo")}, {"width", "160"}, {"loading", "lazy"}});
        h.Open("div", {{"class", "checkbox"}});
        h.Void("input", {{"id", id}, {"type", "checkbox"}, {"name", "remove_photo"}, {"value", stem}});
        h.Element("label", {{"for", id}}, tr("Remove"));
        h.Close("div").Close("li");
    }
    h.Close("ul").Close("fieldset");
}

void AccountEmailNote(Html& h, const Tr& tr, const std::string& email) {
    h.Open("p", {{"class", "hint"}, {"id", "owner-email-note"}})
        .Text(tr("We send the private management link and the moderation result to your account's address:"))
        .Text(" ")
        .Element("strong", email)
        .Close("p");
}

void CsrfField(Html& h, const std::string& csrf) {
    h.Void("input", {{"type", "hidden"}, {"name", "_csrf"}, {"value", csrf}});
}

}  // namespace ejob::web::views
