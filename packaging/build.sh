#!/usr/bin/env bash
# Build NeuroFoot's Linux onedir bundle with PyInstaller, from a clean venv, then
# prove that the bundled program runs and print the bundle's size.
#
#   packaging/build.sh [--workdir DIR] [--reuse-venv] [--python PYTHON]
#
# Steps: copy the source tree (git-tracked and new, unignored files) to WORKDIR/src,
# build sdist + wheel from it with `python -m build`, create WORKDIR/venv from scratch,
# install the wheel and PyInstaller there, run packaging/neurofoot.spec, then:
#   * `neurofoot --version` and the sub-commands' --help,
#   * the GUI offscreen (QT_QPA_PLATFORM=offscreen) for a few seconds: it must still
#     be running (no crash, no missing plugin) when we stop it,
#   * under Xvfb, when Xvfb and xdotool are installed: a window titled "NeuroFoot",
#   * the bundle's size against MAX_BUNDLE_MB (default 250), and a .tar.gz of it.
# Output: WORKDIR/dist/neurofoot/ (run ./neurofoot inside it) and
#         WORKDIR/neurofoot-<version>-linux-<arch>.tar.gz
# WORKDIR defaults to build/pyinstaller in the repository (ignored by git).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WORKDIR="$ROOT/build/pyinstaller"
PYTHON=${PYTHON:-python3}
REUSE_VENV=0
MAX_MB=${MAX_BUNDLE_MB:-250}
PYINSTALLER_SPEC=${PYINSTALLER_SPEC:-pyinstaller>=6.10,<7}

while [ $# -gt 0 ]; do
  case "$1" in
    --workdir) WORKDIR=$2; shift 2 ;;
    --reuse-venv) REUSE_VENV=1; shift ;;
    --python) PYTHON=$2; shift 2 ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
mkdir -p "$WORKDIR"
WORKDIR=$(cd "$WORKDIR" && pwd)
step() { printf '\n== %s\n' "$*"; }
fail() { echo "build.sh: $*" >&2; exit 1; }

step "copying the source tree to $WORKDIR/src"
rm -rf "$WORKDIR/src" "$WORKDIR/wheel"
mkdir -p "$WORKDIR/src"
if git -C "$ROOT" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  # Tracked and new files, without anything .gitignore excludes (venvs, build output).
  (cd "$ROOT" && git ls-files -z --cached --others --exclude-standard \
     | while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done \
     | tar --null -cf - -T -) | tar -xf - -C "$WORKDIR/src"
else
  tar -C "$ROOT" --exclude=.venv --exclude=build --exclude=dist --exclude='*.egg-info' \
      --exclude=__pycache__ --exclude=.git -cf - . | tar -xf - -C "$WORKDIR/src"
fi

step "creating a clean venv ($PYTHON)"
VENV="$WORKDIR/venv"
if [ $REUSE_VENV -eq 0 ] || [ ! -x "$VENV/bin/python" ]; then
  rm -rf "$VENV"
  "$PYTHON" -m venv "$VENV"
fi
PY="$VENV/bin/python"
"$PY" -m pip install --quiet --upgrade pip
"$PY" -m pip install --quiet build "$PYINSTALLER_SPEC"

step "building sdist and wheel"
"$PY" -m build --outdir "$WORKDIR/wheel" "$WORKDIR/src"
WHEEL=$(ls "$WORKDIR"/wheel/neurofoot_desktop-*.whl)
"$PY" -m pip install --quiet --force-reinstall "$WHEEL"
VERSION=$("$PY" -c 'import neurofoot_desktop as n; print(n.__version__)')
echo "wheel: $WHEEL (version $VERSION)"

step "running PyInstaller"
DIST="$WORKDIR/dist"
rm -rf "$DIST" "$WORKDIR/work"
# Run from outside the source tree so the installed package, not ./neurofoot_desktop,
# is what PyInstaller analyses.
(cd "$WORKDIR" && "$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
   --distpath "$DIST" --workpath "$WORKDIR/work" "$WORKDIR/src/packaging/neurofoot.spec")
BUNDLE="$DIST/neurofoot"
EXE="$BUNDLE/neurofoot"
[ -x "$EXE" ] || fail "PyInstaller did not produce $EXE"

# Some Pythons (pyenv builds, for one) ship libpython with its debug info: 15+ MB that
# nobody needs at run time. Only libpython: other wheels' libraries were patched by
# auditwheel, and stripping those can break them.
if command -v strip >/dev/null; then
  for lib in "$BUNDLE"/_internal/libpython3*.so*; do
    [ -f "$lib" ] && [ ! -L "$lib" ] && strip --strip-debug "$lib"
  done
fi

step "checking that every bundled library finds its dependencies"
# Libraries the desktop provides, not the bundle: libspeechd.so.2 comes with
# speech-dispatcher (spoken cues; without it speech is simply off).
HOST_PROVIDED='^(libspeechd\.so\.2)$'
missing=$( { find "$BUNDLE/_internal" -type f \( -name '*.so' -o -name '*.so.*' \) -print0 \
  | LD_LIBRARY_PATH="$BUNDLE/_internal" xargs -0 -n 20 ldd 2>/dev/null || true; } \
  | awk -v host="$HOST_PROVIDED" '/^\// {file=$1} /not found/ && $1 !~ host {print file " needs " $1}' \
  | sort -u)
if [ -n "$missing" ]; then
  echo "$missing" >&2
  fail "some bundled libraries miss a dependency (see DROP in packaging/neurofoot.spec)"
fi
echo "ldd: no missing libraries"

step "smoke test: command line"
SMOKE=$(mktemp -d)
trap 'rm -rf "$SMOKE"' EXIT
export NEUROFOOT_DATA_DIR="$SMOKE/data"
got=$(cd "$SMOKE" && "$EXE" --version)
[ "$got" = "NeuroFoot $VERSION" ] || fail "--version printed '$got', expected 'NeuroFoot $VERSION'"
echo "$got"
for cmd in export import recommend check restore; do
  (cd "$SMOKE" && "$EXE" "$cmd" --help >/dev/null) || fail "'neurofoot $cmd --help' failed"
done
echo "sub-commands: --help works for export, import, recommend, check, restore"
for f in resources/protocol.toml resources/icons/neurofoot.svg resources/icons/neurofoot-256.png; do
  [ -f "$BUNDLE/_internal/neurofoot_desktop/$f" ] || fail "the bundle lacks neurofoot_desktop/$f"
done
echo "resources: protocol.toml and icons are in the bundle"

step "smoke test: the window, offscreen"
# The GUI must still be running after a few seconds (it would exit at once on a
# missing Qt plugin or an import error); then we stop it.
(cd "$SMOKE" && QT_QPA_PLATFORM=offscreen timeout 8 "$EXE" >"$SMOKE/gui.log" 2>&1) && rc=0 || rc=$?
if [ $rc -ne 124 ]; then
  cat "$SMOKE/gui.log" >&2
  fail "the GUI exited by itself (status $rc) instead of running"
fi
if grep -Eiq "traceback|could not (load|find)|failed to" "$SMOKE/gui.log"; then
  cat "$SMOKE/gui.log" >&2
  fail "the GUI wrote errors while starting"
fi
echo "the GUI ran offscreen for 8 s without errors"

if command -v Xvfb >/dev/null && command -v xdotool >/dev/null; then
  step "smoke test: the window under Xvfb"
  Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3>"$SMOKE/display" \
    >"$SMOKE/xvfb.log" 2>&1 &
  XVFB_PID=$!
  for _ in $(seq 1 80); do [ -s "$SMOKE/display" ] && break; sleep 0.25; done
  DISPLAY_NUM=$(tr -dc 0-9 <"$SMOKE/display")
  [ -n "$DISPLAY_NUM" ] || fail "Xvfb did not start: $(cat "$SMOKE/xvfb.log")"
  (cd "$SMOKE" && DISPLAY=":$DISPLAY_NUM" QT_QPA_PLATFORM=xcb "$EXE" >"$SMOKE/x.log" 2>&1) &
  APP_PID=$!
  found=""
  for _ in $(seq 1 60); do
    found=$(DISPLAY=":$DISPLAY_NUM" xdotool search --onlyvisible --name '^NeuroFoot$' 2>/dev/null || true)
    [ -n "$found" ] && break
    kill -0 $APP_PID 2>/dev/null || break
    sleep 0.5
  done
  kill $APP_PID 2>/dev/null || true
  wait $APP_PID 2>/dev/null || true
  kill $XVFB_PID 2>/dev/null || true
  wait $XVFB_PID 2>/dev/null || true
  if [ -z "$found" ]; then
    cat "$SMOKE/x.log" >&2
    fail "no window titled NeuroFoot appeared under Xvfb"
  fi
  echo "a window titled NeuroFoot appeared under Xvfb"
else
  echo "(Xvfb or xdotool not installed: skipped the X11 window check)"
fi

step "size"
ARCHIVE="$WORKDIR/neurofoot-$VERSION-linux-$(uname -m).tar.gz"
tar -C "$DIST" -czf "$ARCHIVE" neurofoot
SIZE_MB=$(du -sm "$BUNDLE" | cut -f1)
ARCHIVE_MB=$(du -sm "$ARCHIVE" | cut -f1)
echo "biggest parts:"
du -sm "$BUNDLE"/_internal/* | sort -rn | head -8 | sed 's/^/  /'
echo "bundle: $BUNDLE"
echo "bundle size: ${SIZE_MB} MB (limit ${MAX_MB} MB); archive: $ARCHIVE (${ARCHIVE_MB} MB)"
[ "$SIZE_MB" -le "$MAX_MB" ] || fail "the bundle is ${SIZE_MB} MB, more than ${MAX_MB} MB"
