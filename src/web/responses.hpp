#pragma once
// The pieces every handler's response is made of: an HTML page, and the frame (language, path, session) its view needs.
#include <string>

#include "web/app.hpp"
#include "web/http/http.hpp"
#include "web/views/views.hpp"

namespace ejob::web {

// A page of HTML with status 200 (or the status given).
http::Response HtmlResponse(std::string body, int status = 200);
// The frame every view needs, from the request context.
views::Frame MakeFrame(const Ctx& ctx);
// The request's query string as it reached us ("?a=1&b=2", or "").
std::string QueryString(const http::Request& req);

}  // namespace ejob::web
