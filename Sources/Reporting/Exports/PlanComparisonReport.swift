import Planning

/// Two plans side by side as a report (`compare.html` and `compare.md`, drawn by the same renderers and charts as
/// the plan report) and as a printed table with money written as money.
///
/// ```swift
/// let comparison = PlanComparison(first: baseline, second: whatIf)
/// print(PlanComparisonReport(comparison).printedTable())
/// try ReportFiles.write(PlanComparisonReport(comparison).document(), to: folder, baseName: "compare")
/// ```
public struct PlanComparisonReport: Sendable {
  /// One measure of both plans.
  struct Measure {
    /// What is measured, in words.
    var label: String
    var first: Double?
    var second: Double?
    /// True for money (written in pounds), false for counts.
    var isMoney: Bool
  }

  /// The first plan (A, for example the baseline).
  public var first: Plan
  /// The second plan (B, for example a what-if).
  public var second: Plan
  /// Said after B's name, such as the what-if's changes.
  public var secondNote: String

  /// The report on `comparison`'s two plans.
  public init(_ comparison: PlanComparison) {
    self.first = comparison.first
    self.second = comparison.second
    self.secondNote = comparison.secondNote
  }

  /// The measures, in a fixed order: headline figures, then each provision type (``PlanDifference``'s).
  var measures: [Measure] {
    let difference = PlanDifference(first: first, second: second)
    return (difference.headlineRows + difference.provisionRows).map {
      Measure(label: $0.label, first: $0.first, second: $0.second, isMoney: $0.unit == .pounds)
    }
  }

  /// Provision types in either plan, by ID, with their names, in the first plan's order then the second's.
  var provisionTypes: [(id: String, name: String)] {
    var seen: [(String, String)] = []
    for line in first.budget + second.budget where !seen.contains(where: { $0.0 == line.provisionType }) {
      seen.append((line.provisionType, line.provisionName))
    }
    return seen
  }

  private func text(_ value: Double?, money: Bool) -> String {
    guard let value else { return "-" }
    return money ? ReportText.pounds(value) : ReportText.count(value)
  }

  /// B against A in words: "£1,234 more", "3 fewer", "the same".
  private func differenceText(_ measure: Measure) -> String {
    guard let a = measure.first, let b = measure.second else { return "" }
    if measure.isMoney { return ReportText.difference(b - a, exact: true) }
    if abs(b - a) < 0.05 { return "the same" }
    return ReportText.count(abs(b - a)) + (b > a ? " more" : " fewer")
  }

  /// The comparison as a printed table: the plans' names, then each measure for A and B with B against A in words.
  public func printedTable() -> String {
    let rows = measures.map { measure in
      [
        measure.label, text(measure.first, money: measure.isMoney), text(measure.second, money: measure.isMoney),
        differenceText(measure),
      ]
    }
    return "A: \(first.scenarioName)\nB: \(second.scenarioName)\(secondNote)\n"
      + TextTable.render(header: ["Measure", "A", "B", "B against A"], rows: rows)
  }

  /// The comparison as a report: the plans side by side, then charts of cost, mix and recruitment by year.
  public func document() -> ReportDocument {
    let table = DataTable(
      caption: "The two plans side by side (money over each plan; B against A in words)",
      columns: [
        .init("Measure"), .init("A", isNumeric: true), .init("B", isNumeric: true),
        .init("B against A", isNumeric: true),
      ],
      rows: measures.map { measure in
        [
          measure.label, text(measure.first, money: measure.isMoney), text(measure.second, money: measure.isMoney),
          differenceText(measure),
        ]
      })
    var summary =
      "A is " + first.scenarioName + " (" + yearRange(first) + "); B is " + second.scenarioName + " ("
      + yearRange(second) + "). B costs " + ReportText.difference(second.totals.totalCost - first.totals.totalCost)
      + " than A over its plan"
    summary +=
      first.planYears == second.planYears
      ? "." : ". The plans cover different years, so compare them year by year in the charts below."
    let sideBySide = ReportSection(
      heading: "Side by side",
      blocks: [
        .keyFigures([
          KeyFigure(label: "A: total cost", value: ReportText.money(first.totals.totalCost), note: first.scenarioName),
          KeyFigure(
            label: "B: total cost", value: ReportText.money(second.totals.totalCost), note: second.scenarioName),
          KeyFigure(
            label: "B against A",
            value: ReportText.difference(second.totals.totalCost - first.totals.totalCost),
            note: "total cost over each plan"),
        ]),
        .paragraph(summary), .table(table),
      ])
    let years = Array(Set(first.planYears).union(second.planYears)).sorted()
    let labels = years.map(ReportText.yearLabel)
    func byYear(_ plan: Plan, _ value: (Int) -> Double) -> [Double] {
      years.map { plan.planYears.contains($0) ? value($0) : .nan }
    }
    let cost = ChartFigure(
      title: "Cost by year",
      chart: .bar(
        BarChart(
          categories: labels,
          series: [
            BarSeries(
              name: "A", values: byYear(first) { year in first.years.first { $0.year == year }?.annualCost ?? 0 }),
            BarSeries(
              name: "B", values: byYear(second) { year in second.years.first { $0.year == year }?.annualCost ?? 0 }),
          ], valueLabel: "Cost in the year, £ million", categoryTitle: "Year", valueFormat: .poundsMillions(decimals: 2)
        )),
      summary: "A is " + first.scenarioName + "; B is " + second.scenarioName + ".",
      source: "The two plans (budget.csv)")
    let types = provisionTypes
    func averagePlaced(_ plan: Plan, _ type: String) -> Double {
      plan.budget.filter { $0.provisionType == type }.reduce(0) { $0 + $1.placements }
        / Double(max(plan.planYears.count, 1))
    }
    let mix = ChartFigure(
      title: "Children placed by provision type, on an average day over each plan",
      chart: .bar(
        BarChart(
          categories: types.map(\.name),
          series: [
            BarSeries(name: "A", values: types.map { averagePlaced(first, $0.id) }),
            BarSeries(name: "B", values: types.map { averagePlaced(second, $0.id) }),
          ], valueLabel: "Children placed on an average day", categoryTitle: "Provision type",
          valueFormat: .number(decimals: 0))),
      source: "The two plans (budget.csv)")
    func recruits(_ plan: Plan, _ year: Int) -> Double {
      plan.recruitment.filter { $0.year == year }.reduce(0) { $0 + $1.householdsToApprove }
    }
    let recruitment = ChartFigure(
      title: "Fostering households to approve by year",
      chart: .bar(
        BarChart(
          categories: labels,
          series: [
            BarSeries(name: "A", values: byYear(first) { recruits(first, $0) }),
            BarSeries(name: "B", values: byYear(second) { recruits(second, $0) }),
          ], valueLabel: "Households approved in the year", categoryTitle: "Year", valueFormat: .number(decimals: 0))),
      source: "The two plans (recruitment-targets.csv)")
    return ReportDocument(
      title: "Comparison of two placement plans",
      subtitle: "A: " + first.scenarioName + "; B: " + second.scenarioName,
      generatedFrom: "A fingerprint " + first.scenarioHash + "; B fingerprint " + second.scenarioHash,
      sections: [
        sideBySide,
        ReportSection(heading: "Cost", blocks: [.chart(cost)]),
        ReportSection(heading: "Placement mix", blocks: [.chart(mix)]),
        ReportSection(heading: "Recruitment", blocks: [.chart(recruitment)]),
      ])
  }

  private func yearRange(_ plan: Plan) -> String {
    guard let start = plan.planYears.first, let end = plan.planYears.last else { return "no plan years" }
    return ReportText.yearLabel(start) + " to " + ReportText.yearLabel(end)
  }
}
