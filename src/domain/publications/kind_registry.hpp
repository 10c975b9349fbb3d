#pragma once
// Every kind of publication in one place. Whoever holds a publication's id (administration, "My publications",
// retention) or a management token (the owner's link) asks the registry for the kind — one query — and the
// registry hands the work to that kind's lifecycle: `f.template operator()<Kind>(service)`.
#include <optional>
#include <string>
#include <string_view>
#include <tuple>

#include "domain/publications/publication.hpp"
#include "domain/publications/publication_kind.hpp"
#include "domain/publications/publication_service.hpp"

namespace ejob::domain {

template <PublicationKind... Kinds>
class KindRegistry {
  public:
    KindRegistry(PublicationKindIndex& index, TokenService& tokens, PublicationService<Kinds>&... services)
        : index_(index), tokens_(tokens), services_(services...) {}

    template <PublicationKind K>
    PublicationService<K>& Service() const {
        return std::get<PublicationService<K>&>(services_);
    }

    // Calls `f.template operator()<Kind>(Service<Kind>())` for the kind named `kind`; false when no kind has that
    // name.
    template <typename F>
    bool Visit(std::string_view kind, F&& f) const {
        return (VisitIf<Kinds>(kind, f) || ...);
    }

    // The kind of publication `id`; nullopt when there is none.
    std::optional<std::string> KindOf(std::int64_t id) const { return index_.KindOf(id); }

    // The kind of the publication behind a management token; nullopt when there is none. A token that cannot be
    // one (they are 43 URL-safe characters) is not looked up.
    std::optional<std::string> KindOfToken(std::string_view token) const {
        if (!PlausibleManageToken(token)) return std::nullopt;
        return index_.KindOfTokenHash(tokens_.Hash(token));
    }

  private:
    template <PublicationKind K, typename F>
    bool VisitIf(std::string_view kind, F& f) const {
        if (kind != K::kName) return false;
        f.template operator()<K>(Service<K>());
        return true;
    }

    PublicationKindIndex& index_;
    TokenService& tokens_;
    std::tuple<PublicationService<Kinds>&...> services_;
};

}  // namespace ejob::domain
