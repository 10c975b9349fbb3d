#include "domain/common/audit.hpp"

#include <string_view>

namespace ejob::domain {

namespace audit {
std::string Azn(const std::optional<std::int64_t>& qepik) {
    return qepik ? std::to_string(*qepik / 100) : std::string();
}
std::string Count(const std::vector<std::string>& photos) {
    return std::to_string(photos.size());
}
}  // namespace audit

std::vector<AuditChange> ChangedFields(const AuditedFields& before, const AuditedFields& after) {
    auto value = [](const AuditedFields& fields, std::string_view name) -> std::string {
        for (const auto& [field, v] : fields)
            if (name == field) return v;
        return {};
    };
    std::vector<AuditChange> out;
    for (const auto& [field, v] : after) {
        std::string was = value(before, field);
        if (was != v) out.push_back({field, std::move(was), v});
    }
    for (const auto& [field, v] : before) {
        bool listed = false;
        for (const auto& a : after) listed = listed || std::string_view(a.first) == field;
        if (!listed && !v.empty()) out.push_back({field, v, {}});
    }
    return out;
}

}  // namespace ejob::domain
