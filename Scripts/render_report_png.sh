#!/usr/bin/env bash
# Renders a report HTML file to a PNG with headless Chromium, to check the report as a reader would see it.
#
#   Scripts/render_report_png.sh out/demo/report.html /tmp/report.png [WIDTH]
#
# Chromium cannot size the window to the page without JavaScript, so the script first takes a small, tall
# probe screenshot at reduced scale to find where the content ends (decoded with Python 3's zlib, no imaging
# library; numpy speeds it up when installed), then takes the real screenshot at that height.
# Installs the Debian package `chromium` with apt-get when it is missing (through sudo when not root).
set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: $0 REPORT.html OUTPUT.png [WIDTH]" >&2
  exit 2
fi
html="$1"
png="$2"
width="${3:-1280}"
if [ ! -f "$html" ]; then
  echo "error: $html does not exist; write a report first (sufficiency report --out DIR)" >&2
  exit 2
fi

source "$(dirname "$0")/chromium.sh"

absolute="$(cd "$(dirname "$html")" && pwd)/$(basename "$html")"
profile="$(mktemp -d)"
probe="$profile/probe.png"
trap 'rm -rf "$profile"' EXIT

shoot() {  # shoot OUTPUT HEIGHT SCALE
  "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile/user" \
    --force-device-scale-factor="$3" --window-size="$width,$2" --screenshot="$1" "file://$absolute" >/dev/null 2>&1
  if [ ! -s "$1" ]; then
    echo "error: Chromium wrote no screenshot to $1" >&2
    exit 1
  fi
}

# Pass 1: a reduced-scale probe, 20,000 CSS pixels tall, to measure the page.
shoot "$probe" 20000 0.125
page_height="$(python3 - "$probe" "$width" <<'PY'
# Finds the last non-white row of the probe PNG and prints the page height in CSS pixels.
# Uses numpy for the common PNG row filters when it is installed, and plain Python otherwise.
import struct, sys, zlib

try:
    import numpy
except ImportError:
    numpy = None

data = open(sys.argv[1], "rb").read()
css_width = int(sys.argv[2])
chunks, offset = [], 8
while offset < len(data):
    length, kind = struct.unpack(">I4s", data[offset:offset + 8])
    chunks.append((kind, data[offset + 8:offset + 8 + length]))
    offset += 12 + length
header = next(body for kind, body in chunks if kind == b"IHDR")
width, height, depth, colour = struct.unpack(">IIBB", header[:10])
channels = {0: 1, 2: 3, 4: 2, 6: 4}.get(colour)
scale = width / css_width  # Chromium may not honour the requested probe scale exactly
if depth != 8 or channels is None or header[12] != 0:
    print(int(height / scale))  # unexpected PNG layout: keep the full probe height
    sys.exit(0)
raw = zlib.decompress(b"".join(body for kind, body in chunks if kind == b"IDAT"))
stride = width * channels
previous, position, last = bytes(stride), 0, 0
white = bytes([255]) * stride
for row in range(height):
    kind, filtered = raw[position], raw[position + 1:position + 1 + stride]
    position += 1 + stride
    if kind == 0:
        line = filtered
    elif kind == 2 and not any(filtered):
        line = previous
    elif kind == 2 and numpy is not None:
        line = (numpy.frombuffer(filtered, numpy.uint8) + numpy.frombuffer(previous, numpy.uint8)).tobytes()
    elif kind == 1 and numpy is not None:
        pixels = numpy.frombuffer(filtered, numpy.uint8).reshape(width, channels).astype(numpy.int64)
        line = (numpy.cumsum(pixels, axis=0) % 256).astype(numpy.uint8).tobytes()
    else:
        line = bytearray(filtered)
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1: line[i] = (line[i] + left) & 255
            elif kind == 2: line[i] = (line[i] + up) & 255
            elif kind == 3: line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        line = bytes(line)
    if line != white:
        last = row
    previous = line
print(int((last + 1) / scale) + 48)
PY
)"

# Pass 2: the real screenshot, as tall as the page.
shoot "$png" "$page_height" 1
echo "$png (${width}x${page_height})"
