#include "web/views/components/publication_labels.hpp"

#include "domain/common/msgid.hpp"

namespace ejob::web::views {

const char* KindName(const std::string& kind) {
    if (kind == "resume") return N_("Resume");
    if (kind == "service") return N_("Services ad");
    return N_("Vacancy");
}

const char* StatusName(domain::PublicationStatus s) {
    switch (s) {
        case domain::PublicationStatus::Published:
            return N_("Published");
        case domain::PublicationStatus::Rejected:
            return N_("Rejected");
        case domain::PublicationStatus::Stopped:
            return N_("Stopped");
        case domain::PublicationStatus::Pending:
            break;
    }
    return N_("Waiting for moderation");
}

}  // namespace ejob::web::views
