#!/bin/sh
# Runs a command on a throwaway desktop like a user's, as with_keyring.sh does
# for the keychain: Xvfb with a window manager (openbox), a panel with a
# system tray (tint2), a notification server (dunst) and the accessibility
# bus (at-spi), all on a private D-Bus session, in a temporary HOME that is
# removed afterwards. packaging/install-build-deps.sh installs them.
#   tests/desktop/with_desktop.sh COMMAND [ARGS...]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT INT TERM
export HOME="$home"
export XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config"
export XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=xcb N1SMS_TEST_DESKTOP=1
# Each part is asked whether it is up before the command runs; the session
# bus ends them all when it goes.
exec xvfb-run -a -s '-screen 0 1280x800x24' dbus-run-session -- sh -c '
    here=$1; shift
    openbox --config-file "$here/openbox.xml" >"$HOME/openbox.log" 2>&1 &
    tint2 -c "$here/tint2rc" >"$HOME/tint2.log" 2>&1 &
    dunst -config "$here/dunstrc" >"$HOME/dunst.log" 2>&1 &
    /usr/libexec/at-spi-bus-launcher --launch-immediately >"$HOME/atspi.log" 2>&1 &
    up() {
        tries=0
        until "$@" >/dev/null 2>&1; do
            tries=$((tries + 1))
            [ $tries -lt 100 ] || { echo "with_desktop.sh: not up: $*" >&2; exit 1; }
            sleep 0.1
        done
    }
    up sh -c "xprop -root _NET_SUPPORTING_WM_CHECK | grep -q window"
    # Asked without starting another (a name lookup, not a call to it).
    owned() {
        dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
            org.freedesktop.DBus.NameHasOwner "string:$1" | grep -q "boolean true"
    }
    up owned org.freedesktop.Notifications
    up owned org.a11y.Bus
    up sh -c "xwininfo -root -tree | grep -q tint2"
    "$@"' sh "$here" "$@"
