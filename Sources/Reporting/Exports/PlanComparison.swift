import Planning
import TableIO

/// Two plans' headline figures, mix and targets, line by line, with the difference.
public struct PlanComparison {
  public let first: Plan
  public let second: Plan

  /// Compares plan `first` (A) with plan `second` (B).
  public init(first: Plan, second: Plan) {
    self.first = first
    self.second = second
  }

  /// (measure, first, second) rows in a fixed order.
  public var rows: [(measure: String, first: Double?, second: Double?)] {
    var rows: [(String, Double?, Double?)] = [
      ("total_cost_gbp", first.totals.totalCost, second.totals.totalCost),
      ("total_cost_cash_gbp", first.totals.totalCostCash, second.totals.totalCostCash),
      ("status_quo_cost_gbp", first.totals.statusQuoCost, second.totals.statusQuoCost),
      ("households_to_recruit", first.totals.householdsToRecruit, second.totals.householdsToRecruit),
      ("unmet_placement_years", first.totals.unmetPlacementYears, second.totals.unmetPlacementYears),
      ("last_resort_placement_years", first.totals.lastResortPlacementYears, second.totals.lastResortPlacementYears),
      ("peak_emergency_beds", Double(first.totals.peakEmergencyBeds), Double(second.totals.peakEmergencyBeds)),
      ("emergency_bed_shortfall_bed_years", first.totals.emergencyBedShortfall, second.totals.emergencyBedShortfall),
    ]
    let types = Set(first.budget.map(\.provisionType)).union(second.budget.map(\.provisionType)).sorted()
    for type in types {
      func placementYears(_ plan: Plan) -> Double {
        plan.budget.filter { $0.provisionType == type }.reduce(0) { $0 + $1.placements }
      }
      func cost(_ plan: Plan) -> Double {
        plan.budget.filter { $0.provisionType == type }.reduce(0) { $0 + $1.annualCost }
      }
      rows.append(("placement_years_\(type)", placementYears(first), placementYears(second)))
      rows.append(("cost_gbp_\(type)", cost(first), cost(second)))
    }
    let years = Set(first.planYears).union(second.planYears).sorted()
    for year in years {
      func recruits(_ plan: Plan) -> Double? {
        plan.planYears.contains(year)
          ? plan.recruitment.filter { $0.year == year }.reduce(0) { $0 + $1.householdsToApprove } : nil
      }
      rows.append(("recruits_\(FinancialYear.label(year))", recruits(first), recruits(second)))
      rows.append(
        (
          "cost_gbp_\(FinancialYear.label(year))", first.years.first { $0.year == year }?.annualCost,
          second.years.first { $0.year == year }?.annualCost
        ))
    }
    return rows
  }

  /// The comparison as a text table under the two scenario names.
  public func table() -> String {
    let body = rows.map { row -> [String] in
      let difference = row.first.flatMap { a in row.second.map { b in NumberFormat.fixed(b - a, decimals: 2) } } ?? ""
      return [
        row.measure, row.first.map { NumberFormat.fixed($0, decimals: 2) } ?? "-",
        row.second.map { NumberFormat.fixed($0, decimals: 2) } ?? "-", difference,
      ]
    }
    return "A: \(first.scenarioName)\nB: \(second.scenarioName)\n"
      + TextTable.render(header: ["Measure", "A", "B", "B - A"], rows: body)
  }

  /// `compare.csv`: measure, A, B and B − A.
  public func csv() -> String {
    var document = CSVDocument(header: ["measure", "a", "b", "difference"])
    for row in rows {
      document.append([
        row.measure, row.first.map { NumberFormat.fixed($0, decimals: 2) } ?? "",
        row.second.map { NumberFormat.fixed($0, decimals: 2) } ?? "",
        row.first.flatMap { a in row.second.map { b in NumberFormat.fixed(b - a, decimals: 2) } } ?? "",
      ])
    }
    return document.render()
  }
}
