// ejob: the command line. Wiring only; each subcommand lives in commands.cpp.
#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>

#include "app/commands.hpp"
#include "app/config.hpp"

namespace {

using ejob::app::ApplyListen;
using ejob::app::Config;

struct Common {
    std::string config_file, listen, db, data_dir;
};

void AddCommon(CLI::App* cmd, Common& o, bool with_listen) {
    cmd->add_option("--config", o.config_file, "TOML configuration file");
    cmd->add_option("--db", o.db, "database URL: sqlite:///path/to/ejob.db (default: <data-dir>/ejob.db)");
    cmd->add_option("--data-dir", o.data_dir, "directory for the database, media and mail (default: var)");
    if (with_listen) cmd->add_option("--listen", o.listen, "HOST:PORT to serve on (default: 127.0.0.1:8080)");
}

// "184d", "-3h", "90m", "45s": a signed amount of days, hours, minutes or seconds, in milliseconds.
ejob::domain::Millis ParseOffset(const std::string& text) {
    namespace d = ejob::domain;
    char* end = nullptr;
    long long n = std::strtoll(text.c_str(), &end, 10);
    const std::string unit = end ? end : "";
    if (end == text.c_str()) throw CLI::ValidationError("EJOB_CLOCK_OFFSET", "expected e.g. 184d, got " + text);
    if (unit == "d") return n * d::kDay;
    if (unit == "h") return n * d::kHour;
    if (unit == "m") return n * d::kMinute;
    if (unit == "s" || unit.empty()) return n * d::kSecond;
    throw CLI::ValidationError("EJOB_CLOCK_OFFSET", "expected e.g. 184d, got " + text);
}

// Precedence: defaults < config file < EJOB_* environment < flags.
Config Resolve(const Common& o) {
    Config c;
    if (!o.config_file.empty()) c = ejob::app::ReadConfigFile(o.config_file);
    if (const char* v = std::getenv("EJOB_LISTEN")) ApplyListen(c, v);
    if (const char* v = std::getenv("EJOB_DB")) c.db_url = v;
    if (const char* v = std::getenv("EJOB_DATA_DIR")) c.data_dir = v;
    if (const char* v = std::getenv("EJOB_BASE_URL")) c.base_url = v;
    if (const char* v = std::getenv("EJOB_MEDIA_DIR")) c.media_dir = v;
    if (const char* v = std::getenv("EJOB_TRUST_PROXY"))
        c.trust_proxy = std::string(v) == "1" || std::string(v) == "true";
    if (const char* v = std::getenv("EJOB_PAGE_CACHE_MIB")) c.page_cache_mib = std::strtoul(v, nullptr, 10);
    if (const char* v = std::getenv("EJOB_ITEM_CACHE_MIB")) c.item_cache_mib = std::strtoul(v, nullptr, 10);
    if (const char* v = std::getenv("EJOB_CLOCK_OFFSET")) c.clock_offset = ParseOffset(v);
    if (!o.listen.empty()) ApplyListen(c, o.listen);
    if (!o.db.empty()) c.db_url = o.db;
    if (!o.data_dir.empty()) c.data_dir = o.data_dir;
    return c;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"ejob — a job site for Azerbaijan"};
    app.require_subcommand(1);
    Common serve_o, migrate_o, seed_o, admin_o;

    auto* serve = app.add_subcommand("serve", "serve the site over HTTP");
    AddCommon(serve, serve_o, true);

    auto* migrate = app.add_subcommand("migrate", "apply database migrations");
    AddCommon(migrate, migrate_o, false);

    auto* migrate_data = app.add_subcommand("migrate-data", "copy a whole site to another database and verify it");
    std::string from_url, to_url;
    migrate_data->add_option("--from", from_url, "source database URL (e.g. sqlite:///srv/ejob/var/ejob.db)")
        ->required();
    migrate_data->add_option("--to", to_url, "target database URL (e.g. postgresql://ejob@db/ejob)")->required();

    Common purge_o;
    auto* purge = app.add_subcommand(
        "purge", "run retention once: warn owners, delete expired publications, photos, mail and expired rows");
    AddCommon(purge, purge_o, false);
    bool dry_run = false;
    purge->add_flag("--dry-run", dry_run, "list what would be deleted, change nothing");

    auto* seed = app.add_subcommand("seed", "add content to the database");
    AddCommon(seed, seed_o, false);
    bool demo = false, if_empty = false;
    ejob::app::SeedCounts counts;
    seed->add_flag("--demo", demo, "add realistic demo content")->required();
    seed->add_option("--vacancies", counts.vacancies, "number of demo vacancies (default 300)");
    seed->add_option("--resumes", counts.resumes, "number of demo resumes (default 100)");
    seed->add_option("--services", counts.services, "number of demo services ads (default 60)");
    seed->add_option("--with-photos", counts.with_photos,
                     "how many resumes and ads get illustrated photos (default 150)");
    seed->add_flag("--if-empty", if_empty, "only when the database has no publications yet");

    auto* admin = app.add_subcommand("admin", "manage staff accounts");
    admin->require_subcommand(1);
    auto* create = admin->add_subcommand("create", "create a staff account (an administrator unless --role says)");
    AddCommon(create, admin_o, false);
    std::string email, password, role = "admin";
    bool if_missing = false;
    create->add_option("--email", email, "email address")->required();
    create->add_option("--role", role, "admin (default) or moderator")->check(CLI::IsMember({"admin", "moderator"}));
    create->add_option("--password", password, "password (default: generate one and print it)");
    create->add_flag("--if-missing", if_missing, "do nothing when the account exists");

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return 2;
    }
    try {
        if (*serve) return ejob::app::Serve(Resolve(serve_o));
        if (*migrate) return ejob::app::MigrateCommand(Resolve(migrate_o));
        if (*migrate_data) return ejob::app::MigrateData(from_url, to_url);
        if (*purge) return ejob::app::Purge(Resolve(purge_o), dry_run);
        if (*seed) return ejob::app::SeedDemo(Resolve(seed_o), counts, if_empty);
        if (*create) return ejob::app::CreateStaff(Resolve(admin_o), email, password, role, if_missing);
    } catch (const CLI::ParseError& e) {
        std::cerr << "ejob: " << e.what() << "\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "ejob: " << e.what() << "\n";
        return 1;
    }
    return 2;
}
