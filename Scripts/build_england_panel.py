#!/usr/bin/env python3
"""Builds Data/cla-panel/la_cla_panel_england_2010_2024.csv from the per-release extracts in Data/cla-panel/sources/.

Each extract is a faithful copy of the LA rows of one DfE release (see Data/cla-panel/README.md). For every council
and year the figure of the most recent release is used: the 2020-2024 release for 2020-2024, the 2018-2022 release
for 2018-2019, the SFR underlying files for 2010-2017. The 0-17 population comes from the DfE releases from 2018
and from the ONS mid-year estimates for 2012-2017 (sources/ons_pop_0_17_2012_2017.csv); 2010-2011 are blank.
Where a 2018-2019 release population is more than 20 % away from the ONS mid-year estimate of the same year
(sources/ons_pop_0_17_2018_2019.csv), the ONS estimate is used: only Camden and Westminster, whose release figures
jump about 30 % above the years on either side.
Councils are keyed by their 3-digit LA code, which survives the GSS code changes (Northumberland, Gateshead,
Buckinghamshire, North Yorkshire, Somerset); `la_code_harmonised` is the council's latest GSS code. Councils whose
boundaries changed (Dorset, Poole, Bournemouth, BCP, Northamptonshire and its successors, Cumbria and its
successors) and the two smallest (City of London, 6-24 children; Isles of Scilly, none, and absent 2011-2016) are
left out, so every council kept has all years.

usage: Scripts/build_england_panel.py
"""
import csv, os, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SOURCES = os.path.join(ROOT, "Data", "cla-panel", "sources")
OUT = os.path.join(ROOT, "Data", "cla-panel", "la_cla_panel_england_2010_2024.csv")
LEFT_OUT = {"201", "420", "835", "836", "837", "838", "839", "928", "940", "941", "909", "942", "943"}
FIRST, LAST = 2010, 2024

def rows(name):
    with open(os.path.join(SOURCES, name), newline="") as f:
        return list(csv.DictReader(f))

def number(text):
    text = (text or "").strip()
    return int(text) if text.isdigit() else None  # blank or a suppression marker (x, c, z)

panel = {}   # (old code, year) -> dict
sources = {}
def put(old, year, field, value, source):
    cell = panel.setdefault((old, year), {})
    cell[field] = value
    sources.setdefault((old, year), set()).add(source)

# Oldest release first, so later releases overwrite.
for name, field in (("sfr_cla_31mar_2010_2017.csv", "cla_31mar"), ("sfr_starts_2010_2017.csv", "starts"),
                    ("sfr_ceased_2010_2017.csv", "ceased")):
    for r in rows(name):
        put(r["old_la_code"], int(r["time_period"]), field, number(r[field]), "DfE SFR underlying data")
        if r["new_la_code"]:
            panel[(r["old_la_code"], int(r["time_period"]))]["new_la_code"] = r["new_la_code"]
latest_code, latest_name, region = {}, {}, {}
for name, release in (("dfe_cla_2018_2022_release.csv", "DfE 2018-2022 release"),
                      ("dfe_cla_2020_2024_release.csv", "DfE 2020-2024 release")):
    for r in rows(name):
        old, year = r["old_la_code"], int(r["time_period"])
        for field in ("cla_31mar", "starts", "ceased", "pop_0_17"):
            put(old, year, field, number(r[field]), release)
        panel[(old, year)]["new_la_code"] = r["new_la_code"]
        if year >= latest_code.get(old, ("", 0))[1]:
            latest_code[old] = (r["new_la_code"], year)
            latest_name[old] = r["la_name"]
        region[old] = r["region_name"].replace("Inner London", "London").replace("Outer London", "London")
for r in rows("ons_pop_0_17_2012_2017.csv"):
    if (r["old_la_code"], int(r["time_period"])) in panel:
        put(r["old_la_code"], int(r["time_period"]), "pop_0_17", number(r["pop_0_17"]), "ONS mid-year estimates")

BREAK = 0.2  # a release population this far from the ONS estimate is a break in the series, not a change
for r in rows("ons_pop_0_17_2018_2019.csv"):
    key = (r["old_la_code"], int(r["time_period"]))
    released, ons = panel.get(key, {}).get("pop_0_17"), number(r["pop_0_17"])
    if released and ons and abs(released - ons) > BREAK * ons:
        put(key[0], key[1], "pop_0_17", ons, "ONS mid-year estimate (release population replaced)")

kept, dropped = [], []
for old in sorted({old for old, _ in panel}):
    if old in LEFT_OUT:
        continue
    years = [panel.get((old, y)) for y in range(FIRST, LAST + 1)]
    if any(cell is None or cell.get("cla_31mar") is None for cell in years):
        dropped.append(old)
        continue
    kept.append(old)

header = ["time_period", "new_la_code", "la_code_harmonised", "old_la_code", "la_name", "region_name", "cla_31mar",
          "starts", "ceased", "pop_0_17", "source"]
tmp = OUT + ".tmp"
with open(tmp, "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(header)
    for old in sorted(kept, key=lambda o: (latest_code[o][0], o)):
        for year in range(FIRST, LAST + 1):
            cell = panel[(old, year)]
            if "new_la_code" not in cell:  # the 2010 files have old codes only: use the next year's
                cell["new_la_code"] = panel[(old, year + 1)].get("new_la_code", "")
            w.writerow([year, cell.get("new_la_code", ""), latest_code[old][0], old, latest_name[old], region[old]]
                       + ["" if cell.get(k) is None else cell[k] for k in ("cla_31mar", "starts", "ceased", "pop_0_17")]
                       + ["; ".join(sorted(sources[(old, year)]))])
os.replace(tmp, OUT)
print(f"kept {len(kept)} councils x {LAST - FIRST + 1} years; dropped for gaps: {dropped}", file=sys.stderr)
