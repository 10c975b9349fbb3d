#include "web/middleware/chain.hpp"

namespace ejob::web {

http::Response Next::operator()(Ctx& ctx) const {
    if (index_ < chain_.layers_.size()) return chain_.layers_[index_](ctx, Next(chain_, index_ + 1));
    return chain_.handler_(ctx);
}

}  // namespace ejob::web
