#pragma once
#include <string>
#include <vector>

#include "storage/db.hpp"

namespace ejob::storage {

struct Migration {
    int version = 0;
    std::string name;
    std::string sql;
};

// The migrations compiled into the binary for a dialect, in order. A file "NNNN_name.sql" serves every dialect;
// "NNNN_name.sqlite.sql" / "NNNN_name.postgres.sql" only theirs.
std::vector<Migration> KnownMigrations(Dialect d);

// Applies the missing migrations, each in its own transaction; returns how many ran.
// Throws DbError when the database has a newer schema than this binary knows.
int Migrate(Db& db);

// Throws unless the database schema is exactly the one this binary knows.
void RequireCurrentSchema(Db& db);

}  // namespace ejob::storage
