#pragma once
#include <mutex>
#include <unordered_map>

#include "domain/vacancies/vacancy_repository.hpp"
#include "storage/db.hpp"

namespace ejob::storage {

class SqlVacancyRepository final : public domain::VacancyRepository {
public:
    explicit SqlVacancyRepository(Db& db) : db_(db) {}

    std::int64_t Create(const domain::Publication& p, const domain::VacancyContent& c,
                        const std::string& token_hash) override;
    std::optional<domain::VacancyRecord> Find(std::int64_t id) override;
    std::optional<domain::VacancyRecord> FindByTokenHash(const std::string& token_hash) override;
    std::optional<domain::PublishedVacancy> FindPublished(std::int64_t id) override;
    void AddVersion(std::int64_t id, const domain::VacancyContent& c, domain::Millis now) override;
    void Approve(std::int64_t id, std::int64_t version_id, const domain::VacancyContent& c, const std::string& slug,
                 domain::Millis now) override;
    void Reject(std::int64_t id, std::int64_t version_id, const std::string& reason, domain::Millis now) override;
    void RequestDeletion(std::int64_t id, domain::Millis now) override;
    void Delete(std::int64_t id) override;
    void CountView(std::int64_t id) override;
    domain::Page<domain::VacancySummary> ListPublished(const domain::VacancyFilter& f, domain::Millis now) override;
    std::vector<domain::CategoryCount> CountByCategory() override;
    std::vector<domain::QueueItem> ModerationQueue(int limit) override;
    std::vector<domain::QueueItem> DeletionRequests(int limit) override;

    // Views are counted in memory and written in batches, so that reading a page never waits for a disk write.
    void FlushViews();

private:
    std::optional<domain::VacancyRecord> Load(Conn& c, const std::optional<Row>& pub);
    Db& db_;
    std::mutex views_mu_;
    std::unordered_map<std::int64_t, std::int64_t> pending_views_;
};

class SqlAuditLog final : public domain::AuditLog {
public:
    explicit SqlAuditLog(Db& db) : db_(db) {}
    void Record(std::int64_t actor_id, std::string_view action, std::int64_t publication_id, std::string_view detail,
                domain::Millis at) override;

private:
    Db& db_;
};

}  // namespace ejob::storage
