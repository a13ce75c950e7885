#!/usr/bin/env python3
"""Replays rule I (`--calibrate-on`, docs/forecast-validation-log.md, ninth registration) from backtest forecasts.csv
files, independently of the tool, and checks the tool's 80 % ranges against it. Cross-check script for
docs/forecast-validation.md, not part of the product.

  OWN: forecasts.csv of the panel's own backtest from its first feasible origin (no --calibrate-on), so the errors
       known at each origin are in it;
  CALIBRATION: forecasts.csv of the calibration panel's backtest from its first feasible origin;
  TOOL: forecasts.csv of the panel's backtest with --calibrate-on, whose 80 % ranges are checked.
The forecasts in these files are rounded to 0.1, so the replayed bounds differ slightly from the tool's.

usage: Benchmarks/rule_i_replay.py OWN CALIBRATION TOOL [METHOD]   (default Combo(shrunk))"""
import csv, math, sys

MASK = (1 << 64) - 1
DRAWS = 200
MINIMUM = 10

class SplitMix64:
    def __init__(self, seed): self.state = seed & MASK
    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

def q7(values, p):
    s = sorted(values); n = len(s)
    if n == 1: return s[0]
    h = p * (n - 1); lo = math.floor(h); hi = min(lo + 1, n - 1)
    return s[lo] + (h - lo) * (s[hi] - s[lo])

def centre_draws(clusters, seed):
    """The cluster bootstrap of the median over target years, widened by sqrt(T / (T - 1)); None when not moved."""
    years = len(clusters); pooled_all = [e for c in clusters for e in c]
    if len(pooled_all) < MINIMUM or years < 2: return None
    median = q7(pooled_all, 0.5); widen = math.sqrt(years / (years - 1)); rng = SplitMix64(seed); out = []
    for _ in range(DRAWS):
        pooled = []
        for _ in range(years): pooled += clusters[rng.next() % years]
        out.append(median + (q7(pooled, 0.5) - median) * widen)
    return out

def load(path):
    rows = list(csv.DictReader(open(path)))
    for r in rows:
        for key in ("origin", "horizon", "target_year"): r[key] = int(r[key])
        r["forecast"] = float(r["forecast"]); r["actual"] = float(r["actual"])
    return rows

def errors_by_year(rows, method, origin, horizons):
    by = [{} for _ in range(horizons)]
    for r in rows:
        if r["method"] == method and r["target_year"] <= origin and r["actual"] > 0 and r["forecast"] > 0:
            by[r["horizon"] - 1].setdefault(r["target_year"], []).append(math.log(r["actual"] / r["forecast"]))
    if method != "Naive" and not any(sum(map(len, h.values())) >= MINIMUM for h in by):
        return errors_by_year(rows, "Naive", origin, horizons)
    return by

def quantiles(by, p, horizon):
    out = []
    for step in range(1, horizon + 1):
        raw = 0.0
        for source in range(min(step, len(by)), 0, -1):
            if len(by[source - 1]) >= MINIMUM: raw = q7(by[source - 1], p) * math.sqrt(step / source); break
        else:
            source = next((i for i, x in enumerate(by) if len(x) >= MINIMUM), None)
            if source is not None: raw = q7(by[source], p) * math.sqrt(step / (source + 1))
        if out: raw = min(raw, out[-1]) if p < 0.5 else max(raw, out[-1])
        out.append(raw)
    return out

if __name__ == "__main__":
    own, calibration, tool = (load(path) for path in sys.argv[1:4])
    method = sys.argv[4] if len(sys.argv) > 4 else "Combo(shrunk)"
    horizons = max(r["horizon"] for r in tool)
    cache = {}; n = held = agree = 0; worst = 0.0
    for r in tool:
        if r["method"] != method or not r["lower_80"]: continue
        origin = r["origin"]
        if origin not in cache:
            mine = errors_by_year(own, method, origin, horizons)
            theirs = errors_by_year(calibration, method, origin, horizons)
            moved = []
            for h in range(horizons):
                spread = [e for year in sorted(theirs[h]) for e in theirs[h][year]]
                draws = centre_draws([mine[h][year] for year in sorted(mine[h])], origin * 1000 + h + 1)
                if spread and draws:
                    median = q7(spread, 0.5); spread = [e - median + c for c in draws for e in spread]
                moved.append(sorted(spread))
            cache[origin] = (quantiles(moved, 0.1, horizons), quantiles(moved, 0.9, horizons))
        low, high = cache[origin]
        lower = r["forecast"] * math.exp(low[r["horizon"] - 1]); upper = r["forecast"] * math.exp(high[r["horizon"] - 1])
        inside = lower <= r["actual"] <= upper
        n += 1; held += inside
        agree += inside == (float(r["lower_80"]) <= r["actual"] <= float(r["upper_80"]))
        worst = max(worst, abs(lower - float(r["lower_80"])), abs(upper - float(r["upper_80"])))
    print(f"{method}: {n} outcomes, replayed 80 % coverage {100 * held / n:.1f} %, the same hit or miss as the tool on "
          f"{agree}, largest bound difference {worst:.2f}")
