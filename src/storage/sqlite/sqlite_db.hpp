#pragma once
#include <memory>
#include <string>

#include "storage/db.hpp"

namespace ejob::storage {

// SQLite with WAL, synchronous=FULL, foreign keys, secure_delete and a pool of connections.
std::unique_ptr<Db> OpenSqlite(const std::string& path, const DbOptions& options = {});

}  // namespace ejob::storage
