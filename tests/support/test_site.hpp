#pragma once
// Boots the real site (real SQLite file in a temporary directory, real HTTP on a random loopback port) for a test.
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "app/site.hpp"
#include "domain/common/clock.hpp"
#include "support/http_client.hpp"
#include "support/test_db.hpp"

namespace ejob::testing {

class TestSite {
  public:
    // `configure` may change the configuration before the site starts (e.g. the [http] limits).
    explicit TestSite(const std::function<void(app::Config&)>& configure = {});
    ~TestSite();

    std::uint16_t port() const { return site_->port(); }
    Client NewClient() const { return Client(port()); }
    app::Site& site() { return *site_; }
    domain::FixedClock& clock() { return *clock_; }
    const std::filesystem::path& dir() const { return dir_; }

    // Another app server on the same database and media (as behind nginx), started; `page_cache_mib` as its config
    // says. The test stops it.
    std::unique_ptr<app::Site> StartAnotherNode(std::optional<size_t> page_cache_mib = std::nullopt);
    // Creates the administrator (once, with the second factor set up) and signs `c` in.
    void SignInAdmin(Client& c);
    const std::string& admin_totp_secret() const { return admin_totp_secret_; }
    // Creates a moderator `email` (no second factor: moderators do not need one) and signs `c` in through the form.
    void SignInModerator(Client& c, const std::string& email);
    // Registers an account through the form and signs `c` in with it.
    void RegisterAndSignIn(Client& c, const std::string& email, const std::string& password = "long enough password");
    // Posts the vacancy form; returns the management token (fails the test when not accepted).
    std::string SubmitVacancy(Client& c, const Form& fields);
    // Posts the form of any kind ("/resumes", "/services", "/vacancies") as multipart with files.
    std::string Submit(Client& c, const std::string& kind_path, const Form& fields,
                       const std::vector<FilePart>& files = {});
    // Approves the pending version of publication `id` as the moderator's browser would: the review page's form.
    void Approve(Client& admin, std::int64_t id, const Form& overrides = {});
    // Rejects it with a reason.
    void Reject(Client& admin, std::int64_t id, const std::string& reason);
    // Stored photo files (all variants) in the media directory.
    std::vector<std::filesystem::path> MediaFiles() const;
    // Publication id behind a management token.
    std::int64_t IdOfToken(const std::string& token);
    std::int64_t CountRows(const std::string& table);
    std::vector<std::filesystem::path> MailFiles() const;
    // Where the site still keeps `marker`; empty when nowhere. On SQLite: the files of the data folder (database,
    // its log, media, mail) whose bytes hold it. On PostgreSQL: table rows (live, or dead and not yet vacuumed) and
    // b-tree entries that hold it, read from the pages with pageinspect, and the files of the data folder.
    std::string WhereHeld(const std::string& marker);

    static constexpr const char* kAdminEmail = "admin@test.local";
    static constexpr const char* kAdminPassword = "correct horse battery";

  private:
    std::filesystem::path dir_;
    std::unique_ptr<TestDatabase> db_;
    std::shared_ptr<domain::FixedClock> clock_;
    std::unique_ptr<app::Site> site_;
    bool admin_created_ = false;
    std::int64_t admin_id_ = 0;
    std::vector<std::string> admin_recovery_codes_;
    std::string admin_totp_secret_;
};

// Whether `seen()` holds within `seconds` (nodes poll the change feed every 200 ms).
template <typename F>
bool Eventually(F seen, int seconds = 2) {
    for (int i = 0; i < 10 * seconds; ++i) {
        if (seen()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return seen();
}

// The authenticator app's code for `secret` at `now`.
std::string CurrentTotp(const std::string& secret, domain::Millis now);

// Page and file checks the web tests share.
bool Contains(const std::string& hay, const std::string& needle);
std::string ReadFile(const std::filesystem::path& path);
// The stems of the public photos (/media/<stem>-…) a page shows, each once, in order.
std::vector<std::string> PublicPhotoStems(const std::string& html);

namespace fixtures {
// A complete, valid vacancy form. `position` and `city` vary per test; override any field after.
Form VacancyForm(const std::string& position = "Mühəndis-mexanik", const std::string& company = "Xəzər Tikinti MMC",
                 const std::string& city = "baku");
// A complete resume form (one education, one job, two languages).
Form ResumeForm(const std::string& position = "Mühasib", const std::string& privacy = "everyone",
                const std::string& first = "Aysel", const std::string& last = "Məmmədova");
// A complete services ad form.
Form ServiceForm(const std::string& title = "Santexnik xidməti", const std::string& price = "30");
// Replaces (or adds) a field.
Form With(Form f, const std::string& name, const std::string& value);
}  // namespace fixtures

}  // namespace ejob::testing
