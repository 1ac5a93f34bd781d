#!/usr/bin/env sh
# Install NeuroFoot's desktop integration files: the .desktop launcher, the AppStream
# metainfo and the hicolor icons (PNG 16-512 px and the scalable SVG).
#
#   packaging/linux/install-data.sh PREFIX        e.g. /usr, /app (Flatpak), ~/.local
#
# $DESTDIR is honoured, as in `make install`: DESTDIR=/tmp/stage install-data.sh /usr
# The program itself is installed separately (pip/pipx, the Flatpak module, or the
# PyInstaller bundle with a `neurofoot` link on PATH).
set -eu
[ $# -eq 1 ] || { echo "usage: $0 PREFIX" >&2; exit 2; }
PREFIX=$1
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
APP_ID=org.neurofoot.NeuroFoot
SHARE="${DESTDIR:-}$PREFIX/share"

install -Dm644 "$HERE/$APP_ID.desktop" "$SHARE/applications/$APP_ID.desktop"
install -Dm644 "$HERE/$APP_ID.metainfo.xml" "$SHARE/metainfo/$APP_ID.metainfo.xml"
for png in "$ROOT"/resources/icons/neurofoot-*.png; do
  size=$(basename "$png" .png | sed 's/^neurofoot-//')
  install -Dm644 "$png" "$SHARE/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
install -Dm644 "$ROOT/resources/icons/neurofoot.svg" \
  "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
echo "installed the launcher, metainfo and icons under $SHARE"
