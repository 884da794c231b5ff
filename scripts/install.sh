#!/usr/bin/env bash
# Installs Loop on Raspberry Pi OS Bookworm (arm64 or armhf) as root:
#   sudo ./install.sh [ARCHIVE]            install or upgrade (ARCHIVE defaults to loop-server.zip
#                                          next to this script; build it with scripts/package)
#   sudo ./install.sh --uninstall [--purge] remove Loop; --purge also removes data, logs, settings
#                                          and the loop user
#   ./install.sh --root DIR [...]          dry run: writes everything under DIR, runs no apt-get,
#                                          useradd or systemctl and prints them instead (tests)
# What it sets up: apt packages (Java 17 JRE, ffmpeg, unzip, curl, fonts), a `loop` system user in
# the spi, gpio and video groups, the release under /opt/loop/<version> with /opt/loop/current
# pointing at it, helpers in /opt/loop/bin, data in /var/lib/loop, logs in /var/log/loop, settings
# in /etc/loop/loop.env (written once, never overwritten), SPI on in the boot config, and the units
# loop.service, loop-watchdog.timer, loop-blank.service and loop-update.service. Safe to re-run.
set -euo pipefail

R=""
MODE=install
PURGE=false
ARCHIVE=""
while [ $# -gt 0 ]; do
  case "$1" in
    --root) R="$(mkdir -p "${2:?--root needs a directory}" && cd "$2" && pwd)"; shift 2 ;;
    --uninstall) MODE=uninstall; shift ;;
    --purge) PURGE=true; shift ;;
    -h | --help) sed -n '2,14p' "$0"; exit 0 ;;
    -*) echo "Unknown option $1" >&2; exit 2 ;;
    *) ARCHIVE="$1"; shift ;;
  esac
done

OPT="$R/opt/loop"
VAR="$R/var/lib/loop"
LOGS="$R/var/log/loop"
ETC="$R/etc/loop"
UNITS="$R/etc/systemd/system"
POLKIT="$R/etc/polkit-1/rules.d/50-loop-update.rules"
UNIT_FILES=(loop.service loop-blank.service loop-watchdog.service loop-watchdog.timer
  loop-update.service)
ENABLED=(loop-blank.service loop.service loop-watchdog.timer)
PACKAGES=(openjdk-17-jre-headless ffmpeg unzip curl fonts-dejavu-core fontconfig)

# run CMD...: runs a system command, or in a dry run prints it
run() {
  if [ -n "$R" ]; then
    echo "would run: $*"
  else
    "$@"
  fi
}
say() { echo "loop-install: $*"; }

if [ -z "$R" ] && [ "$(id -u)" -ne 0 ]; then
  echo "Run as root (sudo $0 $*), or use --root DIR for a dry run." >&2
  exit 1
fi

uninstall() {
  run systemctl disable --now loop-watchdog.timer loop.service loop-blank.service || true
  for unit in "${UNIT_FILES[@]}"; do rm -f "$UNITS/$unit"; done
  rm -f "$POLKIT"
  run systemctl daemon-reload
  rm -rf "$OPT"
  say "removed the program, units and polkit rule"
  if $PURGE; then
    rm -rf "$VAR" "$LOGS" "$ETC"
    if [ -n "$R" ] || id loop >/dev/null 2>&1; then run userdel loop; fi
    say "purged data ($VAR), logs, settings and the loop user"
  else
    say "kept data in $VAR, logs in $LOGS and settings in $ETC (--purge removes them)"
  fi
  say "dtparam=spi=on stays in the boot config"
}

if [ "$MODE" = uninstall ]; then
  uninstall
  exit 0
fi

[ -n "$ARCHIVE" ] || ARCHIVE="$(dirname "$0")/loop-server.zip"
[ -f "$ARCHIVE" ] || { echo "No server archive at $ARCHIVE (build it with scripts/package)" >&2; exit 1; }

# 1. packages
if [ -n "$R" ]; then
  run apt-get update
  run apt-get install -y --no-install-recommends "${PACKAGES[@]}"
else
  missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    apt-get update
    apt-get install -y --no-install-recommends "${missing[@]}"
  fi
fi
command -v unzip >/dev/null || { echo "unzip is needed to unpack $ARCHIVE" >&2; exit 1; }

# 2. the loop user, with the panel's device groups
for group in spi gpio video; do
  if [ -n "$R" ] || ! getent group "$group" >/dev/null; then run groupadd --system -f "$group"; fi
done
if [ -n "$R" ] || ! id loop >/dev/null 2>&1; then
  run useradd --system --user-group --home-dir /var/lib/loop --no-create-home \
    --shell /usr/sbin/nologin --groups spi,gpio,video loop
else
  run usermod -a -G spi,gpio,video loop
fi

# 3. the release: /opt/loop/<version>, `current` pointing at it
VERSION="$(unzip -p "$ARCHIVE" VERSION 2>/dev/null | tr -d '[:space:]' || true)"
if ! [[ "$VERSION" =~ ^[0-9A-Za-z][0-9A-Za-z.+_-]{0,63}$ ]] || [ "$VERSION" = current ]; then
  echo "$ARCHIVE has no usable VERSION file; build it with scripts/package" >&2
  exit 1
fi
[ -n "$R" ] || systemctl stop loop.service 2>/dev/null || true
mkdir -p "$OPT"
STAGE="$OPT/.staging-$VERSION"
rm -rf "$STAGE"
mkdir -p "$STAGE"
unzip -q "$ARCHIVE" -d "$STAGE"
[ -x "$STAGE/wlp/bin/server" ] || { rm -rf "$STAGE"; echo "$ARCHIVE holds no server" >&2; exit 1; }
rm -rf "${OPT:?}/$VERSION"
mv "$STAGE" "$OPT/$VERSION"
ln -sfn "$VERSION" "$OPT/.current.new"
mv -T "$OPT/.current.new" "$OPT/current"
chmod -R go-w "$OPT/$VERSION"
mkdir -p "$OPT/bin"
for tool in loop-update loop-watchdog loop-blank; do
  install -m 0755 "$OPT/$VERSION/bin/$tool" "$OPT/bin/$tool"
done
say "installed release $VERSION in $OPT/$VERSION"

# 4. data, logs and settings
install -d -m 0750 "$VAR" "$VAR/data" "$VAR/server" "$LOGS"
run chown -R loop:loop "$VAR" "$LOGS"
install -d -m 0755 "$ETC"
if [ ! -f "$ETC/loop.env" ]; then
  install -m 0640 "$OPT/$VERSION/systemd/loop.env" "$ETC/loop.env"
  run chown root:loop "$ETC/loop.env"
  say "wrote $ETC/loop.env (settings; never overwritten)"
else
  say "kept $ETC/loop.env"
fi

# 5. SPI on, idempotently
BOOT=""
for f in "$R/boot/firmware/config.txt" "$R/boot/config.txt"; do
  if [ -f "$f" ]; then BOOT="$f"; break; fi
done
if [ -z "$BOOT" ]; then
  say "no boot config (/boot/firmware/config.txt or /boot/config.txt); enable SPI yourself"
elif grep -Eq '^[[:space:]]*dtparam=spi=on[[:space:]]*$' "$BOOT"; then
  say "SPI already on in $BOOT"
elif grep -Eq '^[[:space:]]*#?[[:space:]]*dtparam=spi=(on|off)' "$BOOT"; then
  sed -i -E 's/^[[:space:]]*#?[[:space:]]*dtparam=spi=(on|off).*/dtparam=spi=on/' "$BOOT"
  say "SPI switched on in $BOOT (reboot to apply)"
else
  printf '\n# Loop: the ILI9341 panel is on SPI0\ndtparam=spi=on\n' >>"$BOOT"
  say "SPI enabled in $BOOT (reboot to apply)"
fi

# 6. units and the polkit rule that lets Loop start its updater
mkdir -p "$UNITS" "$(dirname "$POLKIT")"
for unit in "${UNIT_FILES[@]}"; do
  install -m 0644 "$OPT/$VERSION/systemd/$unit" "$UNITS/$unit"
done
install -m 0644 "$OPT/$VERSION/systemd/50-loop-update.rules" "$POLKIT"
run systemctl daemon-reload
run systemctl enable "${ENABLED[@]}"
run systemctl restart loop.service
run systemctl start loop-watchdog.timer
say "done: Loop $VERSION starts at boot; open http://$(hostname 2>/dev/null || echo loop).local/"
