#pragma once
// What the automatic pre-moderation checks ask about other publications (domain/moderation/prechecks.hpp).
#include "domain/moderation/prechecks.hpp"
#include "storage/db.hpp"

namespace ejob::storage {

class SqlScreeningQueries final : public domain::ScreeningQueries {
  public:
    explicit SqlScreeningQueries(Db& db) : db_(db) {}
    std::optional<std::int64_t> LiveDuplicate(std::string_view kind, std::int64_t exclude_id,
                                              const domain::ScreeningOwner& owner, const std::string& title_print,
                                              const std::string& text_print) override;
    std::optional<std::int64_t> OwnersEarlier(std::string_view kind, std::int64_t exclude_id,
                                              const domain::ScreeningOwner& owner, domain::Millis since,
                                              domain::Millis until) override;

  private:
    Db& db_;
};

}  // namespace ejob::storage
