#!/usr/bin/env bash
# Backtest of every forecasting method on the North East panel (12 councils, origins 2014–2022, horizons 1–3),
# run by hand (not by CI). Prints the full table, then the default method against persistence per horizon, and
# checks the issue's target: default MAPE below persistence at every horizon, and 80 % intervals covering 77–83 %
# of outcomes (over all outcomes, and, more strictly, at every horizon). The North East's ranges are calibrated on
# the England panel's backtest errors known at each origin, centred on the region's own median error and widened by
# that centre's uncertainty (--calibrate-on; docs/forecast-validation.md, rule I, ninth registration): a region's 12
# councils share one shock a year, too few to calibrate on alone. Its own calibration is printed after it for
# comparison.
# Then the same check on the 133 English councils outside the North East (origins 2014–2021), the panel the
# combination's members and the interval rule were chosen on (docs/forecast-validation.md), and on the England series.
# The default, Combo(shrunk), is the same rule at every origin (its weights toward the combination are fitted on
# earlier outcomes only), so its rows ARE the default replayed with past data only: no selection on the whole backtest.
# "below" and "above" count the outcomes that fell under and over the 80 % interval (both sides, about equally, is
# what intervals that do not lean one way give).
#
#   Benchmarks/forecast_backtest.sh            # builds in release mode first
#   BIN=.build/debug/sufficiency Benchmarks/forecast_backtest.sh
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${BIN:-}"
if [[ -z "$BIN" ]]; then
  swift build -c release --product sufficiency >&2
  BIN=.build/release/sufficiency
fi
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
ENGLAND=Data/cla-panel/la_cla_panel_england_2010_2024.csv
"$BIN" backtest Data/cla-panel/la_cla_panel_north_east_2010_2025.csv --origins 2014-2022 --horizons 3 \
  --calibrate-on "$ENGLAND" --out "$OUT/ne"
"$BIN" backtest Data/cla-panel/la_cla_panel_north_east_2010_2025.csv --origins 2014-2022 --horizons 3 \
  --out "$OUT/ne-own" > /dev/null
echo
compare() {
python3 - "$1" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
default = [r for r in rows if r["is_default"] == "true"]
naive = {r["horizon"]: r for r in rows if r["method"] == "Naive"}
name = default[0]["method"] if default else "?"
print(f"default {name} (replayed with past data only at every origin) vs persistence (Naive)")
print(f"{'h':>2} {'n':>4} {'MAPE':>7} {'naive':>7} {'cov80':>6} {'below':>5} {'above':>5} {'naive':>6} {'below':>5} "
      f"{'above':>5} {'cov95':>6} {'naive':>6}")
beats_all = covered_all = both_sides = True
pooled80 = []
for r in default:
    n = naive[r["horizon"]]
    print(f"{r['horizon']:>2} {r['forecasts']:>4} {r['mape']:>7} {n['mape']:>7} {r['coverage_80']:>6} {r['below_80']:>5} "
          f"{r['above_80']:>5} {n['coverage_80']:>6} {n['below_80']:>5} {n['above_80']:>5} {r['coverage_95']:>6} "
          f"{n['coverage_95']:>6}")
    beats = float(r["mape"]) <= float(n["mape"])
    covered = 77 <= float(r["coverage_80"]) <= 83
    below, above = int(r["below_80"]), int(r["above_80"])
    sided = min(below, above) > 0 and max(below, above) <= 2 * min(below, above)
    beats_all = beats_all and beats
    covered_all = covered_all and covered
    both_sides = both_sides and sided
    pooled80.append((int(r["forecasts"]), float(r["coverage_80"])))
    if not beats: print(f"   h={r['horizon']}: MAPE above persistence")
    if not covered: print(f"   h={r['horizon']}: 80 % coverage outside 77–83 %")
    if not sided: print(f"   h={r['horizon']}: misses lean to one side ({below} below, {above} above)")
total = sum(n for n, _ in pooled80)
pooled = sum(n * c for n, c in pooled80) / total
yes = lambda flag: "yes" if flag else "NO"
print(f"MAPE no worse than persistence at every horizon: {yes(beats_all)}")
print(f"80 % intervals cover 77–83 % of outcomes over all horizons: {yes(77 <= pooled <= 83)} ({pooled:.1f} %)")
print(f"80 % coverage within 77–83 % at every horizon: {yes(covered_all)}")
print(f"misses on both sides at every horizon (neither side more than twice the other): {yes(both_sides)}")
PY
}
echo "North East, ranges from the England panel's errors known at each origin, centred on the region's own, with"
echo "that centre's uncertainty (rule I):"
compare "$OUT/ne/backtest.csv"
echo
echo "North East, ranges calibrated on its own 12 councils' errors (for comparison; not the check):"
compare "$OUT/ne-own/backtest.csv"
echo
echo "Validation panel: the 133 councils of Data/cla-panel/la_cla_panel_england_2010_2024.csv outside the North East,"
echo "origins 2014-2021, horizons 1-3 (the combination's members and the interval rule were chosen on it)."
# Split the England panel: the 133 councils outside the North East in one file, and each other region in its own.
python3 - Data/cla-panel/la_cla_panel_england_2010_2024.csv "$OUT" <<'PY'
import csv, os, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
def write(path, subset):
    with open(path, "w", newline="") as f:
        out = csv.DictWriter(f, fieldnames=rows[0].keys(), lineterminator="\n")
        out.writeheader()
        out.writerows(subset)
write(os.path.join(sys.argv[2], "england_ex_ne.csv"), [r for r in rows if r["region_name"] != "North East"])
os.makedirs(os.path.join(sys.argv[2], "regions"), exist_ok=True)
for region in sorted({r["region_name"] for r in rows} - {"North East"}):
    name = region.replace(" ", "_") + ".csv"
    write(os.path.join(sys.argv[2], "regions", name), [r for r in rows if r["region_name"] == region])
PY
"$BIN" backtest "$OUT/england_ex_ne.csv" --origins 2014-2021 --horizons 3 --out "$OUT/ex_ne"
echo
compare "$OUT/ex_ne/backtest.csv"
echo
echo "The same 133 councils, each backtested within its own region's panel (8 runs), pooled: coverage when the"
echo "ranges are calibrated on one region's councils only, then on the England panel's errors (--calibrate-on, rule I)."
for panel in "$OUT"/regions/*.csv; do
  "$BIN" backtest "$panel" --origins 2014-2021 --horizons 3 --out "${panel%.csv}-own" > /dev/null
  "$BIN" backtest "$panel" --origins 2014-2021 --horizons 3 --calibrate-on "$ENGLAND" --out "${panel%.csv}-england" \
    > /dev/null
done
pool() {
python3 - "$@" <<'PY'
import csv, sys
print(f"{'h':>2} {'n':>5} {'MAPE':>7} {'naive':>7} {'cov80':>6} {'below':>5} {'above':>5} {'cov95':>6}   (the default in every region)")
for h in ("1", "2", "3"):
    n = covered80 = covered95 = below = above = 0
    ape = ape_naive = 0.0
    for path in sys.argv[1:]:
        rows = [r for r in csv.DictReader(open(path)) if r["horizon"] == h]
        for r in rows:
            error = abs(float(r["actual"]) - float(r["forecast"])) / float(r["actual"])
            if r["method"] == "Naive":
                ape_naive += error
            if r["is_default"] == "true" and r["lower_80"]:
                actual = float(r["actual"])
                n += 1
                ape += error
                covered80 += float(r["lower_80"]) <= actual <= float(r["upper_80"])
                below += actual < float(r["lower_80"])
                above += actual > float(r["upper_80"])
                covered95 += float(r["lower_95"]) <= actual <= float(r["upper_95"])
    print(f"{h:>2} {n:>5} {100 * ape / n:7.2f} {100 * ape_naive / n:7.2f} "
          f"{100 * covered80 / n:6.1f} {below:>5} {above:>5} {100 * covered95 / n:6.1f}")
PY
}
echo "calibrated on its own region:"
pool "$OUT"/regions/*-own/forecasts.csv
echo "calibrated on the England panel:"
pool "$OUT"/regions/*-england/forecasts.csv
echo
echo "Second check (not used to design the methods): England, one series, origins 2000-2022, horizons 1-3."
echo "Only forecasts with enough earlier errors get intervals, so coverage rests on fewer than n outcomes."
"$BIN" backtest Data/cla-panel/england_cla_national_1994_2025.csv --origins 2000-2022 --horizons 3 \
  --out "$OUT/england" > /dev/null
compare "$OUT/england/backtest.csv"
