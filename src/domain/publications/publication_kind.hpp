#pragma once
// What a kind of publication (vacancy, resume, services ad) supplies to the lifecycle written once for every kind
// (publication_service.hpp, storage/repos/sql_publications.hpp, web/handlers/publication_handlers.hpp).
#include <concepts>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "domain/common/audit.hpp"
#include "domain/common/result.hpp"
#include "domain/moderation/prechecks.hpp"
#include "domain/publications/privacy.hpp"

namespace ejob::domain {

template <typename K>
concept PublicationKind = requires(const typename K::Draft& draft, const typename K::Content& content,
                                   typename K::Content& corrected, const std::string& today) {
    // The form as the owner sends it; the server sets the photos (stems of stored files).
    requires std::default_initializable<typename K::Draft>;
    { draft.lang } -> std::convertible_to<std::string>;
    { draft.owner_email } -> std::convertible_to<std::string>;
    { draft.photos } -> std::convertible_to<std::vector<std::string>>;
    // What a version stores, once validated.
    requires std::default_initializable<typename K::Content>;
    { content.photos } -> std::convertible_to<std::vector<std::string>>;
    { content.privacy } -> std::convertible_to<ContactVisibility>;  // who may see the contacts
    // The value of the publications.kind column.
    { K::kName } -> std::convertible_to<std::string_view>;
    { K::kMaxPhotos } -> std::convertible_to<std::size_t>;
    // Field errors with message ids, or the content to store; `today` is the Baku date (closing dates).
    { K::Validate(draft, today) } -> std::same_as<Result<typename K::Content>>;
    // The moderation queue's columns, the slug (from the title) and the mails' subject line.
    { K::Title(content) } -> std::convertible_to<std::string>;
    { K::Subtitle(content) } -> std::convertible_to<std::string>;
    // The form for an edit, filled from a stored version.
    { K::ToDraft(content) } -> std::same_as<typename K::Draft>;
    // What a moderator's correction cannot change (the photos).
    K::KeepServerFields(content, corrected);
    // The photos anyone may see (none of an anonymous resume).
    { K::PublicPhotos(content) } -> std::convertible_to<std::vector<std::string>>;
    // What the automatic pre-moderation checks read: the title, the free-text fields, the salary.
    { K::Screened(content) } -> std::same_as<ScreenedText>;
    // The fields the audit log compares when a moderator corrects a version: no contacts, no names.
    { K::Audited(content) } -> std::same_as<AuditedFields>;
};

}  // namespace ejob::domain
