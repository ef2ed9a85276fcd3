#!/usr/bin/env bash
# Configures and builds nok into build/ (RelWithDebInfo), using every core.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${NOK_BUILD_DIR:-$root/build}
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j"$(nproc)"
