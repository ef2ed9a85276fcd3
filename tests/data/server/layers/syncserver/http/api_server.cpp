// Allowed: the server's start-up opens the database.
#include "storage/server_database.h"
