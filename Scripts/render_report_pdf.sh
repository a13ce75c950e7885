#!/usr/bin/env bash
# Prints a report HTML file to an A4 PDF with headless Chromium (the report's print style sheet applies), and
# optionally turns each page into a PNG with pdftoppm, to check the report as it would be printed for cabinet.
#
#   Scripts/render_report_pdf.sh out/demo/report.html /tmp/report.pdf [PNG_PREFIX]
#
# With PNG_PREFIX, pages are written as PREFIX-01.png, PREFIX-02.png, ... at 80 dpi.
# Installs the Debian packages `chromium` and `poppler-utils` with apt-get when they are missing.
set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: $0 REPORT.html OUTPUT.pdf [PNG_PREFIX]" >&2
  exit 2
fi
html="$1"
pdf="$2"
prefix="${3:-}"
if [ ! -f "$html" ]; then
  echo "error: $html does not exist; write a report first (sufficiency report --out DIR)" >&2
  exit 2
fi
source "$(dirname "$0")/chromium.sh"
url="file://$(cd "$(dirname "$html")" && pwd)/$(basename "$html")"
"$browser" --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$pdf" "$url" 2>/dev/null
echo "Wrote $pdf"
if [ -n "$prefix" ]; then
  command -v pdftoppm >/dev/null 2>&1 || bash "$(dirname "$0")/apt-install.sh" poppler-utils
  pdftoppm -png -r 80 "$pdf" "$prefix"
  echo "Wrote $(ls "$prefix"-*.png | wc -l) pages as $prefix-NN.png"
fi
