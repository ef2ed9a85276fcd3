#!/usr/bin/env bash
# Runs the browser tests (web.test.mjs) with Debian's chromium and playwright-core from npm
# against the real server: in a temporary directory `nok-server init`, `import` of DATASET (after
# the same organisations a year earlier, see previous_year.py),
# `user add --role council`, then `serve` on a free loopback port (port 0, read back from the
# `listening` log line); waits for /healthz with a deadline, runs the tests, sends SIGTERM and
# requires exit 0 from the server as well as from the tests.
# Usage: run.sh NOK_SERVER_BINARY DATASET [TEST_FILE]   (TEST_FILE defaults to web.test.mjs)
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

server=$1
dataset=$2
test_file=${3:-web.test.mjs}
work=$(mktemp -d "${TMPDIR:-/tmp}/nok-browser-XXXXXX")
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then kill -KILL "$server_pid"; fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "browser tests: $*" >&2; [ -f "$work/serve.log" ] && sed 's/^/  serve: /' "$work/serve.log" >&2; exit 1; }

db="$work/nok.db"
"$server" init --db "$db" >/dev/null || fail "nok-server init failed"
# The same organisations a year earlier (tests/browser/previous_year.py), named as the dataset's
# predecessor: the dashboard then shows the year-over-year change on every page the suites check.
python3 "$here/previous_year.py" "$dataset" "$work/previous.json" "$work/current.json" ||
  fail "previous_year.py failed"
"$server" import --db "$db" "$work/previous.json" >/dev/null || fail "nok-server import of the earlier year failed"
"$server" import --db "$db" "$work/current.json" >/dev/null || fail "nok-server import $dataset failed"
token=$("$server" user add --db "$db" --name browser-council --role council | tail -n 1) ||
  fail "nok-server user add failed"
[[ "$token" =~ ^nok_[0-9a-f]{64}$ ]] || fail "user add printed no token on its last line: '$token'"
# An improvement plan for the first organisation (hostile texts, one overdue item), so the plan
# sections of the dashboard are audited and checked for escaping like every other page.
campaign=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["campaign"]["id"])' "$dataset")
first_org=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["organizations"][0]["id"])' "$dataset")
"$server" plan draft --db "$db" --campaign "$campaign" --org "$first_org" >"$work/draft.json" ||
  fail "nok-server plan draft failed"
python3 "$here/fill_plan.py" <"$work/draft.json" >"$work/plan.json" || fail "fill_plan.py failed"
"$server" plan import --db "$db" "$work/plan.json" >/dev/null || fail "nok-server plan import failed"

"$server" serve --db "$db" --listen 127.0.0.1:0 --threads 8 2>"$work/serve.log" &
server_pid=$!

# The listening port, then /healthz: polled until a 30-second deadline, never a fixed wait.
port=""
deadline=$((SECONDS + 30))
while [ -z "$port" ]; do
  kill -0 "$server_pid" 2>/dev/null || fail "nok-server serve exited before listening"
  [ $SECONDS -lt $deadline ] || fail "nok-server serve logged no listening port within 30 s"
  port=$(grep '"event":"listening"' "$work/serve.log" | sed -n 's/.*"port":\([0-9][0-9]*\).*/\1/p' | head -n 1 || true)
  [ -n "$port" ] || sleep 0.1
done
until curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; do
  kill -0 "$server_pid" 2>/dev/null || fail "nok-server serve exited before /healthz answered"
  [ $SECONDS -lt $deadline ] || fail "/healthz did not answer within 30 s"
  sleep 0.1
done

tests_rc=0
NOK_BASE_URL="http://127.0.0.1:$port" NOK_COUNCIL_TOKEN="$token" node "$here/$test_file" || tests_rc=$?

kill -TERM "$server_pid"
server_rc=0
wait "$server_pid" || server_rc=$?
server_pid=""
[ "$server_rc" -eq 0 ] || fail "nok-server serve exited $server_rc after SIGTERM (expected 0)"
[ "$tests_rc" -eq 0 ] || { echo "browser tests: node tests failed ($tests_rc)" >&2; exit 1; }
echo "browser tests: passed; nok-server stopped cleanly on SIGTERM" >&2
