#!/usr/bin/env bash
# Runs a command with the computer's clock moved to 31 December 2031, 23:30 in Vietnam: a day that is not
# today, the last half hour of a year, in the clerks' time zone. Every test names the day it needs through an
# injected clock; a test or a product path that reads the real clock instead fails here at once, not months
# later when the calendar moves on. (libfaketime, Debian package faketime, installed by the pretest step.)
set -euo pipefail
export TZ=Asia/Ho_Chi_Minh
exec faketime '2031-12-31 23:30:00' "$@"
