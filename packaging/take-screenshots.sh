#!/bin/bash
# Retakes packaging/screenshots/ by driving the real app in demo mode as a
# user would (typing and keys through xdotool), in English, in French, in the
# dark colours, at 200 % scale, on a 1024x600 screen and on a 1440x900 one at
# 200 %, and the order book through its GUI test. Each session has an Xvfb
# screen of its own size:
#   packaging/take-screenshots.sh
# Needs: apt-get install xvfb xdotool imagemagick, and a built build/dev.
set -u
cd "$(dirname "$0")/.."
out=packaging/screenshots
if [ "${1:-}" != "--session" ]; then
    config=$(mktemp -d)
    trap 'rm -rf "$config"' EXIT
fi

# One demo session: sign in, WhatsApp, Ghana, buy, wait for the code.
# $1: file name prefix; the environment chooses language, colours and scale.
session() {
    local prefix=$1
    start=$(date +%s%N)
    XDG_CONFIG_HOME=$config build/dev/bin/n1sms-desktop --demo &
    APP=$!
    for i in $(seq 1 100); do
        # The main window: the app's one window larger than a helper's 3x3.
        WID=""
        for candidate in $(xdotool search --class n1sms-desktop 2>/dev/null); do
            eval "$(xdotool getwindowgeometry --shell "$candidate")"
            [ "$WIDTH" -gt 100 ] && [ "$HEIGHT" -gt 100 ] && WID=$candidate
        done
        [ -n "$WID" ] && break
        sleep 0.1
    done
    echo "$prefix: window shown after $(( ($(date +%s%N) - start) / 1000000 )) ms"
    sleep 1
    # The size the app chose for this screen (it leaves room for a title bar).
    eval "$(xdotool getwindowgeometry --shell "$WID")"
    local height=$HEIGHT grab="import -window root -crop ${WIDTH}x${HEIGHT}+${X}+${Y} +repage"
    echo "$prefix: window ${WIDTH}x${HEIGHT} on the screen"
    # No window manager: keys go to the window under the pointer, and a click
    # on an empty spot makes it the active one (for its shortcuts).
    xdotool mousemove --window "$WID" 40 $((height - 40)) click 1
    sleep 1.5
    [ "$prefix" = "" ] && $grab "$out/sign-in.png"
    # The email field has the focus; the demo account's details as a user types them.
    xdotool type --delay 20 "demo@n1sms.test"; xdotool key Tab
    xdotool type --delay 20 "demo-password"; xdotool key Return; sleep 2
    # The service search has the focus: type, Enter takes the match.
    xdotool type --delay 30 "whats"; sleep 0.5; xdotool key Return; sleep 2
    # Ctrl+L filters countries; Enter picks the first match, Enter again asks to buy.
    xdotool key ctrl+l; xdotool type --delay 30 "Ghana"; sleep 0.5
    xdotool key Return; sleep 0.3; xdotool key Return; sleep 1
    $grab "$out/${prefix}buy-confirmation.png"
    xdotool key Return
    # The demo sandbox sends the SMS 12 s after purchase; polling shows it within 5 s.
    sleep 19
    $grab "$out/${prefix}order-code.png"
    if [ "$prefix" = "" ]; then
        # The closed confirmation leaves no window active without a window manager.
        xdotool mousemove --window "$WID" 40 $((height - 40)) click 1
        xdotool key ctrl+comma; sleep 1
        $grab "$out/settings.png"
        xdotool key Escape; sleep 0.3
    fi
    kill $APP
    wait $APP 2>/dev/null
}

# Inside the Xvfb of one session: run it.
if [ "${1:-}" = "--session" ]; then
    config=$3
    session "$2"
    exit 0
fi

# One session on a screen of this size (in pixels); the environment chooses
# language, colours and scale. The app sizes its window for the screen.
on_screen() {
    local prefix=$1 width=$2 height=$3
    xvfb-run -a -s "-screen 0 ${width}x${height}x24" bash "$0" --session "$prefix" "$config"
}

mkdir -p "$config/N1SMS"
: > "$config/N1SMS/n1sms-desktop.conf"
# Screens a little larger than the window's default 1180x760.
LANG=en_GB.UTF-8 LC_ALL=en_GB.UTF-8 on_screen "" 1196 808
LANG=fr_FR.UTF-8 LC_ALL=fr_FR.UTF-8 on_screen "fr-" 1196 808
printf '[settings]\ntheme=2\n' > "$config/N1SMS/n1sms-desktop.conf"
LANG=en_GB.UTF-8 LC_ALL=en_GB.UTF-8 on_screen "dark-" 1196 808
: > "$config/N1SMS/n1sms-desktop.conf"
QT_SCALE_FACTOR=2 LANG=en_GB.UTF-8 LC_ALL=en_GB.UTF-8 on_screen "scale200-" 2392 1616
# A netbook's screen, and a 1440x900 laptop at 200 % (720x450 points), the
# window as large as the screen.
LANG=en_GB.UTF-8 LC_ALL=en_GB.UTF-8 on_screen "screen1024x600-" 1024 600
QT_SCALE_FACTOR=2 LANG=fr_FR.UTF-8 LC_ALL=fr_FR.UTF-8 on_screen "screen1440x900-200-" 1440 900
# The order book (a labelled number, the figures, an ended order offering
# Buy again and Try another country): an expiry takes 20 minutes in the demo,
# so these come from the GUI test that makes them happen on a fast sandbox,
# grabbed from the real window.
QT_QPA_PLATFORM=offscreen N1SMS_SCREENSHOT_DIR="$out" build/dev/tests/tst_gui_book \
    aLabelledNumber_isFoundByItsLabelAfterARestart anOrderWithoutACode_isTriedAgain_thereAndElsewhere \
    theFigures_andTheExport_sayWhatTheBookHolds > /dev/null
# Watches and Buy best: a watch met, its dialog, a plan before and after its
# one confirmation (two countries sold out meanwhile).
QT_QPA_PLATFORM=offscreen N1SMS_SCREENSHOT_DIR="$out" build/dev/tests/tst_gui_watches > /dev/null
# On a desktop like a user's (openbox, tint2's tray, dunst): a code's
# notification over the window, the tray icon counting the waiting order.
N1SMS_SCREENSHOT_DIR="$PWD/$out" tests/desktop/with_desktop.sh build/dev/tests/tst_desktop \
    codeNotification_goesOverTheBus_andClickingItCopiesTheCode > /dev/null
# Under Wayland (a headless Weston), signed in: what the window draws.
N1SMS_SCREENSHOT_DIR="$PWD/$out" tests/desktop/with_weston.sh build/dev/tests/tst_wayland > /dev/null
# The README shows these at a readable size; the 200 % ones are kept whole.
ls -l "$out"
