#!/usr/bin/env bash
# Boots the kiosk box's session exactly as deploy/kiosk/nok-kiosk.service starts it (cage, the
# kiosk an X11 client of cage's Xwayland) on cage's headless backend, as an unprivileged user
# (cage refuses root; as root this drops to `nobody` with a fresh home it owns), inside its own
# D-Bus session with the accessibility bus, and runs kiosk_session.py against it.
# Usage: run_kiosk_session.sh NOK_KIOSK_BINARY OUT_DIR   (screenshots and the log go to OUT_DIR)
# Exit 77 (skipped) only when a package the session needs is missing: deploy/install-deps.sh
# test installs them all.
set -euo pipefail
kiosk=$1
out=$2
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

missing=()
need() { command -v "$1" >/dev/null || missing+=("$2"); }
need cage cage
need Xwayland xwayland
need xdotool xdotool
need xwd x11-apps
need dbus-run-session dbus
need setpriv util-linux
need dpkg-query dpkg
need apt-cache apt
[ -x /usr/libexec/at-spi-bus-launcher ] || missing+=(at-spi2-core)
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null || missing+=(python3-pyatspi)
if [ ${#missing[@]} -gt 0 ]; then
  echo "SKIP: the kiosk session test needs the Debian packages: ${missing[*]} (deploy/install-deps.sh test installs them)"
  exit 77
fi

# The work dir is root's (or the caller's), readable but not writable by the session user: the
# binary, the unit and the scripts are "installed" there; the session user's home is inside.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 0755 "$work"
install -d "$work/bin" "$work/lib"
install -m 0755 "$kiosk" "$work/bin/nok-kiosk"
install -m 0644 "$root/deploy/kiosk/nok-kiosk.service" "$root/deploy/kiosk/nok-kiosk.env.example" "$work/"
install -m 0644 "$here"/*.py "$work/lib/"
bash "$root/deploy/kiosk/install-kiosk-session.sh" --print-packages > "$work/packages.txt"
home="$work/home"
install -d -m 0700 "$home" "$home/run" "$home/out"

as_user=()
user=$(id -un)
if [ "$(id -u)" -eq 0 ]; then
  # cage will not run as root. nobody owns nothing else on the box; its home here is fresh.
  user=nobody
  uid=$(id -u "$user")
  gid=$(id -g "$user")
  chown -R "$uid:$gid" "$home"
  # Xwayland makes its socket in /tmp/.X11-unix: it must exist, sticky and world-writable.
  [ -d /tmp/.X11-unix ] || install -d -m 1777 /tmp/.X11-unix
  as_user=(setpriv --reuid="$uid" --regid="$gid" --clear-groups --reset-env --)
fi

status=0
"${as_user[@]}" env -i PATH=/usr/bin:/bin HOME="$home" USER="$user" LANG=C.UTF-8 \
  XDG_RUNTIME_DIR="$home/run" \
  dbus-run-session -- bash -c '
    /usr/libexec/at-spi-bus-launcher --launch-immediately &
    bus=$!
    status=0
    /usr/bin/python3 "$0/lib/kiosk_session.py" "$0" "$HOME/out" || status=$?
    kill "$bus" 2>/dev/null || true
    wait "$bus" 2>/dev/null || true
    exit $status' "$work" || status=$?

mkdir -p "$out"
cp "$home/out/"* "$out/" 2>/dev/null || true
for ppm in "$out"/*.ppm; do [ -e "$ppm" ] && echo "screenshot: $ppm"; done
if [ $status -ne 0 ]; then
  echo "--- session log (cage, Xwayland, nok-kiosk) ---"
  cat "$out/session.log" 2>/dev/null || true
fi
exit $status
