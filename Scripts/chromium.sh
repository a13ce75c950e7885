#!/usr/bin/env bash
# Sourced by the report-rendering scripts: sets `browser` to a headless-capable Chromium on PATH, installing the
# Debian packages `chromium` and `fonts-liberation` with apt-get when none is found (through sudo when not root).
browser=""
for candidate in chromium chromium-browser google-chrome; do
  if command -v "$candidate" >/dev/null 2>&1; then browser="$candidate"; break; fi
done
if [ -z "$browser" ]; then
  bash "$(dirname "${BASH_SOURCE[0]}")/apt-install.sh" chromium fonts-liberation
  browser=chromium
fi
