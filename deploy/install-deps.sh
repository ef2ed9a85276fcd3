#!/usr/bin/env bash
# Installs the Debian 12 packages nok needs to build, run and test, skipping what is present.
# Non-interactive (CI has no stdin); run as root, or with sudo available.
# Usage: deploy/install-deps.sh [build|test]   (test adds Xvfb, AT-SPI, speech, chromium, node,
# cage, Xwayland, xdotool and xwd for the kiosk session test, tests/kiosk_session, and nginx and
# the openssl CLI for the reverse-proxy test, tests/kiosk_backend/tst_nginx_front)
set -euo pipefail
what=${1:-build}

# The on-screen keyboard: qt6-virtualkeyboard-plugin is the input method; its Russian ЙЦУКЕН
# (ru_RU) and English layouts and VirtualKeyboardSettings come with
# qml6-module-qtquick-virtualkeyboard (tests/qml/tst_virtual_keyboard checks ru_RU is there). No
# Hunspell dictionary is needed: every kiosk text field turns word prediction off.
build_pkgs=(cmake ninja-build g++ binutils lld make pkg-config python3 curl
  qt6-base-dev qt6-declarative-dev qt6-tools-dev qt6-l10n-tools qt6-speech-dev
  qt6-virtualkeyboard-dev qt6-virtualkeyboard-plugin
  libcpp-httplib-dev libssl-dev nlohmann-json3-dev libsodium-dev libsqlite3-dev libgl-dev sqlite3
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtqml-workerscript
  qml6-module-qttest qml6-module-qttexttospeech qml6-module-qtquick-virtualkeyboard
  qml6-module-qtqml-models qml6-module-qtquick-dialogs fonts-dejavu-core
  qml6-module-qt-labs-folderlistmodel qml6-module-qtcore
  qml6-module-qtmultimedia qt6-multimedia-dev)
test_pkgs=(xvfb xauth dbus at-spi2-core python3-pyatspi openssl
  speech-dispatcher speech-dispatcher-espeak-ng espeak-ng qt6-speech-speechd-plugin
  chromium
  cage xwayland xdotool x11-apps
  nginx)
# Browser tests (tests/browser) also need node and npm. A machine may already have them from
# elsewhere (e.g. NodeSource's nodejs, which bundles npm and conflicts with Debian's npm), so
# Debian's are added only when the commands are missing.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  test_pkgs+=(nodejs npm)
fi

pkgs=("${build_pkgs[@]}")
[ "$what" = test ] && pkgs+=("${test_pkgs[@]}")

missing=()
for p in "${pkgs[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#pkgs[@]} packages present"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null

# Debian's nginx package starts the system service on install, holding port 80 on a CI or
# development machine. tst_nginx_front runs its own unprivileged nginx on random ports, so the
# service is stopped and kept from starting at boot, but only when this script installed it: an
# nginx that was already there belongs to someone and is left alone.
if [[ " ${missing[*]} " == *" nginx "* ]]; then
  if [ -d /run/systemd/system ]; then
    $SUDO systemctl disable --now nginx >/dev/null 2>&1 || true
  else
    $SUDO service nginx stop >/dev/null 2>&1 || true
    $SUDO update-rc.d nginx disable >/dev/null 2>&1 || true
  fi
  echo "install-deps: nginx installed for the tests; its system service is stopped and disabled"
fi
