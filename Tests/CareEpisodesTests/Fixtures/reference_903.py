#!/usr/bin/env python3
"""Independent reference for the CareEpisodes tests: cleans SSDA903 files with pandas-free Python and prints the
figures the Swift tests compare against (stock, starts and ceased at each 31 March, and the cleaning counts).

Written separately from the Swift code from the rules in the issue and the public demand models: drop short breaks
(LS V3/V4), drop exact duplicates, keep one version per child and start (latest end, closed over open, then latest
return), one per child and end (earliest start), close open episodes of children absent from later returns on
1 April, close at the next start, drop children without a date of birth, close at the 18th birthday (open episodes only when it falls within the data).

Usage: reference_903.py FOLDER
"""
import csv
import datetime as dt
import glob
import os
import re
import sys


def parse(text):
    text = text.strip()
    if not text:
        return None
    return dt.datetime.strptime(text, "%d/%m/%Y").date()


def year_ending_march(day):
    return day.year + 1 if day.month >= 4 else day.year


def eighteenth(dob):
    try:
        return dob.replace(year=dob.year + 18)
    except ValueError:
        return dt.date(dob.year + 18, 3, 1)


def main(folder):
    files = sorted(os.listdir(folder))
    episodes, dobs = [], {}
    counts = {"short": 0, "exact": 0, "superseded": 0, "same_end": 0, "missing_later": 0, "overlap": 0,
              "open_next": 0, "at18": 0, "no_dob": 0}
    returns = []
    for name in files:
        low = name.lower()
        if not low.endswith(".csv") or "episode" not in low:
            continue
        rows = list(csv.DictReader(open(os.path.join(folder, name), newline="")))
        ret = year_ending_march(max(parse(r["DECOM"]) for r in rows))
        returns.append(ret)
        for r in rows:
            episodes.append(dict(r, ret=ret, start=parse(r["DECOM"]), end=parse(r["DEC"])))
    for name in sorted(n for n in files if "header" in n.lower()):
        for r in csv.DictReader(open(os.path.join(folder, name), newline="")):
            dobs[r["CHILD"]] = parse(r["DOB"])
    before = len(episodes)
    episodes = [e for e in episodes if e["LS"] not in ("V3", "V4")]
    counts["short"] = before - len(episodes)
    fields = ["CHILD", "DECOM", "DEC", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "REC", "HOME_POST", "PL_POST"]
    seen, unique = set(), []
    for e in sorted(episodes, key=lambda e: -e["ret"]):
        key = tuple(e[f] for f in fields)
        if key in seen:
            counts["exact"] += 1
        else:
            seen.add(key)
            unique.append(e)
    groups = {}
    for e in unique:
        groups.setdefault((e["CHILD"], e["start"]), []).append(e)
    chosen = []
    for versions in groups.values():
        best = max(versions, key=lambda e: (e["end"] is not None, e["end"] or dt.date.min, e["ret"]))
        counts["superseded"] += len(versions) - 1
        chosen.append(best)
    by_end = {}
    kept = []
    for e in sorted(chosen, key=lambda e: (e["CHILD"], e["start"])):
        if e["end"] is not None:
            if (e["CHILD"], e["end"]) in by_end:
                counts["same_end"] += 1
                continue
            by_end[(e["CHILD"], e["end"])] = e
        kept.append(e)
    last_return = {}
    for e in kept:
        last_return[e["CHILD"]] = max(last_return.get(e["CHILD"], 0), e["ret"])
    latest = max(returns)
    for e in kept:
        if e["end"] is None and e["ret"] < latest and last_return[e["CHILD"]] <= e["ret"]:
            e["end"] = dt.date(e["ret"], 4, 1)
            counts["missing_later"] += 1
    for a, b in zip(kept, kept[1:]):
        if a["CHILD"] != b["CHILD"]:
            continue
        if a["end"] is None:
            a["end"] = b["start"]
            counts["open_next"] += 1
        elif a["end"] > b["start"]:
            a["end"] = b["start"]
            counts["overlap"] += 1
    final = []
    data_end = dt.date(latest, 3, 31)
    for e in kept:
        dob = dobs.get(e["CHILD"])
        if dob is None:
            counts["no_dob"] += 1
            continue
        limit = eighteenth(dob)
        if e["start"] >= limit:
            continue
        if (e["end"] is None and limit <= data_end) or (e["end"] is not None and e["end"] > limit):
            e["end"] = limit
            counts["at18"] += 1
        e["dob"] = dob
        final.append(e)
    print("counts", " ".join(f"{k}={v}" for k, v in counts.items()), f"kept={len(final)}")
    for year in range(min(returns), max(returns) + 1):
        census, first = dt.date(year, 3, 31), dt.date(year - 1, 4, 1)
        stock = sum(1 for e in final if e["start"] <= census and (e["end"] is None or e["end"] > census))
        starts = ceased = 0
        for i, e in enumerate(final):
            prev = final[i - 1] if i > 0 and final[i - 1]["CHILD"] == e["CHILD"] else None
            nxt = final[i + 1] if i + 1 < len(final) and final[i + 1]["CHILD"] == e["CHILD"] else None
            if (prev is None or prev["end"] != e["start"]) and first <= e["start"] <= census:
                starts += 1
            if e["end"] is not None and (nxt is None or nxt["start"] != e["end"]) and first <= e["end"] <= census:
                ceased += 1
        print(f"year {year} stock={stock} starts={starts} ceased={ceased}")


if __name__ == "__main__":
    main(sys.argv[1])
