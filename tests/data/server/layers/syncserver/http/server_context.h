// Allowed: the server's start-up holds the loaded keys.
#include "storage/server_keys.h"
