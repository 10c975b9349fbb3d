#pragma once
// Moves a whole site from one database to another (e.g. the embedded SQLite file to PostgreSQL when one machine
// is not enough): every table, ids kept, identity sequences moved on, row counts verified.
#include <cstdint>
#include <string>
#include <vector>

#include "storage/db.hpp"

namespace ejob::storage {

struct CopiedTable {
    std::string table;
    std::int64_t rows = 0;
};

// The target is migrated first and must hold no site yet. Throws DbError when a count does not match.
std::vector<CopiedTable> CopySite(Db& from, Db& to);

}  // namespace ejob::storage
