import Planning

extension PlanReportBuilder {
  /// Risks and sensitivity: why the plan sits where it does against a demand sweep, the sweep's P10 to P90 by year,
  /// and the plan's cost and recruits re-solved with each main assumption changed.
  func riskSection() -> ReportSection {
    let heading = "Risks and sensitivity"
    let quantile = plan.forecasts.values.map(\.quantile).sorted().first
    let percent = quantile.map { Int(($0 * 100).rounded()) }
    var blocks: [ReportBlock] = []
    guard let risk else {
      blocks.append(
        .paragraph(
          (percent.map {
            "The plan is sized for demand at P\($0) of the forecast, so it should have room in about \($0) years out"
              + " of 100. "
          } ?? "The plan is sized for the demand the scenario gives. ")
            + "This report was written without a demand sweep; run 'sufficiency sweep' for the spread of cost,"
            + " recruits and unmet need over many possible futures."))
      return ReportSection(heading: heading, blocks: blocks)
    }
    let planCost = plan.totals.totalCost
    var explanation =
      "How uncertain is this? The plan was re-solved for \(risk.draws) possible futures of demand (seeded draws"
      + (percent != nil ? " from the forecast" : "") + ", seed \(risk.seed)). The middle one (P50) costs "
      + ReportText.money(risk.totalCost.p50)
      + " over the plan; 8 in 10 cost between " + ReportText.money(risk.totalCost.p10) + " and "
      + ReportText.money(risk.totalCost.p90) + ". "
    if let percent {
      explanation +=
        "The plan's " + ReportText.money(planCost) + " is " + ReportText.difference(planCost - risk.totalCost.p50)
        + " than the middle future because it is sized for demand at P\(percent), a level that demand should"
        + " stay below in \(percent) years out of 100: it pays for headroom that the middle future does not need."
        + " In each future the children also fall into need groups by chance, as in the plan's own level for each"
        + " group, so a small group varies more, for its size, than the total."
    } else {
      explanation +=
        "The plan's " + ReportText.money(planCost) + " is " + ReportText.difference(planCost - risk.totalCost.p50)
        + " than the middle future. Demand here is given in the scenario rather than forecast, so each future"
        + " scales it up or down by a random factor (on average 1, spread about " + ReportText.percent(risk.noise)
        + "): the plan sits near the middle, and has no headroom for a year above it."
    }
    explanation +=
      " Each future is planned afresh as if its demand had been known in advance (with hindsight), so the range is"
      + " what the cheapest plan for each future would cost, not what this plan would cost if demand turned out"
      + " differently: a real year costs more than its hindsight plan, because carers and beds are committed"
      + " before demand is known."
    blocks.append(.paragraph(explanation))
    let sweepSource = "Sweep of \(risk.draws) demand draws (seed \(risk.seed)), each re-solved"
    blocks.append(
      .chart(
        spreadChart(
          title: "Cost by year over the possible futures", spreads: risk.cost, format: .poundsMillions(decimals: 1),
          valueLabel: "Cost in the year, £ million", plan: plan.years.map { ($0.year, $0.annualCost) },
          source: sweepSource)))
    if !plan.recruitment.isEmpty {
      let planRecruits = plan.planYears.map { year in
        (year, plan.recruitment.filter { $0.year == year }.reduce(0) { $0 + $1.householdsToApprove })
      }
      blocks.append(
        .chart(
          spreadChart(
            title: "Fostering households to approve by year over the possible futures", spreads: risk.recruits,
            format: .number(decimals: 0), valueLabel: "Households approved in the year", plan: planRecruits,
            source: sweepSource)))
    }
    if risk.gap.contains(where: { $0.p90 > 0.005 }) || plan.years.contains(where: { $0.unmet + $0.lastResort > 0.005 })
    {
      blocks.append(
        .chart(
          spreadChart(
            title: "Need not met or met by last resort, by year", spreads: risk.gap, format: .number(decimals: 1),
            valueLabel: "Placement-years", plan: plan.years.map { ($0.year, $0.unmet + $0.lastResort) },
            source: sweepSource)))
    } else {
      blocks.append(
        .paragraph(
          "In at least 9 of 10 futures every child is placed in registered provision: the sweep's P90 of unmet need"
            + " and last-resort placements is zero in every year."))
    }
    if !plan.emergency.isEmpty {
      blocks.append(
        .chart(
          spreadChart(
            title: "Emergency beds held empty by year over the possible futures", spreads: risk.emergencyBedsHeld,
            format: .number(decimals: 1), valueLabel: "Beds held vacant on an average day",
            plan: plan.emergency.map { ($0.year, $0.bedsHeldVacant) }, source: sweepSource)))
    }
    if !risk.sensitivities.isEmpty {
      blocks.append(.subheading("Sensitivity to the main assumptions"))
      blocks.append(
        .paragraph(
          "Each assumption below was changed by the stated amount, one at a time, and the plan re-solved. The"
            + " bars show how far the total cost moves from the plan's " + ReportText.money(planCost) + "."))
      let labels = risk.sensitivities.map(\.shortLabel)
      blocks.append(
        .chart(
          ChartFigure(
            title: "Change in the plan's total cost when one assumption changes",
            chart: .bar(
              BarChart(
                categories: labels,
                series: [BarSeries(name: "Change in cost", values: risk.sensitivities.map { $0.totalCost - planCost })],
                valueLabel: "Change in total cost over the plan, £ million", categoryTitle: "Assumption changed",
                valueFormat: .poundsMillions(decimals: 1))),
            summary: sensitivitySummary(risk, planCost: planCost),
            source: "The plan re-solved with each change")))
      blocks.append(.table(sensitivityTable(risk, planCost: planCost)))
    }
    return ReportSection(heading: heading, blocks: blocks)
  }

  private func spreadChart(
    title: String, spreads: [RiskAnalysis.Spread], format: ValueFormat, valueLabel: String,
    plan planValues: [(Int, Double)], source: String
  ) -> ChartFigure {
    let band = LineChart.Band(
      name: "8 in 10 futures (P10 to P90)", lowerName: "P10 (low)", middleName: "P50 (middle)",
      upperName: "P90 (high)",
      steps: spreads.map { LineChart.Band.Step(x: Double($0.year), lower: $0.p10, middle: $0.p50, upper: $0.p90) })
    let series = [
      LineChart.Series(name: "The plan", points: planValues.map { ChartPoint(x: Double($0.0), y: $0.1) })
    ]
    return ChartFigure(
      title: title,
      chart: .line(
        LineChart(series: series, valueLabel: valueLabel, valueFormat: format, xFormat: .financialYear, band: band)),
      summary: "The shaded band holds 8 in 10 futures, from P10 to P90; the line through it is the middle one (P50).",
      source: source)
  }

  private func sensitivitySummary(_ risk: RiskAnalysis, planCost: Double) -> String {
    guard let largest = risk.sensitivities.max(by: { abs($0.totalCost - planCost) < abs($1.totalCost - planCost) })
    else { return "" }
    return "The plan is most sensitive to " + largest.assumption.lowercased() + ": " + largest.change
      + " moves the total cost by " + ReportText.money(abs(largest.totalCost - planCost)) + "."
  }

  private func sensitivityTable(_ risk: RiskAnalysis, planCost: Double) -> DataTable {
    let planRecruits = plan.totals.householdsToRecruit
    return DataTable(
      caption: "The plan re-solved with one assumption changed",
      columns: [
        .init("Assumption"), .init("Change"), .init("Total cost", isNumeric: true),
        .init("Against the plan", isNumeric: true), .init("Households to recruit", isNumeric: true),
        .init("Against the plan", isNumeric: true),
      ],
      rows: risk.sensitivities.map { item in
        [
          item.assumption, item.change, ReportText.pounds(item.totalCost),
          ReportText.difference(item.totalCost - planCost, exact: true),
          ReportText.count(item.householdsToRecruit),
          abs(item.householdsToRecruit - planRecruits) < 0.05
            ? "the same"
            : ReportText.count(abs(item.householdsToRecruit - planRecruits))
              + (item.householdsToRecruit > planRecruits ? " more" : " fewer"),
        ]
      },
      footerRows: [["The plan", "as stated", ReportText.pounds(planCost), "", ReportText.count(planRecruits), ""]])
  }
}
