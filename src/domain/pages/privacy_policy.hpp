#pragma once
// The privacy policy as the site first published it (version 1 of /privacy): blocks of English msgids, translated
// into az and ru in the catalogs. Administrators edit it from there (site_documents.hpp).
#include <vector>

#include "domain/pages/site_documents.hpp"

namespace ejob::domain {

struct CompiledBlock {
    ProseBlock::Type type;
    const char* msgid;
};
const std::vector<CompiledBlock>& PrivacyPolicyText();

}  // namespace ejob::domain
