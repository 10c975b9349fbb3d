#pragma once
// Port: where vacancies live. Implemented in src/storage/repos; faked in domain tests.
#include <optional>
#include <vector>

#include "domain/vacancies/vacancy.hpp"

namespace ejob::domain {

struct PublishedVacancy {
    Publication publication;
    VacancyContent content;
};

class VacancyRepository {
public:
    virtual ~VacancyRepository() = default;

    // Stores a new publication (status pending) with its first version; returns the publication id.
    virtual std::int64_t Create(const Publication& p, const VacancyContent& c, const std::string& token_hash) = 0;
    virtual std::optional<VacancyRecord> Find(std::int64_t id) = 0;
    virtual std::optional<VacancyRecord> FindByTokenHash(const std::string& token_hash) = 0;
    virtual std::optional<PublishedVacancy> FindPublished(std::int64_t id) = 0;

    // A new version waiting for moderation; replaces an older version that was not yet live.
    virtual void AddVersion(std::int64_t id, const VacancyContent& c, Millis now) = 0;
    // Makes `version_id` (with the moderator's corrections in `c`) the live text.
    virtual void Approve(std::int64_t id, std::int64_t version_id, const VacancyContent& c, const std::string& slug,
                         Millis now) = 0;
    virtual void Reject(std::int64_t id, std::int64_t version_id, const std::string& reason, Millis now) = 0;
    virtual void RequestDeletion(std::int64_t id, Millis now) = 0;
    // Hard delete: row, versions, search entry.
    virtual void Delete(std::int64_t id) = 0;
    virtual void CountView(std::int64_t id) = 0;

    virtual Page<VacancySummary> ListPublished(const VacancyFilter& f, Millis now) = 0;
    virtual std::vector<CategoryCount> CountByCategory() = 0;
    virtual std::vector<QueueItem> ModerationQueue(int limit) = 0;
    virtual std::vector<QueueItem> DeletionRequests(int limit) = 0;
};

// Port: an append-only record of what administrators did.
class AuditLog {
public:
    virtual ~AuditLog() = default;
    virtual void Record(std::int64_t actor_id, std::string_view action, std::int64_t publication_id,
                        std::string_view detail, Millis at) = 0;
};

}  // namespace ejob::domain
