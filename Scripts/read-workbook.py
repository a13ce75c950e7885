#!/usr/bin/env python3
"""Reads plan.xlsx with the standard library only (zipfile + xml) and prints, for each sheet, its name, its frozen
header row, the formulas of its totals with their cached values, and the number of charts; or, with --check-budget
BUDGET_CSV, checks that the Budget sheet's totals equal the sums of budget.csv's columns to the penny, that the
Summary sheet's cost totals equal budget.csv's annual cost, and that the Sufficiency gap sheet has the rows of the
sufficiency-gap.csv beside budget.csv. Used by the finance workbook's tests."""
import csv
import io
import os
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {
    "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
}


def column_index(reference):
    letters = "".join(c for c in reference if c.isalpha())
    index = 0
    for letter in letters:
        index = index * 26 + (ord(letter) - 64)
    return index - 1


def read(path):
    archive = zipfile.ZipFile(path)
    shared = []
    if "xl/sharedStrings.xml" in archive.namelist():
        root = ET.fromstring(archive.read("xl/sharedStrings.xml"))
        for item in root.findall("m:si", NS):
            shared.append("".join(t.text or "" for t in item.iter("{%s}t" % NS["m"])))
    workbook = ET.fromstring(archive.read("xl/workbook.xml"))
    rels = ET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target") for r in rels.findall("rel:Relationship", NS)}
    sheets = {}
    for sheet in workbook.find("m:sheets", NS).findall("m:sheet", NS):
        target = targets[sheet.get("{%s}id" % NS["r"])]
        xml = ET.fromstring(archive.read("xl/" + target))
        rows = {}
        for row in xml.iter("{%s}row" % NS["m"]):
            cells = {}
            for cell in row.findall("m:c", NS):
                value = cell.find("m:v", NS)
                formula = cell.find("m:f", NS)
                text = value.text if value is not None else None
                if cell.get("t") == "s" and text is not None:
                    text = shared[int(text)]
                cells[column_index(cell.get("r"))] = (text, formula.text if formula is not None else None)
            rows[int(row.get("r")) - 1] = cells
        pane = xml.find(".//m:pane", NS)
        frozen = pane is not None and pane.get("state") == "frozen"
        drawing = xml.find("m:drawing", NS) is not None
        sheets[sheet.get("name")] = {"rows": rows, "frozen": frozen, "drawing": drawing}
    charts = [n for n in archive.namelist() if n.startswith("xl/charts/chart")]
    return sheets, charts


def pence(text):
    return round(float(text) * 100) if text not in (None, "") else 0



def check_budget(sheets, budget_csv):
    with open(budget_csv, encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    budget = sheets["Budget"]["rows"]
    header = {text: index for index, (text, _) in budget[0].items()}
    total_row = max(budget)
    columns = {
        "Placement fees": "placement_fees_gbp", "Mileage": "mileage_gbp", "Recruitment": "recruitment_gbp",
        "Household support": "household_support_gbp", "Emergency retainers": "emergency_retainers_gbp",
        "New-unit running costs": "new_unit_running_costs_gbp", "Block contracts": "block_contracts_gbp",
        "Planned moves": "planned_moves_gbp",
        "Annual cost": "annual_cost_gbp", "Annual cost in cash": "annual_cost_cash_gbp",
        "Carrying on as today: cost": "status_quo_annual_cost_gbp",
    }
    failures = []
    for title, name in columns.items():
        expected = sum(pence(row[name]) for row in rows)
        value, formula = budget[total_row][header[title]]
        if formula is None or not formula.startswith("SUM("):
            failures.append("Budget %s total is not a SUM formula: %r" % (title, formula))
        if pence(value) != expected:
            failures.append("Budget %s total %s != budget.csv %d pence" % (title, value, expected))
    # The Summary's cost table: its grand total (the Total column's Total row) is budget.csv's annual cost.
    summary = sheets["Summary"]["rows"]
    total_cells = [cells for cells in summary.values() if cells.get(0, (None, None))[0] == "Total"]
    expected = sum(pence(row["annual_cost_gbp"]) for row in rows)
    cost_totals = total_cells[0] if total_cells else {}
    if not any(f and pence(v) == expected for v, f in cost_totals.values() if v is not None):
        failures.append("Summary cost table has no total equal to budget.csv's %d pence" % expected)
    failures += check_gap(sheets, os.path.join(os.path.dirname(budget_csv), "sufficiency-gap.csv"))
    for name, sheet in sheets.items():
        if name != "Summary" and not sheet["frozen"]:
            failures.append("sheet %s has no frozen header row" % name)
    return failures


def check_gap(sheets, gap_csv):
    """The Sufficiency gap sheet has sufficiency-gap.csv's rows: as many, with the same needed, met and unmet sums
    (to the hundredth), sibling groups included."""
    if not os.path.exists(gap_csv):
        return []
    with open(gap_csv, encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    gap = sheets["Sufficiency gap"]["rows"]
    header = {text: index for index, (text, _) in gap[0].items()}
    body = [cells for index, cells in gap.items() if index > 0]
    failures = []
    if len(body) != len(rows):
        failures.append("Sufficiency gap sheet has %d rows, sufficiency-gap.csv %d" % (len(body), len(rows)))
    for title, name in {"Needed": "needed", "Met": "met", "Unmet": "unmet"}.items():
        sheet_sum = sum(pence(cells.get(header[title], (None, None))[0]) for cells in body)
        csv_sum = sum(pence(row[name]) for row in rows)
        if abs(sheet_sum - csv_sum) > len(rows):
            failures.append("Sufficiency gap %s sums to %d hundredths, sufficiency-gap.csv %d" % (title, sheet_sum, csv_sum))
    return failures


def main():
    sheets, charts = read(sys.argv[1])
    if len(sys.argv) > 3 and sys.argv[2] == "--check-budget":
        failures = check_budget(sheets, sys.argv[3])
        if len(charts) < 2:
            failures.append("expected 2 charts, found %d" % len(charts))
        print("\n".join(failures) if failures else "ok")
        sys.exit(1 if failures else 0)
    for name, sheet in sheets.items():
        print(name, "frozen" if sheet["frozen"] else "", "chart" if sheet["drawing"] else "", len(sheet["rows"]), "rows")
    print(len(charts), "charts")


if __name__ == "__main__":
    main()
