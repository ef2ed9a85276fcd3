#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, and runs every test through CTest,
# headless (QT_QPA_PLATFORM=offscreen; tests that need a real window start their own Xvfb).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/deploy/install-deps.sh" test
"$root/deploy/build.sh"
cd "${NOK_BUILD_DIR:-$root/build}"
export QT_QPA_PLATFORM=offscreen
ctest --output-on-failure -j"$(nproc)" </dev/null
