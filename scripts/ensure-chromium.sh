#!/usr/bin/env bash
# Makes sure the system Chromium used by the browser tests is present.
# - present: nothing to do;
# - missing, running as root with apt-get: installs Debian's chromium and CJK fonts;
# - otherwise: prints one line saying what to install and exits 1.
# No tool's own browser download is ever used.
set -euo pipefail

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
PACKAGES=(chromium fonts-noto-cjk)

can_apt() {
  [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1
}

apt_install() {
  echo "ensure-chromium: installing ${*} with apt-get ..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq "$@" >/dev/null
}

if [[ ! -x "$CHROMIUM" ]]; then
  if can_apt && [[ -z "${CHROMIUM_PATH:-}" ]]; then
    apt_install "${PACKAGES[@]}"
  fi
  if [[ ! -x "$CHROMIUM" ]]; then
    echo "需要 Chromium：请运行 apt-get install -y chromium fonts-noto-cjk (Chromium is required at ${CHROMIUM}: run apt-get install -y chromium fonts-noto-cjk as root, or set CHROMIUM_PATH)" >&2
    exit 1
  fi
elif can_apt && ! dpkg -s fonts-noto-cjk >/dev/null 2>&1; then
  # Chinese text renders as boxes without a CJK font; not fatal for the tests.
  apt_install fonts-noto-cjk || echo "ensure-chromium: could not install fonts-noto-cjk (continuing)" >&2
fi

echo "ensure-chromium: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
