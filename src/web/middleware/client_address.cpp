#include "domain/text/text.hpp"
#include "web/middleware/chain.hpp"

namespace ejob::web::middleware {

http::Response ClientAddress(Ctx& ctx, Next next) {
    if (ctx.app.trust_proxy) {
        // nginx appends the address it saw: the last entry is the visitor as far as we can trust.
        if (const std::string* xff = ctx.req.Header("x-forwarded-for")) {
            auto comma = xff->rfind(',');
            std::string last(domain::text::Trim(comma == std::string::npos ? *xff : xff->substr(comma + 1)));
            if (!last.empty() && last.size() <= 45) ctx.req.remote_ip = last;
        }
    }
    return next(ctx);
}

}  // namespace ejob::web::middleware
