#!/usr/bin/env python3
"""Replays the backtest's interval calibration from a backtest's forecasts.csv under three quantile rules (R0 type 7,
the tool's rule; R1 type 6; R2 split-conformal order statistics) and prints each rule's 80 % and 95 % coverage per
horizon. Cross-check script for docs/forecast-validation.md, not part of the product. forecasts.csv must hold the
calibration origins too (run the backtest with --origins from the first feasible origin).

usage: Benchmarks/interval_rules.py forecasts.csv FIRST_ORIGIN LAST_ORIGIN [METHOD]   (default Combo(mean))"""
import csv, math, sys, collections

def q7(s, p):
    n = len(s); h = (n - 1) * p; lo = math.floor(h); hi = min(lo + 1, n - 1)
    return s[lo] + (h - lo) * (s[hi] - s[lo])
def q6(s, p):
    n = len(s); h = (n + 1) * p
    if h <= 1: return s[0]
    if h >= n: return s[-1]
    lo = math.floor(h); return s[lo - 1] + (h - lo) * (s[lo] - s[lo - 1])
def qconf(s, p):
    n = len(s)
    if p < 0.5: k = max(1, math.floor((n + 1) * p))
    else: k = min(n, math.ceil((n + 1) * p))
    return s[k - 1]
RULES = {"R0 type7": q7, "R1 type6": q6, "R2 conformal": qconf}

def load(path):
    rows = list(csv.DictReader(open(path)))
    for r in rows:
        r["origin"] = int(r["origin"]); r["horizon"] = int(r["horizon"]); r["target_year"] = int(r["target_year"])
        r["forecast"] = float(r["forecast"]); r["actual"] = float(r["actual"])
    return rows

def errors(rows, method, origin, H):
    by = [[] for _ in range(H)]
    for r in rows:
        if r["method"] == method and r["target_year"] <= origin and r["actual"] > 0 and r["forecast"] > 0:
            by[r["horizon"] - 1].append(math.log(r["actual"] / r["forecast"]))
    return [sorted(x) for x in by]

def quantiles(by, p, horizon, q, minimum=10):
    if not any(len(x) >= minimum for x in by): return None
    out = []
    for step in range(1, horizon + 1):
        raw = None
        for source in range(min(step, len(by)), 0, -1):
            if len(by[source - 1]) >= minimum:
                raw = q(by[source - 1], p) * math.sqrt(step / source); break
        if raw is None:
            source = next(i for i, x in enumerate(by) if len(x) >= minimum)
            raw = q(by[source], p) * math.sqrt(step / (source + 1))
        if out: raw = min(raw, out[-1]) if p < 0.5 else (max(raw, out[-1]) if p > 0.5 else raw)
        out.append(raw)
    return out

def coverage(rows, method, first, last, q, H=3):
    cache = {}
    hits = collections.defaultdict(lambda: {80: [0, 0], 95: [0, 0]})
    for r in rows:
        if r["method"] != method or not (first <= r["origin"] <= last): continue
        o = r["origin"]
        if o not in cache:
            by = errors(rows, method, o, H)
            if not any(len(x) >= 10 for x in by) and method != "Naive": by = errors(rows, "Naive", o, H)
            cache[o] = by
        by = cache[o]
        for level, a in ((80, 0.2), (95, 0.05)):
            lo = quantiles(by, a / 2, r["horizon"], q); hi = quantiles(by, 1 - a / 2, r["horizon"], q)
            if lo is None: continue
            L = r["forecast"] * math.exp(lo[-1]); U = r["forecast"] * math.exp(hi[-1])
            h = hits[r["horizon"]][level]; h[0] += 1; h[1] += (L <= r["actual"] <= U)
    return {h: {lv: 100 * v[1] / v[0] for lv, v in d.items() if v[0]} for h, d in sorted(hits.items())}

if __name__ == "__main__":
    rows = load(sys.argv[1]); first, last = int(sys.argv[2]), int(sys.argv[3])
    method = sys.argv[4] if len(sys.argv) > 4 else "Combo(mean)"
    for name, q in RULES.items():
        cov = coverage(rows, method, first, last, q)
        print(f"{name:14} " + "  ".join(f"h{h}: {c[80]:5.1f}/{c[95]:5.1f}" for h, c in cov.items())
              + f"   worst|cov80-80| {max(abs(c[80]-80) for c in cov.values()):.1f}")
