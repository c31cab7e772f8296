#!/bin/bash
# Retakes packaging/screenshots/ by driving the real app in demo mode as a
# user would (clicks and typing through xdotool). Run it under Xvfb:
#   xvfb-run -a -s '-screen 0 1280x800x24' packaging/take-screenshots.sh
# Needs: apt-get install xdotool imagemagick, and a built build/dev.
set -u
cd "$(dirname "$0")/.."
start=$(date +%s%N)
build/dev/bin/n1sms-desktop --demo &
APP=$!
for i in $(seq 1 100); do WID=$(xdotool search --name '^N1SMS$' 2>/dev/null | head -1); [ -n "$WID" ] && break; sleep 0.1; done
echo "window shown after $(( ($(date +%s%N) - start) / 1000000 )) ms"
sleep 1
import -window root -crop 1180x760+0+0 +repage packaging/screenshots/sign-in.png
# "Fill in the demo account", then "Sign in" (Xvfb has no window manager to
# pass Alt mnemonics on, so these two are clicks at the form's places)
xdotool mousemove 590 507 click 1; sleep 0.3
xdotool mousemove 590 371 click 1; sleep 2
# the service search has the focus: type, Enter takes the match
xdotool type --delay 30 "whats"; sleep 0.5; xdotool key Return; sleep 2
# Ctrl+L filters countries; Enter picks the first match, Enter again asks to buy
xdotool key ctrl+l; xdotool type --delay 30 "Ghana"; sleep 0.5
xdotool key Return; sleep 0.3; xdotool key Return; sleep 1
import -window root -crop 1180x760+0+0 +repage packaging/screenshots/buy-confirmation.png
xdotool key Return
# the demo sandbox sends the SMS 12 s after purchase; polling shows it within 5 s
sleep 19
import -window root -crop 1180x760+0+0 +repage packaging/screenshots/order-code.png
kill $APP
