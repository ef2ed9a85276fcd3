#!/usr/bin/env bash
# The README's run command: installs what is missing, builds, creates data/nok.db with the demo
# region on first run, starts the server on 127.0.0.1:8080 and, where a display exists, the kiosk.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/deploy/install-deps.sh" build
"$root/deploy/build.sh"
bin=${NOK_BUILD_DIR:-$root/build}
data=${NOK_DATA_DIR:-$root/data}
listen=${NOK_LISTEN:-127.0.0.1:8080}
mkdir -p "$data"
server="$bin/syncserver/nok-server"
"$server" init --db "$data/nok.db"
"$server" import --db "$data/nok.db" "$root/deploy/demo/demo-region.json"
echo "data folder: $data (database nok.db)"
echo "server: http://$listen/  (health: http://$listen/healthz)"
kiosk="$bin/kiosk/nok-kiosk"
if [ -x "$kiosk" ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
  "$kiosk" --demo --data-dir "$data/kiosk" &
  echo "kiosk: started in demo mode (window on ${DISPLAY:-$WAYLAND_DISPLAY})"
else
  echo "kiosk: no display here; on a desktop run: $kiosk --demo --data-dir $data/kiosk"
fi
exec "$server" serve --db "$data/nok.db" --listen "$listen"
