#include "web/views/components/publication_form.hpp"

#include "domain/common/msgid.hpp"
#include "web/views/components/rules_list.hpp"

namespace ejob::web::views {

namespace {

// <form> (multipart), the CSRF field, the hidden default submit button when asked for, and the honeypot.
void OpenPublicationForm(Html& h, const std::string& action, const std::string& csrf, const std::string& submit_label,
                         bool enter_submits) {
    h.Open("form", {{"method", "post"},
                    {"action", action},
                    {"class", "stack"},
                    {"enctype", "multipart/form-data"},
                    {"novalidate", ""}});
    h.Void("input", {{"type", "hidden"}, {"name", "_csrf"}, {"value", csrf}});
    // Enter in a text field presses the form's first submit button: make that the real one, not "Add a row".
    if (enter_submits)
        h.Element("button",
                  {{"type", "submit"}, {"class", "visually-hidden"}, {"tabindex", "-1"}, {"aria-hidden", "true"}},
                  submit_label);
    // Honeypot: people never see or fill it; robots that fill every field are ignored.
    h.Open("div", {{"class", "hp"}, {"aria-hidden", "true"}});
    h.Element("label", {{"for", "f-website"}}, "Website");
    h.Void("input",
           {{"id", "f-website"}, {"type", "text"}, {"name", "website"}, {"tabindex", "-1"}, {"autocomplete", "off"}});
    h.Close("div");
}

}  // namespace

std::string PublicationFormPage(const Frame& f, const EditorSettings& m, const std::string& owner_email,
                                const PublicationFormTexts& texts, const Errors& summary_errors,
                                const std::function<void(Html&, const Tr&)>& fields) {
    Tr tr(f.lang);
    Html h;
    h.Element("h1", tr(m.title.c_str()));
    if (!m.refusal.empty())
        h.Element("p", {{"class", "error-summary"}, {"role", "alert"}, {"id", "form-refusal"}},
                  tr.Fmt(m.refusal.c_str(), m.refusal_arg));
    ErrorSummary(h, tr, summary_errors);
    if (m.show_rules) {
        h.Open("details", {{"class", "rules"}, Flag("open", m.errors.empty())});
        h.Element("summary", tr("Form submission rules"));
        RulesList(h, m.rules);
        if (m.rules_updated) LastUpdated(h, tr, m.rules_updated);
        h.Open("p")
            .Element("a", {{"href", L(f, "/rules#rules-" + std::string(texts.kind))}},
                     tr("All rules and their earlier versions"))
            .Close("p");
        h.Close("details");
    }
    OpenPublicationForm(h, m.action, m.csrf, tr(m.submit_label.c_str()), texts.enter_submits);
    fields(h, tr);
    if (m.show_owner_email) {
        h.Open("fieldset").Element("legend", tr(texts.manage_legend));
        if (!m.account_email.empty())
            AccountEmailNote(h, tr, m.account_email);
        else
            Input(h, tr, m.errors, {"owner_email", N_("Your email (not published)"), texts.owner_email_hint},
                  owner_email, "email", "autocomplete", "email");
        h.Close("fieldset");
    }
    if (m.from_cv_maker) {
        h.Void("input", {{"type", "hidden"}, {"name", "from_cv_maker"}, {"value", "1"}});
        CheckboxField(h, tr, m.errors,
                      {"publish_consent", N_("Publish this resume on the site"),
                       N_("It was filled in from your CV Maker draft. Once a moderator approves it, anyone can find "
                          "it, with the name, photo and contacts you chose to show above."),
                       true},
                      m.publish_consent);
    }
    h.Element("p", {{"class", "hint"}}, tr(texts.required_note));
    h.Element("button", {{"type", "submit"}, {"class", "button button-primary"}}, tr(m.submit_label.c_str()));
    h.Close("form");
    return Layout(f, {tr(m.title.c_str()), "", true}, h.Take());
}

}  // namespace ejob::web::views
