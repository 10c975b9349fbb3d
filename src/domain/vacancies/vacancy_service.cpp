#include "domain/vacancies/vacancy_service.hpp"

#include <cstdio>
#include <ctime>

#include "domain/common/msgid.hpp"
#include "domain/text/text.hpp"
#include "domain/vacancies/validation.hpp"

namespace ejob::domain {

std::string VacancyService::BakuDate(Millis at) {
    std::time_t secs = static_cast<std::time_t>(at / 1000 + 4 * 3600);
    std::tm tm{};
    gmtime_r(&secs, &tm);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
    return buf;
}

Result<VacancyService::Submitted> VacancyService::Submit(const VacancyDraft& draft) {
    Millis now = clock_.Now();
    auto content = ValidateVacancy(draft, BakuDate(now));
    if (!content) return content.error();

    Publication p;
    p.kind = "vacancy";
    p.status = PublicationStatus::Pending;
    p.slug = text::Slugify(content->position);
    p.lang = draft.lang;
    p.owner_email = std::string(text::Trim(draft.owner_email));
    p.created_at = p.updated_at = now;

    Submitted out;
    out.manage_token = tokens_.NewToken();
    out.id = repo_.Create(p, content.value(), tokens_.Hash(out.manage_token));
    p.id = out.id;
    if (!p.owner_email.empty()) notifier_.ManageLinkCreated(p, content->position, out.manage_token);
    return out;
}

Result<VacancyRecord> VacancyService::FindByToken(std::string_view token) {
    // Tokens are 43 URL-safe characters; anything else cannot match and is not looked up.
    if (token.size() < 20 || token.size() > 100) return Error::Of(ErrorCode::NotFound);
    auto record = repo_.FindByTokenHash(tokens_.Hash(token));
    if (!record) return Error::Of(ErrorCode::NotFound);
    return std::move(*record);
}

Result<VacancyRecord> VacancyService::Manage(std::string_view token) { return FindByToken(token); }

Result<Unit> VacancyService::Edit(std::string_view token, const VacancyDraft& draft) {
    auto record = FindByToken(token);
    if (!record) return record.error();
    Millis now = clock_.Now();
    auto content = ValidateVacancy(draft, BakuDate(now));
    if (!content) return content.error();
    repo_.AddVersion(record->publication.id, content.value(), now);
    return Unit{};
}

Result<Unit> VacancyService::RequestDeletion(std::string_view token) {
    auto record = FindByToken(token);
    if (!record) return record.error();
    repo_.RequestDeletion(record->publication.id, clock_.Now());
    return Unit{};
}

Result<VacancyRecord> VacancyService::ForModeration(std::int64_t id) {
    auto record = repo_.Find(id);
    if (!record) return Error::Of(ErrorCode::NotFound);
    return std::move(*record);
}

Result<Unit> VacancyService::Approve(std::int64_t admin_id, std::int64_t id, const VacancyDraft& corrected) {
    auto record = repo_.Find(id);
    if (!record) return Error::Of(ErrorCode::NotFound);
    if (!record->latest || record->latest->review != ReviewState::Pending)
        return Error::Of(ErrorCode::Conflict, N_("Nothing is waiting for moderation here."));
    Millis now = clock_.Now();
    // The moderator may correct any field; a closing date in the past is the moderator's call, so validate
    // against an early date.
    auto content = ValidateVacancy(corrected, "0000-00-00");
    if (!content) return content.error();
    repo_.Approve(id, record->latest->id, content.value(), text::Slugify(content->position), now);
    audit_.Record(admin_id, "approve", id, "", now);
    notifier_.Approved(record->publication, content->position);
    return Unit{};
}

Result<Unit> VacancyService::Reject(std::int64_t admin_id, std::int64_t id, std::string_view reason) {
    auto why = text::Trim(reason);
    if (why.empty()) return Error::Invalid({{"reason", N_("Give the reason for the rejection; the owner will see it.")}});
    if (text::Utf8Length(why) > 1000)
        return Error::Invalid({{"reason", N_("This text is too long: at most {} characters."), "1000"}});
    auto record = repo_.Find(id);
    if (!record) return Error::Of(ErrorCode::NotFound);
    if (!record->latest || record->latest->review != ReviewState::Pending)
        return Error::Of(ErrorCode::Conflict, N_("Nothing is waiting for moderation here."));
    Millis now = clock_.Now();
    repo_.Reject(id, record->latest->id, std::string(why), now);
    audit_.Record(admin_id, "reject", id, why, now);
    const auto& title = record->latest_content ? record->latest_content->position : std::string();
    notifier_.Rejected(record->publication, title, why);
    return Unit{};
}

Result<Unit> VacancyService::Delete(std::int64_t admin_id, std::int64_t id) {
    if (!repo_.Find(id)) return Error::Of(ErrorCode::NotFound);
    repo_.Delete(id);
    audit_.Record(admin_id, "delete", id, "", clock_.Now());
    return Unit{};
}

}  // namespace ejob::domain
