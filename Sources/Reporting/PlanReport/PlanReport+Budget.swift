import Planning

extension PlanReportBuilder {
  /// The plan's costs that the budget lines do not assign to a provision type, by year (normally zero).
  func unassignedCost(_ year: Int) -> Double {
    let annual = plan.years.first { $0.year == year }?.annualCost ?? 0
    return annual - plan.budget.filter { $0.year == year }.reduce(0) { $0 + $1.annualCost }
  }

  /// The budget by year and provision type (stacked bars), the plan against today's mix by year, and by type.
  func budgetSection() -> ReportSection {
    var series = provisionTypesInPlan.map { type in
      BarSeries(
        name: provisionNames[type] ?? type,
        values: plan.planYears.map { year in budgetValue(type, year) { $0.annualCost } })
    }
    if plan.planYears.contains(where: { abs(unassignedCost($0)) >= 1 }) {
      series.append(BarSeries(name: "Other costs", values: plan.planYears.map(unassignedCost)))
    }
    let figure = ChartFigure(
      title: "Budget by year and provision type",
      chart: .stackedBar(
        StackedBarChart(
          categories: yearLabels, series: series, valueLabel: "Cost in the year, £ million", categoryTitle: "Year",
          valueFormat: .poundsMillions(decimals: 2))),
      summary: "Each provision type's cost includes its fees and the costs that go with it (carer recruitment and"
        + " support, travel, emergency retainers, new units). Total over the plan: "
        + ReportText.money(plan.totals.totalCost) + ".",
      source: "Plan (budget.csv)")
    return ReportSection(heading: "Budget", blocks: [.chart(figure), .table(yearComparisonTable())])
  }

  private func yearComparisonTable() -> DataTable {
    let hasStatusQuo = plan.totals.statusQuoCost != nil
    let hasCeiling = plan.years.contains { $0.budgetCeiling != nil }
    var columns: [DataTable.Column] = [
      .init("Year"), .init("Placement fees", isNumeric: true), .init("Other costs", isNumeric: true),
      .init("Plan total", isNumeric: true),
    ]
    if hasStatusQuo {
      columns += [
        .init("Today's mix: fees only", isNumeric: true), .init("Plan's fees against today's mix", isNumeric: true),
      ]
    }
    if hasCeiling { columns.append(.init("Budget ceiling", isNumeric: true)) }
    var totals = [0.0, 0, 0, 0, 0]
    let rows = plan.years.map { year -> [String] in
      let fees = plan.budget.filter { $0.year == year.year }.reduce(0) { $0 + $1.placementCost }
      let statusQuo = plan.budget.filter { $0.year == year.year }.reduce(0) { $0 + ($1.statusQuoAnnualCost ?? 0) }
      let values = [fees, year.annualCost - fees, year.annualCost, statusQuo, statusQuo - fees]
      for index in totals.indices { totals[index] += values[index] }
      var row = [ReportText.yearLabel(year.year)] + values.prefix(3).map(ReportText.poundsAndPence)
      if hasStatusQuo { row += [ReportText.poundsAndPence(statusQuo), Self.feesAgainstToday(statusQuo - fees)] }
      if hasCeiling { row.append(year.budgetCeiling.map(ReportText.pounds) ?? "none") }
      return row
    }
    var footer = ["Total"] + totals.prefix(3).map(ReportText.poundsAndPence)
    if hasStatusQuo { footer += [ReportText.poundsAndPence(totals[3]), Self.feesAgainstToday(totals[4])] }
    if hasCeiling { footer.append("") }
    return DataTable(
      caption: hasStatusQuo
        ? "Plan costs by year against today's mix. Today's mix is priced on fees only, so compare it with the"
          + " plan's placement fees."
        : "Plan costs by year (the scenario gives no status-quo mix to compare with)",
      columns: columns, rows: rows, footerRows: [footer])
  }

  /// Today's mix's fees less the plan's, worded by sign to the penny: "£281,248.00 lower" (the plan's fees are lower).
  private static func feesAgainstToday(_ difference: Double) -> String {
    guard abs(difference) >= 0.005 else { return "the same" }
    return ReportText.poundsAndPence(abs(difference)) + (difference > 0 ? " lower" : " higher")
  }

  /// The plan beside today's mix by provision type: children and fees. `nil` without a status-quo mix.
  func typeComparisonTable() -> DataTable? {
    guard plan.budget.contains(where: { $0.statusQuoAnnualCost != nil }) else { return nil }
    let years = Double(max(plan.planYears.count, 1))
    var totals = [0.0, 0, 0, 0, 0]
    let types = scenario.provisionTypes.map(\.id.rawValue).filter { type in
      plan.budget.contains { $0.provisionType == type }
    }
    let rows = types.map { type -> [String] in
      let lines = plan.budget.filter { $0.provisionType == type }
      let values = [
        lines.reduce(0) { $0 + $1.placements } / years, lines.reduce(0) { $0 + ($1.statusQuoPlacements ?? 0) } / years,
        lines.reduce(0) { $0 + $1.placementCost }, lines.reduce(0) { $0 + ($1.statusQuoAnnualCost ?? 0) },
        lines.reduce(0) { $0 + $1.annualCost },
      ]
      for index in totals.indices { totals[index] += values[index] }
      return [provisionNames[type] ?? type, ReportText.count(values[0]), ReportText.count(values[1])]
        + values[2...].map(ReportText.poundsAndPence)
    }
    return DataTable(
      caption: "By provision type over the plan, beside today's mix (children on an average day, averaged over the"
        + " years; money summed over the years)",
      columns: [
        .init("Provision type"), .init("Plan: children", isNumeric: true),
        .init("Today's mix: children", isNumeric: true), .init("Plan: fees", isNumeric: true),
        .init("Today's mix: fees", isNumeric: true), .init("Plan: all costs", isNumeric: true),
      ], rows: rows,
      footerRows: [
        ["Total", ReportText.count(totals[0]), ReportText.count(totals[1])]
          + totals[2...].map(ReportText.poundsAndPence)
      ])
  }
}
