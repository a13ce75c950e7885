#!/usr/bin/env python3
"""Generate synthetic SSDA903 returns for a large council, with the true annual figures.

Simulates children coming into care, moving between placements and leaving (at 18 at the latest), from a warm-up
start until 31 March of the last year, then writes one Header and one Episodes file per collection year
(`YYYY-header.csv`, `YYYY-episodes.csv`, the year ending 31 March), each holding every episode open at some point in
that year, as real returns do (so episodes repeat across files, open ones with a blank DEC). Postcodes are real
postcode districts from the centroid file, so distances can be computed.

Also writes `truth.csv`: time_period, cla_31mar, starts, ceased, emergency_arrivals (teenagers 13-17 starting a new
period of care) and stock by age band, computed from the simulation itself (not from the files), so an ingest of the
files can be checked against it.

Usage: generate_903.py OUT_DIR [--seed 7] [--years 10] [--last-year 2025] [--arrivals 1500]
       [--mean-period-days 730] [--mean-episode-days 100] [--centroids Data/postcodes/uk_postcode_district_centroids.csv]
"""
import argparse
import csv
import datetime as dt
import os
import random

PLACEMENTS_BY_AGE = {
    # (PLACE, PLACE_PROVIDER, weight) by age group at the start of the episode
    "young": [("U4", "PR1", 30), ("U5", "PR1", 8), ("U4", "PR4", 20), ("U1", "PR1", 12), ("U2", "PR1", 6),
              ("P1", "PR0", 8), ("A4", "PR1", 6), ("A5", "PR1", 4), ("K2", "PR4", 2), ("U6", "PR5", 4)],
    "child": [("U4", "PR1", 30), ("U4", "PR4", 25), ("U5", "PR5", 5), ("U1", "PR1", 10), ("U3", "PR1", 4),
              ("P1", "PR0", 6), ("K2", "PR4", 10), ("K2", "PR1", 3), ("R1", "PR4", 1), ("S1", "PR4", 2),
              ("A6", "PR1", 2), ("Z1", "PR1", 2)],
    "teen": [("U4", "PR1", 18), ("U4", "PR4", 22), ("U1", "PR1", 5), ("K2", "PR4", 20), ("K2", "PR1", 4),
             ("H5", "PR4", 10), ("P2", "PR4", 8), ("K3", "PR4", 3), ("P1", "PR0", 3), ("R5", "PR3", 2),
             ("K1", "PR3", 1), ("S1", "PR4", 2), ("T4", "PR1", 2)],
}
ENTRY_AGE_WEIGHTS = [(0, 20), (1, 5), (2, 4), (3, 3), (4, 3), (5, 3), (6, 3), (7, 3), (8, 3), (9, 3), (10, 4),
                     (11, 4), (12, 5), (13, 7), (14, 8), (15, 9), (16, 7), (17, 3)]
LEGAL = ["C2", "V2", "C1", "E1", "J2", "L1", "L2", "D1"]
NEED = ["N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8"]


def weighted(rng, items):
    total = sum(item[-1] for item in items)
    pick = rng.uniform(0, total)
    for item in items:
        pick -= item[-1]
        if pick <= 0:
            return item
    return items[-1]


def birthday(dob, years):
    try:
        return dob.replace(year=dob.year + years)
    except ValueError:  # 29 February
        return dt.date(dob.year + years, 3, 1)


def age_on(dob, day):
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


def band(age):
    return 0 if age < 1 else 1 if age <= 4 else 2 if age <= 9 else 3 if age <= 15 else 4


def fmt(day):
    return "" if day is None else day.strftime("%d/%m/%Y")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--last-year", type=int, default=2025)
    parser.add_argument("--arrivals", type=float, default=1500.0, help="periods of care starting per year")
    parser.add_argument("--mean-period-days", type=float, default=730.0)
    parser.add_argument("--mean-episode-days", type=float, default=100.0)
    parser.add_argument("--centroids", default=os.path.join(os.path.dirname(__file__), "..", "Data", "postcodes",
                                                          "uk_postcode_district_centroids.csv"))
    args = parser.parse_args()
    rng = random.Random(args.seed)

    with open(args.centroids, newline="") as handle:
        districts = [row["postcode"] for row in csv.DictReader(handle)]
    home_districts = [d for d in districts if d.startswith("TS")] or districts[:30]
    near = {d: [e for e in home_districts] for d in home_districts}

    first_year = args.last_year - args.years + 1
    data_end = dt.date(args.last_year, 3, 31)
    sim_start = dt.date(first_year - 8, 4, 1)
    children = []  # (child id, dob, sex, [periods]); period = list of episodes (dict)
    next_id = 100000
    day = sim_start
    span_days = (data_end - sim_start).days
    n_arrivals = int(args.arrivals * span_days / 365.25)
    starts = sorted(sim_start + dt.timedelta(days=rng.randrange(span_days + 1)) for _ in range(n_arrivals))
    for start in starts:
        age = weighted(rng, ENTRY_AGE_WEIGHTS)[0]
        dob = start - dt.timedelta(days=int(age * 365.25) + rng.randrange(365))
        if dob > start:
            dob = start
        child = {"id": str(next_id), "dob": dob, "sex": rng.choice("12"), "episodes": [], "periods": []}
        next_id += 1
        home = rng.choice(home_districts)
        period_start = start
        for _ in range(3):  # up to three periods of care
            eighteen = birthday(dob, 18)
            if period_start >= eighteen:
                break
            period_end = period_start + dt.timedelta(days=max(1, int(rng.expovariate(1 / args.mean_period_days))))
            if period_end > eighteen:
                period_end = eighteen
            episodes = []
            episode_start = period_start
            legal = rng.choice(LEGAL)
            need = rng.choice(NEED)
            first = True
            while episode_start < period_end:
                episode_end = episode_start + dt.timedelta(
                    days=max(1, int(rng.expovariate(1 / args.mean_episode_days))))
                if episode_end > period_end:
                    episode_end = period_end
                a = age_on(dob, episode_start)
                group = "young" if a < 5 else "child" if a < 13 else "teen"
                place, provider, _ = weighted(rng, PLACEMENTS_BY_AGE[group])
                far = rng.random() < 0.2
                placement = rng.choice(districts) if far else rng.choice(near[home])
                rne = "S" if first else rng.choice("PPPLLTB")
                if not first and rne == "L":
                    legal = rng.choice(LEGAL)
                episodes.append({"DECOM": episode_start, "DEC": episode_end, "RNE": rne, "LS": legal, "CIN": need,
                                 "PLACE": place, "PLACE_PROVIDER": provider,
                                 "REC": "X1" if episode_end < period_end else "E4A",
                                 "HOME_POST": home + " " + str(rng.randrange(10)),
                                 "PL_POST": placement + " " + str(rng.randrange(10)), "age": a})
                episode_start = episode_end
                first = False
            child["periods"].append((period_start, period_end, episodes))
            if rng.random() > 0.15:
                break
            period_start = period_end + dt.timedelta(days=30 + rng.randrange(700))
        children.append(child)

    os.makedirs(args.out, exist_ok=True)
    truth = []
    rows_written = 0
    for year in range(first_year, args.last_year + 1):
        window_start, census = dt.date(year - 1, 4, 1), dt.date(year, 3, 31)
        cla = starts_n = ceased_n = emergency = 0
        bands = [0] * 5
        episode_rows, header_rows = [], []
        for child in children:
            in_file = False
            for period_start, period_end, episodes in child["periods"]:
                if period_start > census:
                    continue
                if window_start <= period_start <= census:
                    starts_n += 1
                    if 13 <= age_on(child["dob"], period_start) <= 17:
                        emergency += 1
                if window_start <= period_end <= census:
                    ceased_n += 1
                if period_start <= census < period_end:
                    cla += 1
                    bands[band(age_on(child["dob"], census))] += 1
                for e in episodes:
                    if e["DECOM"] <= census and e["DEC"] >= window_start:
                        in_file = True
                        open_now = e["DEC"] > census
                        episode_rows.append([child["id"], fmt(e["DECOM"]), e["RNE"], e["LS"], e["CIN"], e["PLACE"],
                                             e["PLACE_PROVIDER"], "" if open_now else fmt(e["DEC"]),
                                             "" if open_now else e["REC"], "", e["HOME_POST"], e["PL_POST"], ""])
            if in_file:
                header_rows.append([child["id"], child["sex"], fmt(child["dob"]), "WBRI", "", "", ""])
        with open(os.path.join(args.out, f"{year}-episodes.csv"), "w", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(["CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC",
                             "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"])
            writer.writerows(episode_rows)
        with open(os.path.join(args.out, f"{year}-header.csv"), "w", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"])
            writer.writerows(header_rows)
        rows_written += len(episode_rows)
        truth.append([year, cla, starts_n, ceased_n, emergency] + bands)
    with open(os.path.join(args.out, "truth.csv"), "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["time_period", "cla_31mar", "starts", "ceased", "emergency_arrivals", "age_under_1",
                         "age_1_to_4", "age_5_to_9", "age_10_to_15", "age_16_plus"])
        writer.writerows(truth)
    print(f"{rows_written} episode rows, {len(children)} children, {args.years} returns in {args.out}")


if __name__ == "__main__":
    main()
