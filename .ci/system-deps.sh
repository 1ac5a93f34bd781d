#!/usr/bin/env bash
# Installs the Debian/Ubuntu libraries Qt needs, only those missing.
# As root it installs them with apt-get; otherwise it prints the exact command
# and carries on (tests that need a missing piece then skip and say so).
# With --require (CI), anything still missing is an error.
set -u
runtime=(libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 libpulse0)
xvfb=(xvfb xdotool x11-utils libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
      libxcb-render-util0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-shape0
      python3-pyatspi at-spi2-core dbus-x11 openbox)
tools=(poppler-utils desktop-file-utils)
require=0
[ "${1:-}" = "--require" ] && require=1

command -v dpkg-query >/dev/null 2>&1 || { echo "system-deps: not a Debian-like system; install Qt's xcb libraries yourself."; exit 0; }

missing=()
for p in "${runtime[@]}" "${xvfb[@]}" "${tools[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  if apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; then
    exit 0
  fi
  echo "system-deps: apt-get failed" >&2
else
  echo "system-deps: missing system packages: ${missing[*]}"
  echo "system-deps: install them with: sudo apt-get install ${missing[*]}"
  echo "system-deps: tests that need them will be skipped."
fi
[ $require -eq 1 ] && exit 1
exit 0
