#!/usr/bin/env bash
# Prove the package works where users are (``make package-test``; tests/test_package.py runs it):
#   1. build it (scripts/package.sh) unless --no-build;
#   2. the bundle's --self-test here, with no display;
#   3. the archive holds the folder, the .desktop file and the icon;
#   4. in a minimal Debian 12 root with no Python and only the packages docs/install.md names
#      (scripts/package-root.sh, cached in .work/package/): --self-test again, then the real
#      window under Xvfb: wait for it, type a search, screenshot docs/screenshots/packaged-window.png,
#      quit; nothing may change next to the program and the user's data must be in ~/.local/share.
# Prints PASS/SKIP/FAIL lines (also in .pyinstaller/package-test/summary.txt); exit 1 on any FAIL.
# Step 4 is skipped, with the reason, when not root or when debootstrap cannot run.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=.pyinstaller/package-test
ROOT_DIR=.work/package/bookworm-enduser
SHOT=docs/screenshots/packaged-window.png
QUERY="tráfico de pessoas"
mkdir -p "$OUT"
: >"$OUT/summary.txt"
status=0
report() { echo "$1 $2${3:+: $3}" | tee -a "$OUT/summary.txt"; [ "$1" != FAIL ] || status=1; }

# Poll (up to $1 seconds) until the command in the remaining arguments succeeds.
wait_until() {
  local deadline=$(( $(date +%s) + $1 )); shift
  until "$@"; do
    [ "$(date +%s)" -lt "$deadline" ] || return 1
    sleep 0.2
  done
}

[ "${1:-}" = "--no-build" ] || scripts/package.sh
version=$(.venv/bin/python -c "import tipdesk; print(tipdesk.__version__)")
archive="dist/TIPdesk-$version-linux-x86_64.tar.gz"
[ -f "$archive" ] || { report FAIL build "$archive is missing"; exit 1; }

# --- 2. self-test on the build machine, no display ----------------------------------------------
if env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM dist/TIPdesk/TIPdesk --self-test \
    >"$OUT/self-test-host.txt" 2>&1; then
  report PASS self-test-host "$(tail -1 "$OUT/self-test-host.txt")"
else
  report FAIL self-test-host "$(grep -E '^FAILED|self-test' "$OUT/self-test-host.txt" | tr '\n' ';')"
fi

# --- 3. the archive's layout ---------------------------------------------------------------------
listing=$(tar -tzf "$archive")
missing=""
for entry in TIPdesk/TIPdesk TIPdesk/tipdesk.desktop TIPdesk/tipdesk.png \
    TIPdesk/install-desktop-entry.sh TIPdesk/_internal/resources/seed/catalogue.sqlite \
    TIPdesk/_internal/resources/trust/root.json TIPdesk/_internal/ui/translations/tipdesk_pt.qm \
    TIPdesk/_internal/PySide6/Qt/translations/qtbase_fr.qm TIPdesk/_internal/libgssapi_krb5.so.2; do
  grep -qx "$entry" <<<"$listing" || missing="$missing $entry"
done
if [ -z "$missing" ]; then report PASS archive "$(du -h "$archive" | cut -f1) $archive"
else report FAIL archive "missing:$missing"; fi

# --- 4. a Debian 12 end-user machine --------------------------------------------------------------
set +e
scripts/package-root.sh "$ROOT_DIR" >/dev/null 2>"$OUT/root.txt"
root_status=$?
set -e
if [ "$root_status" = 77 ]; then
  reason=$(grep -o 'SKIP end-user root: .*' "$OUT/root.txt" | cut -d: -f2- | sed 's/^ //')
  report SKIP self-test-debian12 "$reason"
  report SKIP window-debian12 "$reason"
  exit "$status"
elif [ "$root_status" != 0 ]; then
  report FAIL end-user-root "$(tail -3 "$OUT/root.txt" | tr '\n' ' ')"
  exit 1
fi

app_pid="" xvfb_pid=""
cleanup() {
  [ -z "$app_pid" ] || kill "$app_pid" 2>/dev/null || true
  [ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null || true
  if mountpoint -q "$ROOT_DIR/proc"; then umount "$ROOT_DIR/proc"; fi
}
trap cleanup EXIT
rm -rf "$ROOT_DIR/opt/TIPdesk" "$ROOT_DIR/root/.local/share/TIPdesk" "$ROOT_DIR/tmp/"*
tar -C "$ROOT_DIR/opt" -xzf "$archive"
mount -t proc proc "$ROOT_DIR/proc"
in_root() { chroot "$ROOT_DIR" /usr/bin/env -i HOME=/root PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"; }

if in_root /opt/TIPdesk/TIPdesk --self-test >"$OUT/self-test-debian12.txt" 2>&1; then
  report PASS self-test-debian12 "$(tail -1 "$OUT/self-test-debian12.txt")"
else
  report FAIL self-test-debian12 "$(grep -E '^FAILED|self-test' "$OUT/self-test-debian12.txt" | tr '\n' ';')"
fi

# The real window on an X server (Xvfb runs here; the root reaches it through the abstract socket).
display=99
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >"$OUT/xvfb.txt" 2>&1 &
xvfb_pid=$!
wait_until 10 test -S "/tmp/.X11-unix/X$display" || { report FAIL window-debian12 "Xvfb did not start"; exit 1; }
program_files() { (cd "$ROOT_DIR/opt/TIPdesk" && find . -printf '%p %s %T@\n' | sort); }
program_files >"$OUT/program-before.txt"
searches="$ROOT_DIR/tmp/searches.txt"
in_root DISPLAY=":$display" TIPDESK_SEARCH_PROBE=/tmp/searches.txt TIPDESK_PROBE_TIMEOUT=120 \
  /opt/TIPdesk/TIPdesk >"$OUT/window.txt" 2>&1 &
app_pid=$!
window_test() {
  wait_until 90 test -s "$searches" || { echo "the window did not show the library"; return; }
  local wid
  wid=$(DISPLAY=":$display" xdotool search --onlyvisible --name '^TIPdesk$' | head -1)
  [ -n "$wid" ] || { echo "no visible window named TIPdesk"; return; }
  DISPLAY=":$display" xdotool windowfocus --sync "$wid" key ctrl+k type --delay 40 "$QUERY"
  wait_until 30 grep -q "^$QUERY	[1-9]" "$searches" || { echo "no results for '$QUERY': $(tail -3 "$searches" | tr '\n' ' ')"; return; }
  mkdir -p "$(dirname "$SHOT")"
  DISPLAY=":$display" import -window "$wid" -define png:exclude-chunks=date,time "$SHOT"
  DISPLAY=":$display" xdotool key ctrl+q
  wait_until 20 sh -c "! kill -0 $app_pid 2>/dev/null" || { echo "the window did not quit on Ctrl+Q"; return; }
  app_pid=""
  [ -f "$ROOT_DIR/root/.local/share/TIPdesk/catalogue.sqlite" ] || { echo "no user data in ~/.local/share/TIPdesk"; return; }
  program_files >"$OUT/program-after.txt"
  if ! diff -q "$OUT/program-before.txt" "$OUT/program-after.txt" >/dev/null; then
    echo "files changed next to the program: $(diff "$OUT/program-before.txt" "$OUT/program-after.txt" | head -3 | tr '\n' ' ')"
    return
  fi
  echo "ok: searched '$QUERY' ($(grep "^$QUERY	" "$searches" | tail -1 | cut -f2) hits), $SHOT, data in /root/.local/share/TIPdesk, program folder unchanged"
}
result=$(window_test)
if [[ "$result" == ok:* ]]; then report PASS window-debian12 "${result#ok: }"
else report FAIL window-debian12 "$result (log: $OUT/window.txt)"; fi
exit "$status"
