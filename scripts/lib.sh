# shellcheck shell=bash
# Shared by scripts/run, scripts/package and scripts/bench. Source it; do not run it.
# Builds the WAR when sources are newer and lays out a Liberty server directory from
# src/main/liberty (the same server.xml and jvm.options the device gets).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WLP="$ROOT/target/liberty/wlp"

need_build() {
  [ ! -f "$ROOT/target/loop.war" ] || [ ! -d "$WLP/usr/servers/loopServer/lib" ] && return 0
  [ -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$ROOT/target/loop.war" -print -quit)" ]
}

build_if_needed() {
  if need_build; then
    echo "Building Loop (mvn package liberty:create)..." >&2
    (cd "$ROOT" && mvn -B -q -DskipTests package liberty:create) >&2
  fi
}

# layout_server NAME: a fresh server config dir for NAME with Loop deployed (logs and workarea
# of an earlier run of the same server are kept; configuration and app are replaced).
layout_server() {
  local dir="$WLP/usr/servers/$1"
  mkdir -p "$dir/apps" "$dir/lib"
  cp "$ROOT/src/main/liberty/config/server.xml" "$ROOT/src/main/liberty/config/jvm.options" \
    "$ROOT/src/main/liberty/config/server.env" "$dir/"
  cp "$ROOT/src/main/liberty/app.xml" "$dir/app.xml"
  local sqlite
  sqlite="$(sed -n 's:.*<sqlite.version>\(.*\)</sqlite.version>.*:\1:p' "$ROOT/pom.xml")"
  rm -f "$dir"/lib/sqlite-jdbc-*.jar
  cp "$WLP/usr/servers/loopServer/lib/sqlite-jdbc-$sqlite.jar" "$dir/lib/"
  cp "$ROOT/target/loop.war" "$dir/apps/loop.war"
  echo "$dir"
}

# wait_ready URL SECONDS: polls /health/ready until 200; returns 1 on timeout.
wait_ready() {
  local url="$1" limit="$2" i
  for ((i = 0; i < limit * 5; i++)); do
    if curl -fsS -o /dev/null --max-time 2 "$url/health/ready" 2>/dev/null; then
      return 0
    fi
    sleep 0.2
  done
  return 1
}

# require_packages WHAT:PACKAGE...: installs missing Debian packages (as root, or via sudo), or
# stops with the exact install line. WHAT is a command name, or an absolute path that must exist.
require_packages() {
  local missing=() pair what
  for pair in "$@"; do
    what="${pair%%:*}"
    if [ "${what#/}" != "$what" ]; then
      [ -e "$what" ] || missing+=("${pair#*:}")
    else
      command -v "$what" >/dev/null 2>&1 || missing+=("${pair#*:}")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && sudo="sudo"
  if [ "$(id -u)" -eq 0 ] || [ -n "$sudo" ]; then
    echo "Installing ${missing[*]} (apt-get)..." >&2
    $sudo apt-get update -qq >&2 && $sudo apt-get install -y -qq "${missing[@]}" >&2 && return 0
  fi
  echo "Missing: ${missing[*]}. Install with: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
}

now_ms() { date +%s%3N; }

# What Loop itself needs at run time: ffmpeg/ffprobe for video, a font for on-screen messages.
# shellcheck disable=SC2034 # read by the scripts that source this file
RUNTIME_PACKAGES=(ffmpeg:ffmpeg ffprobe:ffmpeg
  /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf:fonts-dejavu-core fc-list:fontconfig)
