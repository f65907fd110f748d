#!/usr/bin/env bash
# Set-up and everyday commands for Cadre Desktop on a Debian or Ubuntu machine.
#
#   bash dev.sh demo    install what is missing, create a demo store if there is none, open the app
#   bash dev.sh test    install what is missing, run the whole test suite (extra args go to pytest)
#   bash dev.sh setup   only install (system packages, then the project into .venv)
set -euo pipefail
cd "$(dirname "$0")"

# Qt needs these even offscreen; Xvfb for screenshots; poppler for looking at printed PDFs.
APT_PACKAGES=(python3-venv xvfb xauth libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-xinerama0
  libxkbcommon0 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1 libglib2.0-0 libdbus-1-3 poppler-utils)
DEMO_STORE=${CADRE_DEMO_STORE:-demo-store/Ho so mau.cadre}
DEMO_PASSPHRASE=${CADRE_DEMO_PASSPHRASE:-ho-so-mau-2026}
DEMO_CADRES=${CADRE_DEMO_CADRES:-2000}

install_system() {
  command -v dpkg-query >/dev/null || return 0
  local missing=()
  for package in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_python() {
  local stamp=.venv/.installed
  if [ -f "$stamp" ] && [ "$stamp" -nt pyproject.toml ]; then
    return 0
  fi
  [ -x .venv/bin/python ] || python3 -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e '.[test]'
  touch "$stamp"
}

setup() {
  install_system
  install_python
}

demo() {
  setup
  if [ ! -f "$DEMO_STORE/keyslots.json" ]; then
    echo "Creating a demo store with $DEMO_CADRES synthetic cadres in '$DEMO_STORE'…"
    CADRE_PASSPHRASE="$DEMO_PASSPHRASE" .venv/bin/cadre --db "$DEMO_STORE" demo --cadres "$DEMO_CADRES"
  fi
  echo "Demo passphrase: $DEMO_PASSPHRASE"
  CADRE_PASSPHRASE="$DEMO_PASSPHRASE" exec .venv/bin/cadre-desktop --store "$DEMO_STORE"
}

run_tests() {
  setup
  QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest "$@"
}

case "${1:-}" in
  demo) demo ;;
  test) shift; run_tests "$@" ;;
  setup) setup ;;
  *) sed -n '2,8p' "$0"; exit 2 ;;
esac
