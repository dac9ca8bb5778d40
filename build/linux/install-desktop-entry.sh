#!/bin/sh
# Put TIPdesk in this user's application menu (no administrator rights needed).
#   ./install-desktop-entry.sh            add the menu entry for the TIPdesk in this folder
#   ./install-desktop-entry.sh --remove   take it out again
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data="${XDG_DATA_HOME:-$HOME/.local/share}"
entry="$data/applications/tipdesk.desktop"
icon="$data/icons/hicolor/256x256/apps/tipdesk.png"
if [ "${1:-}" = "--remove" ]; then
  rm -f "$entry" "$icon"
  echo "TIPdesk was taken out of the application menu (your library and notes are kept)."
  exit 0
fi
mkdir -p "$(dirname "$entry")" "$(dirname "$icon")"
cp "$here/tipdesk.png" "$icon"
sed "s|^Exec=.*|Exec=\"$here/TIPdesk\"|" "$here/tipdesk.desktop" > "$entry"
chmod 644 "$entry"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$(dirname "$entry")" || true
echo "TIPdesk is now in the application menu (it starts $here/TIPdesk)."
