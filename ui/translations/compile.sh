#!/usr/bin/env bash
# Compile the interface translations (ui/translations/*.ts -> .qm) that are missing or older than
# their .ts. Each catalogue is written to a temporary file in the same folder and renamed into place
# (atomic on one file system), so a TIPdesk window or test process loading a .qm at that moment
# gets the old file or the new one, never a half-written one. Run by scripts/bootstrap.sh and
# ui/translations/update.sh; tests/gui/conftest.py does the same in Python.
#   ui/translations/compile.sh [--force]
set -euo pipefail
cd "$(dirname "$0")/../.."
lrelease=.venv/bin/pyside6-lrelease
force="${1:-}"
for ts in ui/translations/*.ts; do
  qm="${ts%.ts}.qm"
  if [ "$force" = "--force" ] || [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    tmp="$qm.$$.tmp"  # one per process: two compiling at once never share a temporary file
    if ! "$lrelease" -silent "$ts" -qm "$tmp"; then
      rm -f "$tmp"
      echo "compile.sh: lrelease failed on $ts" >&2
      exit 1
    fi
    mv -f "$tmp" "$qm"
  fi
done
