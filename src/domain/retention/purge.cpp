#include "domain/retention/purge.hpp"

#include <unordered_set>

namespace ejob::domain {

PurgeReport PurgeJob::Run() {
    PurgeReport report;
    report.ran = store_.WithLock([&] {
        Millis now = clock_.Now();
        for (const auto& due : store_.Due(policy_, now)) {
            delete_(due.kind, due.id);
            ++report.publications;
        }
        // Files of uploads that never became part of a stored version (an abandoned form, a crash between
        // saving the file and the database write). A day's grace keeps uploads in flight safe, and photos that a
        // refused form holds for its corrected submission (an hour, web/uploads.hpp) for longer than they live.
        auto referenced = store_.ReferencedPhotos();
        std::unordered_set<std::string> keep(referenced.begin(), referenced.end());
        for (const auto& stem : photos_.StemsOlderThan(now - kDay)) {
            if (keep.count(stem)) continue;
            photos_.Remove(stem);
            ++report.orphan_photos;
        }
    });
    return report;
}

}  // namespace ejob::domain
