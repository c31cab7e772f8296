#!/bin/sh
# Installs what building and testing N1SMS Desktop needs on Debian 12 (and
# what packaging/take-screenshots.sh drives the app with), and
# nothing when all of it is already there (so it is quiet and fast on re-runs).
set -eu

packages="
cmake ninja-build g++ clang libclang-rt-14-dev ccache pkgconf python3
qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev qt6-svg-dev
qt6-translations-l10n libgl-dev libqt6sql6-sqlite
xvfb xauth dbus dbus-x11 gnome-keyring fonts-dejavu-core fonts-noto-color-emoji
desktop-file-utils appstream dpkg-dev lintian man-db bash-completion
xdotool imagemagick faketime x11-utils
openbox tint2 dunst at-spi2-core python3-pyatspi weston qt6-wayland
"

missing=""
for p in $packages; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
    sudo=sudo
else
    sudo=
fi
echo "Installing:$missing"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null
