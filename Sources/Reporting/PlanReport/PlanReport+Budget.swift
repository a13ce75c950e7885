import Planning

extension PlanReportBuilder {
  /// The plan's costs that the budget lines do not assign to a provision type, by year (normally zero).
  func unassignedCost(_ year: Int) -> Double {
    let annual = plan.years.first { $0.year == year }?.annualCost ?? 0
    return annual - plan.budget.filter { $0.year == year }.reduce(0) { $0 + $1.annualCost }
  }

  /// The budget by year and provision type (stacked bars), the plan against carrying on as today by year, and by type.
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
        .init("Carrying on as today", isNumeric: true), .init("Plan against carrying on as today", isNumeric: true),
      ]
    }
    if hasCeiling { columns.append(.init("Budget ceiling", isNumeric: true)) }
    var totals = [0.0, 0, 0, 0, 0]
    let rows = plan.years.map { year -> [String] in
      let fees = plan.budget.filter { $0.year == year.year }.reduce(0) { $0 + $1.placementCost }
      let statusQuo = plan.budget.filter { $0.year == year.year }.reduce(0) { $0 + ($1.statusQuoAnnualCost ?? 0) }
      let values = [fees, year.annualCost - fees, year.annualCost, statusQuo, statusQuo - year.annualCost]
      for index in totals.indices { totals[index] += values[index] }
      var row = [ReportText.yearLabel(year.year)] + values.prefix(3).map(ReportText.poundsAndPence)
      if hasStatusQuo { row += [ReportText.poundsAndPence(statusQuo), Self.againstToday(values[4])] }
      if hasCeiling { row.append(year.budgetCeiling.map(ReportText.pounds) ?? "none") }
      return row
    }
    var footer = ["Total"] + totals.prefix(3).map(ReportText.poundsAndPence)
    if hasStatusQuo { footer += [ReportText.poundsAndPence(totals[3]), Self.againstToday(totals[4])] }
    if hasCeiling { footer.append("") }
    return DataTable(
      caption: hasStatusQuo
        ? "Plan costs by year against carrying on as today (the same children and rules, today's recruitment and"
          + " mix; every cost counted in both)."
        : "Plan costs by year (the scenario gives no status-quo mix to compare with)",
      columns: columns, rows: rows, footerRows: [footer])
  }

  /// The status quo's cost less the plan's, worded by sign to the penny: "£281,248.00 lower" (the plan costs less).
  private static func againstToday(_ difference: Double) -> String {
    guard abs(difference) >= 0.005 else { return "the same" }
    return ReportText.poundsAndPence(abs(difference)) + (difference > 0 ? " lower" : " higher")
  }

  /// The plan beside carrying on as today by provision type: children and costs. `nil` without a status quo.
  func typeComparisonTable() -> DataTable? {
    guard plan.budget.contains(where: { $0.statusQuoAnnualCost != nil }) else { return nil }
    let years = Double(max(plan.planYears.count, 1))
    var totals = [0.0, 0, 0, 0]
    let types = setting.provisionTypes.map(\.id.rawValue).filter { type in
      plan.budget.contains { $0.provisionType == type }
    }
    let rows = types.map { type -> [String] in
      let lines = plan.budget.filter { $0.provisionType == type }
      let values = [
        lines.reduce(0) { $0 + $1.placements } / years, lines.reduce(0) { $0 + ($1.statusQuoPlacements ?? 0) } / years,
        lines.reduce(0) { $0 + $1.annualCost }, lines.reduce(0) { $0 + ($1.statusQuoAnnualCost ?? 0) },
      ]
      for index in totals.indices { totals[index] += values[index] }
      return [provisionNames[type] ?? type, ReportText.count(values[0]), ReportText.count(values[1])]
        + values[2...].map(ReportText.poundsAndPence)
    }
    return DataTable(
      caption: "By provision type over the plan, beside carrying on as today (children on an average day, averaged"
        + " over the years; all costs, summed over the years)",
      columns: [
        .init("Provision type"), .init("Plan: children", isNumeric: true),
        .init("Carrying on as today: children", isNumeric: true), .init("Plan: cost", isNumeric: true),
        .init("Carrying on as today: cost", isNumeric: true),
      ], rows: rows,
      footerRows: [
        ["Total", ReportText.count(totals[0]), ReportText.count(totals[1])]
          + totals[2...].map(ReportText.poundsAndPence)
      ])
  }
}
