import Planning

extension PlanReportBuilder {
  /// Provision type IDs with any placement or cost in the plan, in scenario order.
  var provisionTypesInPlan: [String] {
    let used = Set(plan.budget.filter { $0.placements > 0 || $0.annualCost != 0 }.map(\.provisionType))
    return setting.provisionTypes.map(\.id.rawValue).filter(used.contains)
  }

  /// The sum of `value` over the budget lines of one provision type in one year.
  func budgetValue(_ type: String, _ year: Int, _ value: (BudgetLine) -> Double) -> Double {
    plan.budget.filter { $0.provisionType == type && $0.year == year }.reduce(0) { $0 + value($1) }
  }

  /// The placement mix by year (stacked bars, with need not met on top) and the in-house share of fostering.
  func placementMixSection() -> ReportSection {
    var series = provisionTypesInPlan.map { type in
      BarSeries(
        name: provisionNames[type] ?? type,
        values: plan.planYears.map { year in budgetValue(type, year) { $0.placements } })
    }
    if plan.years.contains(where: { $0.unmet > 0.005 }) {
      series.append(BarSeries(name: "Need not met", values: plan.years.map(\.unmet)))
    }
    var summary = ""
    if let first = plan.years.first, let last = plan.years.last {
      summary = "Children placed: " + ReportText.count(first.demand) + " in " + ReportText.yearLabel(first.year)
      if last.year != first.year {
        summary += " and " + ReportText.count(last.demand) + " in " + ReportText.yearLabel(last.year)
      }
      summary += "."
      if let change = largestChange(series), abs(change.to - change.from) >= 0.5 {
        summary +=
          " The biggest change is in " + change.name + ": " + ReportText.count(change.from) + " to "
          + ReportText.count(change.to) + "."
      }
    }
    let mix = ChartFigure(
      title: "Placement mix by year",
      chart: .stackedBar(
        StackedBarChart(
          categories: yearLabels, series: series, valueLabel: "Children placed on an average day",
          categoryTitle: "Year", valueFormat: .number(decimals: 0))),
      summary: summary, source: "Plan (placements.csv)")
    var blocks: [ReportBlock] = [.chart(mix)]
    if let flows = placementFlowsTable() { blocks.append(.table(flows)) }
    if plan.years.contains(where: { $0.inHouseFosteringShare != nil }) {
      let minimum = setting.policy.minimumInHouseFosteringShare
      var text = "The share of fostered children placed with the council's own carers"
      if let minimum { text += ", against the policy minimum of " + ReportText.percent(minimum) }
      text += "."
      let shortfall = plan.years.reduce(0) { $0 + $1.inHouseShareShortfall }
      if shortfall > 0.005 {
        text +=
          " The minimum is missed by " + ReportText.count(shortfall) + " fostering placement-years over the plan,"
          + " because there are not enough in-house carers."
      }
      blocks.append(
        .chart(
          ChartFigure(
            title: "In-house share of fostering",
            chart: .bar(
              BarChart(
                categories: yearLabels,
                series: [
                  BarSeries(name: "In-house share", values: plan.years.map { $0.inHouseFosteringShare ?? .nan })
                ],
                valueLabel: "Share of fostered children placed in-house", categoryTitle: "Year",
                valueFormat: .percent(decimals: 0),
                referenceLine: minimum.map { ReferenceLine(value: $0, label: "Policy minimum") })),
            summary: text, source: "Plan (placements.csv); scenario policy")))
    }
    return ReportSection(heading: "Placement mix", blocks: blocks)
  }

  private func largestChange(_ series: [BarSeries]) -> (name: String, from: Double, to: Double)? {
    var best: (name: String, from: Double, to: Double)?
    for item in series {
      guard let from = item.values.first, let to = item.values.last else { continue }
      if best.map({ abs(to - from) > abs($0.to - $0.from) }) ?? true { best = (item.name, from, to) }
    }
    return best
  }
}
