#pragma once
// The database a test runs on: a fresh SQLite file in the test's directory by default, or — when
// EJOB_TEST_PG_URL_FILE names the file with the URL of the test run's throw-away PostgreSQL cluster (or
// EJOB_TEST_DB=postgres with EJOB_TEST_PG_URL) — a fresh database in that cluster, dropped afterwards. The same tests
// run on both backends.
#include <filesystem>
#include <string>

namespace ejob::testing {

class TestDatabase {
  public:
    explicit TestDatabase(const std::filesystem::path& dir);
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    const std::string& url() const { return url_; }
    bool postgres() const { return !admin_url_.empty(); }
    static bool UsePostgres();

  private:
    std::string url_;
    std::string admin_url_;
    std::string name_;
};

}  // namespace ejob::testing
