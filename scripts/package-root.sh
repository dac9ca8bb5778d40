#!/usr/bin/env bash
# Make (once) a minimal Debian 12 root that looks like an end user's machine: `debootstrap
# --variant=minbase bookworm`, no Python, plus ONLY the packages docs/install.md asks users for.
#   scripts/package-root.sh DIR      prints DIR when it is ready; exit 77 = cannot be made here
# The root is cached in DIR (the package test uses .work/package/bookworm-enduser) and rebuilt when
# the package list below changes. Needs root and Debian's mirror (taken from this machine's apt
# sources).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT_DIR="${1:?usage: scripts/package-root.sh DIR}"
# Keep in step with docs/install.md ("On a minimal system ...").
USER_PACKAGES="libgl1 libegl1 fontconfig-config fonts-dejavu-core"
STAMP="$ROOT_DIR/.tipdesk-root-ready"

skip() { echo "SKIP end-user root: $*" >&2; exit 77; }

[ "$(id -u)" = 0 ] || skip "debootstrap and chroot need root (run as root, or in CI)"
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$USER_PACKAGES" ]; then
  echo "$ROOT_DIR"
  exit 0
fi
command -v debootstrap >/dev/null || skip "debootstrap is not installed (scripts/bootstrap.sh package installs it)"

apt_mirror() {
  # The first Debian mirror in this machine's apt sources (deb822 or one-line style).
  local uri=""
  if ls /etc/apt/sources.list.d/*.sources >/dev/null 2>&1; then
    uri=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/*.sources)
  fi
  if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
    uri=$(awk '$1 == "deb" && $3 ~ /^bookworm$/ {print $2; exit}' /etc/apt/sources.list)
  fi
  echo "${uri:-http://deb.debian.org/debian}"
}

unmount_proc() { if mountpoint -q "$ROOT_DIR.building/proc" 2>/dev/null; then umount "$ROOT_DIR.building/proc"; fi; }
trap unmount_proc EXIT

mirror=$(apt_mirror)
started=$(date +%s)
rm -rf "$ROOT_DIR" "$ROOT_DIR.building"
mkdir -p "$(dirname "$ROOT_DIR")"
echo "debootstrap --variant=minbase bookworm from $mirror (log: $ROOT_DIR.log)" >&2
if ! debootstrap --variant=minbase bookworm "$ROOT_DIR.building" "$mirror" >"$ROOT_DIR.log" 2>&1; then
  tail -5 "$ROOT_DIR.log" >&2
  rm -rf "$ROOT_DIR.building"
  skip "debootstrap failed (no access to $mirror?); see $ROOT_DIR.log"
fi
cp /etc/resolv.conf "$ROOT_DIR.building/etc/resolv.conf"
mount -t proc proc "$ROOT_DIR.building/proc"
echo "apt-get install --no-install-recommends $USER_PACKAGES" >&2
chroot "$ROOT_DIR.building" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin \
  DEBIAN_FRONTEND=noninteractive sh -c \
  "apt-get update -qq && apt-get install -y -qq --no-install-recommends $USER_PACKAGES && apt-get clean" \
  >>"$ROOT_DIR.log" 2>&1 || { tail -5 "$ROOT_DIR.log" >&2; exit 1; }
unmount_proc
if chroot "$ROOT_DIR.building" sh -c 'ls /usr/bin/python* /usr/local/bin/python*' >/dev/null 2>&1; then
  echo "package-root: the end-user root has a Python; it must not" >&2
  exit 1
fi
echo "$USER_PACKAGES" >"$ROOT_DIR.building/.tipdesk-root-ready"
mv "$ROOT_DIR.building" "$ROOT_DIR"
echo "end-user root ready in $(( $(date +%s) - started )) s ($(du -sh "$ROOT_DIR" | cut -f1))" >&2
echo "$ROOT_DIR"
