import Planning

extension PlanReportBuilder {
  /// Emergency beds sized by Erlang B, year by year; `nil` when the scenario has no emergency demand.
  func emergencySection() -> ReportSection? {
    guard !plan.emergency.isEmpty else { return nil }
    let rows = plan.emergency.map { line in
      [
        ReportText.yearLabel(line.year), ReportText.count(line.arrivals),
        ValueFormat.number(decimals: 1).string(line.meanStayWeeks),
        ValueFormat.number(decimals: 1).string(line.offeredLoad),
        String(line.bedsNeeded), ReportText.count(line.bedsSecured), ReportText.count(line.shortfall),
        ReportText.percent(line.blockingWithBedsSecured), ReportText.pounds(line.retainerCost),
      ]
    }
    let target = plan.emergency.first.map { ReportText.percent($0.blockingTarget) } ?? ""
    var text =
      "Children who need a bed the same day arrive at random. The plan holds enough emergency beds that at most "
      + target + " of arrivals find every bed full (Erlang B), and pays a retainer for beds held empty."
    let shortfall = plan.emergency.reduce(0) { $0 + $1.shortfall }
    if shortfall > 0.005 {
      text +=
        " In some years the emergency-capable beds available fall short of the beds needed: the shortfall is unmet"
        + " need (" + ReportText.count(shortfall) + " bed-years in all), and more arrivals find no bed (see the table)."
    }
    return ReportSection(
      heading: "Emergency beds",
      blocks: [
        .paragraph(text),
        .table(
          DataTable(
            caption: "Emergency beds to hold by year",
            columns: [
              .init("Year"), .init("Arrivals a year", isNumeric: true), .init("Average stay (weeks)", isNumeric: true),
              .init("Beds in use on average", isNumeric: true), .init("Beds needed", isNumeric: true),
              .init("Beds secured", isNumeric: true), .init("Beds short (unmet need)", isNumeric: true),
              .init("Arrivals finding no bed", isNumeric: true),
              .init("Retainer cost", isNumeric: true),
            ], rows: rows)),
      ])
  }
}
