import Planning

extension PlanReportBuilder {
  /// The scenario's assumptions and their sources.
  func assumptionsSection() -> ReportSection {
    guard !scenario.assumptions.isEmpty else {
      return ReportSection(
        heading: "Assumptions and sources",
        blocks: [.paragraph("The scenario lists no assumptions; see the scenario file for its inputs.")])
    }
    return ReportSection(
      heading: "Assumptions and sources",
      blocks: [
        .table(
          DataTable(
            caption: "The main assumptions, as stated in the scenario",
            columns: [.init("Assumption"), .init("Value"), .init("Source")],
            rows: scenario.assumptions.map { [$0.item, $0.value, $0.source] }))
      ])
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
    for authority in scenario.authorities {
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
