#!/usr/bin/env bash
# apt-install.sh PACKAGE...: installs Debian packages with apt-get, through sudo when not root.
set -euo pipefail
[ $# -gt 0 ] || exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "error: $* missing and apt-get is not available; install them by hand" >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "error: need root or sudo to install $*" >&2
    exit 1
  fi
fi
echo "Installing $* ..." >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >&2
$sudo apt-get install -y -qq "$@" >&2
