#include "web/i18n.hpp"

#include <boost/locale/gnu_gettext.hpp>
#include <boost/locale/message.hpp>

#include <cstdio>
#include <ctime>
#include <memory>
#include <stdexcept>

#include "embedded/embedded.hpp"

namespace ejob::web {
namespace {

using Facet = boost::locale::message_format<char>;
// Each catalog is owned by a std::locale (facets have protected destructors).
std::locale g_locales[3];
const Facet* g_catalogs[3] = {nullptr, nullptr, nullptr};

std::vector<char> ReadEmbeddedCatalog(const std::string& file_name, const std::string&) {
    // Boost asks for "<path>/<lang>/LC_MESSAGES/ejob.mo".
    for (const auto& f : embedded::LocaleFiles()) {
        std::string lang(f.name.substr(0, f.name.find('.')));
        if (file_name.find("/" + lang + "/LC_MESSAGES/") != std::string::npos)
            return std::vector<char>(f.data.begin(), f.data.end());
    }
    return {};
}

std::string Replace(std::string s, std::string_view arg) {
    auto bar = arg.find('|');
    std::string_view first = bar == std::string_view::npos ? arg : arg.substr(0, bar);
    auto at = s.find("{}");
    if (at != std::string::npos) s.replace(at, 2, first);
    if (bar != std::string_view::npos) {
        at = s.find("{}", at == std::string::npos ? 0 : at + first.size());
        if (at != std::string::npos) s.replace(at, 2, arg.substr(bar + 1));
    }
    return s;
}

}  // namespace

std::string_view Code(Lang l) {
    switch (l) {
        case Lang::Ru:
            return "ru";
        case Lang::En:
            return "en";
        default:
            return "az";
    }
}

std::string_view UrlPrefix(Lang l) {
    switch (l) {
        case Lang::Ru:
            return "/ru";
        case Lang::En:
            return "/en";
        default:
            return "";
    }
}

std::string_view NativeName(Lang l) {
    switch (l) {
        case Lang::Ru:
            return "Русский";
        case Lang::En:
            return "English";
        default:
            return "Azərbaycanca";
    }
}

std::optional<Lang> ParseLang(std::string_view code) {
    if (code == "az") return Lang::Az;
    if (code == "ru") return Lang::Ru;
    if (code == "en") return Lang::En;
    return std::nullopt;
}

void LoadCatalogs() {
    namespace blg = boost::locale::gnu_gettext;
    for (Lang l : kAllLangs) {
        blg::messages_info info;
        info.language = std::string(Code(l));
        info.encoding = "UTF-8";
        info.locale_category = "LC_MESSAGES";
        info.domains.push_back(blg::messages_info::domain("ejob"));
        info.paths.push_back("/embedded");
        info.callback = &ReadEmbeddedCatalog;
        Facet* facet = blg::create_messages_facet<char>(info);
        if (!facet) throw std::runtime_error("cannot load the message catalog");
        int i = static_cast<int>(l);
        g_locales[i] = std::locale(std::locale::classic(), facet);
        g_catalogs[i] = &std::use_facet<Facet>(g_locales[i]);
    }
}

const char* Tr::operator()(const char* msgid) const {
    const Facet* f = g_catalogs[static_cast<int>(lang_)];
    const char* s = f ? f->get(0, nullptr, msgid) : nullptr;
    return s && *s ? s : msgid;
}

const char* Tr::Ctx(const char* context, const char* msgid) const {
    const Facet* f = g_catalogs[static_cast<int>(lang_)];
    const char* s = f ? f->get(0, context, msgid) : nullptr;
    return s && *s ? s : msgid;
}

std::string Tr::Fmt(const char* msgid, std::string_view arg) const {
    return Replace((*this)(msgid), arg);
}

std::string Tr::MoneyFrom(std::int64_t qepik) const {
    return Replace(Ctx("money", "from {}"), Money(qepik));
}

std::string Tr::MoneyUpTo(std::int64_t qepik) const {
    return Replace(Ctx("money", "up to {}"), Money(qepik));
}

std::string Tr::N(const char* singular, const char* plural, std::int64_t n) const {
    const Facet* f = g_catalogs[static_cast<int>(lang_)];
    int form = static_cast<int>(n % 1000000000);  // keeps the last digits plural rules look at
    const char* s = f ? f->get(0, nullptr, singular, form) : nullptr;
    if (!s || !*s) s = n == 1 ? singular : plural;
    return Replace(s, Number(n));
}

std::string Tr::Number(std::int64_t n) const {
    std::string digits = std::to_string(n < 0 ? -n : n);
    std::string out;
    const char* sep = lang_ == Lang::En ? "," : "\u00a0";  // non-breaking space
    int count = 0;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        if (count && count % 3 == 0 && digits.size() > 4) out.insert(0, sep);
        out.insert(out.begin(), *it);
        ++count;
    }
    return n < 0 ? "-" + out : out;
}

std::string Tr::Money(std::int64_t qepik) const {
    std::string amount = Number(qepik / 100);
    if (qepik % 100) {
        char frac[8];
        std::snprintf(frac, sizeof frac, "%s%02d", lang_ == Lang::En ? "." : ",", static_cast<int>(qepik % 100));
        amount += frac;
    }
    return amount + "\u00a0AZN";
}

// Month names as they appear in a date: context "date" (az lower case, ru genitive "ноября").
// Each call names its msgid literally so that xgettext (keyword Ctx:1c,2) extracts them with the context.
namespace {
const char* MonthInDate(const Tr& tr, int month) {
    switch (month) {
        case 0:
            return tr.Ctx("date", "January");
        case 1:
            return tr.Ctx("date", "February");
        case 2:
            return tr.Ctx("date", "March");
        case 3:
            return tr.Ctx("date", "April");
        case 4:
            return tr.Ctx("date", "May");
        case 5:
            return tr.Ctx("date", "June");
        case 6:
            return tr.Ctx("date", "July");
        case 7:
            return tr.Ctx("date", "August");
        case 8:
            return tr.Ctx("date", "September");
        case 9:
            return tr.Ctx("date", "October");
        case 10:
            return tr.Ctx("date", "November");
        default:
            return tr.Ctx("date", "December");
    }
}
}  // namespace

std::string Tr::Date(domain::Millis at) const {
    std::time_t secs = static_cast<std::time_t>(at / 1000 + 4 * 3600);  // Baku time
    std::tm tm{};
    gmtime_r(&secs, &tm);
    std::string month = MonthInDate(*this, tm.tm_mon);
    if (lang_ == Lang::En) return month + " " + std::to_string(tm.tm_mday) + ", " + std::to_string(tm.tm_year + 1900);
    return std::to_string(tm.tm_mday) + " " + month + " " + std::to_string(tm.tm_year + 1900);
}

std::string Tr::When(domain::Millis at, domain::Millis now) const {
    constexpr std::int64_t kBakuOffset = 4 * 3600 * 1000LL;
    auto day = [](domain::Millis t) { return (t + kBakuOffset) / domain::kDay; };
    if (now <= 0 || at > now + domain::kHour) return Date(at);
    std::int64_t days_ago = day(now) - day(at);
    if (days_ago != 0 && days_ago != 1) return Date(at);
    std::time_t secs = static_cast<std::time_t>((at + kBakuOffset) / 1000);
    std::tm tm{};
    gmtime_r(&secs, &tm);
    char hm[8];
    std::snprintf(hm, sizeof hm, "%02d:%02d", tm.tm_hour, tm.tm_min);
    return Replace(days_ago == 0 ? (*this)("Today, {}") : (*this)("Yesterday, {}"), hm);
}

std::string Tr::IsoDate(domain::Millis at) const {
    std::time_t secs = static_cast<std::time_t>(at / 1000 + 4 * 3600);
    std::tm tm{};
    gmtime_r(&secs, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

}  // namespace ejob::web
