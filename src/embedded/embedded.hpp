#pragma once
// Files compiled into the binary at build time (cmake/embed.cmake): migrations, static assets, message catalogs,
// reference data, demo content.
#include <string_view>
#include <vector>

namespace ejob::embedded {

struct EmbeddedFile {
    std::string_view name;  // path relative to its source folder, e.g. "0001_core.sqlite.sql", "css/site.css"
    std::string_view data;
};

const std::vector<EmbeddedFile>& MigrationFiles();
const std::vector<EmbeddedFile>& StaticFiles();
const std::vector<EmbeddedFile>& LocaleFiles();     // "az.mo", "ru.mo", "en.mo"
const std::vector<EmbeddedFile>& ReferenceFiles();  // reference/: "occupation-synonyms.txt", "premoderation-words.txt"
const std::vector<EmbeddedFile>& DemoFiles();       // seed/demo/: "vacancy-roles.txt", "people.txt", …

}  // namespace ejob::embedded
