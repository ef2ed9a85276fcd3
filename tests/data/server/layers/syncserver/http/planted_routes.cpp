// A handler that skips the service layer.
#include "http/routes.h"
#include "service/campaign_catalog.h"
#include "storage/campaign_queries.h"
// Not an include, so not a violation: "storage/web_queries.h".
