#!/bin/sh
# Runs a command beside a headless Weston, a Wayland compositor that draws
# into memory: QT_QPA_PLATFORM=wayland and WAYLAND_DISPLAY (the socket's full
# path) are set for it. The compositor and its folder are gone afterwards.
# packaging/install-build-deps.sh installs weston and qt6-wayland.
#   tests/desktop/with_weston.sh COMMAND [ARGS...]
set -eu
run=$(mktemp -d)
chmod 700 "$run"
XDG_RUNTIME_DIR="$run" weston --backend=headless-backend.so --socket=wayland-n1sms \
    --idle-time=0 --width=1280 --height=800 >"$run/weston.log" 2>&1 &
weston=$!
trap 'kill $weston 2>/dev/null; wait $weston 2>/dev/null; rm -rf "$run"' EXIT INT TERM
tries=0
until [ -S "$run/wayland-n1sms" ]; do
    tries=$((tries + 1))
    [ $tries -lt 100 ] || { echo "with_weston.sh: weston did not start" >&2; cat "$run/weston.log" >&2; exit 1; }
    sleep 0.1
done
export QT_QPA_PLATFORM=wayland WAYLAND_DISPLAY="$run/wayland-n1sms" N1SMS_TEST_WAYLAND=1
"$@"
