#pragma once
// Pieces of a publication's detail page shared by every kind.
#include <string>

#include "web/html.hpp"
#include "web/i18n.hpp"

namespace ejob::web::views {

// The facts of a publication as a <dl class="facts-list">; a fact with no value is left out. Call Close() after
// the last one.
class FactsList {
  public:
    FactsList(Html& h, const Tr& tr);
    FactsList& Add(const char* label_msgid, const std::string& value);
    void Close();

  private:
    Html& h_;
    const Tr& tr_;
};

// A heading and a text whose line breaks are kept.
void ProseSection(Html& h, const Tr& tr, const char* heading_msgid, const std::string& text);

}  // namespace ejob::web::views
