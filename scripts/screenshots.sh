#!/usr/bin/env bash
# Take the README's screenshots of the real window under a virtual X display (make screenshots).
#   scripts/screenshots.sh [OUTPUT_DIR]     (default: docs/screenshots)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh screenshots
out="${1:-docs/screenshots}"
# A fixed, English-speaking locale so the "system language" is the same everywhere.
export LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=xcb
unset QT_SCALE_FACTOR QT_SCREEN_SCALE_FACTORS
xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" .venv/bin/python scripts/screenshots.py "$out"
