#pragma once
#include <cstdint>
#include <map>
#include <string>

namespace ejob::domain::search {

// How many results each option would give: field → code → count. Options with no results are absent (0).
struct FacetCounts {
    std::map<std::string, std::map<std::string, std::int64_t>> by_field;
    bool counted = false;
    std::int64_t Of(const std::string& field, const std::string& code) const {
        auto f = by_field.find(field);
        if (f == by_field.end()) return 0;
        auto c = f->second.find(code);
        return c == f->second.end() ? 0 : c->second;
    }
};

}  // namespace ejob::domain::search
