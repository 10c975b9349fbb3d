#pragma once
// Languages of the site: Azerbaijani at "/", Russian at "/ru/…", English at "/en/…".
// Every user-facing string is an English msgid looked up in the gettext catalogs (po/*.po, compiled into the binary).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/common/clock.hpp"

namespace ejob::web {

enum class Lang { Az, Ru, En };
constexpr Lang kAllLangs[] = {Lang::Az, Lang::Ru, Lang::En};

std::string_view Code(Lang l);        // "az", "ru", "en"
std::string_view UrlPrefix(Lang l);   // "", "/ru", "/en"
std::string_view NativeName(Lang l);  // "Azərbaycanca", "Русский", "English"
std::optional<Lang> ParseLang(std::string_view code);

// Loads the catalogs compiled into the binary. Call once at start-up.
void LoadCatalogs();

// Translation and formatting for one language.
class Tr {
  public:
    explicit Tr(Lang lang) : lang_(lang) {}
    Lang lang() const { return lang_; }

    // The translation of `msgid` (the msgid itself when a catalog lacks it).
    const char* operator()(const char* msgid) const;
    // With a context, for words whose translation depends on use ("date" month names).
    const char* Ctx(const char* context, const char* msgid) const;
    // Replaces "{}" in the translation with `arg` (or, for "a|b", the first two "{}" with a and b).
    std::string Fmt(const char* msgid, std::string_view arg) const;
    // Plural form for n, with "{}" replaced by the formatted number.
    std::string N(const char* singular, const char* plural, std::int64_t n) const;

    std::string Number(std::int64_t n) const;         // 12 500 (az, ru) / 12,500 (en)
    std::string Money(std::int64_t qepik) const;      // 1 500 AZN (the ₼ sign is missing from many fonts)
    std::string MoneyFrom(std::int64_t qepik) const;  // 500 AZN-dən / от 500 AZN / from 500 AZN
    std::string MoneyUpTo(std::int64_t qepik) const;  // 500 AZN-ə qədər / до 500 AZN / up to 500 AZN
    std::string Date(domain::Millis at) const;        // 29 noyabr 2026 / 29 ноября 2026 / 29 November 2026
    std::string IsoDate(domain::Millis at) const;     // 2026-11-29 (for <time datetime>)
    // Bu gün, 14:20 / Dünən, 09:05 for the last two days (Baku time), otherwise Date. `now` 0: always Date.
    std::string When(domain::Millis at, domain::Millis now) const;

  private:
    Lang lang_;
};

}  // namespace ejob::web
