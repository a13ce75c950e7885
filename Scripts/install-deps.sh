#!/usr/bin/env bash
# Installs the C libraries SufficiencyPlanner links (GLPK, libxlsxwriter for plan.xlsx) and the GLPK command-line tools used by the
# cross-check tests, when they are missing.
set -euo pipefail

missing=()
[ -f /usr/include/glpk.h ] || missing+=(libglpk-dev)
command -v glpsol >/dev/null 2>&1 || missing+=(glpk-utils)
[ -f /usr/include/xlsxwriter.h ] || missing+=(libxlsxwriter-dev)
[ ${#missing[@]} -eq 0 ] && exit 0
exec bash "$(dirname "$0")/apt-install.sh" "${missing[@]}"
