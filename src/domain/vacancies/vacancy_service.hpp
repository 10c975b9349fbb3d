#pragma once
#include "domain/common/clock.hpp"
#include "domain/common/result.hpp"
#include "domain/vacancies/vacancy_repository.hpp"

namespace ejob::domain {

class VacancyService {
public:
    VacancyService(VacancyRepository& repo, TokenService& tokens, PublicationNotifier& notifier, AuditLog& audit,
                   const Clock& clock)
        : repo_(repo), tokens_(tokens), notifier_(notifier), audit_(audit), clock_(clock) {}

    struct Submitted {
        std::int64_t id = 0;
        std::string manage_token;  // shown once; only its hash is stored
    };

    // Anyone, no account needed: validates and queues the vacancy for moderation.
    Result<Submitted> Submit(const VacancyDraft& draft);

    // Owner, through the private management link.
    Result<VacancyRecord> Manage(std::string_view token);
    Result<Unit> Edit(std::string_view token, const VacancyDraft& draft);
    Result<Unit> RequestDeletion(std::string_view token);

    // Administrators.
    Result<VacancyRecord> ForModeration(std::int64_t id);
    Result<Unit> Approve(std::int64_t admin_id, std::int64_t id, const VacancyDraft& corrected);
    Result<Unit> Reject(std::int64_t admin_id, std::int64_t id, std::string_view reason);
    Result<Unit> Delete(std::int64_t admin_id, std::int64_t id);
    std::vector<QueueItem> Queue(int limit = 200) { return repo_.ModerationQueue(limit); }
    std::vector<QueueItem> DeletionRequests(int limit = 200) { return repo_.DeletionRequests(limit); }

    // Public.
    Page<VacancySummary> Browse(const VacancyFilter& filter) { return repo_.ListPublished(filter, clock_.Now()); }
    std::vector<CategoryCount> CountByCategory() { return repo_.CountByCategory(); }
    std::optional<PublishedVacancy> Published(std::int64_t id) { return repo_.FindPublished(id); }
    void CountView(std::int64_t id) { repo_.CountView(id); }

    // Today's date in Baku (UTC+4, no daylight saving), YYYY-MM-DD.
    static std::string BakuDate(Millis at);

private:
    Result<VacancyRecord> FindByToken(std::string_view token);

    VacancyRepository& repo_;
    TokenService& tokens_;
    PublicationNotifier& notifier_;
    AuditLog& audit_;
    const Clock& clock_;
};

}  // namespace ejob::domain
