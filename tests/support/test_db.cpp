#include "support/test_db.hpp"

#include <cstdlib>
#include <fstream>
#include <random>
#include <stdexcept>

#include "storage/db.hpp"

namespace ejob::testing {

bool TestDatabase::UsePostgres() {
    const char* v = std::getenv("EJOB_TEST_DB");
    return (v && std::string(v) == "postgres") || std::getenv("EJOB_TEST_PG_URL_FILE") != nullptr;
}

namespace {
std::string AdminUrl() {
    if (const char* url = std::getenv("EJOB_TEST_PG_URL")) return url;
    if (const char* file = std::getenv("EJOB_TEST_PG_URL_FILE")) {
        std::ifstream f(file);
        std::string url;
        std::getline(f, url);
        if (!url.empty()) return url;
    }
    throw std::runtime_error("EJOB_TEST_DB=postgres needs EJOB_TEST_PG_URL or EJOB_TEST_PG_URL_FILE");
}
}  // namespace

TestDatabase::TestDatabase(const std::filesystem::path& dir) {
    if (!UsePostgres()) {
        url_ = "sqlite://" + (dir / "ejob.db").string();
        return;
    }
    admin_url_ = AdminUrl();
    std::random_device rd;
    name_ = "ejob_t_" + std::to_string(rd()) + std::to_string(rd());
    auto admin = storage::OpenDb(admin_url_, {.max_connections = 1});
    admin->Read([&](storage::Conn& c) { c.ExecScript("CREATE DATABASE " + name_); });
    auto slash = admin_url_.rfind('/');
    url_ = admin_url_.substr(0, slash + 1) + name_;
}

TestDatabase::~TestDatabase() {
    if (admin_url_.empty()) return;
    try {
        auto admin = storage::OpenDb(admin_url_, {.max_connections = 1});
        admin->Read([&](storage::Conn& c) { c.ExecScript("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)"); });
    } catch (...) {
    }
}

}  // namespace ejob::testing
