#!/usr/bin/env bash
# Runs the browser tests (web.test.mjs) with Debian's chromium and playwright-core from npm.
# Usage: run.sh SERVER_BINARY DATA_DIR
# Installs the npm packages (package-lock.json) only when node_modules is missing. Exits 77
# (ctest SKIP) only when chromium or node is absent and cannot be installed here; every other
# problem is a failure.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
chromium=${NOK_CHROMIUM:-/usr/bin/chromium}

install_pkgs() { # apt-get as root or with passwordless sudo; false when impossible
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    sudo -n true 2>/dev/null || return 1
    sudo="sudo -n"
  fi
  command -v apt-get >/dev/null || return 1
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" </dev/null >&2
}

if [ ! -x "$chromium" ]; then
  echo "browser tests: $chromium missing, installing Debian's chromium" >&2
  if ! install_pkgs chromium || [ ! -x "$chromium" ]; then
    echo "SKIP: chromium is not installed and cannot be installed here (apt-get install chromium)" >&2
    exit 77
  fi
fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  if ! install_pkgs nodejs npm || ! command -v node >/dev/null; then
    echo "SKIP: node/npm are not installed and cannot be installed here (apt-get install nodejs npm)" >&2
    exit 77
  fi
fi
if [ ! -d "$here/node_modules/playwright-core" ] || [ ! -d "$here/node_modules/axe-core" ]; then
  echo "browser tests: installing playwright-core and axe-core (npm ci)" >&2
  (cd "$here" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund >&2)
fi
export NOK_CHROMIUM="$chromium"
exec node "$here/web.test.mjs" "$@"
