#!/usr/bin/env bash
# Configures and builds nok into build/ (RelWithDebInfo) with Ninja, using every core.
# Ninja rather than Makefiles: with Makefiles, Qt 6.4's automoc json step rewrote the QML module's
# type list on every build, so a no-op build recompiled the whole QML module (~2.5 min); Ninja
# reruns that step only when its inputs change.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${NOK_BUILD_DIR:-$root/build}
# A tree configured earlier with another generator cannot switch in place: start it afresh.
if [ -f "$build/CMakeCache.txt" ] && ! grep -q '^CMAKE_GENERATOR:INTERNAL=Ninja$' "$build/CMakeCache.txt"; then
  echo "build: $build was configured with another generator; reconfiguring it for Ninja"
  rm -rf "$build/CMakeCache.txt" "$build/CMakeFiles"
fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j"$(nproc)"
