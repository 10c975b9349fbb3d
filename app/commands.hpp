#pragma once
// The subcommands of the ejob binary, behind the CLI in main.cpp.
#include <cstddef>
#include <string>

#include "app/site.hpp"

namespace ejob::app {

int Serve(const Config& config);
int MigrateCommand(const Config& config);
struct SeedCounts {
    size_t vacancies = 300;
    size_t resumes = 100;
    size_t services = 60;
    size_t with_photos = 150;  // resumes and ads that get (illustrated) photos; the rest have none
};
int SeedDemo(const Config& config, const SeedCounts& counts, bool only_if_empty);
// Copies a whole site between databases (e.g. SQLite → PostgreSQL) and verifies the row counts.
// Runs retention once and prints what it deleted.
int Purge(const Config& config, bool dry_run);
int MigrateData(const std::string& from_url, const std::string& to_url);
int CreateStaff(const Config& config, const std::string& email, std::string password, const std::string& role,
                bool if_missing);

}  // namespace ejob::app
