import Planning

extension PlanReportBuilder {
  /// Children already placed stay placed: each provision type's placements by year split into those running on and
  /// the new placements the plan makes (summed over councils). `nil` when the plan has no flows.
  func placementFlowsTable() -> DataTable? {
    guard !plan.flows.isEmpty else { return nil }
    let types = setting.provisionTypes.map(\.id.rawValue).filter { type in
      plan.flows.contains { $0.provisionType == type }
    }
    let columns: [DataTable.Column] = [.init("Provision type")] + yearLabels.map { .init($0, isNumeric: true) }
    var totals = Array(repeating: (new: 0.0, placed: 0.0), count: plan.planYears.count)
    let rows = types.map { type -> [String] in
      var row = [provisionNames[type] ?? type]
      for (index, year) in plan.planYears.enumerated() {
        let lines = plan.flows.filter { $0.provisionType == type && $0.year == year }
        let new = lines.reduce(0) { $0 + $1.newPlacements }
        let placed = lines.reduce(0) { $0 + $1.placements }
        totals[index].new += new
        totals[index].placed += placed
        row.append(Self.newOf(new, placed))
      }
      return row
    }
    return DataTable(
      caption: "New placements the plan makes, of all children placed, by year: the rest are placements running on"
        + " from the year before (or from 31 March \(plan.baseYear)), because children already placed stay where they"
        + " are (children on an average day; placement-flows.csv has them by council)",
      columns: columns, rows: rows, footerRows: [["Total"] + totals.map { Self.newOf($0.new, $0.placed) }])
  }

  /// "33 of 139": new placements of all children placed ("none" when nobody is placed).
  private static func newOf(_ new: Double, _ placed: Double) -> String {
    placed < 0.005 ? "none" : ReportText.count(new) + " of " + ReportText.count(placed)
  }
}
