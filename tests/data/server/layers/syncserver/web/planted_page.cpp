#include "web/html.h"

#  include <storage/evidence_store.h>
