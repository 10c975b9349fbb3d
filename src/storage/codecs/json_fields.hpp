#pragma once
// JSON member helpers shared by the codecs; internal to storage/codecs. Reading is forgiving: a missing member or
// one of another type reads as the default, so a row written before a field existed still loads.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "domain/publications/privacy.hpp"

namespace ejob::storage::json_fields {
using nlohmann::json;

// Writes `key` only when `v` holds a value.
template <typename T>
void Opt(json& j, const char* key, const std::optional<T>& v) {
    if (v) j[key] = *v;
}
// Reads `key` when it is an integer; otherwise leaves `v` as it was.
template <typename T>
void ReadOpt(const json& j, const char* key, std::optional<T>& v) {
    if (auto it = j.find(key); it != j.end() && it->is_number_integer()) v = it->get<T>();
}
inline std::string Str(const json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}
inline bool Bool(const json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_boolean() && it->get<bool>();
}
// The objects of an array member; anything else reads as an empty list.
inline std::vector<json> Objects(const json& j, const char* key) {
    std::vector<json> out;
    if (auto it = j.find(key); it != j.end() && it->is_array())
        for (const auto& e : *it)
            if (e.is_object()) out.push_back(e);
    return out;
}
// The strings of an array member (photo stems); anything else reads as an empty list.
inline std::vector<std::string> Strings(const json& j, const char* key) {
    std::vector<std::string> out;
    if (auto it = j.find(key); it != j.end() && it->is_array())
        for (const auto& e : *it)
            if (e.is_string()) out.push_back(e.get<std::string>());
    return out;
}
// The "privacy" member: written as its name, read back with anything unknown meaning Everyone.
inline std::string PrivacyName(domain::ContactVisibility v) {
    return std::string(domain::ToString(v));
}
inline domain::ContactVisibility Privacy(const json& j) {
    return domain::ParseContactVisibility(Str(j, "privacy")).value_or(domain::ContactVisibility::Everyone);
}

}  // namespace ejob::storage::json_fields
