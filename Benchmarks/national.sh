#!/usr/bin/env bash
# Scale benchmark for issue 7, run by hand (not by CI). In one run it:
#   1. builds the release binary (skip with BIN=path/to/sufficiency),
#   2. generates the national instance (152 councils, 3,000 providers, 5 years; SEED, default 1),
#   3. plans it end to end with phase timings (load, demand, build, solve, interpret, write) and peak RSS,
#      pooled (the default; with UNPOOLED=1 also with --no-pooling, which doubles the run time),
#   4. exports both programmes to free MPS and solves them with HiGHS (pip install highspy),
#   5. plans the bundled default scenario end to end,
#   6. sweeps the default scenario over DRAWS demand draws warm (one build, warm starts) and cold (rebuild and
#      solve every draw; COLD_DRAWS, default DRAWS), and compares the per-draw objectives,
# then prints a table of wall time, peak memory and objective agreement, and the issue's four targets.
#
#   Benchmarks/national.sh
#   SEED=3 DRAWS=1000 COLD_DRAWS=200 BIN=.build/release/sufficiency Benchmarks/national.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SEED="${SEED:-1}"
DRAWS="${DRAWS:-1000}"
COLD_DRAWS="${COLD_DRAWS:-$DRAWS}"
BIN="${BIN:-}"
if [[ -z "$BIN" ]]; then
  swift build -c release --product sufficiency >&2
  BIN=.build/release/sufficiency
fi
[[ -x /usr/bin/time ]] || { echo "needs GNU time: apt-get install -y time" >&2; exit 1; }
python3 -c "import highspy" 2>/dev/null || { echo "needs HiGHS: pip install highspy" >&2; exit 1; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# run NAME CMD...: runs under GNU time, keeps stdout, stderr and time's report in $WORK/NAME.*
run() {
  local name="$1"; shift
  /usr/bin/time -v -o "$WORK/$name.time" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err"
}

echo "generating the national instance (seed $SEED)" >&2
run generate "$BIN" generate --authorities 152 --providers 3000 --years 5 --seed "$SEED" --out "$WORK/national"
"$BIN" validate "$WORK/national" >"$WORK/validate.out" 2>&1 || { cat "$WORK/validate.out" >&2; exit 1; }
echo "planning the national instance" >&2
run national "$BIN" plan "$WORK/national" --out "$WORK/plan-national" --timings
if [[ "${UNPOOLED:-0}" == 1 ]]; then
  run national_unpooled "$BIN" plan "$WORK/national" --out "$WORK/plan-unpooled" --timings --no-pooling
fi
echo "exporting MPS and solving with HiGHS" >&2
"$BIN" export-lp "$WORK/national" --format mps --out "$WORK/national.mps" >/dev/null
"$BIN" export-lp "$WORK/national" --format mps --out "$WORK/national-unpooled.mps" --no-pooling >/dev/null
run highs python3 Benchmarks/highs_solve.py "$WORK/national.mps"
run highs_unpooled python3 Benchmarks/highs_solve.py "$WORK/national-unpooled.mps"
echo "planning the default scenario" >&2
run default "$BIN" plan --out "$WORK/plan-default" --timings
echo "sweeping the default scenario: $DRAWS warm draws, $COLD_DRAWS cold" >&2
run sweep_warm "$BIN" sweep --draws "$DRAWS" --out "$WORK/sweep-warm" --timings
run sweep_cold "$BIN" sweep --draws "$COLD_DRAWS" --cold --out "$WORK/sweep-cold" --timings

python3 - "$WORK" "$DRAWS" "$COLD_DRAWS" <<'PY'
import csv, json, re, sys
work, draws, cold_draws = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])

def gnu_time(name):
    text = open(f"{work}/{name}.time").read()
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text).group(1).split(":")
    seconds = sum(float(part) * 60 ** index for index, part in enumerate(reversed(wall)))
    rss_mib = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1)) / 1024
    return seconds, rss_mib

def timings(name):
    line = [l for l in open(f"{work}/{name}.err") if l.startswith("timings:")][-1]
    return {k: v for k, v in (item.split("=") for item in line.split()[1:])}

def objective(plan_folder):
    return json.load(open(f"{work}/{plan_folder}/plan.json"))["solver"]["objective"]

def highs(name):
    return json.loads(open(f"{work}/{name}.out").read().strip().splitlines()[-1])

rows = []
def row(what, wall, rss, objective_text, note):
    rows.append((what, f"{wall:8.3f}", f"{rss:8.1f}", objective_text, note))

import os
national = timings("national")
hp, hu = highs("highs"), highs("highs_unpooled")
wall_n, rss_n = gnu_time("national")
obj_n = objective("plan-national")
has_unpooled = os.path.exists(f"{work}/national_unpooled.time")
def phases(t):
    phases = ("load", "demand", "build", "solve", "shadow_prices", "interpret", "write")
    return " ".join(f"{k}={float(t[k]):.2f}" for k in phases if k in t)
row("national, GLPK, pooled (end to end)", wall_n, rss_n, f"{obj_n:,.2f}",
    f"{national['columns']} cols {national['rows']} rows; {phases(national)}")
if has_unpooled:
    unpooled = timings("national_unpooled"); wall_u, rss_u = gnu_time("national_unpooled")
    obj_u = objective("plan-unpooled")
    row("national, GLPK, unpooled (end to end)", wall_u, rss_u, f"{obj_u:,.2f}",
        f"{unpooled['columns']} cols; {phases(unpooled)}")
w, r = gnu_time("highs")
row("national, HiGHS solve only, pooled LP", hp["solve_seconds"], r, f"{hp['objective']:,.2f}",
    f"{hp['status']}; MPS read {hp['read_seconds']:.2f}s; process {w:.2f}s")
w, r = gnu_time("highs_unpooled")
row("national, HiGHS solve only, unpooled LP", hu["solve_seconds"], r, f"{hu['objective']:,.2f}",
    f"{hu['status']}; MPS read {hu['read_seconds']:.2f}s; process {w:.2f}s")
default = timings("default"); wall_d, rss_d = gnu_time("default")
row("default scenario (end to end)", wall_d, rss_d, f"{objective('plan-default'):,.2f}", phases(default))
sw = timings("sweep_warm"); sc = timings("sweep_cold")
wall_w, rss_w = gnu_time("sweep_warm"); wall_c, rss_c = gnu_time("sweep_cold")
row(f"sweep, default, {draws} draws warm", wall_w, rss_w, "", f"solve={sw['solve']}s iterations={sw['iterations']}")
row(f"sweep, default, {cold_draws} draws cold", wall_c, rss_c, "", f"solve={sc['solve']}s iterations={sc['iterations']}")

warm = {r["draw"]: float(r["objective"]) for r in csv.DictReader(open(f"{work}/sweep-warm/draws.csv"))}
cold = {r["draw"]: float(r["objective"]) for r in csv.DictReader(open(f"{work}/sweep-cold/draws.csv"))}
common = sorted(set(warm) & set(cold))
worst = max((abs(warm[d] - cold[d]) / max(1.0, abs(cold[d])) for d in common), default=0.0)

print()
print(f"{'run':<42} {'wall s':>8} {'RSS MiB':>8}  {'objective £':>18}  notes")
for what, wall, rss, obj, note in rows:
    print(f"{what:<42} {wall} {rss}  {obj:>18}  {note}")
print()
pooled_vs_unpooled = f"GLPK pooled vs unpooled {abs(obj_n - obj_u) / abs(obj_u):.2e}; " if has_unpooled else ""
print(f"relative objective differences: GLPK pooled vs HiGHS pooled {abs(obj_n - hp['objective']) / abs(hp['objective']):.2e}; "
      f"{pooled_vs_unpooled}HiGHS unpooled vs GLPK pooled {abs(hu['objective'] - obj_n) / abs(obj_n):.2e}; "
      f"sweep warm vs cold, worst of {len(common)} draws {worst:.2e} (plan.json objectives are rounded to pence)")
per_cold = wall_c / cold_draws
speedup = per_cold * draws / wall_w
checks = [
    ("national end to end <= 1.0x HiGHS solve on the unpooled LP", wall_n, hu["solve_seconds"], wall_n <= hu["solve_seconds"]),
    ("national end to end <= 1.0x HiGHS solve on the pooled LP", wall_n, hp["solve_seconds"], wall_n <= hp["solve_seconds"]),
    ("default scenario end to end < 1 s", wall_d, 1.0, wall_d < 1.0),
    ("national peak RSS < 1024 MiB", rss_n, 1024.0, rss_n < 1024),
    (f"sweep >= 20x faster than cold ({draws} draws; cold {per_cold:.4f} s/draw)", speedup, 20.0, speedup >= 20),
]
print()
for text, measured, target, ok in checks:
    print(f"{'MET ' if ok else 'MISS'}  {text}: measured {measured:.3f} vs {target:.3f}")
PY
