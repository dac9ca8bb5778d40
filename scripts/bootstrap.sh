#!/usr/bin/env bash
# Set up what TIPdesk needs on a Debian 12 machine: system libraries for Qt (when run as root and
# they are missing), a virtual environment in .venv, and the package with the extras asked for.
#   scripts/bootstrap.sh [run|test|package|screenshots]
set -euo pipefail
cd "$(dirname "$0")/.."
purpose="${1:-run}"

# Libraries Qt needs offscreen (tests) and on a real X11 display (the app); fonts for accents.
QT_OFFSCREEN="libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libxkbcommon0 libbrotli1 fonts-dejavu-core"
QT_XCB="libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0"
case "$purpose" in
  run) packages="$QT_OFFSCREEN $QT_XCB" ;;
  test) packages="$QT_OFFSCREEN" ;;
  screenshots) packages="$QT_OFFSCREEN $QT_XCB xvfb xauth xdotool imagemagick poppler-utils" ;;
  package) packages="$QT_OFFSCREEN $QT_XCB binutils libpython3.11 xvfb xauth xdotool imagemagick debootstrap" ;;
  *) echo "usage: $0 [run|test|package|screenshots]" >&2; exit 2 ;;
esac

missing=""
if command -v dpkg >/dev/null 2>&1; then
  for p in $packages python3-venv; do
    # Debian's python3 has the venv module but not ensurepip until python3-venv is installed.
    [ "$p" = python3-venv ] && python3 -c "import ensurepip" >/dev/null 2>&1 && continue
    dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
  done
fi
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing system packages:$missing"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
  else
    echo "TIPdesk needs these Debian packages; please install them:" >&2
    echo "  sudo apt-get install$missing" >&2
  fi
fi

extras="gui"
case "$purpose" in
  test|screenshots) extras="test" ;;
  package) extras="test,package" ;;
esac
stamp=".venv/.installed-$extras"
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[$extras]"
  touch "$stamp"
fi
# Compile the interface translations (.ts -> .qm) when Qt's tools are there; each .qm is written
# to a temporary file and renamed into place, so a running window or test never reads half of one.
if [ -x .venv/bin/pyside6-lrelease ] && ls ui/translations/*.ts >/dev/null 2>&1; then
  ui/translations/compile.sh
fi
