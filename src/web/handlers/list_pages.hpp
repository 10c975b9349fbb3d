#pragma once
// The list pages of resumes (/resumes) and self-employment ads (/services): filters from the query string, one
// listings call, the page. Defined in resume_web.cpp and service_web.cpp.
#include "web/app.hpp"
#include "web/http/http.hpp"

namespace ejob::web::handlers {

http::Response ResumeListHandler(Ctx& ctx);
http::Response ServiceListHandler(Ctx& ctx);

}  // namespace ejob::web::handlers
