#pragma once
// Repeatable rows of a form ("<group>.<n>.<field>"), read from the request, and the "Add"/"Remove" buttons that
// work without JavaScript (views/components/row_groups.hpp draws them).
#include <charconv>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "web/http/http.hpp"

namespace ejob::web::handlers {

constexpr int kMaxRows = 20;  // rows education.0 … education.19 (the form never offers more)

// Rows "<group>.N.<field>" for N = 0, 1, … up to the first N of which no field was sent.
template <typename Row>
inline std::vector<Row> ReadRows(const http::Request& r, const std::string& group,
                                 std::initializer_list<std::pair<const char*, std::string Row::*>> fields) {
    std::vector<Row> rows;
    for (int n = 0; n < kMaxRows; ++n) {
        Row row;
        bool any = false;
        std::string prefix = group + "." + std::to_string(n) + ".";
        for (const auto& [key, member] : fields)
            if (const std::string* v = r.Form(prefix + key)) {
                row.*member = *v;
                any = true;
            }
        if (!any) break;
        rows.push_back(std::move(row));
    }
    return rows;
}

template <typename Row>
inline bool AddRow(std::vector<Row>& rows) {
    if (rows.size() < static_cast<size_t>(kMaxRows)) rows.emplace_back();
    return true;
}

template <typename Row>
inline bool RemoveRow(std::vector<Row>& rows, std::string_view index) {
    size_t i = 0;
    auto [p, ec] = std::from_chars(index.data(), index.data() + index.size(), i);
    if (ec == std::errc() && p == index.data() + index.size() && i < rows.size())
        rows.erase(rows.begin() + static_cast<std::ptrdiff_t>(i));
    return true;
}

}  // namespace ejob::web::handlers
