#!/usr/bin/env python3
"""Writes Tests/ForecastingTests/Fixtures/forecast_reference.json: reference values for the Forecasting tests.

Everything here is computed independently of the Swift code:
  * ETS(A,Ad,N) with fixed parameters and known initial states, from statsmodels' ETSModel.smooth
    (compared tightly), and with estimated parameters from ETSModel.fit (compared loosely);
  * the other methods from their textbook definitions with numpy (polyfit for trends);
  * a small rolling-origin backtest of persistence and drift (MAPE, MASE, bias per horizon).

Run:  pip install statsmodels numpy && python3 Scripts/make_forecast_fixtures.py
"""
import csv
import json
import math
import os

import numpy as np
from statsmodels.tsa.exponential_smoothing.ets import ETSModel

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PANEL = os.path.join(ROOT, "Data", "cla-panel", "la_cla_panel_north_east_2010_2025.csv")
FIXTURES = os.path.join(ROOT, "Tests", "ForecastingTests", "Fixtures")
CODES = ["E06000001", "E06000003", "E06000005"]  # Hartlepool, Redcar and Cleveland, Darlington


def num(cell):
    return float(cell) if cell not in ("", "x", "c", "z", "..", "-") else None


def load_panel():
    rows = list(csv.DictReader(open(PANEL, newline="")))
    series = {}
    for row in rows:
        code = row["la_code_harmonised"] or row["new_la_code"]
        if code not in CODES:
            continue
        series.setdefault(code, []).append(row)
    out = {}
    for code, items in series.items():
        items.sort(key=lambda r: int(r["time_period"]))
        out[code] = {
            "years": [int(r["time_period"]) for r in items],
            "values": [num(r["cla_31mar"]) for r in items],
            "starts": [num(r["starts"]) for r in items],
            "ceased": [num(r["ceased"]) for r in items],
            "population": [num(r["pop_0_17"]) for r in items],
            "rows": items,
        }
    return out


def write_subset(panel):
    """A three-council copy of the panel (same columns) for tests that read CSV."""
    rows = [r for code in CODES for r in panel[code]["rows"]]
    with open(os.path.join(FIXTURES, "panel_subset.csv"), "w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0].keys()), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def damped_path(start, growth, phi, h):
    out, cumulative, weight = [], 0.0, 1.0
    for _ in range(h):
        weight *= phi
        cumulative += weight
        out.append(start * math.exp(growth * cumulative))
    return out


def methods_reference(s, panel, origin, h):
    n = s["years"].index(origin) + 1
    y = np.array(s["values"][:n])
    ref = {}
    ref["Naive"] = [float(y[-1])] * h
    slope = (y[-1] - y[0]) / (n - 1)
    ref["Drift"] = [float(y[-1] + slope * k) for k in range(1, h + 1)]
    ref["Drift(log,damped)"] = damped_path(y[-1], math.log(y[-1] / y[0]) / (n - 1), 0.9, h)
    w = y[-5:]
    b = np.polyfit(np.arange(5), w, 1)
    ref["Trend(linear)"] = [float(np.polyval(b, 4 + k)) for k in range(1, h + 1)]
    b = np.polyfit(np.arange(5), np.log(w), 1)
    ref["Trend(log-linear)"] = [float(math.exp(np.polyval(b, 4 + k))) for k in range(1, h + 1)]
    # Rate per 10k: latest year with a population; population projected along its 5-year least-squares slope.
    pops = [(yr, p) for yr, p in zip(s["years"][:n], s["population"][:n]) if p]
    rate_year, rate_pop = pops[-1]
    rate = s["values"][s["years"].index(rate_year)] / rate_pop
    known = pops[-5:]
    pslope = np.polyfit([k[0] for k in known], [k[1] for k in known], 1)[0]
    proj = [known[-1][1] + pslope * (origin + k - known[-1][0]) for k in range(1, h + 1)]
    ref["Rate(per 10k)"] = [rate * p for p in proj]
    # Stock-flow: 3-year mean exit fraction (ceased / previous stock) and start rate (starts / population).
    exits = [s["ceased"][i] / s["values"][i - 1] for i in range(n - 3, n)]
    rates = [s["starts"][i] / s["population"][i] for i in range(n - 3, n)]
    e, r = sum(exits) / 3, sum(rates) / 3
    stock, path = y[-1], []
    for p in proj:
        stock = stock * (1 - e) + r * p
        path.append(float(stock))
    ref["StockFlow"] = path
    # Pooled growth: 3-year log growth of the panel total, damped 0.8.
    total_end = sum(panel[c]["values"][panel[c]["years"].index(origin)] for c in CODES)
    total_start = sum(panel[c]["values"][panel[c]["years"].index(origin - 3)] for c in CODES)
    ref["Pooled(growth)"] = damped_path(y[-1], math.log(total_end / total_start) / 3, 0.8, h)
    return ref


def ets_reference():
    y = np.array([12.0, 14.5, 15.1, 17.8, 18.2, 21.0, 21.4, 23.9, 24.1, 26.8, 27.0, 28.9])
    cases = []
    for alpha, beta, phi, l0, b0 in [(0.5, 0.2, 0.9, 11.0, 1.5), (0.8, 0.1, 0.85, 12.5, 0.5), (0.3, 0.3, 0.98, 10.0, 2.0)]:
        model = ETSModel(y, error="add", trend="add", damped_trend=True, initialization_method="known",
                         initial_level=l0, initial_trend=b0)
        result = model.smooth([alpha, beta, phi])
        cases.append({"alpha": alpha, "beta": beta, "phi": phi, "initial_level": l0, "initial_trend": b0,
                      "fitted": result.fittedvalues.tolist(), "forecast": result.forecast(5).tolist()})
    fitted = ETSModel(y, error="add", trend="add", damped_trend=True,
                      initialization_method="estimated").fit(disp=False)
    estimated = {"sse": float(np.sum(fitted.resid ** 2)), "forecast": fitted.forecast(5).tolist(),
                 "params": {k: float(v) for k, v in zip(fitted.model.param_names, fitted.params)}}
    return {"values": y.tolist(), "known": cases, "estimated": estimated}


def backtest_reference(panel, origins, horizons):
    """Persistence and drift over the subset panel: MAPE, MASE and bias (percent) per horizon."""
    out = {}
    for name in ["Naive", "Drift"]:
        rows = []
        for h in range(1, horizons + 1):
            ape, bias, scaled = [], [], []
            for code in CODES:
                s = panel[code]
                for origin in origins:
                    n = s["years"].index(origin) + 1
                    y = s["values"][:n]
                    f = y[-1] if name == "Naive" else y[-1] + (y[-1] - y[0]) / (n - 1) * h
                    a = s["values"][n - 1 + h]
                    scale = np.mean(np.abs(np.diff(y)))
                    ape.append(abs(a - f) / a)
                    bias.append((f - a) / a)
                    scaled.append(abs(a - f) / scale)
            rows.append({"horizon": h, "forecasts": len(ape), "mape": 100 * float(np.mean(ape)),
                         "bias": 100 * float(np.mean(bias)), "mase": float(np.mean(scaled))})
        out[name] = rows
    return out


def main():
    os.makedirs(FIXTURES, exist_ok=True)
    panel = load_panel()
    write_subset(panel)
    reference = {
        "source": "Scripts/make_forecast_fixtures.py (statsmodels ETSModel; numpy)",
        "ets": ets_reference(),
        "methods": {"series": "E06000003", "origin": 2020, "horizon": 3,
                    "forecasts": methods_reference(panel["E06000003"], panel, 2020, 3)},
        "backtest": {"origins": [2014, 2022], "horizons": 3,
                     "rows": backtest_reference(panel, range(2014, 2023), 3)},
    }
    with open(os.path.join(FIXTURES, "forecast_reference.json"), "w") as handle:
        json.dump(reference, handle, indent=1, sort_keys=True)
        handle.write("\n")


if __name__ == "__main__":
    main()
