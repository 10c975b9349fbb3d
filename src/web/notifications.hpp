#pragma once
// Tells owners about their publications by mail, in the language they used, with links to this site.
#include <string>

#include "domain/accounts/account.hpp"
#include "domain/accounts/account_administration.hpp"
#include "domain/common/mail_queue.hpp"
#include "domain/publications/publication.hpp"
#include "domain/retention/purge.hpp"
#include "web/i18n.hpp"

namespace ejob::web {

class MailNotifier final : public domain::PublicationNotifier,
                           public domain::AccountNotifier,
                           public domain::AccountChangeNotifier,
                           public domain::DeletionNotifier {
  public:
    // Messages go to `queue`, inside the transaction of the change they report.
    MailNotifier(domain::MailQueue& queue, std::string base_url) : queue_(queue), base_url_(std::move(base_url)) {}
    void ManageLinkCreated(const domain::Publication& p, std::string_view title, std::string_view token) override;
    void Approved(const domain::Publication& p, std::string_view title, std::string_view token) override;
    void Rejected(const domain::Publication& p, std::string_view title, std::string_view reason,
                  std::string_view token) override;
    void ConfirmEmail(const domain::Account& a, std::string_view token) override;
    void AlreadyRegistered(const domain::Account& a) override;
    void PasswordReset(const domain::Account& a, std::string_view token) override;
    void EmailChanged(const domain::Account& a, std::string_view old_email, std::string_view confirm_token) override;
    void DeletionSoon(const domain::DeletionWarning& w) override;

  private:
    std::string ManageLink(const Tr& tr, std::string_view token) const;
    domain::MailQueue& queue_;
    std::string base_url_;  // "http://127.0.0.1:8080"
};

}  // namespace ejob::web
