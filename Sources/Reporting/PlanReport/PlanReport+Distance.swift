import Planning

extension PlanReportBuilder {
  /// The share of children placed more than 20 miles from home, by provision type and year, against the policy
  /// ceiling, and a map of home areas and providers.
  func distanceSection() -> ReportSection {
    let counted = plan.placements.filter { !lastResortTypes.contains($0.provisionType) }
    let types = setting.provisionTypes.map(\.id.rawValue).filter { type in
      counted.contains { $0.provisionType == type }
    }
    let byType = types.map { type in
      BarSeries(
        name: provisionNames[type] ?? type,
        values: plan.planYears.map { year in
          DistanceIndicator.shareFar(counted.filter { $0.year == year && $0.provisionType == type }) ?? .nan
        })
    }
    let near = byType.filter { $0.values.allSatisfy { !($0 >= 0.005) } }.map(\.name)
    var series = byType.filter { !near.contains($0.name) }
    series.append(BarSeries(name: "All placements", values: plan.years.map(\.shareOver20Miles)))
    let ceiling = setting.distance.maximumShareOver20Miles
    var summary = ""
    if let first = plan.years.first, let last = plan.years.last {
      summary =
        "Across all placements, " + ReportText.percent(first.shareOver20Miles) + " of children are placed more than "
        + DistanceIndicator.milesText + " from home in " + ReportText.yearLabel(first.year)
      if last.year != first.year {
        summary += " and " + ReportText.percent(last.shareOver20Miles) + " in " + ReportText.yearLabel(last.year)
      }
      summary += "."
      if !near.isEmpty {
        summary +=
          " " + ReportText.list(near) + (near.count == 1 ? " is" : " are") + " within " + DistanceIndicator.milesText
          + " throughout,"
          + " so " + (near.count == 1 ? "it is" : "they are") + " not drawn."
      }
      if let ceiling {
        summary += " The policy ceiling, " + ReportText.percent(ceiling) + ", applies to all placements together."
      }
    }
    let chart = ChartFigure(
      title: "Share of children placed more than \(DistanceIndicator.milesText) from home",
      chart: .bar(
        BarChart(
          categories: yearLabels, series: series,
          valueLabel: "Share placed more than \(DistanceIndicator.milesNumber) road miles from home",
          categoryTitle: "Year", valueFormat: .percent(decimals: 0),
          referenceLine: ceiling.map { ReferenceLine(value: $0, label: "Policy ceiling") })),
      summary: summary + " Unregistered and hotel placements are left out.",
      source: "Plan (placements.csv); road miles are straight-line miles × \(roadFactorText)")
    // Many home areas are lettered (A, B, …) and named in a table, so that their labels fit beside them.
    let lettered = setting.areas.count > Self.mostNamedAreasOnMap
    var points = setting.areas.enumerated().map { index, area in
      PointMap.Point(
        label: lettered ? Self.letter(index) : area.name, longitude: area.location.longitude,
        latitude: area.location.latitude, kind: .area)
    }
    let located = setting.providers.compactMap { provider in provider.location.map { (provider, $0) } }
    let numbered = located.count > 6
    points += located.enumerated().map { index, entry in
      PointMap.Point(
        label: numbered ? number(index + 1, of: located.count) : entry.0.name, longitude: entry.1.longitude,
        latitude: entry.1.latitude, kind: .provider)
    }
    let map = ChartFigure(
      title: "Home areas and providers",
      chart: .map(
        PointMap(
          points: points, areaLegend: "Home areas", providerLegend: "Providers", boundaries: councilBoundaries)),
      summary: "Where children's home areas (blue circles) and placement providers (orange triangles) are."
        + (lettered ? " Home areas are lettered; a table after the map names them." : "")
        + (numbered ? " Providers are numbered; the table after the map names them." : "")
        + " Providers at the same place share one triangle, labelled with each of them. " + mapLinesText,
      source: mapSource)
    let allNear = series.count == 1 && plan.years.allSatisfy { $0.shareOver20Miles < 0.005 }
    var blocks: [ReportBlock] = [
      allNear
        ? .paragraph(
          "No child is placed more than \(DistanceIndicator.milesText) from home in any year of the plan"
            + (ceiling.map { " (the policy ceiling is " + ReportText.percent($0) + ")" } ?? "")
            + ". Unregistered and hotel placements are left out.")
        : .chart(chart),
      .chart(map),
    ]
    if let closeUp = closeUp(points) { blocks.append(.chart(closeUp)) }
    if lettered {
      let councils = Dictionary(setting.authorities.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
      blocks.append(
        .table(
          DataTable(
            caption: "Home areas on the map",
            columns: [.init("Letter"), .init("Home area"), .init("Council")],
            rows: setting.areas.enumerated().map { index, area in
              [Self.letter(index), area.name, councils[area.authority] ?? ""]
            })))
    }
    if numbered {
      blocks.append(
        .table(
          DataTable(
            caption: "Providers on the map",
            columns: [.init("No.", isNumeric: true), .init("Provider"), .init("Provision type")],
            rows: located.enumerated().map { index, entry in
              [
                number(index + 1, of: located.count), entry.0.name,
                provisionNames[entry.0.provisionType.rawValue] ?? "",
              ]
            })))
    }
    return ReportSection(heading: "Distance from home", blocks: blocks)
  }

  /// The map again around the home areas, when providers far from them leave the areas crowded in a corner of the
  /// first map: the home areas' extent with half as much again on each side (at least about 5 miles), and only the
  /// points inside it, labelled as on the first map. `nil` when every point already lies in that extent.
  func closeUp(_ points: [PointMap.Point]) -> ChartFigure? {
    let areas = points.filter { $0.kind == .area && $0.latitude.isFinite && $0.longitude.isFinite }
    guard let south = areas.map(\.latitude).min(), let north = areas.map(\.latitude).max(),
      let west = areas.map(\.longitude).min(), let east = areas.map(\.longitude).max()
    else { return nil }
    let latitudePad = max((north - south) * 0.5, 0.08)
    let longitudePad = max((east - west) * 0.5, 0.12)
    func inside(_ point: PointMap.Point) -> Bool {
      point.latitude >= south - latitudePad && point.latitude <= north + latitudePad
        && point.longitude >= west - longitudePad && point.longitude <= east + longitudePad
    }
    let near = points.filter(inside)
    guard near.count < points.count, near.contains(where: { $0.kind == .provider }) else { return nil }
    let left = points.count - near.count
    return ChartFigure(
      title: "Home areas and providers, close up",
      chart: .map(
        PointMap(points: near, areaLegend: "Home areas", providerLegend: "Providers", boundaries: councilBoundaries)),
      summary: "The map above drawn closer around the home areas, with the providers near them (the same letters and"
        + " numbers); \(left) \(left == 1 ? "provider lies" : "providers lie") further away, on the map above only.",
      source: mapSource)
  }

  /// What the map's lines are: council boundaries when the report has them, and the graticule and scale bar.
  private var mapLinesText: String {
    councilBoundaries == nil
      ? "Council boundaries are not drawn (the tool holds no boundary data): the grey lines are latitude and longitude,"
        + " and the bar gives the distance in miles."
      : "The grey outlines are council boundaries; the fainter straight lines are latitude and longitude, and the"
        + " bar gives the distance in miles."
  }

  /// The map's source line: the scenario's places, and the boundaries' source when they are drawn.
  private var mapSource: String {
    "Scenario areas and providers (latitude and longitude)"
      + (councilBoundaries.map { "; council boundaries: " + $0.source } ?? "")
  }

  /// The most home areas named on the map; more are lettered.
  static let mostNamedAreasOnMap = 6

  /// A, B, … Z, then AA, AB, …: the map's letter for the home area at `index` (0-based).
  static func letter(_ index: Int) -> String {
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return index < alphabet.count
      ? String(alphabet[index]) : letter(index / alphabet.count - 1) + String(alphabet[index % alphabet.count])
  }

  /// `index` zero-padded to the width of `count`, so that numbered labels sort in order as text.
  private func number(_ index: Int, of count: Int) -> String {
    let digits = String(index)
    return String(repeating: "0", count: max(0, String(count).count - digits.count)) + digits
  }

  private var roadFactorText: String {
    ValueFormat.number(decimals: 2).string(setting.distance.roadFactor)
  }
}
