#include "domain/pages/privacy_policy.hpp"

#include "domain/common/msgid.hpp"

namespace ejob::domain {

const std::vector<CompiledBlock>& PrivacyPolicyText() {
    using T = ProseBlock::Type;
    static const std::vector<CompiledBlock> kText = {
        {T::Paragraph,
         N_("This Privacy Policy defines the procedure for the collection, use, storage and protection of personal "
            "data of users of the ejob.az website (hereinafter the “Site”).")},
        {T::Paragraph, N_("By using the Site, you agree to the terms of this Privacy Policy.")},
        {T::Heading, N_("1. What data we collect")},
        {T::Paragraph,
         N_("The Site collects only the data that the user provides voluntarily when creating a resume (CV), a job "
            "vacancy or an advertisement in the “Self-Employment and Earnings” section, or during registration.")},
        {T::Paragraph,
         N_("Registration requires only an email address and a password. The password is stored in encrypted "
            "(hashed) form. Registration is not mandatory to use the main functionality of the Site.")},
        {T::Paragraph,
         N_("All data provided by the user for publishing resumes, vacancies or advertisements may be published on "
            "the Site in accordance with the selected privacy settings.")},
        {T::Paragraph,
         N_("In addition, the Site may automatically collect technical data such as the IP address, browser type, "
            "cookies and anonymised analytics data.")},
        {T::Heading, N_("2. Purposes of personal data processing")},
        {T::Paragraph, N_("Personal data is used exclusively for the following purposes:")},
        {T::ListItem, N_("publishing resumes, vacancies and advertisements at the user’s request;")},
        {T::ListItem, N_("moderating publications and keeping the Site free of prohibited content;")},
        {T::ListItem, N_("sending the user messages about their publications and account;")},
        {T::ListItem, N_("protecting the Site and its users from abuse and automated data collection.")},
        {T::Heading, N_("3. Public availability and moderation of publications")},
        {T::Paragraph,
         N_("All resumes (CVs), job vacancies and advertisements in the “Self-Employment and Earnings” section are "
            "subject to moderation by the Site administration. The user may edit their resumes (CVs) and vacancies "
            "without limitations; however, the administration reserves the right to reject or edit a publication in "
            "accordance with the form submission rules (specified on the form page).")},
        {T::Paragraph,
         N_("The user may stop the publication of their resumes and vacancies independently (if registered), but "
            "complete deletion of a publication is carried out only by the administration. Active publications may "
            "be deleted by the administration after 6–7 months or earlier at the user’s request. Inactive "
            "publications stopped by the user or at their request may be deleted by the administration "
            "approximately after one month. After a publication is deleted, the photographs attached to it are also "
            "deleted.")},
        {T::Heading, N_("4. Data for online resume generation (CV Maker)")},
        {T::Paragraph,
         N_("Data entered by the user in the “Create Resume” section is not published on the Site and is stored in "
            "the database only during the session. This data and uploaded photographs may be deleted on the same "
            "day.")},
        {T::Heading, N_("5. Data storage and protection")},
        {T::Paragraph,
         N_("We apply reasonable technical and organisational measures to protect personal data from unauthorised "
            "access, modification or disclosure.")},
        {T::Paragraph,
         N_("User passwords are stored in the database in encrypted (hashed) form and are not available in plain "
            "text.")},
        {T::Heading, N_("6. Protection against automated data collection")},
        {T::Paragraph,
         N_("The Site uses technical measures to protect information from automated collection (parsing), including "
            "restrictions on mass access and special methods of displaying contact information.")},
        {T::Paragraph,
         N_("Contact information may be displayed in a format that complicates automatic copying and processing.")},
        {T::Heading, N_("7. Transfer of data to third parties")},
        {T::Paragraph,
         N_("The Site administration does not transfer users’ personal data to third parties and does not distribute "
            "it outside the functionality of the Site.")},
        {T::Paragraph,
         N_("Data publication is carried out exclusively at the initiative of the user and within the selected "
            "privacy settings.")},
        {T::Heading, N_("8. Use of cookies")},
        {T::Paragraph,
         N_("The Site uses cookies and similar technologies to ensure the proper operation of its services, analyse "
            "user behaviour and improve the user experience.")},
        {T::Paragraph, N_("The user may disable cookies in their browser settings.")},
        {T::Heading, N_("9. Analytical services")},
        {T::Paragraph,
         N_("We may use third-party analytical services (for example, Google Analytics) that automatically collect "
            "anonymised information about visits to the Site.")},
        {T::Paragraph, N_("This data is used exclusively for statistical purposes.")},
        {T::Heading, N_("10. User rights")},
        {T::Paragraph, N_("After registration, the user gains access to additional account features:")},
        {T::ListItem, N_("seeing all of their publications in one place;")},
        {T::ListItem, N_("editing, stopping and resuming their publications;")},
        {T::ListItem,
         N_("asking for a publication to be deleted, for the email address to be changed or for the account to be "
            "deleted;")},
        {T::ListItem, N_("downloading a copy of their data.")},
        {T::Paragraph,
         N_("Complete deletion of publications and data, as well as changing the email address, is performed only by "
            "the administration in accordance with storage and moderation rules or at the user’s request.")},
        {T::Paragraph,
         N_("Some Site features may be paid. Before using paid features, the user will be provided with information "
            "about pricing and payment terms.")},
        {T::Heading, N_("11. Changes to the Privacy Policy")},
        {T::Paragraph,
         N_("The Site administration reserves the right to make changes to this Privacy Policy without prior "
            "notice.")},
        {T::Paragraph, N_("The current version is always available on this page.")},
        {T::Heading, N_("12. Contact information")},
        {T::Paragraph, N_("For any questions related to the processing of personal data, you may contact the Site "
                          "administration.")},
    };
    return kText;
}

}  // namespace ejob::domain
