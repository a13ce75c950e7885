import MessageFormat
import Planning
import TableIO

/// The short table `plan` prints: one line per year, then the headline figures.
public enum PlanSummary {
  /// The summary: a table by year, then totals.
  public static func text(_ plan: Plan) -> String {
    let header = [
      "Year", "Demand", "Placed", "Last resort", "Unmet", "In-house fostering", ">20 mi", "Recruits",
      "Emergency beds", "Cost",
    ]
    var rows: [[String]] = []
    for year in plan.years {
      let recruits = plan.recruitment.filter { $0.year == year.year }.reduce(0) { $0 + $1.householdsToApprove }
      let beds =
        plan.emergency.first { $0.year == year.year }.map { line in
          line.shortfall > 0
            ? NumberFormat.fixed(line.bedsSecured, decimals: 1) + " of \(line.bedsNeeded)" : String(line.bedsNeeded)
        } ?? "-"
      rows.append([
        FinancialYear.label(year.year), NumberFormat.fixed(year.demand, decimals: 1),
        NumberFormat.fixed(year.placed, decimals: 1),
        NumberFormat.fixed(year.lastResort, decimals: 1), NumberFormat.fixed(year.unmet, decimals: 1),
        year.inHouseFosteringShare.map { NumberFormat.fixed($0 * 100, decimals: 1) + "%" } ?? "-",
        NumberFormat.fixed(year.shareOver20Miles * 100, decimals: 1) + "%", NumberFormat.fixed(recruits, decimals: 1),
        beds, NumberFormat.pounds(year.annualCost),
      ])
    }
    var text = "\(plan.scenarioName) (solver: \(plan.solver.backend), \(plan.solver.termination))\n"
    text += TextTable.render(header: header, rows: rows)
    text += "\nTotal cost over \(plan.planYears.count) years: \(NumberFormat.pounds(plan.totals.totalCost))"
    text += " at \(FinancialYear.label(plan.totals.priceBaseYear)) prices;"
    text += " \(NumberFormat.pounds(plan.totals.totalCostCash)) in cash (prices uplifted each year)"
    if let statusQuo = plan.totals.statusQuoCost, let saving = plan.totals.saving {
      text += "\nCarrying on as today (solved the same way): \(NumberFormat.pounds(statusQuo)); this plan costs "
      text +=
        abs(saving) < 0.5
        ? "the same" : saving > 0 ? "\(NumberFormat.pounds(saving)) less" : "\(NumberFormat.pounds(-saving)) more"
      let unmet = (plan.totals.statusQuoUnmetPlacementYears ?? 0) + (plan.totals.statusQuoEmergencyBedShortfall ?? 0)
      text += " (unmet need carrying on as today: \(NumberFormat.fixed(unmet, decimals: 1)) placement-years)"
    }
    if !plan.moves.isEmpty {
      let moves = plan.moves.reduce(0) { $0 + $1.moves }
      let cost = plan.moves.reduce(0) { $0 + $1.cost }
      text +=
        "\nPlanned moves (step-downs): \(NumberFormat.fixed(moves, decimals: 1)) children, \(NumberFormat.pounds(cost))"
    }
    let shortfall = plan.years.reduce(0) { $0 + $1.inHouseShareShortfall }
    if shortfall > 0 {
      text += "\nIn-house share target missed by \(NumberFormat.fixed(shortfall, decimals: 1)) placement-years"
      text += " (not enough in-house carers)"
    }
    if !plan.siblings.isEmpty {
      let children = plan.siblings.reduce(0) { $0 + $1.childrenInSiblingGroups }
      let together = plan.siblings.reduce(0) { $0 + $1.inSiblingPlaces }
      let gap = plan.siblings.reduce(0) { $0 + $1.gap }
      text += "\nSibling groups: \(NumberFormat.fixed(together, decimals: 1)) of"
      text += " \(NumberFormat.fixed(children, decimals: 1)) placement-years in households approved for siblings"
      if gap >= 0.05 { text += "; gap \(NumberFormat.fixed(gap, decimals: 1)) (siblings not placed together)" }
    }
    let olderGroups = Set(plan.ageBands.filter { $0.value == "16_17" }.keys)
    let olderGap = plan.gap.filter { olderGroups.contains($0.needGroup) }.reduce(0) { $0 + $1.unmet + $1.lastResort }
    if olderGap >= 0.05 {
      text += "\n16-17 gap: \(NumberFormat.fixed(olderGap, decimals: 1)) placement-years of 16-17-year-olds unplaced"
      text += " or in unregistered or hotel placements"
    }
    text += "\nHouseholds to recruit: \(NumberFormat.fixed(plan.totals.householdsToRecruit, decimals: 1))"
    text += "\nUnmet need: \(NumberFormat.fixed(plan.totals.unmetPlacementYears, decimals: 1)) placement-years;"
    text += " last resort: \(NumberFormat.fixed(plan.totals.lastResortPlacementYears, decimals: 1)) placement-years"
    if plan.totals.emergencyBedShortfall > 0 {
      text += "\nEmergency beds short: \(NumberFormat.fixed(plan.totals.emergencyBedShortfall, decimals: 1)) bed-years"
      text += " (unmet need: emergency arrivals the beds secured cannot take)"
    }
    return text
  }
}
