#!/usr/bin/env bash
# Scale benchmark for issue 17, run by hand (not by CI). In one run it plans, end to end (the whole process):
#   the bundled default scenario, Tees Valley (5 councils), generated regions of 10, 20, 40 and 60 councils
#   (`generate --authorities N --providers 20N --years 5 --seed 7`) and the national instance (152 councils,
#   3,000 providers, seed 1, as Benchmarks/national.sh),
# and beside each, HiGHS's solve alone (single thread, highspy) on the same programme exported as free MPS
# (`export-lp --format mps`). It prints one table: end-to-end wall time (best of REPEATS runs), GLPK's simplex
# iterations, peak RSS, the plan's phase times, HiGHS's solve time (best of REPEATS) and iterations, their ratio,
# and checks that the objectives agree to 1e-9 relative.
#
#   Benchmarks/scale.sh
#   REPEATS=5 NATIONAL=0 BIN=.build/release/sufficiency PYTHON=/tmp/venv/bin/python Benchmarks/scale.sh
#
# REPEATS (default 3) runs each small instance that many times and keeps the fastest (the machine is shared); the
# 60-council and national instances run REPEATS_LARGE times (default 1). NATIONAL=0 leaves the national instance
# out (it takes about a minute for GLPK and two for HiGHS). PYTHON is a Python with highspy (pip install highspy).
set -euo pipefail
cd "$(dirname "$0")/.."
REPEATS="${REPEATS:-3}"
REPEATS_LARGE="${REPEATS_LARGE:-1}"
NATIONAL="${NATIONAL:-1}"
PYTHON="${PYTHON:-python3}"
BIN="${BIN:-}"
if [[ -z "$BIN" ]]; then
  swift build -c release --product sufficiency >&2
  BIN=.build/release/sufficiency
fi
[[ -x /usr/bin/time ]] || { echo "needs GNU time: apt-get install -y time" >&2; exit 1; }
"$PYTHON" -c "import highspy" 2>/dev/null || {
  echo "needs HiGHS: python3 -m venv /tmp/highs && /tmp/highs/bin/pip install highspy, then PYTHON=/tmp/highs/bin/python" >&2
  exit 1
}
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# timed NAME CMD...: runs under GNU time, keeping stdout, stderr and time's report in $WORK/NAME.*
timed() {
  local name="$1"; shift
  /usr/bin/time -v -o "$WORK/$name.time" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err"
}

# instance NAME REPEATS SCENARIO: plans SCENARIO (empty for the bundled default) REPEATS times, exports its MPS and
# solves that with HiGHS REPEATS times.
instance() {
  local name="$1" repeats="$2" scenario="$3"
  echo "$name: planning ($repeats runs), exporting, solving with HiGHS" >&2
  for run in $(seq 1 "$repeats"); do
    timed "$name.plan.$run" "$BIN" plan $scenario --out "$WORK/plan-$name" --timings
  done
  "$BIN" export-lp $scenario --format mps --out "$WORK/$name.mps" >/dev/null
  for run in $(seq 1 "$repeats"); do
    timed "$name.highs.$run" "$PYTHON" Benchmarks/highs_solve.py "$WORK/$name.mps"
  done
  echo "$name $repeats" >>"$WORK/instances"
}

# region N: a generated region of the N largest councils, 20 providers per council, seed 7.
region() {
  local councils="$1"
  "$BIN" generate --authorities "$councils" --providers $((councils * 20)) --years 5 --seed 7 \
    --out "$WORK/region-$councils" >/dev/null
  local repeats="$REPEATS"
  (( councils >= 60 )) && repeats="$REPEATS_LARGE"
  instance "${councils}-councils" "$repeats" "$WORK/region-$councils"
}

instance default "$REPEATS" ""
instance tees-valley "$REPEATS" Scenarios/tees-valley-regional
for councils in 10 20 40 60; do region "$councils"; done
if [[ "$NATIONAL" == 1 ]]; then
  "$BIN" generate --authorities 152 --providers 3000 --years 5 --seed 1 --out "$WORK/national" >/dev/null
  instance national "$REPEATS_LARGE" "$WORK/national"
fi

"$PYTHON" - "$WORK" "$BIN" <<'PY'
import json, re, subprocess, sys
work, binary = sys.argv[1], sys.argv[2]

def gnu_time(path):
    text = open(path).read()
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text).group(1).split(":")
    seconds = sum(float(part) * 60 ** index for index, part in enumerate(reversed(wall)))
    rss_mib = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1)) / 1024
    cpu = sum(float(re.search(rf"{kind} time \(seconds\): (\S+)", text).group(1)) for kind in ("User", "System"))
    return seconds, rss_mib, cpu

def timings(path):
    line = [l for l in open(path) if l.startswith("timings:")][-1]
    return {k: v for k, v in (item.split("=") for item in line.split()[1:])}

rows, checks = [], []
for line in open(f"{work}/instances"):
    name, repeats = line.split()
    runs = range(1, int(repeats) + 1)
    plans = [(gnu_time(f"{work}/{name}.plan.{r}.time"), timings(f"{work}/{name}.plan.{r}.err")) for r in runs]
    (wall, rss, cpu), phases = min(plans, key=lambda p: p[0][0])
    peak = max(p[0][1] for p in plans)
    objective = json.load(open(f"{work}/plan-{name}/plan.json"))["solver"]["objective"]
    highs = [json.loads(open(f"{work}/{name}.highs.{r}.out").read().strip().splitlines()[-1]) for r in runs]
    best = min(highs, key=lambda h: h["solve_seconds"])
    highs_rss = max(gnu_time(f"{work}/{name}.highs.{r}.time")[1] for r in runs)
    difference = abs(objective - best["objective"]) / max(1.0, abs(best["objective"]))
    ratio = wall / best["solve_seconds"]
    phase_text = " ".join(f"{k}={float(phases[k]):.3f}" for k in ("load", "demand", "build", "solve", "status_quo", "shadow_prices", "interpret", "write") if k in phases)
    rows.append((name, f"{phases['columns']}x{phases['rows']}", wall, cpu, phases["iterations"], peak,
                 best["solve_seconds"], best["iterations"], highs_rss, ratio, difference, phase_text))
    checks.append((name, wall, best["solve_seconds"], peak, difference))

version = subprocess.run([binary, "solvers"], capture_output=True, text=True).stdout.strip().replace("\t", " ").replace("\n", "; ")
print()
print(f"best of the runs per instance; GLPK via {version}")
print("plan s: wall time end to end; CPU s: user + system time of that run (the shadow-price re-solves use every core)")
print(f"{'instance':<13} {'cols x rows':>15} {'plan s':>8} {'CPU s':>8} {'GLPK it':>8} {'RSS MiB':>8} "
      f"{'HiGHS s':>8} {'HiGHS it':>8} {'RSS MiB':>8} {'ratio':>6} {'obj diff':>8}  phases (s)")
for name, size, wall, cpu, iterations, rss, hs, hit, hrss, ratio, diff, phases in rows:
    print(f"{name:<13} {size:>15} {wall:8.3f} {cpu:8.3f} {iterations:>8} {rss:8.1f} {hs:8.3f} {hit:>8} {hrss:8.1f} "
          f"{ratio:5.2f}x {diff:8.1e}  {phases}")
print()
# The issue's goals: absolute times for the two bundled scenarios, at most HiGHS's solve time from 20 councils up.
targets = {"default": ("end to end < 0.25 s", lambda w, h: w < 0.25),
           "tees-valley": ("end to end < 0.3 s", lambda w, h: w < 0.3)}
for name, wall, highs_seconds, rss, difference in checks:
    if name == "10-councils":
        continue
    text, ok = targets.get(name, ("end to end <= 1.0x HiGHS solve", lambda w, h: w <= h))
    print(f"{'MET ' if ok(wall, highs_seconds) else 'MISS'}  {name}: {text} (measured {wall:.3f} s, HiGHS {highs_seconds:.3f} s)")
    if name == "national":
        print(f"{'MET ' if rss < 1024 else 'MISS'}  national: peak RSS < 1024 MiB (measured {rss:.0f} MiB)")
worst = max(c[4] for c in checks)
print(f"{'MET ' if worst <= 1e-9 else 'MISS'}  objectives agree to 1e-9 relative (worst {worst:.1e}; plan.json rounds to pence)")
PY
