#pragma once
// Boots the real site (real SQLite file in a temporary directory, real HTTP on a random loopback port) for a test.
#include <filesystem>
#include <memory>
#include <string>

#include "app/site.hpp"
#include "domain/common/clock.hpp"
#include "support/http_client.hpp"

namespace ejob::testing {

class TestSite {
public:
    TestSite();
    ~TestSite();

    std::uint16_t port() const { return site_->port(); }
    Client NewClient() const { return Client(port()); }
    app::Site& site() { return *site_; }
    domain::FixedClock& clock() { return *clock_; }
    const std::filesystem::path& dir() const { return dir_; }

    // Creates the administrator (once) and signs `c` in.
    void SignInAdmin(Client& c);
    // Posts the vacancy form; returns the management token (fails the test when not accepted).
    std::string SubmitVacancy(Client& c, const Form& fields);
    // Approves the pending version of publication `id` as it was submitted.
    void Approve(Client& admin, std::int64_t id);
    // Publication id behind a management token.
    std::int64_t IdOfToken(const std::string& token);
    std::int64_t CountRows(const std::string& table);
    std::vector<std::filesystem::path> MailFiles() const;

    static constexpr const char* kAdminEmail = "admin@test.local";
    static constexpr const char* kAdminPassword = "correct horse battery";

private:
    std::filesystem::path dir_;
    std::shared_ptr<domain::FixedClock> clock_;
    std::unique_ptr<app::Site> site_;
    bool admin_created_ = false;
};

namespace fixtures {
// A complete, valid vacancy form. `position` and `city` vary per test; override any field after.
Form VacancyForm(const std::string& position = "Mühəndis-mexanik", const std::string& company = "Xəzər Tikinti MMC",
                 const std::string& city = "baku");
// Replaces (or adds) a field.
Form With(Form f, const std::string& name, const std::string& value);
}  // namespace fixtures

}  // namespace ejob::testing
