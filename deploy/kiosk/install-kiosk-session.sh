#!/usr/bin/env bash
# Turns a fresh Debian 12 box into a locked-down survey kiosk: a `kiosk` user with no password,
# autologin-free start at boot via systemd lingering, cage + nok-kiosk as its only program.
# Run as root after installing nok-kiosk to /usr/local/bin. Idempotent.
set -euo pipefail
user=${KIOSK_USER:-kiosk}
here=$(cd "$(dirname "$0")" && pwd)

apt-get install -y --no-install-recommends cage seatd dbus-user-session \
  qml6-module-qtquick-virtualkeyboard qml6-module-qt-labs-folderlistmodel \
  speech-dispatcher speech-dispatcher-espeak-ng espeak-ng qt6-speech-speechd-plugin fonts-dejavu-core

id "$user" >/dev/null 2>&1 || useradd --create-home --shell /usr/sbin/nologin "$user"
usermod -aG video,input,render,audio "$user"
passwd -l "$user" >/dev/null           # nobody logs in as the kiosk user
systemctl enable --now seatd.service

home=$(getent passwd "$user" | cut -d: -f6)
install -d -o "$user" -g "$user" "$home/.config/systemd/user" "$home/.local/share/nok-kiosk"
install -m 0644 -o "$user" -g "$user" "$here/nok-kiosk.service" "$home/.config/systemd/user/"
[ -f "$home/.config/nok-kiosk.env" ] || install -m 0600 -o "$user" -g "$user" "$here/nok-kiosk.env.example" "$home/.config/nok-kiosk.env"
[ -f "$home/.local/share/nok-kiosk/kiosk.ini" ] || install -m 0600 -o "$user" -g "$user" "$here/kiosk.ini.example" "$home/.local/share/nok-kiosk/kiosk.ini"
sed -i "s|^XDG_RUNTIME_DIR=.*|XDG_RUNTIME_DIR=/run/user/$(id -u "$user")|" "$home/.config/nok-kiosk.env"

loginctl enable-linger "$user"          # the user manager (and the kiosk) starts at boot
sudo -u "$user" XDG_RUNTIME_DIR="/run/user/$(id -u "$user")" systemctl --user daemon-reload
sudo -u "$user" XDG_RUNTIME_DIR="/run/user/$(id -u "$user")" systemctl --user enable --now nok-kiosk.service
echo "kiosk session installed for user $user; edit $home/.config/nok-kiosk.env and kiosk.ini (PIN!)"
