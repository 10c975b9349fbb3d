#include "storage/repos/sql_account_directory.hpp"

namespace ejob::storage {
namespace d = ejob::domain;

namespace {
// lower() on the column: the same folding in both backends (emails are stored in lower case already); the pattern is
// lower case too (AccountAdministration normalises it).
constexpr const char* kMatch = " FROM accounts a WHERE lower(a.email) LIKE ? ESCAPE '\\'";
constexpr const char* kColumns =
    "SELECT a.id, a.email, a.role, a.created_at, a.confirmed_at, a.lang, a.blocked_at, "
    "(SELECT COUNT(*) FROM publications p WHERE p.owner_account_id = a.id)";
constexpr const char* kOrder = " ORDER BY a.created_at DESC, a.id DESC LIMIT ? OFFSET ?";
constexpr const char* kBlock = "UPDATE accounts SET blocked_at = COALESCE(blocked_at, ?) WHERE id = ?";
constexpr const char* kUnblock = "UPDATE accounts SET blocked_at = NULL WHERE id = ?";
}  // namespace

std::string ContainsPattern(std::string_view part) {
    std::string out = "%";
    for (char ch : part) {
        if (ch == '%' || ch == '_' || ch == '\\') out += '\\';
        out += ch;
    }
    return out + "%";
}

std::vector<d::AccountListing> SqlAccountDirectory::Search(std::string_view part, int limit, std::int64_t offset) {
    static const std::string kSql = std::string(kColumns) + kMatch + kOrder;
    return db_.ReadValue([&](Conn& c) {
        std::vector<d::AccountListing> out;
        for (const auto& r : c.Query(kSql, {ContainsPattern(part), std::int64_t{limit}, offset})) {
            d::AccountListing l;
            l.account.id = r.Int(0);
            l.account.email = r.Text(1);
            l.account.role = r.Text(2);
            l.account.created_at = r.Int(3);
            l.account.confirmed_at = r.OptInt(4);
            l.account.lang = r.Text(5);
            l.account.blocked_at = r.OptInt(6);
            l.publications = r.Int(7);
            out.push_back(std::move(l));
        }
        return out;
    });
}

std::int64_t SqlAccountDirectory::Count(std::string_view part) {
    static const std::string kSql = std::string("SELECT COUNT(*)") + kMatch;
    return db_.ReadValue([&](Conn& c) { return c.QueryOne(kSql, {ContainsPattern(part)})->Int(0); });
}

void SqlAccountDirectory::SetBlocked(std::int64_t id, std::optional<d::Millis> at) {
    db_.Write([&](Conn& c) {
        if (at)
            c.Exec(kBlock, {*at, id});
        else
            c.Exec(kUnblock, {id});
    });
}

}  // namespace ejob::storage
