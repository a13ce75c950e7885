import Foundation
import Geodesy
import Testing

@testable import Reporting

@Suite("Fan, line and map geometry")
struct FanLineMapGeometryTests {
  /// The (x, y) vertices of an SVG path written as "M x,y L x,y ... Z".
  func vertices(_ path: String) -> [(x: Double, y: Double)] {
    path.split(whereSeparator: { "MLZ ".contains($0) }).compactMap { pair in
      let parts = pair.split(separator: ",").compactMap { Double($0) }
      return parts.count == 2 ? (parts[0], parts[1]) : nil
    }
  }

  func svg(_ chart: ChartSpec) throws -> XMLTree {
    try XMLTree.parse(SVGChartRenderer.svg(for: ChartFigure(title: "Test", chart: chart), id: "t"))
  }

  @Test("the 95% band encloses the 80% band, which encloses the point forecast, and the axis covers both")
  func bandsNest() throws {
    let tree = try svg(.fan(SampleReport.fan))
    let outer = vertices(try #require(tree.elements(withClass: "band-95").first?.attributes["d"]))
    let inner = vertices(try #require(tree.elements(withClass: "band-80").first?.attributes["d"]))
    let line = vertices(try #require(tree.elements(withClass: "forecast-line").first?.attributes["d"]))
    #expect(outer.count == inner.count && outer.count == 2 * line.count)
    let steps = line.count
    for index in 0..<steps {
      let outerTop = outer[index].y
      let innerTop = inner[index].y
      let outerBottom = outer[2 * steps - 1 - index].y
      let innerBottom = inner[2 * steps - 1 - index].y
      #expect(outer[index].x == line[index].x && inner[index].x == line[index].x)
      // SVG y grows downward: "above" means a smaller y.
      #expect(outerTop <= innerTop && innerTop <= line[index].y && line[index].y <= innerBottom)
      #expect(innerBottom <= outerBottom)
    }
    let axis = ReadAxis(tree)
    let highest = SampleReport.fan.forecast.map(\.upper95).max() ?? 0
    #expect((axis.ticks.last?.value ?? 0) >= highest)
    #expect((axis.ticks.first?.value ?? 1) <= 0)
    // The fan starts at the last observation (2025, 341).
    let history = vertices(try #require(tree.elements(withClass: "history-line").first?.attributes["d"]))
    #expect(history.count == 11)
    #expect(history.last?.x == line.first?.x && history.last?.y == line.first?.y)
    #expect(abs((history.last?.y ?? 0) - axis.y(of: 341)) < 0.02)
  }

  @Test("the planned quantile is drawn from the last observation through its values, listed and tabled")
  func plannedLine() throws {
    var fan = SampleReport.fan
    fan.planned = fan.forecast.map { ChartPoint(x: $0.x, y: ($0.point + $0.upper80) / 2) }
    fan.plannedLabel = "Planned (P80)"
    let tree = try svg(.fan(fan))
    let planned = vertices(try #require(tree.elements(withClass: "planned-line").first?.attributes["d"]))
    let line = vertices(try #require(tree.elements(withClass: "forecast-line").first?.attributes["d"]))
    #expect(planned.count == fan.planned.count + 1)
    #expect(planned.first?.x == line.first?.x && planned.first?.y == line.first?.y)
    let axis = ReadAxis(tree)
    for (vertex, point) in zip(planned.dropFirst(), fan.planned) { #expect(abs(vertex.y - axis.y(of: point.y)) < 0.02) }
    let table = ChartDataTables.table(for: .fan(fan), caption: "t")
    #expect(table.columns.last?.title == "Planned (P80)")
    #expect(table.rows.allSatisfy { $0.count == table.columns.count })
    #expect(table.rows.last?.last == fan.valueFormat.string(fan.planned.last?.y ?? 0))
    #expect(ChartDataTables.table(for: .fan(SampleReport.fan), caption: "t").columns.count == table.columns.count - 1)
    #expect(ChartDescription.describe(.fan(fan)).contains("Planned (P80) for 2030"))
  }

  @Test("crowded map labels move further out, with a leader line, rather than overlap each other or a marker")
  func crowdedLabelsDoNotOverlap() {
    // Seven points within 20 px of each other in the middle of a large plot: the first ring of spots cannot hold them.
    let offsets: [(Double, Double)] = [(0, 0), (12, 4), (-10, 8), (6, -12), (-4, -6), (16, -8), (2, 14)]
    let points = offsets.enumerated().map { index, _ in
      PointMap.Point(
        label: index < 3 ? "Home area \(index + 1)" : "0\(index)", longitude: 0, latitude: 0,
        kind: index < 3 ? .area : .provider)
    }
    let positions = offsets.map { (x: 400 + $0.0, y: 240 + $0.1) }
    let area = PlotArea(width: 800, height: 480, left: 0, top: 0, right: 800, bottom: 480)
    let placements = PointMapDrawing.labelPlacements(points: points, positions: positions, area: area)
    #expect(placements.contains { $0?.hasLeader == true })
    func box(_ index: Int) -> (left: Double, top: Double, right: Double, bottom: Double)? {
      guard let placement = placements[index] else { return nil }
      let isArea = points[index].kind == .area
      let width = estimatedTextWidth(points[index].label, fontSize: isArea ? 12 : 11) * (isArea ? 1.1 : 1) + 2
      let x = positions[index].x + placement.dx
      let left = placement.anchor == "start" ? x : placement.anchor == "end" ? x - width : x - width / 2
      let middle = positions[index].y + placement.dy
      return (left, middle - 7, left + width, middle + 7)
    }
    let boxes = points.indices.compactMap(box)
    #expect(boxes.count == points.count)
    for (first, a) in boxes.enumerated() {
      for b in boxes[(first + 1)...] {
        #expect(!(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom))
      }
      for marker in positions {
        #expect(!(a.left < marker.x + 7 && marker.x - 7 < a.right && a.top < marker.y + 7 && marker.y - 7 < a.bottom))
      }
    }
  }

  @Test("labels with no free spot are left off rather than drawn over another label or a marker")
  func labelsNeverCollide() {
    // Thirty long labels on points 3 px apart: most cannot be placed; those that are never overlap.
    let points = (0..<30).map { index in
      PointMap.Point(
        label: "Stockton, Norton and Billingham \(index)", longitude: 0, latitude: 0,
        kind: index % 2 == 0 ? .area : .provider)
    }
    let positions = points.indices.map { (x: 400 + Double($0 % 6) * 3, y: 240 + Double($0 / 6) * 3) }
    let area = PlotArea(width: 800, height: 480, left: 0, top: 0, right: 800, bottom: 480)
    let placements = PointMapDrawing.labelPlacements(points: points, positions: positions, area: area)
    #expect(placements.contains { $0 == nil })
    var boxes: [(left: Double, top: Double, right: Double, bottom: Double)] = []
    for (index, placement) in placements.enumerated() {
      guard let placement else { continue }
      let isArea = points[index].kind == .area
      let width = estimatedTextWidth(points[index].label, fontSize: isArea ? 12 : 11) * (isArea ? 1.1 : 1) + 2
      let x = positions[index].x + placement.dx
      let left = placement.anchor == "start" ? x : placement.anchor == "end" ? x - width : x - width / 2
      let middle = positions[index].y + placement.dy
      boxes.append((left, middle - 7, left + width, middle + 7))
    }
    #expect(boxes.count >= 4)
    for (first, a) in boxes.enumerated() {
      for b in boxes[(first + 1)...] {
        #expect(!(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom))
      }
      for marker in positions {
        #expect(!(a.left < marker.x + 7 && marker.x - 7 < a.right && a.top < marker.y + 7 && marker.y - 7 < a.bottom))
      }
    }
  }

  @Test("line points map back to their values and the reference line sits at the ceiling")
  func linePoints() throws {
    let chart = LineChart(
      series: [
        .init(name: "Stock", points: [ChartPoint(x: 2025, y: 84), ChartPoint(x: 2026, y: 91)]),
        .init(name: "Need", points: [ChartPoint(x: 2026, y: 95), ChartPoint(x: 2025, y: 88)]),
      ],
      valueLabel: "Households", includesZero: false, referenceLine: ReferenceLine(value: 100, label: "Cap"))
    let tree = try svg(.line(chart))
    let axis = ReadAxis(tree)
    #expect((axis.ticks.first?.value ?? 100) <= 84 && (axis.ticks.last?.value ?? 0) >= 100)
    let lines = tree.elements(withClass: "series-line").map { vertices($0.attributes["d"] ?? "") }
    #expect(lines.count == 2)
    #expect(lines[1].count == 2)
    for (vertex, value) in zip(lines[1], [88.0, 95]) { #expect(abs(vertex.y - axis.y(of: value)) < 0.02) }
    #expect((lines[1].first?.x ?? 0) < (lines[1].last?.x ?? 0), "points are drawn in x order")
    let reference = try #require(tree.elements(withClass: "reference-line").first?.elements(named: "line").first)
    #expect(abs((reference.number("y1") ?? 0) - axis.y(of: 100)) < 0.02)
    #expect(tree.elements(withClass: "direct-label").map(\.allText) == ["Stock", "Need"])
  }

  @Test(
    "a band is shaded from its low to its high values, its middle line runs inside it, and the table lists all three")
  func lineBand() throws {
    let steps = [
      LineChart.Band.Step(x: 2027, lower: 12, middle: 15, upper: 19),
      LineChart.Band.Step(x: 2025, lower: 9, middle: 10, upper: 11),
      LineChart.Band.Step(x: 2026, lower: 10, middle: 12, upper: 15),
    ]
    let chart = LineChart(
      series: [.init(name: "The plan", points: [2025, 2026, 2027].map { ChartPoint(x: $0, y: 16) })],
      valueLabel: "Cost", includesZero: false,
      band: LineChart.Band(name: "8 in 10", lowerName: "Low", middleName: "Middle", upperName: "High", steps: steps))
    let tree = try svg(.line(chart))
    let axis = ReadAxis(tree)
    #expect((axis.ticks.first?.value ?? 99) <= 9 && (axis.ticks.last?.value ?? 0) >= 19)
    let outline = vertices(try #require(tree.elements(withClass: "band-area").first?.attributes["d"]))
    let middle = vertices(try #require(tree.elements(withClass: "band-middle").first?.attributes["d"]))
    #expect(outline.count == 6 && middle.count == 3)
    let ordered = steps.sorted { $0.x < $1.x }
    for (index, step) in ordered.enumerated() {
      // The outline runs along the high values left to right, then back along the low values.
      #expect(abs(outline[index].y - axis.y(of: step.upper)) < 0.02)
      #expect(abs(outline[5 - index].y - axis.y(of: step.lower)) < 0.02)
      #expect(abs(middle[index].y - axis.y(of: step.middle)) < 0.02)
      #expect(outline[index].x == middle[index].x && outline[5 - index].x == middle[index].x)
    }
    #expect(tree.elements(withClass: "band-edge").count == 2)
    #expect(Set(tree.elements(withClass: "direct-label").map(\.allText)) == ["High", "Middle", "Low", "The plan"])
    #expect(tree.elements(withClass: "series-line").count == 1)
    let table = ChartDataTables.table(for: .line(chart), caption: "t")
    #expect(table.columns.map(\.title) == ["Year", "Low", "Middle", "High", "The plan"])
    #expect(table.rows.first == ["2025", "9", "10", "11", "16"])
    #expect(ChartDescription.describe(.line(chart)).contains("Shaded, 8 in 10: 9 to 11 in 2025, 12 to 19 in 2027."))
  }

  @Test("providers at the same place are drawn as one triangle labelled with each; an area there keeps its circle")
  func coincidentPoints() throws {
    let map = PointMap(points: [
      .init(label: "Home", longitude: -1.2373, latitude: 54.5717, kind: .area),
      .init(label: "11", longitude: -1.2373, latitude: 54.5717, kind: .provider),
      .init(label: "12", longitude: -1.2373, latitude: 54.5717, kind: .provider),
      .init(label: "13", longitude: -1.5, latitude: 54.7, kind: .provider),
    ])
    let tree = try svg(.map(map))
    let points = tree.elements(withClass: "map-point")
    #expect(points.count == 3)
    let titles = points.map { $0.elements(named: "title").first?.allText ?? "" }.sorted()
    #expect(titles == ["11, 12", "13", "Home"])
    // The table under the map still lists every provider.
    #expect(ChartDataTables.table(for: .map(map), caption: "t").rows.count == 4)
  }

  @Test("map points lie inside the plot area, and east-west distances are scaled by cos(latitude)")
  func mapProjection() throws {
    let tree = try svg(.map(SampleReport.map))
    let plot = try #require(tree.elements(withClass: "plot-area").first)
    let left = plot.number("x") ?? .nan
    let top = plot.number("y") ?? .nan
    let right = left + (plot.number("width") ?? .nan)
    let bottom = top + (plot.number("height") ?? .nan)
    let points = tree.elements(withClass: "map-point")
    #expect(points.count == SampleReport.map.points.count)
    var positions: [String: (x: Double, y: Double)] = [:]
    for point in points {
      let numbers = (point.attributes["transform"] ?? "").split(whereSeparator: { "(), ".contains($0) })
        .compactMap { Double($0) }
      let position = (x: numbers.first ?? .nan, y: numbers.last ?? .nan)
      #expect(position.x > left && position.x < right && position.y > top && position.y < bottom)
      positions[point.elements(named: "title").first?.allText ?? ""] = position
    }
    // Durham residential (-1.5849, 54.7753) and Whitby home (-0.6206, 54.4858): the extremes of the sample.
    let durham = try #require(positions["Durham residential"])
    let whitby = try #require(positions["Whitby home"])
    let middle = (54.7753 + 54.4858) / 2 * Double.pi / 180
    let expectedRatio = (1.5849 - 0.6206) * cos(middle) / (54.7753 - 54.4858)
    let ratio = (whitby.x - durham.x) / (whitby.y - durham.y)
    #expect(abs(ratio - expectedRatio) < 0.01, "x/y pixel ratio \(ratio), expected \(expectedRatio)")
    #expect(tree.elements(withClass: "provider").count == 6)
    #expect(tree.elements(withClass: "area").count == 3)
  }

  @Test("council outlines are drawn behind the points, clipped to the plot, projected as the points; far ones left out")
  func mapBoundaries() throws {
    // A square whose corners are the two points, and a square far to the south that the map does not reach.
    let corners = [(-1.3, 54.5), (-1.0, 54.5), (-1.0, 54.7), (-1.3, 54.7)]
    let near = MapBoundaries.Area(
      code: "E06000001", name: "Near", rings: [corners.map { .init(longitude: $0.0, latitude: $0.1) }])
    let far = MapBoundaries.Area(
      code: "E06000002", name: "Far", rings: [corners.map { .init(longitude: $0.0, latitude: $0.1 - 3) }])
    let map = PointMap(
      points: [
        .init(label: "South west", longitude: -1.3, latitude: 54.5, kind: .area),
        .init(label: "North east", longitude: -1.0, latitude: 54.7, kind: .provider),
      ], boundaries: MapBoundaries(areas: [near, far], source: "Test outlines"))
    let tree = try svg(.map(map))
    let groups = tree.elements(withClass: "boundaries")
    #expect(groups.count == 1)
    let group = try #require(groups.first)
    let paths = group.elements(withClass: "boundary")
    #expect(paths.map { $0.elements(named: "title").first?.allText ?? "" } == ["Near"])
    // Clipped to a rectangle defined in the SVG.
    let clipID = try #require(group.attributes["clip-path"]).dropFirst("url(#".count).dropLast()
    #expect(tree.elements(named: "clipPath").contains { $0.attributes["id"] == String(clipID) })
    // Behind the points: the outlines come before every point in the document.
    let order = tree.allElements
    let groupIndex = try #require(order.firstIndex { $0.attributes["class"] == "boundaries" })
    let firstPoint = try #require(order.firstIndex { ($0.attributes["class"] ?? "").hasPrefix("map-point") })
    #expect(groupIndex < firstPoint)
    // The square's corners fall on the points' positions.
    let square = vertices(try #require(paths.first?.attributes["d"]))
    for point in tree.elements(withClass: "map-point") {
      let numbers = (point.attributes["transform"] ?? "").split(whereSeparator: { "(), ".contains($0) })
        .compactMap { Double($0) }
      let position = (x: numbers.first ?? .nan, y: numbers.last ?? .nan)
      #expect(square.contains { abs($0.x - position.x) < 0.02 && abs($0.y - position.y) < 0.02 })
    }
    // Without outlines there is no boundary group and no clip path.
    let bare = try svg(.map(PointMap(points: map.points)))
    #expect(bare.elements(withClass: "boundaries").isEmpty && bare.elements(named: "clipPath").isEmpty)
  }

  @Test("a map with one point or bad coordinates still draws inside the plot area")
  func degenerateMap() throws {
    let map = PointMap(points: [
      .init(label: "Only", longitude: -1.1, latitude: 54.6, kind: .area),
      .init(label: "Broken", longitude: .nan, latitude: 95, kind: .provider),
    ])
    let tree = try svg(.map(map))
    #expect(tree.elements(withClass: "map-point").count == 1)
  }
}
