import Planning

extension PlanReportBuilder {
  /// The scenario's assumptions and their sources.
  func assumptionsSection() -> ReportSection {
    guard !setting.assumptions.isEmpty else {
      return ReportSection(
        heading: "Assumptions and sources",
        blocks: [
          .paragraph(
            "The scenario gives no sources for its assumptions, so these are the figures the plan uses, read from"
              + " the scenario file. Where the file leaves something out, the planner's default applies: six need"
              + " groups (mainstream, complex and parent-and-child fostering, residential, emergency, 16-17"
              + " supported), seven provision types, no recruitment unless a yearly limit is given, no budget"
              + " ceiling, and road miles of 1.3 times straight-line miles. Add each figure's source to the"
              + " scenario's assumptions before the plan goes to cabinet."),
          .table(
            DataTable(
              caption: "The figures the plan uses",
              columns: [.init("Assumption"), .init("Value"), .init("Where it comes from")],
              rows: scenarioFigures())),
        ])
    }
    return ReportSection(
      heading: "Assumptions and sources",
      blocks: [
        .table(
          DataTable(
            caption: "The main assumptions, as stated in the scenario",
            columns: [.init("Assumption"), .init("Value"), .init("Source")],
            rows: setting.assumptions.map { [$0.item, $0.value, $0.source] }))
      ])
  }

  /// The scenario's own figures, one row each, for a scenario that lists no assumptions.
  private func scenarioFigures() -> [[String]] {
    var rows: [[String]] = [
      ["Plan years", yearRange, "the scenario's base year (\(plan.baseYear)) and horizon"]
    ]
    for specification in setting.demand {
      let name = setting.authorities.first { $0.id == specification.authority }?.name ?? ""
      switch specification.source {
      case .forecast(let forecast):
        rows.append([
          "Demand, " + name,
          "P\(Int((forecast.quantile * 100).rounded())) of the forecast of " + forecast.seriesCode + ", x "
            + ValueFormat.number(decimals: 3).string(forecast.placedShare) + " needing a placement",
          "forecast from the history file given in the scenario",
        ])
      case .totals, .byNeed:
        rows.append(["Demand, " + name, "given year by year", "the scenario file"])
      }
    }
    for type in setting.provisionTypes {
      let prices = setting.providers.filter { $0.provisionType == type.id }.map(\.weeklyPrice).sorted()
      guard let low = prices.first, let high = prices.last else { continue }
      rows.append([
        type.name + " weekly price",
        low == high ? ReportText.pounds(low) : ReportText.pounds(low) + " to " + ReportText.pounds(high),
        "the scenario's providers",
      ])
    }
    for supply in setting.inHouseFostering {
      let area = setting.areas.first { $0.id == supply.area }?.name ?? supply.area.rawValue
      rows.append([
        "In-house carers, " + area,
        ReportText.count(supply.households) + " households; " + ReportText.percent(supply.annualAttrition)
          + " leave a year; up to " + ReportText.count(supply.maximumRecruitsPerYear) + " approved a year at "
          + ReportText.pounds(supply.recruitmentCost) + " each",
        supply.maximumRecruitsPerYear > 0 ? "the scenario file" : "no recruitment limit given: the default is none",
      ])
    }
    if let emergency = setting.emergency {
      let arrivals = emergency.arrivalsByYear.values.sorted()
      rows.append([
        "Emergency arrivals",
        (arrivals.first.map { ReportText.count($0) } ?? "0") + " to "
          + (arrivals.last.map { ReportText.count($0) } ?? "0")
          + " a year, staying " + ReportText.count(emergency.meanStayWeeks) + " weeks; at most "
          + ReportText.percent(emergency.blockingTarget) + " find no bed",
        "the scenario file",
      ])
    }
    if let ceiling = setting.distance.maximumShareOver20Miles {
      rows.append([
        "Distance ceiling", ReportText.percent(ceiling) + " more than " + DistanceIndicator.milesText + " from home",
        "the scenario's policy",
      ])
    }
    rows.append([
      "Budget ceiling",
      setting.policy.budgetCeilingByYear.isEmpty
        ? "none" : "set for \(setting.policy.budgetCeilingByYear.count) years",
      setting.policy.budgetCeilingByYear.isEmpty ? "the default (no ceiling)" : "the scenario's policy",
    ])
    return rows
  }

  /// Data-quality notes (given, then derived from the plan) and the plan's warnings.
  func notesSection() -> ReportSection {
    let quality = dataQualityNotes + derivedQualityNotes()
    let warnings = plan.warnings.filter { !quality.contains($0) }
    var blocks: [ReportBlock] = []
    if !quality.isEmpty { blocks.append(.notes(title: "Data-quality notes", items: quality)) }
    if !warnings.isEmpty { blocks.append(.notes(title: "Warnings from the planner", items: warnings)) }
    if blocks.isEmpty { blocks.append(.paragraph("There are no data-quality notes or warnings for this plan.")) }
    return ReportSection(heading: "Data quality and warnings", blocks: blocks)
  }

  /// Notes the plan itself supports: where demand came from, weak forecast bands, a solver that stopped early,
  /// and an in-house share target that could not be met.
  private func derivedQualityNotes() -> [String] {
    var notes: [String] = []
    for authority in setting.authorities {
      guard let provenance = plan.demandProvenance[authority.id.rawValue] else { continue }
      notes.append("Demand for " + authority.name + ": " + provenance + ".")
      guard let forecast = plan.forecasts[authority.id.rawValue] else { continue }
      let weak = forecast.accuracy.filter { $0.isDefault && ($0.coverage80 ?? 80) < 70 }.map(\.horizon).sorted()
      if !weak.isEmpty {
        notes.append(
          "The 80% band for " + authority.name + " held fewer than 70% of past outcomes at "
            + ReportText.list(weak.map { ReportText.plural(Double($0), "year") }) + " ahead: treat the range as"
            + " narrower than it should be.")
      }
    }
    if plan.solver.termination != "optimal" {
      notes.append(
        "The solver finished with status '" + plan.solver.termination + "': the plan is feasible but may not be the"
          + " cheapest.")
    }
    let shortfall = plan.years.reduce(0) { $0 + $1.inHouseShareShortfall }
    if shortfall > 0.005 {
      notes.append(
        "The in-house share target is missed by " + ReportText.count(shortfall) + " fostering placement-years over"
          + " the plan: there are not enough in-house carers to reach it.")
    }
    return notes
  }
}
