#!/usr/bin/env bash
# Benchmark: ingest ten years of SSDA903 returns for a large council (about 3,000 looked after at a time, about
# 150,000 episode rows) with the release build, and print wall time and peak memory.
# Target (issue 5): under 2 seconds and under 500 MiB. cpu_s (user + system) is the figure to read on a busy machine,
# where wall time includes waiting for a core. Also checks the ingested history against the simulation's own
# figures (truth.csv). Run by hand from the package root: Benchmarks/ingest_903.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
work="${TMPDIR:-/tmp}/sufficiency-bench-903"
data="$work/returns"
if [[ ! -f "$data/truth.csv" ]]; then
  python3 Benchmarks/generate_903.py "$data" --seed 7 >&2
fi
swift build -c release --product sufficiency >&2
binary=.build/release/sufficiency
if [[ ! -x /usr/bin/time ]]; then
  echo "needs /usr/bin/time (Debian package 'time')" >&2
  exit 1
fi
rows=$(tail -q -n +2 "$data"/*-episodes.csv | wc -l)
printf '%-5s %10s %10s %10s %12s\n' run rows wall_s cpu_s peak_MiB
for run in $(seq 1 "$runs"); do
  /usr/bin/time -v "$binary" ingest-903 "$data" --out "$work/out/history.csv" >/dev/null 2>"$work/time.txt"
  seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {split($2, t, ":"); s = 0; for (i = 1; i <= length(t); i++) s = s * 60 + t[i]; print s}' "$work/time.txt")
  cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f", s}' "$work/time.txt")
  kib=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
  printf '%-5s %10s %10s %10s %12.1f\n' "$run" "$rows" "$seconds" "$cpu" "$(echo "$kib / 1024" | bc -l)"
done
python3 - "$data/truth.csv" "$work/out/history.csv" <<'PY'
import csv, sys
truth = {r["time_period"]: r for r in csv.DictReader(open(sys.argv[1]))}
got = {r["time_period"]: r for r in csv.DictReader(open(sys.argv[2]))}
columns = ["cla_31mar", "starts", "ceased", "emergency_arrivals", "age_under_1", "age_1_to_4", "age_5_to_9",
           "age_10_to_15", "age_16_plus"]
bad = [(y, c, truth[y][c], got.get(y, {}).get(c)) for y in sorted(truth) for c in columns
       if got.get(y, {}).get(c) != truth[y][c]]
print(f"history vs simulation truth: {len(truth)} years x {len(columns)} columns, {len(bad)} mismatches")
for item in bad[:10]:
    print("  mismatch", item)
sys.exit(1 if bad else 0)
PY
