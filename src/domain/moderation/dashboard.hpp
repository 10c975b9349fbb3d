#pragma once
// The staff dashboard's figures: what waits for moderation per kind and since when, the decisions of recent days,
// open account requests, what is on the site, and the latest retention run.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/common/clock.hpp"

namespace ejob::domain {

struct DashboardFigures {
    struct Waiting {
        std::string kind;  // "vacancy", "resume", "service"
        std::int64_t count = 0;
        std::optional<Millis> oldest;  // when the oldest waiting version was sent
    };
    struct Day {
        Millis day = 0;  // midnight in Baku
        std::int64_t approved = 0, rejected = 0;
    };
    struct RetentionRun {
        Millis started = 0, finished = 0;
        std::vector<std::pair<std::string, std::int64_t>> counts;  // "publications", "sessions", … as recorded
    };
    std::vector<Waiting> waiting;                                 // every kind, in the order above
    std::vector<Day> decisions;                                   // the last `days` days, oldest first, including today
    std::vector<std::pair<std::string, std::int64_t>> published;  // per kind
    std::int64_t open_requests = 0;
    std::optional<RetentionRun> last_run;
};

// Port: the figures as of `now`, with decisions over `days` days (Baku time).
class DashboardQueries {
  public:
    virtual ~DashboardQueries() = default;
    virtual DashboardFigures Read(Millis now, int days) = 0;
};

}  // namespace ejob::domain
