#include "domain/publications/privacy.hpp"

namespace ejob::domain {

std::string_view ToString(ContactVisibility v) {
    switch (v) {
        case ContactVisibility::SignedIn:
            return "signed_in";
        case ContactVisibility::Anonymous:
            return "anonymous";
        default:
            return "everyone";
    }
}

std::optional<ContactVisibility> ParseContactVisibility(std::string_view s) {
    if (s == "everyone") return ContactVisibility::Everyone;
    if (s == "signed_in") return ContactVisibility::SignedIn;
    if (s == "anonymous") return ContactVisibility::Anonymous;
    return std::nullopt;
}

Disclosure DisclosureFor(ContactVisibility v, bool viewer_signed_in) {
    switch (v) {
        case ContactVisibility::Everyone:
            return {true, true, true};
        case ContactVisibility::SignedIn:
            return {viewer_signed_in, true, true};
        case ContactVisibility::Anonymous:
            return {false, false, false};
    }
    return {};
}

namespace {
std::string FirstLetter(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    if (s.empty()) return {};
    unsigned char c = static_cast<unsigned char>(s[0]);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
    return std::string(s.substr(0, std::min(len, s.size()))) + ".";
}
}  // namespace

std::string Initials(std::string_view first_name, std::string_view last_name) {
    std::string a = FirstLetter(first_name), b = FirstLetter(last_name);
    if (a.empty()) return b;
    if (b.empty()) return a;
    return a + " " + b;
}

}  // namespace ejob::domain
