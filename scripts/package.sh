#!/usr/bin/env bash
# Build the Linux package (``make package``): dist/TIPdesk/ and dist/TIPdesk-<version>-linux-x86_64.tar.gz.
#   1. stage the bundled library, its seed (catalogue + search index) and the trust root;
#   2. run PyInstaller on build/tipdesk.spec, scratch in .pyinstaller/ (never ./build: the spec lives there);
#   3. fail if a library users should not have to install was missing on this machine;
#   4. add the .desktop file, the icon and the menu-entry script, and pack the archive.
# Run scripts/bootstrap.sh package first (the Makefile does): it installs PyInstaller, the libxcb
# libraries that get copied into the bundle, and compiles the interface translations.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
WORK=.pyinstaller
STAGING="$WORK/staging"
LOG="$WORK/pyinstaller.log"
version=$("$PY" -c "import tipdesk; print(tipdesk.__version__)")
archive="dist/TIPdesk-$version-linux-x86_64.tar.gz"
mkdir -p "$WORK" dist
started=$(date +%s)

"$PY" build/stage.py "$STAGING"

echo "PyInstaller (log: $LOG)"
if ! TIPDESK_STAGING="$STAGING" "$PY" -m PyInstaller --noconfirm --log-level WARN \
    --workpath "$WORK/work" --distpath dist build/tipdesk.spec >"$LOG" 2>&1; then
  tail -30 "$LOG" >&2
  echo "package: PyInstaller failed (whole log: $LOG)" >&2
  exit 1
fi
# The libraries the README does not ask users to install must be inside the bundle.
if grep -E "Library not found.*'(libxcb|libxkbcommon)" "$LOG" >&2; then
  echo "package: the xcb/xkbcommon libraries above are missing on this build machine, so users" >&2
  echo "would have to install them; run scripts/bootstrap.sh package (as root) and build again." >&2
  exit 1
fi
grep -E "WARNING: Library not found" "$LOG" | sed 's/^/  (expected, left out on purpose) /' || true

cp build/linux/tipdesk.desktop build/linux/install-desktop-entry.sh ui/icons/tipdesk.png dist/TIPdesk/
chmod 755 dist/TIPdesk/install-desktop-entry.sh
rm -f "$archive"
tar -C dist --sort=name --owner=0 --group=0 --numeric-owner -czf "$archive" TIPdesk
echo "built dist/TIPdesk ($(du -sh dist/TIPdesk | cut -f1)) and $archive ($(du -h "$archive" | cut -f1)) in $(( $(date +%s) - started )) s"
