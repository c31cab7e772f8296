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
# A display of its own: a number from this script's process id, another if
# that one is taken (its Xvfb then ends at once), so that two of these at once
# never share one, as xvfb-run -a and Xvfb -displayfd can.
xvfb=""
trap 'if [ -n "$xvfb" ]; then kill $xvfb 2>/dev/null; wait $xvfb 2>/dev/null; fi; rm -rf "$home"' EXIT INT TERM
for attempt in 1 2 3 4 5; do
    n=$(( ($$ + attempt * 7919) % 4000 + 200 ))
    [ ! -e "/tmp/.X$n-lock" ] || continue
    Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp 2>"$home/xvfb.log" &
    xvfb=$!
    tries=0
    until DISPLAY=":$n" xdpyinfo >/dev/null 2>&1; do
        tries=$((tries + 1))
        if ! kill -0 $xvfb 2>/dev/null || [ $tries -ge 100 ]; then
            kill $xvfb 2>/dev/null || true
            xvfb=""
            break
        fi
        sleep 0.1
    done
    # Ours, and still running (not another's on the same number).
    if [ -n "$xvfb" ] && kill -0 $xvfb 2>/dev/null; then
        break
    fi
    xvfb=""
done
[ -n "$xvfb" ] || { echo "with_desktop.sh: Xvfb did not start" >&2; cat "$home/xvfb.log" >&2; exit 1; }
export DISPLAY=":$n"
export HOME="$home"
export XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config"
export XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=xcb N1SMS_TEST_DESKTOP=1
# Each part is started, then asked whether it is up, before the next one and
# before the command runs; one that ended without coming up is started again
# (twice at most). The session bus ends them all when it goes.
dbus-run-session -- sh -c '
    here=$1; shift
    # Asked without starting another (a name lookup, not a call to it).
    owned() {
        dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
            org.freedesktop.DBus.NameHasOwner "string:$1" 2>/dev/null | grep -q "boolean true"
    }
    wm_up() { xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q "window id"; }
    tray_up() { xwininfo -root -tree 2>/dev/null | grep -q tint2; }
    notifications_up() { owned org.freedesktop.Notifications; }
    a11y_up() { owned org.a11y.Bus; }
    # start NAME CHECK COMMAND...
    start() {
        name=$1 check=$2
        shift 2
        for attempt in 1 2 3; do
            "$@" >"$HOME/$name.log" 2>&1 &
            pid=$!
            tries=0
            while [ $tries -lt 100 ]; do
                $check && return 0
                kill -0 $pid 2>/dev/null || break
                tries=$((tries + 1))
                sleep 0.1
            done
            kill $pid 2>/dev/null || true
        done
        echo "with_desktop.sh: $name did not come up" >&2
        tail -n 20 "$HOME"/*.log >&2
        exit 1
    }
    start openbox wm_up openbox --config-file "$here/openbox.xml"
    start tint2 tray_up tint2 -c "$here/tint2rc"
    start dunst notifications_up dunst -config "$here/dunstrc"
    start atspi a11y_up /usr/libexec/at-spi-bus-launcher --launch-immediately
    "$@"' sh "$here" "$@"
