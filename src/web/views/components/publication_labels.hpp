#pragma once
// The names of a publication's kind and status as pages show them (msgids, translated by the caller).
#include <string>

#include "domain/publications/publication.hpp"

namespace ejob::web::views {

const char* KindName(const std::string& kind);        // "Vacancy", "Resume", "Services ad"
const char* StatusName(domain::PublicationStatus s);  // "Published", "Waiting for moderation", …

}  // namespace ejob::web::views
