import Planning

extension PlanReportBuilder {
  /// The share of children placed more than 20 miles from home, by provision type and year, against the policy
  /// ceiling, and a map of home areas and providers.
  func distanceSection() -> ReportSection {
    let counted = plan.placements.filter { !lastResortTypes.contains($0.provisionType) }
    let types = scenario.provisionTypes.map(\.id.rawValue).filter { type in counted.contains { $0.provisionType == type } }
    func share(_ lines: [PlacementLine]) -> Double? {
      let total = lines.reduce(0) { $0 + $1.placements }
      guard total > 0 else { return nil }
      return lines.filter { $0.roadMiles > 20 }.reduce(0) { $0 + $1.placements } / total
    }
    var series: [LineChart.Series] = types.map { type in
      LineChart.Series(
        name: provisionNames[type] ?? type,
        points: plan.planYears.compactMap { year in
          share(counted.filter { $0.year == year && $0.provisionType == type }).map { ChartPoint(x: Double(year), y: $0) }
        })
    }
    series.append(
      LineChart.Series(
        name: "All placements", points: plan.years.map { ChartPoint(x: Double($0.year), y: $0.shareOver20Miles) }))
    let ceiling = scenario.distance.maximumShareOver20Miles
    var summary = ""
    if let first = plan.years.first, let last = plan.years.last {
      summary =
        "Across all placements, " + ReportText.percent(first.shareOver20Miles) + " of children are placed more than 20"
        + " miles from home in " + ReportText.yearLabel(first.year)
      if last.year != first.year {
        summary += " and " + ReportText.percent(last.shareOver20Miles) + " in " + ReportText.yearLabel(last.year)
      }
      summary += "."
      if let ceiling {
        summary += " The policy ceiling, " + ReportText.percent(ceiling) + ", applies to all placements together."
      }
    }
    let chart = ChartFigure(
      title: "Share of children placed more than 20 miles from home",
      chart: .line(
        LineChart(
          series: series, valueLabel: "Share placed more than 20 road miles from home",
          valueFormat: .percent(decimals: 0), includesZero: true,
          referenceLine: ceiling.map { ReferenceLine(value: $0, label: "Policy ceiling " + ReportText.percent($0)) })),
      summary: summary + " Unregistered and hotel placements are left out. Years are marked by the 31 March they end on.",
      source: "Plan (placements.csv); road miles are straight-line miles × \(roadFactorText)")
    var points = scenario.areas.map { area in
      PointMap.Point(
        label: area.name, longitude: area.location.longitude, latitude: area.location.latitude, kind: .area)
    }
    let located = scenario.providers.compactMap { provider in provider.location.map { (provider, $0) } }
    let numbered = located.count > 14
    points += located.enumerated().map { index, entry in
      PointMap.Point(
        label: numbered ? String(index + 1) : entry.0.name, longitude: entry.1.longitude,
        latitude: entry.1.latitude, kind: .provider)
    }
    let map = ChartFigure(
      title: "Home areas and providers",
      chart: .map(PointMap(points: points, areaLegend: "Home areas", providerLegend: "Providers")),
      summary: "Where children's home areas (circles) and placement providers (triangles) are."
        + (numbered ? " Providers are numbered; the table after the map names them." : ""),
      source: "Scenario areas and providers (latitude and longitude)")
    var blocks: [ReportBlock] = [.chart(chart), .chart(map)]
    if numbered {
      blocks.append(
        .table(
          DataTable(
            caption: "Providers on the map",
            columns: [.init("No.", isNumeric: true), .init("Provider"), .init("Provision type")],
            rows: located.enumerated().map { index, entry in
              [String(index + 1), entry.0.name, provisionNames[entry.0.provisionType.rawValue] ?? ""]
            })))
    }
    return ReportSection(heading: "Distance from home", blocks: blocks)
  }

  private var roadFactorText: String {
    ValueFormat.number(decimals: 2).string(scenario.distance.roadFactor)
  }
}
