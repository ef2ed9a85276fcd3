#!/usr/bin/env bash
# Turns a fresh Debian 12 box into a locked-down survey kiosk: a `kiosk` user with no password,
# autologin-free start at boot via systemd lingering, cage + nok-kiosk as its only program.
# Run as root after installing nok-kiosk to /usr/local/bin. Idempotent.
# `install-kiosk-session.sh --print-packages` lists the Debian packages it installs and exits
# (tests/kiosk_session checks that every file the running session loads comes from them).
set -euo pipefail
user=${KIOSK_USER:-kiosk}
here=$(cd "$(dirname "$0")" && pwd)

# Every package the session needs is named here, because they are installed without Recommends
# (a lean box): cage only recommends Xwayland, which the kiosk needs as an X11 client.
packages=(
  # the session: kiosk compositor, its X11 server for the kiosk, seat access, the user's D-Bus
  cage xwayland seatd dbus-user-session at-spi2-core
  # OpenGL for Qt Quick and the compositor: the Mesa drivers (software rendering where no GPU)
  libgl1-mesa-dri libegl-mesa0 libglx-mesa0
  # nok-kiosk's Qt 6 runtime: the xcb platform plugin is in libqt6gui6; the in-app keyboard is
  # the input context plugin plus its QML module (layouts including Russian ЙЦУКЕН)
  libqt6gui6 qt6-virtualkeyboard-plugin qml6-module-qtquick-virtualkeyboard
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtqml-workerscript
  qml6-module-qtqml-models qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel
  qml6-module-qtcore qml6-module-qttexttospeech qml6-module-qtmultimedia
  libxcursor1 libsodium23 libsqlite3-0 libcpp-httplib0.11 fonts-dejavu-core
  # read-aloud in Russian
  speech-dispatcher speech-dispatcher-espeak-ng espeak-ng qt6-speech-speechd-plugin
)
if [ "${1:-}" = --print-packages ]; then
  printf '%s\n' "${packages[@]}"
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
apt-get install -y --no-install-recommends "${packages[@]}" </dev/null

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

uid=$(id -u "$user")
loginctl enable-linger "$user"          # the user manager (and the kiosk) starts at boot
systemctl start "user@$uid.service"     # ...and now, before we talk to it
# runuser, not sudo: a minimal Debian install has no sudo.
runuser -u "$user" -- env XDG_RUNTIME_DIR="/run/user/$uid" systemctl --user daemon-reload
runuser -u "$user" -- env XDG_RUNTIME_DIR="/run/user/$uid" systemctl --user enable --now nok-kiosk.service
echo "kiosk session installed for user $user; edit $home/.config/nok-kiosk.env and kiosk.ini (PIN!)"
