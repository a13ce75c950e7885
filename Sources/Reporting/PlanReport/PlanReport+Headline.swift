import Planning

extension PlanReportBuilder {
  /// Placement fees over the horizon (weekly prices only).
  var placementFees: Double { plan.totals.placementCost }

  /// The headline: total cost, the comparison with carrying on as today, recruitment, emergency beds and
  /// unmet need, then the plan year by year.
  func headlineSection() -> ReportSection {
    let total = plan.totals.totalCost
    let otherCosts = total - placementFees
    var figures = [
      KeyFigure(
        label: "Total cost over " + ReportText.plural(Double(plan.planYears.count), "year"),
        value: ReportText.money(total),
        note: yearRange + ", at " + ReportText.yearLabel(plan.totals.priceBaseYear) + " prices: placement fees "
          + ReportText.money(placementFees) + "; carer recruitment and support, travel and other costs "
          + ReportText.money(otherCosts) + ". In cash, with each provision type's prices uplifted every year: "
          + ReportText.money(plan.totals.totalCostCash))
    ]
    var comparison: [String] = []
    if let statusQuo = plan.totals.statusQuoCost, let saving = plan.totals.saving {
      figures.append(
        KeyFigure(
          label: abs(saving) < 0.5
            ? "The same as carrying on as today"
            : saving > 0 ? "Less than carrying on as today" : "More than carrying on as today",
          value: ReportText.money(abs(saving)),
          note: ReportText.money(total) + " against " + ReportText.money(statusQuo)
            + " for the same children if the council carries on as today"))
      comparison.append(
        "Carrying on as today is planned the same way as this plan, for the same children, with the same places,"
          + " distance limits and children staying in their placements, but recruiting carers at the "
          + ReportText.yearLabel(plan.baseYear) + " rate, opening no home, block-contracting no beds and keeping"
          + " today's in-house share of fostering. It would cost " + ReportText.money(statusQuo) + " over the plan,"
          + " so this plan costs " + ReportText.difference(saving, more: "less", less: "more") + "."
          + Self.unmetBeside(plan.totals))
    }
    let recruits = plan.totals.householdsToRecruit
    let firstYearRecruits = plan.planYears.first.map { year in
      plan.recruitment.filter { $0.year == year }.reduce(0) { $0 + $1.householdsToApprove }
    }
    if !plan.recruitment.isEmpty {
      figures.append(
        KeyFigure(
          label: "In-house fostering households to approve", value: ReportText.count(recruits),
          note: "over \(plan.planYears.count) years"
            + (firstYearRecruits.map { "; " + ReportText.count($0) + " in " + yearLabels[0] } ?? "")))
    }
    if let peak = peakEmergencyLine {
      figures.append(
        KeyFigure(
          label: "Emergency beds to hold", value: String(peak.bedsNeeded),
          note: peak.shortfall > 0.005
            ? "the most needed in any year, but only " + ReportText.count(peak.bedsSecured)
              + " can be secured: about " + ReportText.percent(peak.blockingWithBedsSecured)
              + " of emergency arrivals find no bed free (Erlang B)"
            : "the most needed in any year; with them about " + ReportText.percent(peak.blockingWithBedsSecured)
              + " of emergency arrivals find no bed free (Erlang B)"))
    }
    let unmet = plan.totals.unmetPlacementYears
    let lastResort = plan.totals.lastResortPlacementYears
    let bedsShort = plan.totals.emergencyBedShortfall
    figures.append(
      KeyFigure(
        label: "Need not met",
        value: [
          unmet > 0.005 ? ReportText.count(unmet) + " placement-years" : nil,
          bedsShort > 0.005 ? ReportText.count(bedsShort) + " emergency bed-years short" : nil,
        ].compactMap { $0 }.joined(separator: " and ").nonEmpty ?? "None",
        note: lastResort > 0.005
          ? "and " + ReportText.count(lastResort) + " placement-years in unregistered or hotel placements"
          : (unmet + bedsShort > 0.005
            ? "no unregistered or hotel placements" : "every child placed in registered provision")))
    var blocks: [ReportBlock] = [.keyFigures(figures), .paragraph(summarySentence())]
    blocks += comparison.map(ReportBlock.paragraph)
    if let byType = typeComparisonTable() { blocks.append(.table(byType)) }
    blocks.append(.table(yearTable()))
    return ReportSection(heading: "The plan against carrying on as today", blocks: blocks)
  }

  /// The emergency year with the most beds to hold (the earliest on a tie).
  var peakEmergencyLine: EmergencyLine? {
    plan.emergency.reduce(nil) { best, line in
      guard let best else { return line }
      return line.bedsNeeded > best.bedsNeeded ? line : best
    }
  }

  private func summarySentence() -> String {
    guard let first = plan.years.first, let last = plan.years.last else {
      return "The plan has no years, so there is nothing to report."
    }
    var text =
      "The plan places " + ReportText.count(first.demand) + " children on an average day in "
      + ReportText.yearLabel(first.year)
    if last.year != first.year {
      text += ", rising to " + ReportText.count(last.demand) + " in " + ReportText.yearLabel(last.year)
    }
    text += ", at the lowest total cost that meets the scenario's policies."
    if let firstShare = first.inHouseFosteringShare, let lastShare = last.inHouseFosteringShare {
      text +=
        " In-house carers look after " + ReportText.percent(firstShare) + " of fostered children in "
        + ReportText.yearLabel(first.year)
        + (last.year != first.year
          ? " and " + ReportText.percent(lastShare) + " in " + ReportText.yearLabel(last.year)
          : "") + "."
    }
    return text
  }

  private func yearTable() -> DataTable {
    let rows = plan.years.map { year in
      [
        ReportText.yearLabel(year.year), ReportText.count(year.demand), ReportText.count(year.placed - year.lastResort),
        ReportText.count(year.lastResort), ReportText.count(year.unmet), ReportText.poundsAndPence(year.annualCost),
      ]
    }
    let footer = [
      "Total", "", "", ReportText.count(plan.totals.lastResortPlacementYears),
      ReportText.count(plan.totals.unmetPlacementYears), ReportText.poundsAndPence(plan.totals.totalCost),
    ]
    return DataTable(
      caption: "The plan year by year (children on an average day; cost in the year)",
      columns: [
        .init("Year"), .init("Children needing a placement", isNumeric: true),
        .init("Placed in registered provision", isNumeric: true), .init("Unregistered or hotel", isNumeric: true),
        .init("Not met", isNumeric: true), .init("Cost", isNumeric: true),
      ], rows: rows, footerRows: [footer])
  }

  /// One line each on the terms a reader meets: years, P80, bands, backtest, Erlang B, shadow price, today's mix.
  func howToReadSection() -> ReportSection {
    var items = [
      "Years are financial years ending 31 March: " + ReportText.yearLabel(plan.baseYear + 1) + " runs from April "
        + "\(plan.baseYear) to March \(plan.baseYear + 1). Children placed are counted on an average day; a"
        + " placement-year is one child placed for a year.",
      "Money is at " + ReportText.yearLabel(plan.totals.priceBaseYear) + " prices (the scenario's), with no"
        + " inflation added, except where a figure is said to be in cash (prices uplifted each year, as a budget is"
        + " set). Figures are rounded, so totals may differ by one.",
    ]
    if let quantile = plan.forecasts.values.map(\.quantile).sorted().first {
      let percent = Int((quantile * 100).rounded())
      items.append(
        "P\(percent): a demand level the actual number should stay below in \(percent) years out of 100. Planning at"
          + " P\(percent) rather than the central forecast leaves headroom for a higher year.")
      items.append(
        "80% and 95% bands: the ranges the number should fall in 8 and 19 years out of 20. The backtest re-runs the"
          + " method on past years as if they were the future; MAPE is its average error as a percentage.")
    }
    if let risk {
      items.append(
        "P10, P50 and P90 of the \(risk.draws) futures in Risks and sensitivity: 1 in 10 futures comes out below"
          + " P10, half below P50 (the middle one) and 9 in 10 below P90.")
    }
    if !plan.emergency.isEmpty {
      items.append(
        "Erlang B: the standard formula (from telephone exchanges) for how often an arrival finds every bed full,"
          + " given how many arrive and how long they stay.")
    }
    items.append(
      "Shadow price: what one more unit of a limited resource (a carer household, a bed, a policy limit) would save"
        + " in a year, everything else unchanged. It holds for small changes only.")
    if plan.totals.statusQuoCost != nil {
      items.append(
        "Carrying on as today (the status quo): the same children planned under the same rules, with carer"
          + " recruitment at the \(ReportText.yearLabel(plan.baseYear)) rate, no new homes or block contracts and"
          + " today's in-house share of fostering. Every saving in this report is the difference between it and the"
          + " plan.")
    }
    return ReportSection(heading: "How to read this report", blocks: [.bulletList(items)])
  }
}

extension PlanReportBuilder {
  /// The unmet need of the plan and of the status quo, as a sentence to read beside a saving ("" when neither
  /// leaves any).
  static func unmetBeside(_ totals: PlanTotals) -> String {
    let plan = totals.unmetPlacementYears + totals.emergencyBedShortfall
    let statusQuo = (totals.statusQuoUnmetPlacementYears ?? 0) + (totals.statusQuoEmergencyBedShortfall ?? 0)
    guard plan > 0.005 || statusQuo > 0.005 else { return "" }
    return " Need left unmet: " + ReportText.count(plan) + " placement-years in this plan, "
      + ReportText.count(statusQuo) + " if the council carries on as today."
  }
}

extension String {
  /// The string, or `nil` when it is empty.
  fileprivate var nonEmpty: String? { isEmpty ? nil : self }
}
