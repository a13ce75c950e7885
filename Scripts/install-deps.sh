#!/usr/bin/env bash
# Installs the C libraries SufficiencyPlanner links (GLPK, libxlsxwriter for plan.xlsx), the GLPK command-line tools
# used by the cross-check tests, and headless Chromium with its WebDriver (the what-if explorer's browser test), when
# missing.
set -euo pipefail

missing=()
[ -f /usr/include/glpk.h ] || missing+=(libglpk-dev)
command -v glpsol >/dev/null 2>&1 || missing+=(glpk-utils)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
[ -f /usr/include/xlsxwriter.h ] || missing+=(libxlsxwriter-dev)
[ ${#missing[@]} -eq 0 ] && exit 0
exec bash "$(dirname "$0")/apt-install.sh" "${missing[@]}"
