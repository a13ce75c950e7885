import Planning

extension PlanReportBuilder {
  /// Recruitment targets by year and area, the household stock against in-house placements, and a table by area.
  func recruitmentSection() -> ReportSection {
    guard !plan.recruitment.isEmpty else {
      return ReportSection(
        heading: "Recruiting in-house foster carers",
        blocks: [.paragraph("The scenario has no in-house fostering service, so there are no recruitment targets.")])
    }
    let areas = setting.areas.filter { area in plan.recruitment.contains { $0.area == area.id.rawValue } }
    let areaIDs = areas.map(\.id.rawValue)
    func sum(_ area: String?, _ year: Int, _ value: (RecruitmentLine) -> Double) -> Double {
      plan.recruitment.filter { $0.year == year && (area == nil || $0.area == area) }.reduce(0) { $0 + value($1) }
    }
    let byAuthority = areas.count > Self.mostAreasInChart && setting.authorities.count > 1
    let series: [BarSeries]
    if byAuthority {
      series = setting.authorities.map { authority in
        let ids = Set(areas.filter { $0.authority == authority.id }.map(\.id.rawValue))
        return BarSeries(
          name: authority.name,
          values: plan.planYears.map { year in
            plan.recruitment.filter { $0.year == year && ids.contains($0.area) }.reduce(0) {
              $0 + $1.householdsToApprove
            }
          })
      }.filter { $0.values.contains { $0 > 0 } }
    } else {
      series = zip(areaIDs, areas.map(\.name)).map { id, name in
        BarSeries(name: name, values: plan.planYears.map { sum(id, $0) { $0.householdsToApprove } })
      }
    }
    let startHouseholds = setting.inHouseFostering.reduce(0) { $0 + $1.households }
    let endHouseholds = plan.planYears.last.map { sum(nil, $0) { $0.householdsAtYearEnd } } ?? startHouseholds
    var blocks: [ReportBlock] = [
      .paragraph(
        "Approve " + ReportText.plural(plan.totals.householdsToRecruit, "new fostering household") + " over "
          + yearRange + ". After carers who leave, " + (setting.authorities.count > 1 ? "the councils" : "the council")
          + " would have " + ReportText.count(endHouseholds)
          + " households at the end of the plan, against " + ReportText.count(startHouseholds) + " at 31 March"
          + " \(plan.baseYear)." + recruitmentLimitNote()),
      .chart(
        ChartFigure(
          title: "New fostering households to approve, by year and " + (byAuthority ? "council" : "area"),
          chart: .stackedBar(
            StackedBarChart(
              categories: yearLabels, series: series, valueLabel: "Households approved in the year",
              categoryTitle: "Year", valueFormat: .number(decimals: 0))),
          source: "Plan (recruitment-targets.csv)")),
    ]
    let households = plan.planYears.map { sum(nil, $0) { $0.householdsAtYearEnd } }
    let places = plan.planYears.map { sum(nil, $0) { $0.usablePlaces } }
    let placed = plan.planYears.map { sum(nil, $0) { $0.placementsMade } }
    blocks.append(
      .chart(
        ChartFigure(
          title: "In-house foster carers against the children placed with them",
          chart: .bar(
            BarChart(
              categories: yearLabels,
              series: [
                BarSeries(name: "Households at year end", values: households),
                BarSeries(name: "Usable places", values: places),
                BarSeries(name: "Children placed in-house", values: placed),
              ], valueLabel: "Households, places or children", categoryTitle: "Year",
              valueFormat: .number(decimals: 0))),
          summary: "Usable places are the places of approved households that are free to use, on an average day."
            + " Where children placed equal usable places, every in-house place is used and more carers would let"
            + " more children be placed in-house.",
          source: "Plan (recruitment-targets.csv); scenario in-house fostering")))
    blocks.append(.table(areaTable(areas: zip(areaIDs, areas.map(\.name)).map { ($0, $1) })))
    return ReportSection(heading: "Recruiting in-house foster carers", blocks: blocks)
  }

  /// The most areas drawn as separate series; with more (and several councils), the chart groups by council.
  static let mostAreasInChart = 6

  private func areaTable(areas: [(id: String, name: String)]) -> DataTable {
    var totals = [0.0, 0, 0, 0]
    let rows = areas.map { area -> [String] in
      let lines = plan.recruitment.filter { $0.area == area.id }
      let start = setting.inHouseFostering.filter { $0.area.rawValue == area.id }.reduce(0) { $0 + $1.households }
      let end =
        plan.planYears.last.map { year in
          lines.filter { $0.year == year }.reduce(0) { $0 + $1.householdsAtYearEnd }
        } ?? start
      let values = [
        start, lines.reduce(0) { $0 + $1.householdsToApprove }, end, lines.reduce(0) { $0 + $1.recruitmentCost },
      ]
      for index in totals.indices { totals[index] += values[index] }
      return [area.name] + values.prefix(3).map(ReportText.count) + [ReportText.poundsAndPence(values[3])]
    }
    return DataTable(
      caption: "Recruitment by area over the plan",
      columns: [
        .init("Area"), .init("Households at 31 March \(plan.baseYear)", isNumeric: true),
        .init("To approve", isNumeric: true), .init("Households at the end", isNumeric: true),
        .init("Cost of recruiting", isNumeric: true),
      ], rows: rows,
      footerRows: [["Total"] + totals.prefix(3).map(ReportText.count) + [ReportText.poundsAndPence(totals[3])]])
  }

  private func recruitmentLimitNote() -> String {
    let limited = plan.shadowPrices.filter {
      $0.kind == .recruitmentLimit && $0.binding && ($0.saving > 0 || $0.needMet > 0)
    }
    guard !limited.isEmpty else { return "" }
    let areas = Set(limited.map(\.subject))
    let names = setting.areas.filter { areas.contains($0.id.rawValue) }.map(\.name)
    let total = setting.inHouseFostering.count
    let place =
      names.count > 3
      ? (names.count == total ? "all \(total) areas" : "\(names.count) of \(total) areas")
      : ReportText.list(names)
    return " The yearly recruitment limit binds in " + place
      + ": approving more carers there would save money or place more children (see what limits the plan)."
  }
}
