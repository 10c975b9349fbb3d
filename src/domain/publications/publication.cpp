#include "domain/publications/publication.hpp"

#include <cstdio>
#include <ctime>

#include "domain/publications/publication_service.hpp"

namespace ejob::domain {

std::string BakuDate(Millis at) {
    std::time_t secs = static_cast<std::time_t>(at / 1000 + 4 * 3600);
    std::tm tm{};
    gmtime_r(&secs, &tm);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
    return buf;
}

std::string_view ToString(PublicationStatus s) {
    switch (s) {
        case PublicationStatus::Pending:
            return "pending";
        case PublicationStatus::Published:
            return "published";
        case PublicationStatus::Rejected:
            return "rejected";
        case PublicationStatus::Stopped:
            return "stopped";
    }
    return "pending";
}

std::optional<PublicationStatus> ParsePublicationStatus(std::string_view s) {
    if (s == "pending") return PublicationStatus::Pending;
    if (s == "published") return PublicationStatus::Published;
    if (s == "rejected") return PublicationStatus::Rejected;
    if (s == "stopped") return PublicationStatus::Stopped;
    return std::nullopt;
}

std::string_view ToString(ReviewState s) {
    switch (s) {
        case ReviewState::Pending:
            return "pending";
        case ReviewState::Approved:
            return "approved";
        case ReviewState::Rejected:
            return "rejected";
    }
    return "pending";
}

std::optional<ReviewState> ParseReviewState(std::string_view s) {
    if (s == "pending") return ReviewState::Pending;
    if (s == "approved") return ReviewState::Approved;
    if (s == "rejected") return ReviewState::Rejected;
    return std::nullopt;
}

}  // namespace ejob::domain
