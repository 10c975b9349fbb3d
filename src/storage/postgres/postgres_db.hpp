#pragma once
#include <memory>
#include <string>

#include "storage/db.hpp"

namespace ejob::storage {

// PostgreSQL through libpq: a pool of connections, statements prepared once per connection, '?' placeholders
// rewritten to $n, write transactions retried on serialization failures and deadlocks.
std::unique_ptr<Db> OpenPostgres(const std::string& url, const DbOptions& options = {});

// "SELECT ? , '?'" → "SELECT $1 , '?'" (placeholders inside quotes are left alone).
std::string NumberPlaceholders(std::string_view sql);

}  // namespace ejob::storage
