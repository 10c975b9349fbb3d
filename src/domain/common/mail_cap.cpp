#include "domain/common/mail_cap.hpp"

#include <cctype>

namespace ejob::domain {

void MailCap::Enqueue(const MailMessage& m) {
    if (per_hour_ > 0) {
        std::string to;
        for (char c : m.to) to += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        const std::string key = "mail:to:" + signer_.Sign("mail-to:" + to).substr(0, 22);
        const bool under = limiter_.Allow(key, per_hour_, kHour, clock_.Now());
        if (!under && !m.required) {
            if (dropped_) dropped_(m);
            return;
        }
    }
    inner_.Enqueue(m);
}

}  // namespace ejob::domain
