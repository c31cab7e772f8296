#!/bin/sh
# Runs a command against a real, throwaway Secret Service: a private D-Bus
# session with gnome-keyring unlocked, in a temporary HOME that is removed
# afterwards. No fake keychain is involved.
set -eu
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT INT TERM
export HOME="$home"
export XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config"
export XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# The keyring daemon leaves when its session bus goes away.
dbus-run-session -- sh -c '
    printf throwaway | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' sh "$@"
