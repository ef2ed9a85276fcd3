// Route registration, one function per group of endpoints (docs/api.md lists them all).
#pragma once

#include "http/server_context.h"

#include <httplib.h>

namespace nok::server::http {

void registerDeviceRoutes(httplib::Server& server,
                          ServerContext& ctx); // enroll, sync, device/config
void registerAdminRoutes(httplib::Server& server, ServerContext& ctx); // devices, revoke
void registerCouncilRoutes(httplib::Server& server, ServerContext& ctx); // campaigns, results
void registerInvitationRoutes(httplib::Server& server, ServerContext& ctx); // invitation codes
// expert checks, evidence, expert history
void registerExpertRoutes(httplib::Server& server, ServerContext& ctx);
// an organisation's plan (GET/PUT) and its own results (roles admin, council, organization)
void registerPlanRoutes(httplib::Server& server, ServerContext& ctx);

} // namespace nok::server::http
