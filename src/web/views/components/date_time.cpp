#include "web/views/components/date_time.hpp"

#include <cstdio>
#include <ctime>

namespace ejob::web::views {

void DateTime(Html& h, const Tr& tr, domain::Millis at) {
    std::time_t secs = static_cast<std::time_t>(at / 1000 + 4 * 3600);  // Baku time, like Tr::Date
    std::tm tm{};
    gmtime_r(&secs, &tm);
    char clock[8];
    std::snprintf(clock, sizeof clock, "%02d:%02d", tm.tm_hour, tm.tm_min);
    char iso[32];
    std::snprintf(iso, sizeof iso, "%sT%s+04:00", tr.IsoDate(at).c_str(), clock);
    h.Element("time", {{"datetime", iso}}, tr.Date(at) + ", " + clock);
}

}  // namespace ejob::web::views
