#!/usr/bin/env bash
# Runs an AT-SPI script (default complete_survey_atspi.py) against a real nok-kiosk --demo window
# under Xvfb, with its own D-Bus session and accessibility bus (PLATFORM.md recipe).
# Usage: run_atspi.sh NOK_KIOSK_BINARY [SCRIPT.py]
set -euo pipefail
kiosk=$1
script=${2:-complete_survey_atspi.py}
here=$(cd "$(dirname "$0")" && pwd)
for tool in Xvfb dbus-run-session dbus-send /usr/libexec/at-spi-bus-launcher; do
  command -v "$tool" >/dev/null || { echo "SKIP: $tool not installed"; exit 77; }
done
tmp=$(mktemp -d)
xvfb=
trap '[ -z "$xvfb" ] || { kill "$xvfb" 2>/dev/null; wait "$xvfb" 2>/dev/null; }; rm -rf "$tmp"' EXIT
# A real X window (Xvfb): the offscreen platform has no accessibility bridge. The display number
# is picked at random from 200–999, away from :0 and the numbers other X servers pick first (the
# kiosk session test's Xwayland, a desktop's), and Xvfb says on fd 3 when it accepts clients
# (-displayfd); a number already taken makes Xvfb exit, and the next one is tried.
# xvfb-run -a guessed a free number from lock files: in 2 of 10 runs the kiosk then found no
# server there ("could not connect to display :99"). With -displayfd alone Xvfb took :0, and once
# in a CI run the kiosk found no server on :0 either.
start_xvfb() {
  local n
  for _ in 1 2 3 4 5; do
    n=$((200 + RANDOM % 800))
    : >"$tmp/display"
    Xvfb ":$n" -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$tmp/display" 2>"$tmp/xvfb.err" &
    xvfb=$!
    for _ in $(seq 100); do
      [ -s "$tmp/display" ] && return 0
      kill -0 "$xvfb" 2>/dev/null || break
      sleep 0.1
    done
    kill "$xvfb" 2>/dev/null || true
    wait "$xvfb" 2>/dev/null || true
    xvfb=
  done
  return 1
}
if ! start_xvfb; then
  echo "FAIL: Xvfb did not start on any of 5 display numbers; the last one said:" >&2
  cat "$tmp/xvfb.err" >&2
  exit 1
fi
export DISPLAY=":$(head -n 1 "$tmp/display")"
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_IM_MODULE= QT_QPA_PLATFORM=xcb NOK_SPEECH_ENGINE=none
export tmp kiosk here script
dbus-run-session -- bash -c '
  /usr/libexec/at-spi-bus-launcher --launch-immediately &
  bus=$!
  # The kiosk looks for the accessibility bus once, at start: wait (up to 5 s) until the
  # launcher owns its name, so the kiosk does not start before it.
  for _ in $(seq 50); do
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.a11y.Bus 2>/dev/null | grep -q "boolean true" && break
    sleep 0.1
  done
  "$kiosk" --demo --data-dir "$tmp/data" --sink-log "$tmp/sink.jsonl" 2>"$tmp/kiosk.err" &
  app=$!
  status=0
  /usr/bin/python3 "$here/$script" "$tmp/sink.jsonl" || status=$?
  kill "$app" "$bus" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  if [ $status -ne 0 ]; then
    echo "--- nok-kiosk (DISPLAY=$DISPLAY) ---" >&2; cat "$tmp/kiosk.err" >&2
    echo "--- Xvfb ---" >&2; cat "$tmp/xvfb.err" >&2
  fi
  exit $status'
