import Planning

/// Two plans' headline figures, placement mix and yearly targets, measure by measure: what `compare` prints and
/// writes to `compare.csv`, and what the what-if explorer shows beside the unchanged scenario.
public struct PlanDifference: Sendable {
  /// How a measure's values read.
  public enum Unit: Sendable {
    /// Pounds.
    case pounds
    /// A count of households, beds or placement-years.
    case count
  }

  /// One measure of both plans (`nil` where a plan has no such figure, such as a year outside its horizon).
  public struct Row: Sendable {
    /// The machine name, as in `compare.csv` (`total_cost_gbp`, `recruits_2019-20`).
    public var measure: String
    /// The measure in words.
    public var label: String
    public var unit: Unit
    public var first: Double?
    public var second: Double?

    /// The second plan's value less the first's, where both have one.
    public var difference: Double? { first.flatMap { a in second.map { $0 - a } } }
  }

  public let first: Plan
  public let second: Plan

  /// The difference between `first` and `second`.
  public init(first: Plan, second: Plan) {
    self.first = first
    self.second = second
  }

  /// The headline measures: costs, recruits, unmet need, last resort and emergency beds.
  public var headlineRows: [Row] {
    [
      Row(
        measure: "total_cost_gbp", label: "Total cost", unit: .pounds, first: first.totals.totalCost,
        second: second.totals.totalCost),
      Row(
        measure: "total_cost_cash_gbp", label: "Total cost in cash", unit: .pounds, first: first.totals.totalCostCash,
        second: second.totals.totalCostCash),
      Row(
        measure: "placement_cost_gbp", label: "Placement fees", unit: .pounds, first: first.totals.placementCost,
        second: second.totals.placementCost),
      Row(
        measure: "status_quo_cost_gbp", label: "Carrying on as today", unit: .pounds,
        first: first.totals.statusQuoCost, second: second.totals.statusQuoCost),
      Row(
        measure: "households_to_recruit", label: "In-house households to approve", unit: .count,
        first: first.totals.householdsToRecruit, second: second.totals.householdsToRecruit),
      Row(
        measure: "unmet_placement_years", label: "Need not met (placement-years)", unit: .count,
        first: first.totals.unmetPlacementYears, second: second.totals.unmetPlacementYears),
      Row(
        measure: "last_resort_placement_years", label: "Unregistered or hotel (placement-years)", unit: .count,
        first: first.totals.lastResortPlacementYears, second: second.totals.lastResortPlacementYears),
      Row(
        measure: "peak_emergency_beds", label: "Emergency beds to hold (peak year)", unit: .count,
        first: Double(first.totals.peakEmergencyBeds), second: Double(second.totals.peakEmergencyBeds)),
      Row(
        measure: "emergency_bed_shortfall_bed_years", label: "Emergency beds short (bed-years)", unit: .count,
        first: first.totals.emergencyBedShortfall, second: second.totals.emergencyBedShortfall),
    ]
  }

  /// Every measure in a fixed order: the headline, then placement-years and cost per provision type, then
  /// recruits and cost per year.
  public var rows: [Row] { headlineRows + provisionRows + yearRows }

  /// Placement-years and cost per provision type, by provision type ID.
  public var provisionRows: [Row] {
    var rows: [Row] = []
    let names = Dictionary(
      (first.budget + second.budget).map { ($0.provisionType, $0.provisionName) }, uniquingKeysWith: { a, _ in a })
    let types = Set(first.budget.map(\.provisionType)).union(second.budget.map(\.provisionType)).sorted()
    for type in types {
      func placementYears(_ plan: Plan) -> Double {
        plan.budget.filter { $0.provisionType == type }.reduce(0) { $0 + $1.placements }
      }
      func cost(_ plan: Plan) -> Double {
        plan.budget.filter { $0.provisionType == type }.reduce(0) { $0 + $1.annualCost }
      }
      let name = names[type] ?? type
      rows.append(
        Row(
          measure: "placement_years_\(type)", label: name + ", placement-years", unit: .count,
          first: placementYears(first), second: placementYears(second)))
      rows.append(
        Row(
          measure: "cost_gbp_\(type)", label: name + ", cost", unit: .pounds, first: cost(first), second: cost(second)))
    }
    return rows
  }

  /// Households to approve and cost in each plan year (`nil` for a plan without that year).
  public var yearRows: [Row] {
    var rows: [Row] = []
    let years = Set(first.planYears).union(second.planYears).sorted()
    for year in years {
      func recruits(_ plan: Plan) -> Double? {
        plan.planYears.contains(year)
          ? plan.recruitment.filter { $0.year == year }.reduce(0) { $0 + $1.householdsToApprove } : nil
      }
      rows.append(
        Row(
          measure: "recruits_\(FinancialYear.label(year))",
          label: "Households to approve in " + ReportText.yearLabel(year), unit: .count,
          first: recruits(first), second: recruits(second)))
      rows.append(
        Row(
          measure: "cost_gbp_\(FinancialYear.label(year))", label: "Cost in " + ReportText.yearLabel(year),
          unit: .pounds,
          first: first.years.first { $0.year == year }?.annualCost,
          second: second.years.first { $0.year == year }?.annualCost))
    }
    return rows
  }
}
