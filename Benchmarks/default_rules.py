#!/usr/bin/env python3
"""Replays the two default rules registered in docs/forecast-validation-log.md (sixth registration, issue 18) from a
backtest's forecasts.csv, with past data only at every origin, and prints each rule's MAPE, 80 % coverage and misses
below / above the 80 % interval per horizon beside persistence's. Cross-check script, not part of the product.
forecasts.csv must hold the earlier origins too (run the backtest from the first feasible origin).

  D1  persistence unless the combination beat it on past target years by more than 2 standard errors
  D2  the combination shrunk toward persistence by a weight per horizon fitted on past errors (log least squares)

usage: Benchmarks/default_rules.py forecasts.csv PANEL.csv FIRST_ORIGIN LAST_ORIGIN"""
import collections, csv, math, statistics, sys
sys.path.insert(0, __file__.rsplit("/", 1)[0])
from interval_rules import q7, quantiles

COMBO, NAIVE, H = "Combo(mean)", "Naive", 3

def scales(panel_path):
    """MASE scale of each (series, origin): mean absolute one-step change of the values up to the origin."""
    values = collections.defaultdict(dict)
    for r in csv.DictReader(open(panel_path)):
        if not r["cla_31mar"]:
            continue
        for key in ("la_code_harmonised", "new_la_code"):
            if r.get(key):
                values[r[key]][int(r["time_period"])] = float(r["cla_31mar"])
    def scale(series, origin):
        ys = [v for y, v in sorted(values[series].items()) if y <= origin]
        if len(ys) < 2: return None
        s = sum(abs(b - a) for a, b in zip(ys, ys[1:])) / (len(ys) - 1)
        return s if s > 0 else None
    return scale

def load(path):
    pairs = {}
    for r in csv.DictReader(open(path)):
        if r["method"] not in (COMBO, NAIVE): continue
        key = (r["series"], int(r["origin"]), int(r["horizon"]))
        item = pairs.setdefault(key, {"actual": float(r["actual"])})
        item[r["method"]] = float(r["forecast"])
        item[r["method"] + "_80"] = (float(r["lower_80"]), float(r["upper_80"])) if r["lower_80"] else None
    return {k: v for k, v in pairs.items() if COMBO in v and NAIVE in v}

def d1_choice(pairs, scale, origin):
    by_year = collections.defaultdict(list)
    for (series, o, h), v in pairs.items():
        if o + h > origin: continue
        s = scale(series, o)
        if s is None: continue
        by_year[o + h].append((abs(v["actual"] - v[NAIVE]) - abs(v["actual"] - v[COMBO])) / s)
    means = [sum(x) / len(x) for x in by_year.values()]
    if len(means) < 3: return NAIVE
    m = sum(means) / len(means); se = statistics.stdev(means) / math.sqrt(len(means))
    return COMBO if m > 2 * se else NAIVE

def d2_weights(pairs, origin):
    sums = [[0.0, 0.0, 0] for _ in range(H)]
    for (series, o, h), v in pairs.items():
        if o + h > origin or min(v[NAIVE], v[COMBO], v["actual"]) <= 0: continue
        d = math.log(v[COMBO] / v[NAIVE]); e = math.log(v["actual"] / v[NAIVE])
        sums[h - 1][0] += d * e; sums[h - 1][1] += d * d; sums[h - 1][2] += 1
    weights = []
    for h in range(H):
        w = None
        for source in range(h, -1, -1):
            de, dd, n = sums[source]
            if n >= 10:
                w = min(max(de / dd, 0.0), 1.0) if dd > 0 else 0.0
                break
        weights.append(0.0 if w is None else w)
    return weights

def replay(pairs, scale, first, last):
    origins = sorted({o for _, o, _ in pairs})
    d2 = {}
    for o in origins:
        w = d2_weights(pairs, o)
        for key, v in pairs.items():
            if key[1] == o:
                d2[key] = v[NAIVE] * (v[COMBO] / v[NAIVE]) ** w[key[2] - 1] if v[NAIVE] > 0 else v[NAIVE]
    def d2_interval(key, cache={}):
        o, h = key[1], key[2]
        if o not in cache:
            by = [[] for _ in range(H)]; naive = [[] for _ in range(H)]
            for k, f in d2.items():
                if k[1] + k[2] <= o and f > 0 and pairs[k]["actual"] > 0:
                    by[k[2] - 1].append(math.log(pairs[k]["actual"] / f))
                    naive[k[2] - 1].append(math.log(pairs[k]["actual"] / pairs[k][NAIVE]))
            by = [sorted(x) for x in by]
            if not any(len(x) >= 10 for x in by): by = [sorted(x) for x in naive]
            cache[o] = by
        lo = quantiles(cache[o], 0.1, h, q7); hi = quantiles(cache[o], 0.9, h, q7)
        return None if lo is None else (d2[key] * math.exp(lo[-1]), d2[key] * math.exp(hi[-1]))
    d1 = {o: d1_choice(pairs, scale, o) for o in origins}
    rows = collections.defaultdict(lambda: collections.defaultdict(list))
    for key, v in sorted(pairs.items()):
        series, o, h = key
        if not first <= o <= last: continue
        a = v["actual"]
        for name, f, interval in (
            ("persistence", v[NAIVE], v[NAIVE + "_80"]), ("combination", v[COMBO], v[COMBO + "_80"]),
            ("D1", v[d1[o]], v[d1[o] + "_80"]), ("D2", d2[key], d2_interval(key))):
            rows[name][h].append((abs(a - f) / a, interval, a))
    print(f"{'rule':12} {'h':>2} {'n':>5} {'MAPE':>6} {'cov80':>6} {'below':>6} {'above':>6}")
    for name, by_h in rows.items():
        for h, items in sorted(by_h.items()):
            bounded = [(i, a) for _, i, a in items if i]
            below = sum(a < i[0] for i, a in bounded); above = sum(a > i[1] for i, a in bounded)
            n = len(bounded)
            print(f"{name:12} {h:>2} {len(items):>5} {100 * sum(e for e, _, _ in items) / len(items):6.2f} "
                  f"{100 * (n - below - above) / n:6.1f} {below:>6} {above:>6}")
    print("D1 choice by origin: " + ", ".join(f"{o}:{'combo' if d1[o] == COMBO else 'naive'}"
                                            for o in origins if first <= o <= last))
    print("D2 weights by origin: " + ", ".join(
        f"{o}:" + "/".join(f"{w:.2f}" for w in d2_weights(pairs, o)) for o in origins if first <= o <= last))

if __name__ == "__main__":
    replay(load(sys.argv[1]), scales(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
