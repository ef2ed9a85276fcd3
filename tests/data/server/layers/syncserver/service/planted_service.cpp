// Allowed: services use storage.
#include "storage/plan_store.h"
#include "report/format.h"
#include "service/plan_service.h"
#include "http/routes.h"
#include "web/html.h"
