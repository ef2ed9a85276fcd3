#!/usr/bin/env bash
# The README's run command: installs what is missing, builds, creates data/nok.db with the demo
# region on first run, starts the server on 127.0.0.1:8080 and, where a display exists, a kiosk
# window enrolled at that server for the first demo organisation (answers sync to it).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/deploy/install-deps.sh" build
"$root/deploy/build.sh"
bin=${NOK_BUILD_DIR:-$root/build}
data=${NOK_DATA_DIR:-$root/data}
listen=${NOK_LISTEN:-127.0.0.1:8080}
url="http://$listen"
server="$bin/syncserver/nok-server"
kiosk="$bin/kiosk/nok-kiosk"
dataset="$root/deploy/demo/demo-region.json"
previous="$root/deploy/demo/demo-region-2025.json"
campaign=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["campaign"]["id"])' "$dataset")
org=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["organizations"][0]["id"])' "$dataset")

mkdir -p "$data"
fresh=0
[ -e "$data/nok.db" ] || fresh=1
"$server" init --db "$data/nok.db" >/dev/null
# The previous year first, and only into a new database: the campaign imported last is a kiosk's
# default, which must stay the current one. The current campaign names it as "previous", so its
# results show the change year over year.
[ "$fresh" = 1 ] && "$server" import --db "$data/nok.db" "$previous"
"$server" import --db "$data/nok.db" "$dataset"
# One organisation's filled improvement plan (issue 14): the dashboard shows it with an overdue
# item, `plan export` prints it. Re-importing replaces it with the same plan.
"$server" plan import --db "$data/nok.db" "$root/deploy/demo/demo-plan.json" ||
  echo "run: the demo plan was not imported (see the error above); the server starts without it" >&2
# A council token for the dashboard, created once and kept readable only by its owner.
if [ ! -s "$data/council-token.txt" ]; then
  (umask 077; "$server" user add --db "$data/nok.db" --name demo-council --role council | tail -n 1 > "$data/council-token.txt")
fi

"$server" serve --db "$data/nok.db" --listen "$listen" &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null; [ -n "${kiosk_pid:-}" ] && kill "$kiosk_pid" 2>/dev/null; wait' EXIT INT TERM
for _ in $(seq 100); do
  curl -sf "$url/healthz" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || { echo "run: the server did not start" >&2; exit 1; }
  sleep 0.1
done

echo
echo "data folder:   $data (database nok.db, council token in council-token.txt)"
echo "server:        $url/healthz"
echo "web survey:    $url/survey/$campaign/$org"
echo "council:       $url/council  (sign in with the token in $data/council-token.txt)"
echo "results:       $server results --db $data/nok.db --campaign $campaign --format html --out report.html"
echo "plan:          $server plan export --db $data/nok.db --campaign $campaign --format html --out plans.html"
echo "               (compared with the previous assessment kuzbass-2025 when it was imported)"

if [ -x "$kiosk" ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
  if [ ! -e "$data/kiosk/enrolled" ]; then
    code=$("$server" device code --db "$data/nok.db" --org "$org" | tail -n 1)
    "$kiosk" --enroll "$code" --server "$url" --data-dir "$data/kiosk"
    touch "$data/kiosk/enrolled"
  fi
  "$kiosk" --server "$url" --data-dir "$data/kiosk" &
  kiosk_pid=$!
  echo "kiosk:         window on ${DISPLAY:-$WAYLAND_DISPLAY}, enrolled for $org; operator PIN 2580 (hold the bottom-left corner 3 s)"
else
  echo "kiosk:         no display here; on a desktop: $kiosk --demo --data-dir $data/kiosk-demo"
fi
echo "Stop with Ctrl+C."
wait "$server_pid"
